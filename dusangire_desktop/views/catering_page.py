"""Catering: the booking form, the requests and their life, and (for administrators) packages.

Each tab is a page of its own module that refreshes itself for catering changes; this page only
assembles them under one message banner.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from ..services.auth import Permission
from .banner import MessageBanner
from .catering_booking import BookingTab
from .catering_packages import PackagesTab
from .catering_requests import RequestsTab
from .context import ViewContext
from .page import Page


class CateringPage(Page):
    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.banner = MessageBanner()
        self.booking = BookingTab(ctx, self.banner)
        self.requests = RequestsTab(ctx, self.banner)
        self.packages: PackagesTab | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self.booking, self.tr("New request"))
        self.tabs.addTab(self.requests, self.tr("Requests"))
        if ctx.actor.can(Permission.MANAGE_CATERING_PACKAGES):
            self.packages = PackagesTab(ctx, self.banner)
            self.tabs.addTab(self.packages, self.tr("Packages"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        for tab in (self.booking, self.requests, self.packages):
            if tab is not None:
                tab.refresh()
