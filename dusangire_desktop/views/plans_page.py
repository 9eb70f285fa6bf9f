"""Therapeutic meal packages: the plans and the customers' subscriptions.

Each tab is a page of its own module that refreshes itself for subscription changes; this page
only assembles them under one message banner.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from .banner import MessageBanner
from .context import ViewContext
from .page import Page
from .plans_catalogue import PlansTab
from .plans_subscriptions import SubscriptionsTab


class PlansPage(Page):
    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.banner = MessageBanner()
        self.plans = PlansTab(ctx, self.banner)
        self.subscriptions = SubscriptionsTab(ctx, self.banner)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.plans, self.tr("Plans"))
        self.tabs.addTab(self.subscriptions, self.tr("Subscriptions"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        self.plans.refresh()
        self.subscriptions.refresh()
