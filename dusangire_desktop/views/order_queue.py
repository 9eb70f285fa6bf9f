"""The order queue: what the kitchen and runners do next; filters, status moves, cancel, refund."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import orders
from ..services.auth import Permission
from ..services.errors import DomainError
from ..services.orders import Fulfilment, OrderDetail, OrderStatus, OrderSummary, QueuePage
from . import receipt
from .areas import ViewContext
from .background import run_in_background
from .banner import MessageBanner
from .changes import announce, changes_hub
from .formatting import local_time, rwf
from .money_back_dialog import MoneyBackDialog
from .table_model import Column, RecordTableModel

REFRESH_MS = 15000
ACTIVE = (OrderStatus.PLACED, OrderStatus.PREPARING, OrderStatus.OUT_FOR_DELIVERY)
STATUS_FILTERS = [("Active (placed, preparing, on the way)", ACTIVE), ("All", ())] + [
    (s.value.replace("_", " ").capitalize(), (s,)) for s in OrderStatus
]


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


class OrderQueuePage(QWidget):
    refreshed = Signal()

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self._ctx = ctx
        zone = ctx.zone
        self._request = 0
        self.has_more = False
        self.money_back: MoneyBackDialog | None = None
        self.banner = MessageBanner()
        self.status = QComboBox()
        for label, statuses in STATUS_FILTERS:
            self.status.addItem(label, statuses)
        self.day = QDateEdit(calendarPopup=True, displayFormat="ddd dd MMM yyyy")
        self._today = ctx.today()
        self.day.setDate(QDate(self._today.year, self._today.month, self._today.day))
        self.any_day = QCheckBox("any day")
        self.ward = QLineEdit()
        self.ward.setPlaceholderText("ward")
        self.search = QLineEdit()
        self.search.setPlaceholderText("order number or customer")
        self.model: RecordTableModel[OrderSummary] = RecordTableModel(
            [
                Column("Time", lambda o: local_time(o.placed_at, zone)),
                Column("Order", lambda o: o.number),
                Column("Customer", lambda o: o.customer),
                Column("Where", lambda o: f"{o.ward}, bed {o.bed}" if o.ward else "pickup"),
                Column("Status", lambda o: o.status.value.replace("_", " ")),
                Column("Total", lambda o: rwf(o.total_rwf), align_right=True),
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda _i: self.advance_selected())
        self.next_button = QPushButton("&Next step")
        self.cancel_button = QPushButton("&Cancel order…")
        self.refund_button = QPushButton("&Refund…")
        self.refund_button.setVisible(ctx.actor.can(Permission.REFUND_ORDERS))
        self.receipt_button = QPushButton("Receipt P&DF…")
        self.more_button = QPushButton("Show &more")
        self.next_button.clicked.connect(self.advance_selected)
        self.cancel_button.clicked.connect(lambda: self._ask_money_back("cancel"))
        self.refund_button.clicked.connect(lambda: self._ask_money_back("refund"))
        self.receipt_button.clicked.connect(self._ask_receipt)
        self.more_button.clicked.connect(lambda: self.refresh(more=True))
        filters = QHBoxLayout()
        for widget in (self.status, self.day, self.any_day, self.ward, self.search):
            filters.addWidget(widget)
        buttons = QHBoxLayout()
        for button in (
            self.next_button,
            self.cancel_button,
            self.refund_button,
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
        self._debounce = QTimer(self, singleShot=True, interval=250, timeout=self.refresh)
        for signal in (
            self.status.currentIndexChanged,
            self.day.dateChanged,
            self.any_day.toggled,
            self.ward.textChanged,
            self.search.textChanged,
        ):
            signal.connect(lambda *_: self._debounce.start())
        self._timer = QTimer(self, interval=REFRESH_MS, timeout=self.refresh)
        self._timer.start()
        changes_hub().changed.connect(self._on_change)
        self._update_buttons()
        self.refresh()

    def _filters(self) -> dict:
        return {
            "statuses": self.status.currentData(),
            "day": None if self.any_day.isChecked() else self.day.date().toPython(),
            "ward": self.ward.text(),
            "search": self.search.text(),
        }

    def _follow_today(self) -> bool:
        """While the day shown is today, it stays today: past local midnight it moves on.
        True when it moved."""
        today, shown = self._ctx.today(), self.day.date().toPython()
        moved = today != self._today and shown == self._today
        if moved:
            with QSignalBlocker(self.day):
                self.day.setDate(QDate(today.year, today.month, today.day))
        self._today = today
        return moved

    def refresh(self, more: bool = False) -> None:
        ctx = self._ctx
        if self._follow_today():
            more = False  # the rows shown are of the day before
        filters = self._filters()
        shown = self.model.records
        after = (shown[-1].placed_at, shown[-1].id) if more and shown else None
        self._request += 1
        request = self._request
        run_in_background(
            self,
            lambda: orders.list_orders(ctx.uow_factory(), ctx.actor, after=after, **filters),
            lambda page: self._show(request, page, more),
            lambda e: self.banner.show_error(e.message),
        )

    def _show(self, request: int, page: QueuePage, more: bool) -> None:
        if request != self._request:
            return
        selected = self.selected()
        self.model.set_records(self.model.records + page.orders if more else page.orders)
        self.has_more = page.has_more
        self.more_button.setEnabled(page.has_more)
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()
        self.refreshed.emit()

    def _on_change(self, area: str, _ids: list) -> None:
        if area == "orders":
            self.refresh()

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
        self.next_button.setText(f"&Next: {step.value.replace('_', ' ')}" if step else "&Next step")
        self.cancel_button.setEnabled(order is not None and order.status in orders.CANCELLABLE)
        self.refund_button.setEnabled(order is not None and order.status in orders.REFUNDABLE)
        self.receipt_button.setEnabled(order is not None)

    def _run(self, work, done: str) -> None:  # type: ignore[no-untyped-def]
        def succeeded(order: OrderSummary) -> None:
            self.banner.show_info(done.format(number=order.number))
            announce("orders", [order.id])

        def failed(error: DomainError) -> None:
            self.banner.show_error(error.message)
            self.refresh()

        run_in_background(self, work, succeeded, failed)

    def advance_selected(self) -> None:
        order = self.selected()
        step = next_status(order) if order else None
        if order is None or step is None:
            return
        ctx = self._ctx
        self._run(
            lambda: orders.advance(ctx.uow_factory(), ctx.actor, order.id, order.version, step),
            "{number} is now " + step.value.replace("_", " "),
        )

    def _ask_money_back(self, action: str) -> None:
        """Read the order as it is now; the front desk is told at once when a manager must
        cancel it, everyone else gets the form."""
        order, ctx = self.selected(), self._ctx
        if order is None:
            return

        def load() -> OrderDetail:
            detail = orders.get_order(ctx.uow_factory(), ctx.actor, order.id)
            if action == "cancel":
                orders.require_may_cancel(ctx.actor, detail)
            return detail

        run_in_background(
            self,
            load,
            lambda detail: self._open_money_back(detail, action),
            lambda e: self.banner.show_error(e.message),
        )

    def _open_money_back(self, detail: OrderDetail, action: str) -> None:
        self.money_back = MoneyBackDialog(self._ctx, detail, action, self)
        done = "{number} cancelled." if action == "cancel" else "{number} refunded."
        self.money_back.changed.connect(
            lambda order: self.banner.show_info(done.format(number=order.number))
        )
        self.money_back.open()

    def _ask_receipt(self) -> None:
        order = self.selected()
        if order is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, "Save receipt", f"receipt-{order.number}.pdf", "PDF (*.pdf)"
        )
        if path:
            ctx = self._ctx
            run_in_background(
                self,
                lambda: orders.get_order(ctx.uow_factory(), ctx.actor, order.id),
                lambda detail: receipt.save_pdf(detail, ctx.zone, Path(path)),
            )
