"""Fiscal receipts at the till: what waits for the EBM controller (pending, or rejected for a
person to look at), sending it now, and reprints (COPY) of a signed receipt."""

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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services.auth import Actor, Permission
from ..services.changes import Area
from ..services.fiscal import daily, device, outbox
from ..services.fiscal.daily import FiscalDay
from ..services.fiscal.device import DeviceConfig, ReceiptMode
from ..services.fiscal.outbox import OutboxLine, OutboxResult
from ..services.fiscal.receipt_data import FiscalReceiptView
from ..services.uow import UnitOfWork
from .banner import MessageBanner
from .context import ViewContext
from .forms import FormDialog
from .labels import choices, label
from .operations import Operation
from .page import Page
from .printing import save_pdf as save_document_pdf
from .receipt import paper
from .table_model import Column, RecordTableModel
from .till_print import fiscal_day_html, save_fiscal_pdf
from .widgets import empty_note, fit_columns


class DeviceDialog(FormDialog):
    """Where the EBM controller is and who this seller is; training mode for practice."""

    def __init__(self, ctx: ViewContext, config: DeviceConfig | None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("EBM controller"))
        self.url = self.add_field(
            self.tr("&Address"), "url", QLineEdit(config.url if config else "")
        )
        self.url.setPlaceholderText("http://10.0.0.5:8080")
        self.url.setProperty("data", True)  # an example address, the same in every language
        self.tin = self.add_field(self.tr("Seller's &TIN"), "tin",
                                  QLineEdit(config.tin if config else ""))  # fmt: skip
        self.branch = self.add_field(self.tr("&Branch"), "branch_id",
                                     QLineEdit(config.branch_id if config else "00"))  # fmt: skip
        self.serial = self.add_field(self.tr("Device &serial"), "device_serial",
                                     QLineEdit(config.device_serial if config else ""))  # fmt: skip
        self.mode = self.add_field(self.tr("&Receipts"), "mode", QComboBox())
        for text, mode in choices(ReceiptMode):
            self.mode.addItem(text, mode)
        if config is not None:
            self.mode.setCurrentIndex(self.mode.findData(config.mode))

    def operation(self) -> Operation[DeviceConfig]:
        config = DeviceConfig(self.url.text(), self.tin.text(), self.branch.text(),
                              self.serial.text(), self.mode.currentData())  # fmt: skip
        return lambda uow, actor: device.configure(uow, actor, config)


