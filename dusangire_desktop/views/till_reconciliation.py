"""A provider's mobile-money statement reconciled against the desks' payments: the lines that
did not match first, each resolved (attached, written off, refunded) with a note."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services.auth import Actor
from ..services.changes import Area
from ..services.orders import MobileProvider
from ..services.till import reconciliation
from ..services.till.reconciliation import (
    Mapping,
    ReconciledLine,
    Reconciliation,
    Resolution,
    StatementOutcome,
)
from ..services.uow import UnitOfWork
from .banner import MessageBanner
from .context import ViewContext
from .formatting import local_datetime, rwf
from .forms import FormDialog
from .labels import choices, label
from .operations import Operation
from .page import Page
from .table_model import Column, RecordTableModel
from .widgets import empty_note, fit_columns


class ResolveDialog(FormDialog):
    """Settle a line: attach a statement entry to the app's payment it was, write it off, or
    record that the money was refunded."""

    def __init__(self, ctx: ViewContext, line: ReconciledLine,
                 unpaid: list[ReconciledLine], parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(ctx, "", parent)
        self.save_button.setText(self.tr("Resolve"))
        self.line = line
        self.setWindowTitle(self.tr("Resolve {txid}").format(txid=line.transaction_id or ""))
        self.resolution = self.add_field(self.tr("&Resolution"), "resolution", QComboBox())
        for text, value in choices(Resolution):
            if value != Resolution.ATTACHED or line.outcome == StatementOutcome.ONLY_IN_STATEMENT:
                self.resolution.addItem(text, value)
        self.payment = self.add_field(self.tr("&Payment"), "payment", QComboBox())
        self.payment.addItem(self.tr("(none)"), None)
        for other in unpaid:
            self.payment.addItem(f"{other.order_number} — {rwf(other.app_amount_rwf)}",
                                 other.payment_id)  # fmt: skip
        self.note = self.add_field(self.tr("&Note"), "note", QLineEdit())
        self.note.setMaxLength(500)

    def operation(self) -> Operation[ReconciledLine]:
        line, resolution = self.line, self.resolution.currentData()
        payment_id, note = self.payment.currentData(), self.note.text()
        return lambda uow, actor: reconciliation.resolve_line(
            uow, actor, line.id, line.version, resolution, note, payment_id=payment_id
        )


class MappingDialog(FormDialog):
    """Which column of the provider's export holds what."""

    def __init__(self, ctx: ViewContext, mapping: Mapping, parent: QWidget | None = None):
        super().__init__(ctx, "", parent)
        self.provider = mapping.provider
        self.setWindowTitle(self.tr("Statement columns of {provider}").format(
            provider=label(mapping.provider)))  # fmt: skip
        self.fields = {}
        for name, title, value in (
            ("id_column", self.tr("Transaction id"), mapping.id_column),
            ("date_column", self.tr("Date"), mapping.date_column),
            ("amount_column", self.tr("Amount"), mapping.amount_column),
            ("number_column", self.tr("Payer's number"), mapping.number_column),
            ("status_column", self.tr("Status (optional)"), mapping.status_column),
            ("date_format", self.tr("Date format"), mapping.date_format),
        ):
            self.fields[name] = self.add_field(title, name, QLineEdit(value))

    def operation(self) -> Operation[Mapping]:
        mapping = Mapping(self.provider, *(f.text() for f in self.fields.values()))
        return lambda uow, actor: reconciliation.save_mapping(uow, actor, mapping)


