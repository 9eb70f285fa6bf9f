"""The till: this desk's shift, and for managers every desk's shifts and the mobile-money
reconciliation; the fiscal receipts waiting for the EBM controller. Each tab is a page of its
own module that refreshes itself for the changes it shows."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from ..services.auth import Permission
from ..services.till.reports import ShiftReport
from .banner import MessageBanner
from .context import ViewContext
from .page import Page
from .till_fiscal import FiscalTab
from .till_reconciliation import ReconciliationTab
from .till_shift import ShiftTab
from .till_supervision import ShiftsTab


class TillPage(Page):
    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.banner = MessageBanner()
        self.shift = ShiftTab(ctx, self.banner)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.shift, self.tr("This desk's shift"))
        self.shifts: ShiftsTab | None = None
        self.reconciliation: ReconciliationTab | None = None
        if ctx.actor.can(Permission.SUPERVISE_TILL):
            self.shifts = ShiftsTab(ctx, self.banner)
            self.shifts.report_read.connect(self._show_report)
            self.reconciliation = ReconciliationTab(ctx, self.banner)
            self.tabs.addTab(self.shifts, self.tr("All shifts"))
            self.tabs.addTab(self.reconciliation, self.tr("Mobile-money reconciliation"))
        self.fiscal = FiscalTab(ctx, self.banner)
        self.tabs.addTab(self.fiscal, self.tr("Fiscal receipts"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

    def _show_report(self, report: ShiftReport) -> None:
        self.shift.show_report(report)
        self.tabs.setCurrentWidget(self.shift)

    def refresh(self) -> None:
        """Each tab reads for itself."""
