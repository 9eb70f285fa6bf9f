"""Customers: search as you type, register, edit, and the customer's record (orders so far)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import orders, scheduling, subscriptions
from ..services.auth import Actor, Permission
from ..services.changes import Area
from ..services.customers import CustomerView
from ..services.food_service import stays
from ..services.food_service.common import StayView
from ..services.orders import OrderSummary
from ..services.scheduling import ConsultationView, MealPlanView
from ..services.subscriptions import SubscriptionView
from ..services.uow import UnitOfWork
from .banner import MessageBanner
from .changes import ChangeSet
from .context import ViewContext
from .customer_dialog import CustomerDialog, customer_kind_text
from .customer_search import CustomerSearch
from .formatting import local_date, local_datetime, rwf
from .formatting import number as figure
from .labels import label
from .page import Page
from .table_model import Column, RecordTableModel
from .widgets import empty_note, record_table


@dataclass(frozen=True)
class CustomerHistory:
    orders: list[OrderSummary]
    consultations: list[ConsultationView]
    plans: list[MealPlanView]
    subscriptions: list[SubscriptionView]


def read_history(uow: UnitOfWork, actor: Actor, customer_id: int) -> CustomerHistory:
    """Everything the record's tabs show, in one operation (the orders only for those who take
    them)."""
    placed = (
        orders.list_orders(uow, actor, customer_id=customer_id, page_size=200).orders
        if actor.can(Permission.TAKE_ORDERS)
        else []
    )
    return CustomerHistory(
        placed,
        scheduling.customer_consultations(uow, actor, customer_id),
        scheduling.customer_meal_plans(uow, actor, customer_id),
        subscriptions.customer_subscriptions(uow, actor, customer_id),
    )


class CustomerRecord(QWidget):
    """Who the customer is, and what they have ordered, booked and subscribed to: one tab each."""

    loaded = Signal()

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self.ctx = ctx
        zone = ctx.zone
        self.customer: CustomerView | None = None
        self.header = QLabel(self.tr("Choose a customer on the left."))
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.orders_model: RecordTableModel[OrderSummary] = RecordTableModel([
            Column(self.tr("When"), lambda o: local_datetime(o.placed_at, zone)),
            Column(self.tr("Order"), lambda o: o.number, stretch=True),
            Column(self.tr("Status"), lambda o: label(o.status)),
            Column(self.tr("Total"), lambda o: rwf(o.total_rwf), align_right=True),
        ])  # fmt: skip
        self.consultations_model: RecordTableModel[ConsultationView] = RecordTableModel([
            Column(self.tr("When"), lambda c: local_datetime(c.starts_at, zone)),
            Column(self.tr("Nutritionist"), lambda c: c.nutritionist),
            Column(self.tr("Status"), lambda c: label(c.status)),
            Column(self.tr("Reason"), lambda c: c.reason, stretch=True),
        ])  # fmt: skip
        self.plans_model: RecordTableModel[MealPlanView] = RecordTableModel([
            Column(self.tr("Opened"), lambda p: local_datetime(p.created_at, zone)),
            Column(self.tr("Category"), lambda p: label(p.category)),
            Column(self.tr("Status"), lambda p: label(p.status)),
            Column(self.tr("Calories"), lambda p: figure(p.daily_calories) if p.daily_calories
                   else ""),
            Column(self.tr("Forbidden"), lambda p: ", ".join(label(t) for t in p.forbidden),
                   stretch=True),
            Column(self.tr("Nutritionist"), lambda p: p.nutritionist),
        ])  # fmt: skip
        self.subscriptions_model: RecordTableModel[SubscriptionView] = RecordTableModel([
            Column(self.tr("Plan"), lambda s: s.plan, stretch=True),
            Column(self.tr("Since"), lambda s: local_date(s.starts_on)),
            Column(self.tr("Status"), lambda s: label(s.status)),
            Column(self.tr("Charged"), lambda s: rwf(s.charged_rwf), align_right=True),
        ])  # fmt: skip
        self.tabs = QTabWidget()
        for model, title in ((self.orders_model, self.tr("Orders")),
                             (self.consultations_model, self.tr("Consultations")),
                             (self.plans_model, self.tr("Meal plans")),
                             (self.subscriptions_model, self.tr("Meal packages"))):  # fmt: skip
            self.tabs.addTab(record_table(model), title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        self.stay = QLabel("")  # the current hospital stay (issue 13)
        self.stay.setWordWrap(True)  # longer in translation: wraps, never widens
        layout.addWidget(self.stay)
        layout.addWidget(self.tabs, 1)

    def show_customer(self, customer: CustomerView) -> None:
        self.customer = customer
        allergies = ", ".join(label(a) for a in customer.allergies) or self.tr("none known")
        lines = [
            f"<span style='font-size:18px; font-weight:600'>{escape(customer.full_name)}</span> "
            f"<span style='color:#666'>{customer.reference} · "
            f"{escape(customer_kind_text(customer))}</span>",
            escape(customer.phone or self.tr("no phone"))
            + (f" · {escape(customer.location)}" if customer.location else ""),
            self.tr("Allergies: <b>{allergies}</b>").format(allergies=escape(allergies)),
        ]
        if customer.diet_notes:
            lines.append(self.tr("Diet notes: {notes}").format(notes=escape(customer.diet_notes)))
        self.header.setText("<br>".join(lines))
        self.reload()

    def reload(self) -> None:
        if self.customer is None:
            return
        customer_id = self.customer.id
        self.ctx.query(
            self, lambda uow, actor: read_history(uow, actor, customer_id), self._loaded,
            purpose="history",
        )  # fmt: skip
        self.ctx.query(self, lambda uow, actor: stays.current_stay(uow, actor, customer_id),
                       self._show_stay, purpose="stay")  # fmt: skip

    def _show_stay(self, stay: StayView | None) -> None:
        self.stay.setText(self.tr("Admitted to {place} since {when}").format(
            place=stay.place, when=local_datetime(stay.admitted_at, self.ctx.zone))
            if stay else "")  # fmt: skip

    def _loaded(self, history: CustomerHistory) -> None:
        self.orders_model.set_records(history.orders)
        self.consultations_model.set_records(history.consultations)
        self.plans_model.set_records(history.plans)
        self.subscriptions_model.set_records(history.subscriptions)
        self.loaded.emit()


class CustomersPage(Page):
    watches = frozenset({Area.CUSTOMERS, Area.ORDERS, Area.CONSULTATIONS, Area.MEAL_PLANS,
                         Area.SUBSCRIPTIONS})  # fmt: skip
    searched = Signal()

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.banner = MessageBanner()
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Name, phone, reference, ward/bed or employee number")
        )
        self.search.setClearButtonEnabled(True)
        self.model: RecordTableModel[CustomerView] = RecordTableModel(
            [
                Column(self.tr("Name"), lambda c: c.full_name, stretch=True),
                Column(self.tr("Ref."), lambda c: c.reference),
                Column(self.tr("Phone"), lambda c: c.phone or ""),
                Column(self.tr("Where"), lambda c: c.location),
            ]
        )
        self.table = record_table(self.model)
        empty_note(
            self.table,
            self.tr(
                "The customers found show here: type a name, phone, "
                "reference, ward/bed or employee number above."
            ),
        )
        self.record = CustomerRecord(ctx)
        self.new_button = QPushButton(self.tr("&New customer…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        can_edit = ctx.actor.can(Permission.MANAGE_CUSTOMERS)
        self.new_button.setVisible(can_edit)
        self.edit_button.setVisible(can_edit)
        self.new_button.clicked.connect(self.open_new)
        self.edit_button.clicked.connect(self.open_edit)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.open_new)
        self.lookup = CustomerSearch(ctx, self, self.search, limit=100)
        self.lookup.found.connect(self._show)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.activated.connect(self.open_edit)
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
        splitter.setSizes([470, 630])  # room for the found customers' names and wards
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.search.setFocus()

    def run_search(self) -> None:
        self.lookup.search_now()

    def refresh(self) -> None:
        if self.search.text().strip():
            self.run_search()
        else:
            self.record.reload()

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.touches({Area.CUSTOMERS}) and self.search.text().strip():
            self.run_search()  # names, phones or wards found may have changed
        else:
            self.record.reload()

    def _show(self, found: list[CustomerView]) -> None:
        chosen = self.selected()
        self.model.set_records(found)
        row = next((i for i, c in enumerate(found) if chosen and c.id == chosen.id), 0)
        if found:
            self.table.selectRow(row)
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
        dialog = CustomerDialog(self.ctx, parent=self, name_hint=self.search.text())
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def open_edit(self, *_args: object) -> CustomerDialog | None:
        customer = self.selected()
        if customer is None or not self.ctx.actor.can(Permission.MANAGE_CUSTOMERS):
            return None
        dialog = CustomerDialog(self.ctx, customer, parent=self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, customer: CustomerView) -> None:
        self.banner.show_info(
            self.tr("{name} saved as {reference}.").format(name=customer.full_name,
                                                           reference=customer.reference)
        )  # fmt: skip
        self.search.setText(customer.reference)
