"""The nutritionist's desk: their figures, today's schedule, and the meal plans to write."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..services import scheduling
from ..services.analytics import nutrition
from ..services.analytics.nutrition import NutritionSummary, ScheduleEntry
from ..services.auth import Permission
from ..services.errors import DomainError
from ..services.scheduling import (
    ConsultationView,
    DietTag,
    MealPlanStatus,
    MealPlanView,
    NutritionistView,
    TherapeuticCategory,
)
from .areas import ViewContext
from .background import run_in_background
from .banner import MessageBanner
from .changes import announce, changes_hub
from .dashboard_kit import KpiGrid, PeriodPicker, today_in
from .formatting import local_date, local_time, percent
from .table_model import Column, RecordTableModel
from .widgets import checked, checklist, record_table, selected_record

KPIS = [
    "Active clients",
    "Consultations this month",
    "Pending plans",
    "Utilization",
    "No-show rate",
]


class MealPlanDialog(QDialog):
    def __init__(self, consultation: ConsultationView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.consultation = consultation
        self.setWindowTitle(f"Meal plan for {consultation.customer}")
        self.category = QComboBox()
        for category in TherapeuticCategory:
            self.category.addItem(category.value.replace("_", " ").title(), category)
        self.calories = QSpinBox()
        self.calories.setRange(0, 6000)
        self.calories.setSingleStep(100)
        self.calories.setSpecialValueText("no target")
        self.allowed = checklist(DietTag, height=100)
        self.forbidden = checklist(DietTag, height=100)
        self.notes = QLineEdit()
        form = QFormLayout()
        form.addRow("&Category", self.category)
        form.addRow("Daily &calories", self.calories)
        form.addRow("&Allowed", self.allowed)
        form.addRow("&Forbidden", self.forbidden)
        form.addRow("&Notes", self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict:
        return {
            "category": self.category.currentData(),
            "daily_calories": self.calories.value() or None,
            "allowed": checked(self.allowed),
            "forbidden": checked(self.forbidden),
            "notes": self.notes.text(),
        }


class NutritionDashboard(QWidget):
    refreshed = Signal()

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.summary: NutritionSummary | None = None
        self.banner = MessageBanner()
        self.who = QComboBox()
        self.picker = PeriodPicker(lambda: today_in(ctx.zone))
        self.picker.period_changed.connect(lambda _p: self.refresh())
        self.who.currentIndexChanged.connect(lambda _i: self.refresh())
        self.kpis = KpiGrid(KPIS, columns=5)
        self.today_model: RecordTableModel[ScheduleEntry] = RecordTableModel(
            [
                Column("Time", lambda e: local_time(e.starts_at, ctx.zone)),
                Column("Client", lambda e: e.customer),
                Column("Status", lambda e: e.status.value.replace("_", " ")),
                Column("Reason", lambda e: e.reason),
            ]
        )
        self.plans_model: RecordTableModel[MealPlanView] = RecordTableModel(
            [
                Column("Client", lambda p: p.customer),
                Column("Category", lambda p: p.category.value.replace("_", " ")),
                Column("Status", lambda p: p.status.value),
                Column("Calories", lambda p: f"{p.daily_calories:,}" if p.daily_calories else ""),
                Column(
                    "Forbidden", lambda p: ", ".join(t.value.replace("_", " ") for t in p.forbidden)
                ),
                Column("Opened", lambda p: local_date(p.created_at, ctx.zone)),
            ]
        )
        self.to_write_model: RecordTableModel[ConsultationView] = RecordTableModel(
            [
                Column("Consulted", lambda c: local_date(c.starts_at, ctx.zone)),
                Column("Client", lambda c: c.customer),
                Column("Reason", lambda c: c.reason),
            ]
        )
        self.today_table, self.plans_table, self.to_write_table = (
            record_table(self.today_model),
            record_table(self.plans_model),
            record_table(self.to_write_model),
        )
        self.activate = QPushButton("&Activate plan")
        self.complete = QPushButton("&Complete plan")
        self.write = QPushButton("&Write plan…")
        self.activate.clicked.connect(lambda: self.move_plan(MealPlanStatus.ACTIVE))
        self.complete.clicked.connect(lambda: self.move_plan(MealPlanStatus.COMPLETED))
        self.write.clicked.connect(self._ask_plan)
        can_plan = ctx.actor.can(Permission.MANAGE_MEAL_PLANS)
        for button in (self.activate, self.complete, self.write):
            button.setVisible(can_plan)
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Nutritionist"))
        bar.addWidget(self.who)
        bar.addWidget(self.picker)
        bar.addStretch(1)
        lower = QHBoxLayout()
        for title, table, buttons in (
            ("Today's schedule", self.today_table, []),
            ("Meal plans", self.plans_table, [self.activate, self.complete]),
            ("Completed consultations without a plan", self.to_write_table, [self.write]),
        ):
            box = QVBoxLayout()
            heading = QLabel(title)
            heading.setStyleSheet("font-weight:600;")
            box.addWidget(heading)
            box.addWidget(table, 1)
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            box.addLayout(row)
            lower.addLayout(box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(bar)
        layout.addWidget(self.kpis)
        layout.addLayout(lower, 1)
        changes_hub().changed.connect(self._on_change)
        run_in_background(
            self,
            lambda: scheduling.list_nutritionists(ctx.uow_factory(), ctx.actor),
            self._nutritionists,
            lambda e: self.banner.show_error(e.message),
        )

    def _nutritionists(self, found: list[NutritionistView]) -> None:
        actor = self._ctx.actor
        mine = [n for n in found if n.id == actor.staff_id]
        self.who.blockSignals(True)
        for n in mine or found:
            self.who.addItem(n.name, n.id)
        self.who.blockSignals(False)
        self.who.setEnabled(not mine)
        self.refresh()

    def refresh(self) -> None:
        nutritionist_id, period, ctx = self.who.currentData(), self.picker.period(), self._ctx
        if nutritionist_id is None or period is None:
            return
        as_of = datetime.now(UTC)
        can_plan = ctx.actor.can(Permission.MANAGE_MEAL_PLANS)

        def load():  # type: ignore[no-untyped-def]
            summary = nutrition.nutrition_summary(
                ctx.uow_factory(), ctx.actor, nutritionist_id, period, as_of
            )
            if not can_plan:
                return summary, [], []
            return (
                summary,
                scheduling.nutritionist_plans(ctx.uow_factory(), ctx.actor, nutritionist_id),
                scheduling.completed_without_plan(ctx.uow_factory(), ctx.actor, nutritionist_id),
            )

        run_in_background(self, load, self._show, lambda e: self.banner.show_error(e.message))

    def _show(self, data) -> None:  # type: ignore[no-untyped-def]
        s, plans, to_write = data
        self.summary = s
        k = self.kpis
        k["Active clients"].show_value(
            f"{s.active_clients}", "completed in 90 days, upcoming, or on an active plan"
        )
        k["Consultations this month"].show_value(
            f"{s.consultations_this_month}",
            f"{s.month_completed} completed, {s.month_booked} booked"
            f" · {s.month_no_shows} no-show, {s.month_cancelled} cancelled",
        )
        k["Pending plans"].show_value(
            f"{s.pending_plans}", f"oldest {s.oldest_pending_days} days" if s.pending_plans else ""
        )
        k["Utilization"].show_value(
            percent(s.utilization),
            f"{s.used_slots} of {s.available_slots} slots",
            "No availability in this period.",
        )
        k["No-show rate"].show_value(
            percent(s.no_show_rate),
            f"{s.no_shows} of {s.completed + s.no_shows}; {s.unmarked} past still unmarked",
            "No consultation has finished in this period yet.",
        )
        self.today_model.set_records(s.today)
        self.plans_model.set_records(
            [p for p in plans if p.status in (MealPlanStatus.PENDING, MealPlanStatus.ACTIVE)]
        )
        self.to_write_model.set_records(to_write)
        self.refreshed.emit()

    def move_plan(self, to: MealPlanStatus) -> None:
        plan, ctx = selected_record(self.plans_table, self.plans_model), self._ctx
        if plan is None:
            self.banner.show_error("Choose a plan first.")
            return
        run_in_background(
            self,
            lambda: scheduling.move_meal_plan(
                ctx.uow_factory(), ctx.actor, plan.id, plan.version, to
            ),
            lambda p: (
                self.banner.show_info(f"{p.customer}'s plan is {p.status.value}."),
                announce("meal_plans", [p.id]),
            ),
            self._failed,
        )

    def _ask_plan(self) -> None:
        consultation = selected_record(self.to_write_table, self.to_write_model)
        if consultation is None:
            self.banner.show_error("Choose a completed consultation first.")
            return
        dialog = MealPlanDialog(consultation, self)
        dialog.accepted.connect(lambda: self.write_plan(consultation, **dialog.values()))
        dialog.open()

    def write_plan(self, consultation: ConsultationView, **values) -> None:  # type: ignore[no-untyped-def]
        ctx = self._ctx
        run_in_background(
            self,
            lambda: scheduling.open_meal_plan(
                ctx.uow_factory(), ctx.actor, consultation.id, **values
            ),
            lambda p: (
                self.banner.show_info(f"Plan opened for {p.customer} (pending)."),
                announce("meal_plans", [p.id]),
            ),
            self._failed,
        )

    def _failed(self, error: DomainError) -> None:
        self.banner.show_error(error.message)

    def _on_change(self, area: str, _ids: list) -> None:
        if area in ("meal_plans", "consultations"):
            self.refresh()
