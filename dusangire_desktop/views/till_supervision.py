"""Shifts of every desk for a manager: approve a counted variance, force-close an abandoned
shift, read any shift's X or Z report."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services.auth import Permission
from ..services.changes import Area
from ..services.till import closing, reports, shifts
from ..services.till.closing import SettingsView
from ..services.till.reports import ShiftReport
from ..services.till.shifts import ShiftStatus, ShiftView
from .banner import MessageBanner
from .context import ViewContext
from .formatting import local_datetime, rwf
from .forms import FormDialog
from .labels import label
from .operations import Operation
from .page import Page
from .table_model import Column, RecordTableModel
from .till_shift import whole
from .widgets import empty_note, fit_columns


class ShiftDecisionDialog(FormDialog):
    """A manager's reason, to approve a counted variance or to force-close a shift."""

    def __init__(self, ctx: ViewContext, shift: ShiftView, force: bool,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(ctx, "", parent)
        self.save_button.setText(self.tr("Force-close") if force else self.tr("Approve and close"))
        self.shift, self.force = shift, force
        self.setWindowTitle(
            (self.tr("Force-close the shift at {desk}") if force
             else self.tr("Approve the variance at {desk}")).format(desk=shift.desk)
        )  # fmt: skip
        self.reason = self.add_field(self.tr("&Reason"), "reason", QLineEdit())
        self.reason.setMaxLength(500)

    def operation(self) -> Operation[ShiftReport]:
        shift, reason = self.shift, self.reason.text()
        act = closing.force_close if self.force else closing.approve_variance
        return lambda uow, actor: act(uow, actor, shift.id, shift.version, reason)


class TillRulesDialog(FormDialog):
    """The variance a manager must approve, and whether closes are blind."""

    def __init__(self, ctx: ViewContext, rules: SettingsView, parent: QWidget | None = None):
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("Till rules"))
        amount = QLineEdit(str(rules.variance_threshold_rwf))
        self.threshold = self.add_field(
            self.tr("Variance needing &approval above (RWF)"), "threshold", amount
        )
        self.blind = self.add_field(self.tr("&Blind close"), "blind", QCheckBox())
        self.blind.setChecked(rules.blind_close)

    def operation(self) -> Operation[SettingsView]:
        threshold, blind = whole(self.threshold.text()), self.blind.isChecked()
        return lambda uow, actor: closing.save_settings(uow, actor, threshold, blind)


class ShiftsTab(Page):
    watches = frozenset({Area.TILL})
    loaded = Signal()
    report_read = Signal(object)

    def __init__(self, ctx: ViewContext, banner: MessageBanner) -> None:
        super().__init__()
        self.ctx, self.banner = ctx, banner
        zone = ctx.zone
        self.model: RecordTableModel[ShiftView] = RecordTableModel([
            Column(self.tr("Desk"), lambda s: s.desk),
            Column(self.tr("Status"), lambda s: label(s.status)),
            Column(self.tr("Opened"), lambda s: local_datetime(s.opened_at, zone)),
            Column(self.tr("By"), lambda s: s.opened_by),
            Column(self.tr("Float"), lambda s: rwf(s.opening_float_rwf), align_right=True),
            Column(self.tr("Closed"), lambda s: local_datetime(s.closed_at, zone)),
            Column(self.tr("Closed by"), lambda s: s.closed_by or ""),
        ])  # fmt: skip
        self.table = QTableView()
        self.table.setModel(self.model)
        fit_columns(self.table)
        empty_note(
            self.table,
            self.tr(
                "No shift yet: each desk opens one on its own Till tab, "
                "with the float it counted in the drawer."
            ),
        )
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.report_button = QPushButton(self.tr("&Report"))
        self.report_button.clicked.connect(self.read_report)
        self.approve_button = QPushButton(self.tr("&Approve variance…"))
        self.approve_button.clicked.connect(lambda: self.decide(force=False))
        self.force_button = QPushButton(self.tr("&Force-close…"))
        self.force_button.clicked.connect(lambda: self.decide(force=True))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.rules_button = QPushButton(self.tr("Till rules…"))
        self.rules_button.setVisible(ctx.actor.can(Permission.MANAGE_SETTINGS))
        self.rules_button.clicked.connect(self.open_rules)
        buttons = QHBoxLayout()
        for button in (self.report_button, self.approve_button, self.force_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.rules_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._selection_changed()
        self.refresh()

    def refresh(self) -> None:
        self.ctx.query(self, shifts.recent_shifts, self._show, purpose="shifts")

    def _show(self, rows: list[ShiftView]) -> None:
        chosen = self.selected()
        self.model.set_records(rows)
        if chosen is not None:
            self.select(chosen.id)
        self._selection_changed()
        self.loaded.emit()

    def selected(self) -> ShiftView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select(self, shift_id: int) -> None:
        for row, shift in enumerate(self.model.records):
            if shift.id == shift_id:
                self.table.selectRow(row)

    def _selection_changed(self, *_args: object) -> None:
        shift = self.selected()
        status = shift.status if shift else None
        self.report_button.setEnabled(shift is not None)
        self.approve_button.setEnabled(status == ShiftStatus.COUNTED)
        self.force_button.setEnabled(status in (ShiftStatus.OPEN, ShiftStatus.COUNTED))

    def open_rules(self) -> None:
        def show(rules: SettingsView) -> None:
            self.rules_dialog = TillRulesDialog(self.ctx, rules, self)
            self.rules_dialog.open()

        self.ctx.query(self, closing.read_settings, show, purpose="rules")

    def read_report(self) -> None:
        shift = self.selected()
        if shift is not None:
            shift_id = shift.id
            self.ctx.query(self, lambda uow, actor: reports.shift_report(uow, actor, shift_id),
                           self.report_read.emit, purpose="report")  # fmt: skip

    def decide(self, *, force: bool) -> ShiftDecisionDialog | None:
        shift = self.selected()
        if shift is None:
            return None
        dialog = ShiftDecisionDialog(self.ctx, shift, force, self)
        dialog.saved.connect(self._decided)
        dialog.open()
        return dialog

    def _decided(self, report: ShiftReport) -> None:
        self.report_read.emit(report)
        self.banner.show_info(self.tr("The shift at {desk} is {state}.").format(
            desk=report.shift.desk, state=label(report.shift.status).lower()))  # fmt: skip
