"""The desk's shift: open it with the counted float, move cash in and out, print the X report,
and close it by counting the drawer (blind when the hospital says so)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..services.auth import Actor
from ..services.changes import Area
from ..services.till import closing, reports, shifts
from ..services.till.closing import COINS, NOTES, CloseResult
from ..services.till.reports import TENDERS, ShiftReport, Tender
from ..services.till.shifts import (
    CashMovementKind,
    CashMovementView,
    DeskState,
    ShiftStatus,
    ShiftView,
)
from ..services.uow import UnitOfWork
from .banner import MessageBanner
from .context import ViewContext
from .formatting import local_datetime, rwf
from .formatting import number as figure
from .forms import FormDialog
from .labels import label
from .operations import Operation
from .page import Page
from .till_print import print_document, report_html, save_report_pdf


def whole(text: str) -> int | str:
    """What was typed as francs: an int when it is one, else the text (the service says why)."""
    digits = text.replace(",", "").replace(" ", "")
    return int(digits) if digits.isdigit() else text


class CashMovementDialog(FormDialog):
    """A cash drop to the safe, or cash paid in or out of the drawer, with its reason."""

    def __init__(self, ctx: ViewContext, kind: CashMovementKind, parent: QWidget | None = None):
        super().__init__(ctx, "", parent)
        self.kind = kind
        self.setWindowTitle(label(kind))
        self.amount = self.add_field(self.tr("&Amount (RWF)"), "amount", QLineEdit())
        self.reason = self.add_field(self.tr("&Reason"), "reason", QLineEdit())
        self.reason.setMaxLength(300)

    def operation(self) -> Operation[CashMovementView]:
        kind, amount, reason = self.kind, whole(self.amount.text()), self.reason.text()
        return lambda uow, actor: shifts.move_cash(uow, actor, kind, amount, reason)


class CloseShiftDialog(FormDialog):
    """Count the drawer note by note and coin by coin, declare the other tenders; in a blind
    close nothing expected is shown before the count is submitted."""

    def __init__(self, ctx: ViewContext, shift: ShiftView, report: ShiftReport,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(ctx, "", parent)
        self.save_button.setText(self.tr("Submit the count"))
        self.shift = shift
        self.setWindowTitle(self.tr("Close the shift at {desk}").format(desk=shift.desk))
        self.counts: dict[int, QSpinBox] = {}
        for value in NOTES + COINS:
            spin = QSpinBox()
            spin.setRange(0, 100_000)
            spin.valueChanged.connect(self._show_total)
            kind = self.tr("notes") if value in NOTES else self.tr("coins")
            self.counts[value] = self.add_field(
                self.tr("{value} RWF {kind}").format(value=figure(value), kind=kind),
                f"count_{value}", spin,
            )  # fmt: skip
        self.total = QLabel()
        self.form.addRow(self.tr("Cash counted"), self.total)
        expected = {t.tender: t.expected_rwf for t in report.tenders}
        self.declared: dict[Tender, QLineEdit] = {}
        for tender in TENDERS[1:]:
            field = QLineEdit()
            shown = expected.get(tender)
            field.setPlaceholderText(
                self.tr("as recorded") if shown is None
                else self.tr("recorded: {amount}").format(amount=figure(shown))
            )  # fmt: skip
            self.declared[tender] = self.add_field(label(tender), f"declared_{tender.value}", field)
        self._show_total()

    def _show_total(self) -> None:
        self.total.setText(rwf(sum(v * s.value() for v, s in self.counts.items())))

    def operation(self) -> Operation[CloseResult]:
        shift = self.shift
        counts = {v: s.value() for v, s in self.counts.items() if s.value()}
        declared = {t: whole(f.text()) for t, f in self.declared.items() if f.text().strip()}
        return lambda uow, actor: closing.submit_count(
            uow, actor, shift.id, shift.version, counts, declared
        )


class ShiftTab(Page):
    """This desk's shift and its drawer."""

    watches = frozenset({Area.TILL, Area.ORDERS})
    loaded = Signal()
    closing_opened = Signal(object)

    def __init__(self, ctx: ViewContext, banner: MessageBanner) -> None:
        super().__init__()
        self.close_dialog: CloseShiftDialog | None = None
        self.ctx = ctx
        self.banner = banner
        self.state: DeskState | None = None
        self.report: ShiftReport | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.float_amount = QLineEdit()
        self.float_amount.setPlaceholderText(self.tr("opening float counted, RWF"))
        self.float_amount.setMaximumWidth(220)
        self.float_label = QLabel(self.tr("Opening &float (RWF)"))
        self.float_label.setBuddy(self.float_amount)
        self.blind = QCheckBox(self.tr("Blind close"))
        self.open_button = QPushButton(self.tr("&Open shift"))
        self.open_button.clicked.connect(self.open_shift)
        self.float_amount.returnPressed.connect(self.open_shift)
        self.move_buttons = {}
        for kind in CashMovementKind:
            button = QPushButton(label(kind) + "…")
            button.clicked.connect(lambda _c=False, k=kind: self.open_movement(k))
            self.move_buttons[kind] = button
        self.x_button = QPushButton(self.tr("&X report"))
        self.x_button.clicked.connect(self.read_report)
        self.close_button = QPushButton(self.tr("&Close shift…"))
        self.close_button.clicked.connect(self.open_close)
        self.pdf_button = QPushButton(self.tr("Report P&DF…"))
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.print_button = QPushButton(self.tr("&Print report"))
        self.print_button.clicked.connect(self._print)
        self.view = QTextBrowser()
        self.view.setPlaceholderText(
            self.tr("The shift's X report shows here: open a shift, then press X report.")
        )
        opening = QHBoxLayout()
        opening.addWidget(self.float_label)
        opening.addWidget(self.float_amount)
        opening.addWidget(self.blind)
        opening.addWidget(self.open_button)
        opening.addStretch(1)
        actions = QHBoxLayout()
        for button in [*self.move_buttons.values(), self.x_button, self.close_button]:
            actions.addWidget(button)
        actions.addStretch(1)
        paper = QHBoxLayout()
        paper.addStretch(1)
        paper.addWidget(self.print_button)
        paper.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(opening)
        layout.addLayout(actions)
        layout.addWidget(self.view, 1)
        layout.addLayout(paper)
        self._show_state(None)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.query(self, shifts.desk_state, self._show_state, purpose="desk")

    def _show_state(self, state: DeskState | None) -> None:
        self.state = state
        shift = state.shift if state else None
        is_open = shift is not None and shift.status == ShiftStatus.OPEN
        if state is None:
            self.heading.setText("")
        elif shift is None:
            self.heading.setText(self.tr("<b>{desk}</b> has no open shift. Count the float in "
                                         "the drawer and open one to take cash.").format(
                desk=state.desk))  # fmt: skip
            if not self.float_amount.text():
                self.float_amount.setText(f"{state.suggested_float_rwf}")
        else:
            self.heading.setText(self.tr("<b>{desk}</b>: shift {state} since {when}, opened by "
                                         "{who} with a float of {amount}.").format(
                desk=shift.desk, state=label(shift.status).lower(),
                when=local_datetime(shift.opened_at, self.ctx.zone), who=shift.opened_by,
                amount=rwf(shift.opening_float_rwf)))  # fmt: skip
        for widget in (self.float_label, self.float_amount, self.blind, self.open_button):
            widget.setVisible(state is not None and shift is None)
        for button in [*self.move_buttons.values(), self.close_button]:
            button.setEnabled(is_open)
        self.x_button.setEnabled(shift is not None)
        for button in (self.pdf_button, self.print_button):
            button.setEnabled(self.report is not None)
        self.loaded.emit()

    def open_shift(self) -> None:
        amount, blind = whole(self.float_amount.text()), self.blind.isChecked()

        def open_it(uow: UnitOfWork, actor: Actor) -> ShiftView:
            return shifts.open_shift(uow, actor, amount, blind_close=blind)

        self.ctx.command(self, open_it, self._opened, purpose="open")

    def _opened(self, shift: ShiftView) -> None:
        self.banner.show_info(self.tr("Shift opened at {desk} with {amount}.").format(
            desk=shift.desk, amount=rwf(shift.opening_float_rwf)))  # fmt: skip
        self.refresh()

    def open_movement(self, kind: CashMovementKind) -> CashMovementDialog:
        dialog = CashMovementDialog(self.ctx, kind, self)
        dialog.saved.connect(self._moved)
        dialog.open()
        return dialog

    def _moved(self, movement: CashMovementView) -> None:
        self.banner.show_info(self.tr("{kind}: {amount} recorded.").format(
            kind=label(movement.kind), amount=rwf(movement.amount_rwf)))  # fmt: skip

    def read_report(self) -> None:
        shift = self.state.shift if self.state else None
        if shift is None:
            return
        shift_id = shift.id
        self.ctx.query(self, lambda uow, actor: reports.shift_report(uow, actor, shift_id),
                       self.show_report, purpose="report")  # fmt: skip

    def show_report(self, report: ShiftReport) -> None:
        self.report = report
        self.view.setHtml(report_html(report, self.ctx.zone))
        for button in (self.pdf_button, self.print_button):
            button.setEnabled(True)

    def open_close(self) -> None:
        """Read what the shift holds (hidden in a blind close), then ask for the count."""
        shift = self.state.shift if self.state else None
        if shift is None:
            return
        shift_id = shift.id

        def show(report: ShiftReport) -> None:
            dialog = CloseShiftDialog(self.ctx, shift, report, self)
            dialog.saved.connect(self._counted)
            self.close_dialog = dialog
            self.closing_opened.emit(dialog)
            dialog.open()

        self.ctx.query(self, lambda uow, actor: reports.shift_report(uow, actor, shift_id), show,
                       purpose="close")  # fmt: skip

    def _counted(self, result: CloseResult) -> None:
        self.show_report(result.report)
        if result.needs_approval:
            self.banner.show_warning(self.tr(
                "The count differs from what was recorded by {variance}, more than the "
                "{threshold} allowed: a manager must approve the variance with a reason before "
                "the shift closes.").format(variance=rwf(result.report.variance_rwf),
                                            threshold=rwf(result.threshold_rwf)))  # fmt: skip
        else:
            self.banner.show_info(self.tr("Shift closed. Variance {variance}.").format(
                variance=rwf(result.report.variance_rwf)))  # fmt: skip
        self.refresh()

    def _ask_pdf(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), "shift-report.pdf",
                                              self.tr("PDF (*.pdf)"))  # fmt: skip
        if path:
            self.save_report(Path(path))

    def save_report(self, path: Path) -> None:
        if self.report is not None:
            save_report_pdf(self.report, self.ctx.zone, path)
            self.banner.show_info(self.tr("Report saved to {path}").format(path=path))

    def _print(self) -> None:
        if self.report is not None:
            print_document(report_html(self.report, self.ctx.zone), self.tr("Print report"), self)
