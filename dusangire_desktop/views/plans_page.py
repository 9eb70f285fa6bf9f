"""Therapeutic meal packages: filter plans by category and price, subscribe, pause, cancel."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..services import subscriptions
from ..services.auth import Permission
from ..services.errors import DomainError
from ..services.subscriptions import BillingPeriod, PlanInput, PlanView, SubscriptionView
from ..services.subscriptions import TherapeuticCategory as Category
from .areas import ViewContext
from .background import run_in_background
from .banner import MessageBanner
from .changes import announce, changes_hub
from .customer_picker import CustomerPicker
from .formatting import local_date, rwf
from .table_model import Column, RecordTableModel
from .widgets import record_table, selected_record


def _label(category: Category) -> str:
    return (
        category.value.replace("_", " ").title().replace("Diabetic Friendly", "Diabetic-Friendly")
    )


class SubscribeDialog(QDialog):
    def __init__(self, ctx: ViewContext, plan: PlanView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Subscribe to {plan.name}")
        self.picker = CustomerPicker(ctx, self)
        self.starts = QDateEdit(calendarPopup=True, displayFormat="ddd dd MMM yyyy")
        today = datetime.now(ctx.zone).date()
        self.starts.setDate(QDate(today.year, today.month, today.day))
        form = QFormLayout()
        form.addRow("&Customer", self.picker)
        form.addRow("&Starts on", self.starts)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.picker.chosen.connect(lambda c: self.ok.setEnabled(c is not None))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                f"{plan.name}: {rwf(plan.price_rwf)} per "
                f"{plan.billing_period.value.removesuffix('ly')}"
            )
        )
        layout.addLayout(form)
        layout.addWidget(buttons)


class PlansPage(QWidget):
    refreshed = Signal()
    subscriptions_loaded = Signal()

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.banner = MessageBanner()
        self.chips: dict[Category, QToolButton] = {}
        chips = QHBoxLayout()
        chips.addWidget(QLabel("Categories:"))
        for category in Category:
            chip = QToolButton()
            chip.setText(_label(category))
            chip.setCheckable(True)
            chip.setStyleSheet(
                "QToolButton { border:1px solid #b9c4bc; border-radius:10px;"
                " padding:3px 9px; } QToolButton:checked { background:#2f7d4a;"
                " color:white; }"
            )
            chip.toggled.connect(lambda _on: self.refresh())
            self.chips[category] = chip
            chips.addWidget(chip)
        chips.addStretch(1)
        self.max_price = QSpinBox()
        self.max_price.setRange(0, 2_000_000)
        self.max_price.setSingleStep(10_000)
        self.max_price.setGroupSeparatorShown(True)
        self.max_price.setSpecialValueText("any price")
        self.max_price.setSuffix(" RWF")
        self.max_price.valueChanged.connect(lambda _v: self.refresh())
        price_row = QHBoxLayout()
        price_row.addWidget(QLabel("Up to"))
        price_row.addWidget(self.max_price)
        price_row.addStretch(1)
        self.plans_model: RecordTableModel[PlanView] = RecordTableModel(
            [
                Column("Plan", lambda p: p.name),
                Column("Category", lambda p: _label(p.category)),
                Column(
                    "Price",
                    lambda p: f"{rwf(p.price_rwf)} / {p.billing_period.value}",
                    align_right=True,
                ),
                Column("Meals a day", lambda p: str(p.meals_per_day), align_right=True),
                Column("Description", lambda p: p.description),
            ]
        )
        self.plans_table = record_table(self.plans_model)
        subscribe = QPushButton("&Subscribe a customer…")
        subscribe.clicked.connect(self._ask_subscribe)
        plans_tab = QWidget()
        p = QVBoxLayout(plans_tab)
        p.addLayout(chips)
        p.addLayout(price_row)
        p.addWidget(self.plans_table, 1)
        p.addWidget(subscribe, alignment=Qt.AlignmentFlag.AlignRight)
        if ctx.actor.can(Permission.MANAGE_SUBSCRIPTION_PLANS):
            p.addWidget(self._plan_editor())
        self.subs_model: RecordTableModel[SubscriptionView] = RecordTableModel(
            [
                Column("Customer", lambda s: s.customer),
                Column("Plan", lambda s: s.plan),
                Column("Since", lambda s: local_date(s.starts_on)),
                Column("Status", lambda s: s.status.value),
                Column("Charged so far", lambda s: rwf(s.charged_rwf), align_right=True),
            ]
        )
        self.subs_table = record_table(self.subs_model)
        subs_tab = QWidget()
        s = QVBoxLayout(subs_tab)
        s.addWidget(self.subs_table, 1)
        buttons = QHBoxLayout()
        for label, action in (
            ("&Pause", self.pause_selected),
            ("&Resume", self.resume_selected),
            ("&Cancel…", self._ask_cancel),
            ("C&harge due periods", self.charge_due),
        ):
            button = QPushButton(label)
            button.clicked.connect(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        s.addLayout(buttons)
        self.tabs = QTabWidget()
        self.tabs.addTab(plans_tab, "Plans")
        self.tabs.addTab(subs_tab, "Subscriptions")
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        changes_hub().changed.connect(self._on_change)
        self.refresh()
        self.refresh_subscriptions()

    def _plan_editor(self) -> QWidget:
        """Administrators add a plan, or change the selected one (price, category, active)."""
        box = QWidget()
        self.plan_name = QLineEdit()
        self.plan_name.setPlaceholderText("plan name")
        self.plan_category = QComboBox()
        for category in Category:
            self.plan_category.addItem(_label(category), category)
        self.plan_price = QSpinBox()
        self.plan_price.setRange(0, 5_000_000)
        self.plan_price.setSingleStep(1000)
        self.plan_price.setGroupSeparatorShown(True)
        self.plan_price.setSuffix(" RWF")
        self.plan_period = QComboBox()
        for period in BillingPeriod:
            self.plan_period.addItem(period.value, period)
        self.plan_meals = QSpinBox()
        self.plan_meals.setRange(1, 6)
        self.plan_meals.setValue(3)
        self.plan_active = QCheckBox("active")
        self.plan_active.setChecked(True)
        add, change = QPushButton("Add plan"), QPushButton("Save selected plan")
        add.clicked.connect(lambda: self.save_plan(None))
        change.clicked.connect(self._save_selected_plan)
        self.plans_table.selectionModel().selectionChanged.connect(self._plan_selected)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.plan_name,
            self.plan_category,
            self.plan_price,
            self.plan_period,
            QLabel("meals/day"),
            self.plan_meals,
            self.plan_active,
            add,
            change,
        ):
            row.addWidget(widget)
        return box

    def _plan_selected(self, *_args: object) -> None:
        plan = selected_record(self.plans_table, self.plans_model)
        if plan is None:
            return
        self.plan_name.setText(plan.name)
        self.plan_category.setCurrentIndex(self.plan_category.findData(plan.category))
        self.plan_price.setValue(plan.price_rwf)
        self.plan_period.setCurrentIndex(self.plan_period.findData(plan.billing_period))
        self.plan_meals.setValue(plan.meals_per_day)
        self.plan_active.setChecked(plan.is_active)

    def _save_selected_plan(self) -> None:
        plan = selected_record(self.plans_table, self.plans_model)
        if plan is not None:
            self.save_plan(plan.id)

    def save_plan(self, plan_id: int | None) -> None:
        ctx = self._ctx
        data = PlanInput(
            self.plan_name.text(),
            self.plan_category.currentData(),
            self.plan_price.value(),
            self.plan_period.currentData(),
            self.plan_meals.value(),
            is_active=self.plan_active.isChecked(),
        )
        run_in_background(
            self,
            lambda: subscriptions.save_plan(ctx.uow_factory(), ctx.actor, data, plan_id),
            lambda saved: (self.banner.show_info(f"{saved.name} saved."), self.refresh()),
            lambda e: self.banner.show_error(e.message),
        )

    def categories(self) -> frozenset[Category]:
        return frozenset(c for c, chip in self.chips.items() if chip.isChecked())

    def refresh(self) -> None:
        ctx, chosen = self._ctx, self.categories()
        top = self.max_price.value() or None
        run_in_background(
            self,
            lambda: subscriptions.list_plans(ctx.uow_factory(), ctx.actor, chosen, top),
            self._plans,
            lambda e: self.banner.show_error(e.message),
        )

    def _plans(self, plans: list[PlanView]) -> None:
        self.plans_model.set_records(plans)
        self.refreshed.emit()

    def refresh_subscriptions(self) -> None:
        ctx = self._ctx
        run_in_background(
            self,
            lambda: subscriptions.list_subscriptions(ctx.uow_factory(), ctx.actor),
            self._subs,
            lambda e: self.banner.show_error(e.message),
        )

    def _subs(self, subs: list[SubscriptionView]) -> None:
        self.subs_model.set_records(subs)
        self.subscriptions_loaded.emit()

    def _ask_subscribe(self) -> None:
        plan = selected_record(self.plans_table, self.plans_model)
        if plan is None:
            self.banner.show_error("Choose a plan first.")
            return
        dialog = SubscribeDialog(self._ctx, plan, self)
        dialog.accepted.connect(
            lambda: self.subscribe(
                plan, dialog.picker.customer().id, dialog.starts.date().toPython()
            )
        )
        dialog.open()

    def subscribe(self, plan: PlanView, customer_id: int, starts_on) -> None:  # type: ignore[no-untyped-def]
        ctx = self._ctx
        self._run(
            lambda: subscriptions.subscribe(
                ctx.uow_factory(), ctx.actor, customer_id, plan.id, starts_on
            ),
            lambda s: f"{s.customer} subscribed to {s.plan}.",
        )

    def _run(self, work, message) -> None:  # type: ignore[no-untyped-def]
        def done(sub: SubscriptionView) -> None:
            self.banner.show_info(message(sub))
            announce("subscriptions", [sub.id])

        def failed(error: DomainError) -> None:
            self.banner.show_error(error.message)
            self.refresh_subscriptions()

        run_in_background(self, work, done, failed)

    def pause_selected(self) -> None:
        sub, ctx = selected_record(self.subs_table, self.subs_model), self._ctx
        if sub is not None:
            self._run(
                lambda: subscriptions.pause(ctx.uow_factory(), ctx.actor, sub.id, sub.version),
                lambda s: f"{s.customer}'s {s.plan} is paused.",
            )

    def resume_selected(self) -> None:
        sub, ctx = selected_record(self.subs_table, self.subs_model), self._ctx
        if sub is not None:
            self._run(
                lambda: subscriptions.resume(ctx.uow_factory(), ctx.actor, sub.id, sub.version),
                lambda s: f"{s.customer}'s {s.plan} is running again.",
            )

    def _ask_cancel(self) -> None:
        reason, ok = QInputDialog.getText(self, "Cancel subscription", "Reason:")
        if ok:
            self.cancel_selected(reason)

    def cancel_selected(self, reason: str) -> None:
        sub, ctx = selected_record(self.subs_table, self.subs_model), self._ctx
        if sub is not None:
            self._run(
                lambda: subscriptions.cancel(
                    ctx.uow_factory(), ctx.actor, sub.id, sub.version, reason
                ),
                lambda s: f"{s.customer}'s {s.plan} is cancelled.",
            )

    def charge_due(self) -> None:
        ctx = self._ctx
        run_in_background(
            self,
            lambda: subscriptions.charge_due(ctx.uow_factory(), ctx.actor, datetime.now(UTC)),
            lambda n: (
                self.banner.show_info(f"{n} period(s) charged."),
                announce("subscriptions", []),
            ),
            lambda e: self.banner.show_error(e.message),
        )

    def _on_change(self, area: str, _ids: list) -> None:
        if area == "subscriptions":
            self.refresh_subscriptions()
