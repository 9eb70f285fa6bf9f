"""The meal-package plans: filtered by category and price, subscribed to, and (for
administrators) added or changed."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..services import subscriptions
from ..services.auth import Permission
from ..services.changes import Area
from ..services.errors import ValidationError
from ..services.subscriptions import (
    BillingPeriod,
    PlanInput,
    PlanView,
    SubscriptionView,
    TherapeuticCategory,
)
from .banner import MessageBanner
from .context import ViewContext
from .customer_picker import CustomerPicker
from .formatting import rwf
from .forms import FormDialog
from .labels import choices, label
from .operations import Operation
from .page import Page
from .table_model import Column, RecordTableModel
from .widgets import FlowLayout, record_table, selected_record

CHIP_STYLE = (
    "QToolButton { border:1px solid #b9c4bc; border-radius:10px; padding:3px 9px; }"
    " QToolButton:checked { background:#2f7d4a; color:white; }"
)


class SubscribeDialog(FormDialog):
    """A customer subscribes to one plan from a day on."""

    def __init__(self, ctx: ViewContext, plan: PlanView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("Subscribe to {0}").format(plan.name))
        self.save_button.setText(self.tr("Subscribe"))
        self.plan = plan
        self.body.insertWidget(
            1,
            QLabel(
                self.tr("{0}: {1}, billed {2}").format(
                    plan.name, rwf(plan.price_rwf), label(plan.billing_period).lower()
                )
            ),
        )
        self.picker = self.add_field(self.tr("&Customer"), "customer", CustomerPicker(ctx, self))
        self.starts = self.add_field(
            self.tr("&Starts on"),
            "starts_on",
            QDateEdit(calendarPopup=True, displayFormat="ddd dd MMM yyyy"),
        )
        today = ctx.today()
        self.starts.setDate(QDate(today.year, today.month, today.day))

    def operation(self) -> Operation[SubscriptionView]:
        customer = self.picker.customer()
        if customer is None:
            raise ValidationError(self.tr("Find the customer first."), field="customer")
        plan_id, starts_on = self.plan.id, self.starts.date().toPython()
        return lambda uow, actor: subscriptions.subscribe(
            uow, actor, customer.id, plan_id, starts_on
        )


class PlansTab(Page):
    """Plans by category chips and a highest price; administrators also edit them here."""

    watches = frozenset({Area.SUBSCRIPTIONS})

    def __init__(self, ctx: ViewContext, banner: MessageBanner) -> None:
        super().__init__()
        self.ctx = ctx
        self.banner = banner
        self.chips: dict[TherapeuticCategory, QToolButton] = {}
        chips = FlowLayout()
        chips.addWidget(QLabel(self.tr("Categories:")))
        for text, category in choices(TherapeuticCategory):
            chip = QToolButton()
            chip.setText(text)
            chip.setCheckable(True)
            chip.setStyleSheet(CHIP_STYLE)
            chip.toggled.connect(self._filter_changed)
            self.chips[TherapeuticCategory(category)] = chip
            chips.addWidget(chip)
        self.max_price = QSpinBox()
        self.max_price.setRange(0, 2_000_000)
        self.max_price.setSingleStep(10_000)
        self.max_price.setGroupSeparatorShown(True)
        self.max_price.setSpecialValueText(self.tr("any price"))
        self.max_price.setSuffix(" RWF")
        self.max_price.valueChanged.connect(self._filter_changed)
        price_row = QHBoxLayout()
        price_row.addWidget(QLabel(self.tr("Up to")))
        price_row.addWidget(self.max_price)
        price_row.addStretch(1)
        self.model: RecordTableModel[PlanView] = RecordTableModel(
            [
                Column(self.tr("Plan"), lambda p: p.name),
                Column(self.tr("Category"), lambda p: label(p.category)),
                Column(
                    self.tr("Price"),
                    lambda p: self.tr("{0} / {1}").format(
                        rwf(p.price_rwf), label(p.billing_period).lower()
                    ),
                    align_right=True,
                ),
                Column(self.tr("Meals a day"), lambda p: str(p.meals_per_day), align_right=True),
                Column(self.tr("Description"), lambda p: p.description, stretch=True),
            ]
        )
        self.table = record_table(self.model)
        subscribe = QPushButton(self.tr("&Subscribe a customer…"))
        subscribe.clicked.connect(self.open_subscribe)
        layout = QVBoxLayout(self)
        layout.addLayout(chips)
        layout.addLayout(price_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(subscribe, alignment=Qt.AlignmentFlag.AlignRight)
        if ctx.actor.can(Permission.MANAGE_SUBSCRIPTION_PLANS):
            layout.addWidget(self._plan_editor())
        self.refresh()

    def _plan_editor(self) -> QWidget:
        """Administrators add a plan, or change the selected one (price, category, active)."""
        box = QWidget()
        self.plan_name = QLineEdit()
        self.plan_name.setPlaceholderText(self.tr("plan name"))
        self.plan_category = QComboBox()
        for text, category in choices(TherapeuticCategory):
            self.plan_category.addItem(text, category)
        self.plan_price = QSpinBox()
        self.plan_price.setRange(0, 5_000_000)
        self.plan_price.setSingleStep(1000)
        self.plan_price.setGroupSeparatorShown(True)
        self.plan_price.setSuffix(" RWF")
        self.plan_period = QComboBox()
        for text, period in choices(BillingPeriod):
            self.plan_period.addItem(text, period)
        self.plan_meals = QSpinBox()
        self.plan_meals.setRange(1, 6)
        self.plan_meals.setValue(3)
        self.plan_active = QCheckBox(self.tr("active"))
        self.plan_active.setChecked(True)
        add, change = QPushButton(self.tr("Add plan")), QPushButton(self.tr("Save selected plan"))
        add.clicked.connect(self._add_plan)
        change.clicked.connect(self._save_selected_plan)
        self.table.selectionModel().selectionChanged.connect(self._plan_selected)
        # Two rows: in French or Kinyarwanda one would widen the window past the screen.
        rows = QVBoxLayout(box)
        rows.setContentsMargins(0, 0, 0, 0)
        first, second = QHBoxLayout(), QHBoxLayout()
        for widget in (self.plan_name, self.plan_category, self.plan_price, self.plan_period):
            first.addWidget(widget)
        for widget in (QLabel(self.tr("meals/day")), self.plan_meals, self.plan_active):
            second.addWidget(widget)
        second.addStretch(1)
        second.addWidget(add)
        second.addWidget(change)
        rows.addLayout(first)
        rows.addLayout(second)
        return box

    def _filter_changed(self, *_args: object) -> None:
        self.refresh()

    def categories(self) -> frozenset[TherapeuticCategory]:
        return frozenset(c for c, chip in self.chips.items() if chip.isChecked())

    def refresh(self) -> None:
        chosen, top = self.categories(), self.max_price.value() or None
        self.ctx.query(
            self,
            lambda uow, actor: subscriptions.list_plans(uow, actor, chosen, top),
            self._loaded,
            purpose="plans",
        )

    def _loaded(self, plans: list[PlanView]) -> None:
        self.model.set_records(plans)
        self.refreshed.emit()

    def selected_plan(self) -> PlanView | None:
        plan: PlanView | None = selected_record(self.table, self.model)
        return plan

    def _plan_selected(self, *_args: object) -> None:
        plan = self.selected_plan()
        if plan is None:
            return
        self.plan_name.setText(plan.name)
        self.plan_category.setCurrentIndex(self.plan_category.findData(plan.category))
        self.plan_price.setValue(plan.price_rwf)
        self.plan_period.setCurrentIndex(self.plan_period.findData(plan.billing_period))
        self.plan_meals.setValue(plan.meals_per_day)
        self.plan_active.setChecked(plan.is_active)

    def _add_plan(self) -> None:
        self.save_plan(None)

    def _save_selected_plan(self) -> None:
        plan = self.selected_plan()
        if plan is not None:
            self.save_plan(plan.id)

    def save_plan(self, plan_id: int | None) -> None:
        data = PlanInput(
            self.plan_name.text(),
            self.plan_category.currentData(),
            self.plan_price.value(),
            self.plan_period.currentData(),
            self.plan_meals.value(),
            is_active=self.plan_active.isChecked(),
        )
        self.ctx.command(
            self,
            lambda uow, actor: subscriptions.save_plan(uow, actor, data, plan_id),
            self._plan_saved,
            purpose="save plan",
        )

    def _plan_saved(self, plan: PlanView) -> None:
        self.banner.show_info(self.tr("{0} saved.").format(plan.name))

    def open_subscribe(self) -> SubscribeDialog | None:
        plan = self.selected_plan()
        if plan is None:
            self.banner.show_error(self.tr("Choose a plan first."))
            return None
        dialog = SubscribeDialog(self.ctx, plan, self)
        dialog.saved.connect(self._subscribed)
        dialog.open()
        return dialog

    def _subscribed(self, sub: SubscriptionView) -> None:
        self.banner.show_info(self.tr("{0} subscribed to {1}.").format(sub.customer, sub.plan))