class FiscalTab(Page):
    watches = frozenset({Area.FISCAL})
    loaded = Signal()

    def __init__(self, ctx: ViewContext, banner: MessageBanner) -> None:
        super().__init__()
        self.ctx, self.banner = ctx, banner
        self.model: RecordTableModel[OutboxLine] = RecordTableModel([
            Column(self.tr("Order"), lambda r: r.order_number),
            Column(self.tr("Kind"), self._kind),
            Column(self.tr("Invoice"), lambda r: str(r.invoice_no), align_right=True),
            Column(self.tr("Status"), lambda r: label(r.status)),
            Column(self.tr("Attempts"), lambda r: str(r.attempts), align_right=True),
            Column(self.tr("Last problem"), lambda r: r.last_error or ""),
        ])  # fmt: skip
        self.table = QTableView()
        self.table.setModel(self.model)
        fit_columns(self.table, stretch=5)
        empty_note(
            self.table,
            self.tr("Nothing is waiting: every fiscal receipt has been signed by the controller."),
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.send_button = QPushButton(self.tr("&Send now"))
        self.send_button.clicked.connect(self.send_now)
        self.order_number = QLineEdit()
        self.order_number.setPlaceholderText(self.tr("order number, e.g. D-000123"))
        self.order_number.setMinimumWidth(
            self.order_number.fontMetrics().horizontalAdvance(self.order_number.placeholderText())
            + 48  # the frame and the style's text margins
        )
        self.copy_button = QPushButton(self.tr("Reprint &COPY as PDF…"))
        self.copy_button.clicked.connect(self.reprint)
        self.daily_button = QPushButton(self.tr("&Daily fiscal report PDF…"))
        self.daily_button.clicked.connect(self.daily_report)
        self.device_button = QPushButton(self.tr("Controller…"))
        self.device_button.setVisible(ctx.actor.can(Permission.MANAGE_FISCAL))
        self.device_button.clicked.connect(self.open_device)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.send_button)
        top.addWidget(self.device_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.order_number)
        bottom.addWidget(self.copy_button)
        bottom.addStretch(1)
        bottom.addWidget(self.daily_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.refresh()

    def _kind(self, line: OutboxLine) -> str:
        return (
            self.tr("{kind} (copy)").format(kind=label(line.kind))
            if line.copy
            else label(line.kind)
        )

    def refresh(self) -> None:
        self.ctx.query(self, outbox.outbox, self._show, purpose="outbox")

    def _show(self, lines: list[OutboxLine]) -> None:
        self.model.set_records(lines)
        pending = sum(1 for line in lines if line.status == "pending")
        self.summary.setText(self.tr("%n receipt(s) waiting for the controller.", "", pending))
        self.loaded.emit()

    def daily_report(self) -> None:
        today = self.ctx.today()

        def read(uow: UnitOfWork, actor: Actor) -> FiscalDay:
            return daily.daily_report(uow, actor, today)

        self.ctx.query(self, read, self._daily_ready, purpose="daily")

    def _daily_ready(self, day: FiscalDay) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the daily fiscal report"), f"fiscal-{day.day.isoformat()}.pdf",
            self.tr("PDF (*.pdf)"),
        )  # fmt: skip
        if path:
            self.save_daily(day, Path(path))

    def save_daily(self, day: FiscalDay, path: Path) -> None:
        save_document_pdf(fiscal_day_html(day), paper(), path, self.tr("Daily fiscal report"))
        self.banner.show_info(self.tr("Daily fiscal report saved to {path}").format(path=path))

    def open_device(self) -> None:
        def show(config: DeviceConfig | None) -> None:
            self.device_dialog = DeviceDialog(self.ctx, config, self)
            self.device_dialog.open()

        self.ctx.query(self, device.read_config, show, purpose="device")

    def send_now(self) -> None:
        self.ctx.command(self, outbox.send_pending, self._sent, purpose="send")

    def _sent(self, result: OutboxResult) -> None:
        if result.problem:
            self.banner.show_warning(result.problem)
        else:
            self.banner.show_info(self.tr("%n receipt(s) signed.", "", len(result.signed)))

    def reprint(self) -> None:
        number = self.order_number.text()

        def copy(uow: UnitOfWork, actor: Actor) -> FiscalReceiptView:
            return outbox.print_copy_of_order(uow, actor, number)

        self.ctx.command(self, copy, self._copy_ready, purpose="copy")

    def _copy_ready(self, receipt: FiscalReceiptView) -> None:
        if not receipt.printable:
            # Never printed as a receipt until the controller signs the copy: it waits here.
            self.banner.show_warning(
                self.tr("The copy of {number} waits for the EBM controller, which is not "
                        "answering; reprint it again once the controller answers.").format(
                    number=receipt.order_number)
            )  # fmt: skip
            return
        self._ask_copy_path(receipt)

    def _ask_copy_path(self, receipt: FiscalReceiptView) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the copy"), f"fiscal-{receipt.order_number}-copy.pdf",
            self.tr("PDF (*.pdf)"),
        )  # fmt: skip
        if path:
            self.save_copy(receipt, Path(path))

    def save_copy(self, receipt: FiscalReceiptView, path: Path) -> None:
        save_fiscal_pdf(receipt, self.ctx.zone, path)
        self.banner.show_info(self.tr("Copy saved to {path}").format(path=path))