class ReconciliationTab(Page):
    watches = frozenset({Area.TILL})
    loaded = Signal()

    def __init__(self, ctx: ViewContext, banner: MessageBanner) -> None:
        super().__init__()
        self.ctx, self.banner = ctx, banner
        self.current: Reconciliation | None = None
        zone = ctx.zone
        self.model: RecordTableModel[ReconciledLine] = RecordTableModel([
            Column(self.tr("Outcome"), lambda r: label(r.outcome)),
            Column(self.tr("Transaction id"), lambda r: r.transaction_id or ""),
            Column(self.tr("Statement"), lambda r: local_datetime(r.statement_at, zone)),
            Column(self.tr("Statement amount"), lambda r: rwf(r.statement_amount_rwf),
                   align_right=True),
            Column(self.tr("Order"), lambda r: r.order_number or ""),
            Column(self.tr("App amount"), lambda r: rwf(r.app_amount_rwf), align_right=True),
            Column(self.tr("Resolution"),
                   lambda r: label(r.resolution) + ": " + (r.resolution_note or "")
                   if r.resolution else ""),
        ])  # fmt: skip
        self.table = QTableView()
        self.table.setModel(self.model)
        fit_columns(self.table, stretch=6)
        empty_note(
            self.table,
            self.tr(
                "Import the provider's statement to match it against the "
                "mobile-money payments taken at the desks."
            ),
        )
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.provider = QComboBox()
        for text, provider in choices(MobileProvider):
            self.provider.addItem(text, provider)
        self.window_minutes = QSpinBox()
        self.window_minutes.setRange(1, 24 * 60)
        self.window_minutes.setValue(30)
        self.window_minutes.setSuffix(self.tr(" min"))
        self.import_button = QPushButton(self.tr("&Import statement…"))
        self.import_button.clicked.connect(self._ask_file)
        self.mapping_button = QPushButton(self.tr("Columns…"))
        self.mapping_button.clicked.connect(self.open_mapping)
        self.resolve_button = QPushButton(self.tr("&Resolve…"))
        self.resolve_button.clicked.connect(self.open_resolve)
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.provider)
        top.addWidget(QLabel(self.tr("Time window")))
        top.addWidget(self.window_minutes)
        top.addWidget(self.import_button)
        top.addWidget(self.mapping_button)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.refresh()

    def refresh(self) -> None:
        shown = self.current.import_id if self.current else None

        def read(uow: UnitOfWork, actor: Actor) -> Reconciliation | None:
            if shown is None:
                return reconciliation.latest_reconciliation(uow, actor)
            return reconciliation.get_reconciliation(uow, actor, shown)

        self.ctx.query(self, read, self.show, purpose="reconciliation")

    def show(self, result: Reconciliation | None) -> None:
        self.current = result
        self.model.set_records(list(result.lines) if result else [])
        self.summary.setText(
            "" if result is None else "  ·  ".join(
                f"{label(o)}: {result.count(o)}" for o in StatementOutcome
            )
        )  # fmt: skip
        self.loaded.emit()

    def _ask_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Provider's statement"), "",
                                              self.tr("CSV (*.csv)"))  # fmt: skip
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        provider, window = self.provider.currentData(), self.window_minutes.value()

        def run(uow: UnitOfWork, actor: Actor) -> Reconciliation:
            return reconciliation.import_statement(uow, actor, provider, path,
                                                   window_minutes=window)  # fmt: skip

        self.ctx.command(self, run, self.show, purpose="import")

    def selected(self) -> ReconciledLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def open_resolve(self) -> ResolveDialog | None:
        line = self.selected()
        if line is None or line.outcome == StatementOutcome.MATCHED or line.resolution:
            self.banner.show_error(self.tr("Choose a line that did not match and is not resolved."))
            return None
        unpaid = [r for r in self.model.records
                  if r.outcome == StatementOutcome.ONLY_IN_APP]  # fmt: skip
        dialog = ResolveDialog(self.ctx, line, unpaid, self)
        dialog.open()
        return dialog

    def open_mapping(self) -> None:
        provider = self.provider.currentData()

        def read(uow: UnitOfWork, actor: Actor) -> Mapping:
            return reconciliation.read_mapping(uow, actor, provider)

        def show(mapping: Mapping) -> None:
            self.mapping_dialog = MappingDialog(self.ctx, mapping, self)
            self.mapping_dialog.open()

        self.ctx.query(self, read, show, purpose="mapping")
