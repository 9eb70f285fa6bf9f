"""Customers: search as you type, register, edit, and the customer's record (orders so far)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import customers, orders, scheduling, subscriptions
from ..services.auth import Permission
from ..services.customers import CustomerView
from ..services.orders import OrderSummary
from ..services.scheduling import ConsultationView, MealPlanView
from ..services.subscriptions import SubscriptionView
from .areas import ViewContext
from .background import run_in_background
from .banner import MessageBanner
from .changes import changes_hub
from .customer_dialog import KIND_LABELS, CustomerDialog
from .formatting import local_date, local_datetime, rwf
from .table_model import Column, RecordTableModel


class CustomerRecord(QWidget):
    """Who the customer is, and what they have ordered; later areas add their own tabs."""

    loaded = Signal()

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.customer: CustomerView | None = None
        self.header = QLabel("Choose a customer on the left.")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.orders_model: RecordTableModel[OrderSummary] = RecordTableModel(
            [
                Column("When", lambda o: local_datetime(o.placed_at, ctx.zone)),
                Column("Order", lambda o: o.number),
                Column("Status", lambda o: o.status.value.replace("_", " ")),
                Column("Total", lambda o: rwf(o.total_rwf), align_right=True),
            ]
        )
        orders_table = QTableView()
        orders_table.setModel(self.orders_model)
        orders_table.verticalHeader().hide()
        orders_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.consultations_model: RecordTableModel[ConsultationView] = RecordTableModel([
            Column("When", lambda c: local_datetime(c.starts_at, ctx.zone)),
            Column("Nutritionist", lambda c: c.nutritionist),
            Column("Status", lambda c: c.status.value.replace("_", " ")),
            Column("Reason", lambda c: c.reason),
        ])  # fmt: skip
        self.plans_model: RecordTableModel[MealPlanView] = RecordTableModel([
            Column("Opened", lambda p: local_datetime(p.created_at, ctx.zone)),
            Column("Category", lambda p: p.category.value.replace("_", " ")),
            Column("Status", lambda p: p.status.value),
            Column("Calories", lambda p: f"{p.daily_calories:,}" if p.daily_calories else ""),
            Column("Forbidden", lambda p: ", ".join(t.value.replace("_", " ")
                                                     for t in p.forbidden)),
            Column("Nutritionist", lambda p: p.nutritionist),
        ])  # fmt: skip
        self.tabs = QTabWidget()
        self.tabs.addTab(orders_table, "Orders")
        self.subscriptions_model: RecordTableModel[SubscriptionView] = RecordTableModel([
            Column("Plan", lambda s: s.plan),
            Column("Since", lambda s: local_date(s.starts_on)),
            Column("Status", lambda s: s.status.value),
            Column("Charged", lambda s: rwf(s.charged_rwf), align_right=True),
        ])  # fmt: skip
        for model, title in ((self.consultations_model, "Consultations"),
                             (self.plans_model, "Meal plans"),
                             (self.subscriptions_model, "Meal packages")):  # fmt: skip
            table = QTableView()
            table.setModel(model)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            self.tabs.addTab(table, title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

    def show_customer(self, customer: CustomerView) -> None:
        self.customer = customer
        allergies = ", ".join(a.value.replace("_", " ") for a in customer.allergies) or "none known"
        self.header.setText(
            f"<span style='font-size:18px; font-weight:600'>{escape(customer.full_name)}</span> "
            f"<span style='color:#666'>{customer.reference} · {KIND_LABELS[customer.kind]}</span>"
            f"<br>{escape(customer.phone or 'no phone')}"
            + (f" · {escape(customer.location)}" if customer.location else "")
            + f"<br>Allergies: <b>{escape(allergies)}</b>"
            + (f"<br>Diet notes: {escape(customer.diet_notes)}" if customer.diet_notes else "")
        )
        ctx = self._ctx

        def load():  # type: ignore[no-untyped-def]
            page = (
                orders.list_orders(
                    ctx.uow_factory(), ctx.actor, customer_id=customer.id, page_size=200
                )
                if ctx.actor.can(Permission.TAKE_ORDERS)
                else None
            )
            return (
                page,
                scheduling.customer_consultations(ctx.uow_factory(), ctx.actor, customer.id),
                scheduling.customer_meal_plans(ctx.uow_factory(), ctx.actor, customer.id),
                subscriptions.customer_subscriptions(ctx.uow_factory(), ctx.actor, customer.id),
            )

        run_in_background(self, load, self._loaded)

    def _loaded(self, data) -> None:  # type: ignore[no-untyped-def]
        page, consultations, plans, subs = data
        self.orders_model.set_records(page.orders if page else [])
        self.consultations_model.set_records(consultations)
        self.plans_model.set_records(plans)
        self.subscriptions_model.set_records(subs)
        self.loaded.emit()


class CustomersPage(QWidget):
    searched = Signal()

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self._ctx = ctx
        self._request = 0
        self.banner = MessageBanner()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Name, phone, reference, ward/bed or employee number")
        self.search.setClearButtonEnabled(True)
        self.model: RecordTableModel[CustomerView] = RecordTableModel(
            [
                Column("Name", lambda c: c.full_name),
                Column("Ref.", lambda c: c.reference),
                Column("Phone", lambda c: c.phone or ""),
                Column("Where", lambda c: c.location),
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.record = CustomerRecord(ctx)
        self.new_button = QPushButton("&New customer…")
        self.edit_button = QPushButton("&Edit…")
        can_edit = ctx.actor.can(Permission.MANAGE_CUSTOMERS)
        self.new_button.setVisible(can_edit)
        self.edit_button.setVisible(can_edit)
        self.new_button.clicked.connect(self.open_new)
        self.edit_button.clicked.connect(self.open_edit)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.open_new)
        self._debounce = QTimer(self, singleShot=True, interval=200, timeout=self.run_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.activated.connect(lambda _i: self.open_edit())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.record)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        changes_hub().changed.connect(self._on_change)
        self.search.setFocus()

    def run_search(self) -> None:
        text, ctx = self.search.text(), self._ctx
        self._request += 1
        request = self._request
        run_in_background(
            self,
            lambda: customers.search_customers(ctx.uow_factory(), ctx.actor, text, 100),
            lambda found: self._show(request, found),
            lambda e: self.banner.show_error(e.message),
        )

    def _show(self, request: int, found: list[CustomerView]) -> None:
        if request != self._request:
            return
        self.model.set_records(found)
        if found:
            self.table.selectRow(0)
        self.searched.emit()

    def selected(self) -> CustomerView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selected(self, *_args: object) -> None:
        customer = self.selected()
        self.edit_button.setEnabled(customer is not None)
        if customer is not None:
            self.record.show_customer(customer)

    def open_new(self) -> CustomerDialog:
        dialog = CustomerDialog(self._ctx, parent=self, name_hint=self.search.text())
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def open_edit(self) -> CustomerDialog | None:
        customer = self.selected()
        if customer is None or not self._ctx.actor.can(Permission.MANAGE_CUSTOMERS):
            return None
        dialog = CustomerDialog(self._ctx, customer, parent=self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, customer: CustomerView) -> None:
        self.banner.show_info(f"{customer.full_name} saved as {customer.reference}.")
        self.search.setText(customer.reference)

    def _on_change(self, area: str, _ids: list) -> None:
        if area in ("customers", "orders") and self.search.text():
            self.run_search()
