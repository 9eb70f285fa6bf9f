"""The order queue: what the kitchen and runners do next; filters, status moves, cancel, refund."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ..services import orders, targets
from ..services.auth import Actor, Permission
from ..services.changes import Area
from ..services.errors import DomainError
from ..services.fiscal import outbox as fiscal_outbox
from ..services.fiscal.receipt_data import FiscalKind, FiscalReceiptView
from ..services.orders import Fulfilment, OrderDetail, OrderStatus, OrderSummary, QueuePage
from ..services.uow import UnitOfWork
from . import receipt
from .banner import MessageBanner
from .changes import ChangeSet
from .context import ViewContext
from .formatting import duration_text, local_time, rwf
from .labels import label
from .money_back_dialog import MoneyBackDialog
from .page import Page
from .table_model import Column, RecordTableModel
from .widgets import record_table

ACTIVE = (OrderStatus.PLACED, OrderStatus.PREPARING, OrderStatus.OUT_FOR_DELIVERY)
TYPING_PAUSE_MS = 250
AGE_REDRAW_MS = 60_000
# (background, text) per state: waiting is amber, in the kitchen blue, on the way violet, done
# green, stopped grey; a late order's whole row is red.
STATUS_COLOURS = {
    OrderStatus.PLACED: ("#fff4d6", "#6b4b00"),
    OrderStatus.PREPARING: ("#e1efff", "#123f73"),
    OrderStatus.OUT_FOR_DELIVERY: ("#efe6ff", "#3f2373"),
    OrderStatus.DELIVERED: ("#e3f3e6", "#1e5b2c"),
    OrderStatus.CANCELLED: ("#eeeeee", "#555555"),
    OrderStatus.REFUNDED: ("#eeeeee", "#555555"),
}
LATE_COLOURS = ("#fde3df", "#8a1c12")


def next_status(order: OrderSummary) -> OrderStatus | None:
    if order.status == OrderStatus.PLACED:
        return OrderStatus.PREPARING
    if order.status == OrderStatus.PREPARING:
        return (
            OrderStatus.DELIVERED
            if order.fulfilment == Fulfilment.PICKUP
            else OrderStatus.OUT_FOR_DELIVERY
        )
    if order.status == OrderStatus.OUT_FOR_DELIVERY:
        return OrderStatus.DELIVERED
    return None


class OrderQueuePage(Page):
    """Pages of orders, newest first. A change to an order re-reads every row shown (down to the
    last one loaded with "more"), so the pages loaded stay and orders placed meanwhile appear."""

    watches = frozenset({Area.ORDERS, Area.CUSTOMERS})
    page_size = 100

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self.ctx = ctx
        zone = ctx.zone
        self.has_more = False
        self.money_back: MoneyBackDialog | None = None
        self.banner = MessageBanner()
        self.status = QComboBox()
        self.status.addItem(self.tr("Active (placed, preparing, on the way)"), ACTIVE)
        self.status.addItem(self.tr("All"), ())
        for status in OrderStatus:
            self.status.addItem(label(status), (status,))
        self.day = QDateEdit(calendarPopup=True, displayFormat="ddd dd MMM yyyy")
        self._today = ctx.today()
        self.day.setDate(QDate(self._today.year, self._today.month, self._today.day))
        self.any_day = QCheckBox(self.tr("any day"))
        self.ward = QLineEdit()
        self.ward.setPlaceholderText(self.tr("ward"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("order number or customer"))
        self.model: RecordTableModel[OrderSummary] = RecordTableModel(
            [
                Column(self.tr("Time"), lambda o: local_time(o.placed_at, zone)),
                Column(self.tr("Age"), self._age, tooltip=self._age_tip, align_right=True),
                Column(self.tr("Order"), lambda o: o.number),
                Column(self.tr("Customer"), lambda o: o.customer, stretch=True),
                Column(self.tr("Where"), self._where),
                Column(self.tr("Status"), lambda o: label(o.status),
                       colours=lambda o: STATUS_COLOURS.get(o.status)),
                Column(self.tr("Total"), lambda o: rwf(o.total_rwf), align_right=True),
            ],
            row_colours=lambda o: LATE_COLOURS if self._late(o) else None,
            row_bold=self._late,
        )  # fmt: skip
        self.table = record_table(self.model)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(self.advance_selected)
        self.next_button = QPushButton(self.tr("&Next step"))
        self.cancel_button = QPushButton(self.tr("&Cancel order…"))
        self.refund_button = QPushButton(self.tr("&Refund…"))
        self.refund_button.setVisible(ctx.actor.can(Permission.REFUND_ORDERS))
        self.receipt_button = QPushButton(self.tr("Receipt P&DF…"))
        self.preview_button = QPushButton(self.tr("Receipt pre&view…"))
        self.preview_button.clicked.connect(self.preview_receipt)
        self.more_button = QPushButton(self.tr("Show &more"))
        self.next_button.clicked.connect(self.advance_selected)
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.refund_button.clicked.connect(self.ask_refund)
        self.receipt_button.clicked.connect(self._ask_receipt)
        self.more_button.clicked.connect(self.load_more)
        filters = QHBoxLayout()
        for widget in (self.status, self.day, self.any_day, self.ward, self.search):
            filters.addWidget(widget)
        buttons = QHBoxLayout()
        for button in (
            self.next_button,
            self.cancel_button,
            self.refund_button,
            self.preview_button,
            self.receipt_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._debounce = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._debounce.timeout.connect(self.refresh)
        for signal in (
            self.status.currentIndexChanged,
            self.day.dateChanged,
            self.any_day.toggled,
            self.ward.textChanged,
            self.search.textChanged,
        ):
            signal.connect(self._filters_changed)
        # Fires once at the next local midnight, so a queue showing today moves on to the new day.
        self._midnight = QTimer(self, singleShot=True)
        self._midnight.timeout.connect(self._new_day)
        self._arm_midnight()
        self._minute = QTimer(self, singleShot=True)
        self._minute.timeout.connect(self._next_minute)
        self._minute.start(AGE_REDRAW_MS)
        self._update_buttons()
        self.refresh()

    def _late(self, order: OrderSummary) -> bool:
        return targets.is_late(
            order.status, order.fulfilment, order.placed_at, self.ctx.now(), order.due_at
        )

    def _age(self, order: OrderSummary) -> str:
        """How long an order not yet delivered has waited; "late" past its target."""
        if order.status not in ACTIVE:
            return ""
        text = duration_text(self.ctx.now() - order.placed_at)
        return self.tr("{age} late").format(age=text) if self._late(order) else text

    def _age_tip(self, order: OrderSummary) -> str:
        if order.status not in ACTIVE:
            return ""
        if order.due_at is not None:
            return self.tr("Waiting since {time}; a ward tray, due on the ward at {due}.").format(
                time=local_time(order.placed_at, self.ctx.zone),
                due=local_time(order.due_at, self.ctx.zone),
            )
        minutes = int(targets.target_for(order.fulfilment).total_seconds() // 60)
        return self.tr(
            "Waiting since {time}; target {minutes} min from placed to delivered."
        ).format(time=local_time(order.placed_at, self.ctx.zone), minutes=minutes)

    def _next_minute(self) -> None:
        """Ages move with the clock: drawn again each minute (nothing is read)."""
        self.model.redisplay()
        self._minute.start(AGE_REDRAW_MS)

    def _where(self, order: OrderSummary) -> str:
        if not order.ward:
            return self.tr("pickup")
        return self.tr("{ward}, bed {bed}").format(ward=order.ward, bed=order.bed)

    def _filters_changed(self, *_args: object) -> None:
        self._debounce.start()

    def _filters(self) -> dict[str, Any]:
        return {
            "page_size": self.page_size,
            "statuses": self.status.currentData(),
            "day": None if self.any_day.isChecked() else self.day.date().toPython(),
            "ward": self.ward.text(),
            "search": self.search.text(),
        }

    # reading
    def refresh(self) -> None:
        """The first page for the filters as they are now."""
        self._follow_today()
        filters = self._filters()
        self.ctx.query(
            self, lambda uow, actor: orders.list_orders(uow, actor, **filters), self._show,
            purpose="queue",
        )  # fmt: skip

    def load_more(self) -> None:
        """The next page, with the rows shown read again, in one answer."""
        self._read_window(more=True)

    def on_changes(self, changes: ChangeSet) -> None:
        self._read_window(more=False)

    def _read_window(self, *, more: bool) -> None:
        shown = self.model.records
        if self._follow_today() or not shown:
            self.refresh()  # the rows shown were of the day before
            return
        filters, last = self._filters(), (shown[-1].placed_at, shown[-1].id)

        def read(uow: UnitOfWork, actor: Actor) -> QueuePage:
            window = orders.list_orders(uow, actor, down_to=last, **filters)
            if not more:
                return window
            after = orders.list_orders(uow, actor, after=last, **filters)
            return QueuePage(window.orders + after.orders, after.has_more)

        self.ctx.query(self, read, self._show, purpose="queue")

    def _show(self, page: QueuePage) -> None:
        selected = self.selected()
        self.model.set_records(page.orders)
        self.has_more = page.has_more
        self.more_button.setEnabled(page.has_more)
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()
        self.refreshed.emit()

    # the hospital's day
    def _arm_midnight(self) -> None:
        now = self.ctx.local_now()
        midnight = datetime.combine(now.date() + timedelta(days=1), time(0), now.tzinfo)
        self._midnight.start(int((midnight - now).total_seconds() * 1000) + 1000)

    def _new_day(self) -> None:
        self._arm_midnight()
        if self._follow_today():
            self.refresh()

    def _follow_today(self) -> bool:
        """While the day shown is today, it stays today: past local midnight it moves on.
        True when the orders shown are no longer those asked for."""
        today, shown = self.ctx.today(), self.day.date().toPython()
        moved = today != self._today and shown == self._today
        if moved:
            with QSignalBlocker(self.day):
                self.day.setDate(QDate(today.year, today.month, today.day))
        self._today = today
        return moved and not self.any_day.isChecked()

    # selection
    def selected(self) -> OrderSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select(self, order_id: int) -> None:
        for row, order in enumerate(self.model.records):
            if order.id == order_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self, *_args: object) -> None:
        order = self.selected()
        step = next_status(order) if order else None
        self.next_button.setEnabled(step is not None)
        self.next_button.setText(
            self.tr("&Next: {step}").format(step=label(step)) if step else self.tr("&Next step")
        )
        self.cancel_button.setEnabled(order is not None and order.status in orders.CANCELLABLE)
        self.refund_button.setEnabled(order is not None and order.status in orders.REFUNDABLE)
        self.receipt_button.setEnabled(order is not None)
        self.preview_button.setEnabled(order is not None)

    # writing
    def advance_selected(self, *_args: object) -> None:
        order = self.selected()
        step = next_status(order) if order else None
        if order is None or step is None:
            return
        self.ctx.command(
            self,
            lambda uow, actor: orders.advance(uow, actor, order.id, order.version, step),
            self._advanced,
            purpose="advance",
            on_error=self._refused,
        )

    def _advanced(self, order: OrderSummary) -> None:
        self.banner.show_info(
            self.tr("{number} is now {status}").format(number=order.number,
                                                       status=label(order.status))
        )  # fmt: skip

    def _refused(self, error: DomainError) -> None:
        self.banner.show_error(error.message)
        self.on_changes(ChangeSet())  # another desk may have moved it: show it as it is now

    def ask_cancel(self) -> None:
        self._ask_money_back("cancel")

    def ask_refund(self) -> None:
        self._ask_money_back("refund")

    def _ask_money_back(self, action: str) -> None:
        """Read the order as it is now; the front desk is told at once when a manager must
        cancel it, everyone else gets the form."""
        order = self.selected()
        if order is None:
            return

        def load(uow: UnitOfWork, actor: Actor) -> tuple[OrderDetail, str]:
            detail = orders.get_order(uow, actor, order.id)
            if action == "cancel":
                orders.require_may_cancel(actor, detail)
            return detail, action

        self.ctx.query(self, load, self._open_money_back, purpose="money_back")

    def _open_money_back(self, loaded: tuple[OrderDetail, str]) -> None:
        detail, action = loaded
        self.money_back = MoneyBackDialog(self.ctx, detail, action, self)
        self.money_back.changed.connect(self._money_went_back)
        self.money_back.open()

    def _money_went_back(self, order: OrderSummary) -> None:
        done = (
            self.tr("{number} cancelled.")
            if order.status == OrderStatus.CANCELLED
            else self.tr("{number} refunded.")
        )
        self.banner.show_info(done.format(number=order.number))
        self._send_fiscal_refund(order)

    def _send_fiscal_refund(self, order: OrderSummary) -> None:
        """The refund's fiscal receipt goes to the controller at once, not at the next sale."""
        order_id, number = order.id, order.number

        def send(uow: UnitOfWork, actor: Actor) -> list[FiscalReceiptView]:
            return fiscal_outbox.send_for_order(uow, actor, order_id)

        self.ctx.command(
            self, send, lambda receipts: self._fiscal_refund_sent(number, receipts),
            purpose="fiscal refund", on_error=lambda error: self.banner.show_warning(error.message),
        )  # fmt: skip

    def _fiscal_refund_sent(self, number: str, receipts: list[FiscalReceiptView]) -> None:
        refund = receipts[-1] if receipts and receipts[-1].kind == FiscalKind.REFUND else None
        if refund is None:
            return  # sold before fiscal receipts, or no controller: nothing to reverse
        if refund.printable and refund.sdc is not None:
            self.banner.show_info(
                self.tr("{number}: fiscal refund receipt {receipt} signed.").format(
                    number=number, receipt=refund.sdc.receipt_number
                )
            )
        else:
            self.banner.show_warning(
                self.tr("{number}: the fiscal refund receipt is pending — the EBM controller is "
                        "not answering. It is kept and sent once the controller answers; print "
                        "it then from the Till's fiscal tab.").format(number=number)
            )  # fmt: skip

    def _ask_receipt(self) -> None:
        order = self.selected()
        if order is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save receipt"), f"receipt-{order.number}.pdf", self.tr("PDF (*.pdf)")
        )
        if name:
            self.save_receipt_pdf(order.id, Path(name))

    def preview_receipt(self) -> None:
        """The selected order's receipt as it will print (read first, then shown)."""
        order = self.selected()
        if order is None:
            return
        order_id = order.id
        self.ctx.query(self, lambda uow, actor: orders.get_order(uow, actor, order_id),
                       self._show_preview, purpose="receipt preview")  # fmt: skip

    def _show_preview(self, order: OrderDetail) -> None:
        self.preview = receipt.preview_receipt(order, self.ctx.zone, self)

    def save_receipt_pdf(self, order_id: int, path: Path) -> None:
        zone, paper = self.ctx.zone, receipt.paper()

        def write(uow: UnitOfWork, actor: Actor) -> Path:
            receipt.save_pdf(orders.get_order(uow, actor, order_id), zone, path, paper)
            return path

        self.ctx.query(self, write, self._receipt_saved, purpose="receipt")

    def _receipt_saved(self, path: Path) -> None:
        self.banner.show_info(self.tr("Receipt saved to {path}").format(path=path))
