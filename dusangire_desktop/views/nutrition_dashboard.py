"""The nutritionist's desk: their figures, today's schedule, and the meal plans to write."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout

from ..services.analytics import nutrition
from ..services.analytics.nutrition import NutritionSummary, ScheduleEntry
from ..services.analytics.periods import Period
from ..services.auth import Actor, Permission
from ..services.changes import Area
from ..services.errors import DomainError
from ..services.scheduling import availability, meal_plans
from ..services.scheduling.common import ConsultationView, NutritionistView
from ..services.scheduling.meal_plans import MealPlanStatus, MealPlanView
from ..services.uow import UnitOfWork
from .banner import MessageBanner
from .changes import ChangeSet
from .context import ViewContext
from .dashboard_kit import KpiGrid, PeriodPicker
from .formatting import local_date, local_time, percent, short_date
from .formatting import number as figure
from .labels import label
from .meal_plan_dialog import MealPlanDialog, opening
from .page import Page
from .table_model import Column, RecordTableModel
from .widgets import empty_note, record_table, selected_record


@dataclass(frozen=True)
class Desk:
    """What the page shows for one nutritionist and period."""

    summary: NutritionSummary
    plans: list[MealPlanView]
    to_write: list[ConsultationView]


def _desk(
    uow: UnitOfWork,
    actor: Actor,
    nutritionist_id: int,
    period: Period,
    as_of: datetime,
    can_plan: bool,
) -> Desk:
    summary = nutrition.nutrition_summary(uow, actor, nutritionist_id, period, as_of)
    if not can_plan:
        return Desk(summary, [], [])
    return Desk(
        summary,
        meal_plans.nutritionist_plans(uow, actor, nutritionist_id),
        meal_plans.completed_without_plan(uow, actor, nutritionist_id),
    )


class NutritionDashboard(Page):
    """Reads again whenever consultations, meal plans or availability change, here or at another
    desk, while it is shown (and when it is next shown)."""

    watches = frozenset({Area.CONSULTATIONS, Area.MEAL_PLANS, Area.AVAILABILITY, Area.STAFF})

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.summary: NutritionSummary | None = None
        self.banner = MessageBanner()
        self.who = QComboBox()
        self.who.setProperty("data", True)  # the nutritionists' names
        # Names arrive after the page is first shown; the box grows to the longest.
        self.who.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.picker = PeriodPicker(ctx.today)
        self.picker.period_changed.connect(lambda _p: self.refresh())
        self.who.currentIndexChanged.connect(lambda _i: self.refresh())
        self.kpi_titles = {
            "clients": self.tr("Active clients"),
            "month": self.tr("Consultations this month"),
            "pending": self.tr("Pending plans"),
            "utilization": self.tr("Utilization"),
            "no_shows": self.tr("No-show rate"),
        }
        self.kpis = KpiGrid(list(self.kpi_titles.values()), columns=5)
        zone = ctx.zone
        self.today_model: RecordTableModel[ScheduleEntry] = RecordTableModel(
            [
                Column(self.tr("Time"), lambda e: local_time(e.starts_at, zone)),
                Column(self.tr("Client"), lambda e: e.customer),
                Column(self.tr("Status"), lambda e: label(e.status)),
                Column(self.tr("Reason"), lambda e: e.reason, stretch=True),
            ]
        )
        self.plans_model: RecordTableModel[MealPlanView] = RecordTableModel(
            [
                Column(self.tr("Client"), lambda p: p.customer),
                Column(self.tr("Category"), lambda p: label(p.category)),
                Column(self.tr("Status"), lambda p: label(p.status)),
                Column(
                    self.tr("Calories"),
                    lambda p: figure(p.daily_calories) if p.daily_calories else "",
                ),
                Column(
                    self.tr("Forbidden"),
                    lambda p: ", ".join(label(t) for t in p.forbidden),
                    stretch=True,
                ),
                Column(
                    self.tr("Opened"),
                    lambda p: short_date(p.created_at, zone),
                    sort_key=lambda p: p.created_at.isoformat(),
                    tooltip=lambda p: local_date(p.created_at, zone),
                ),
            ]
        )
        self.to_write_model: RecordTableModel[ConsultationView] = RecordTableModel(
            [
                Column(
                    self.tr("Consulted"),
                    lambda c: short_date(c.starts_at, zone),
                    sort_key=lambda c: c.starts_at.isoformat(),
                    tooltip=lambda c: local_date(c.starts_at, zone),
                ),
                Column(self.tr("Client"), lambda c: c.customer),
                Column(self.tr("Reason"), lambda c: c.reason, stretch=True),
            ]
        )
        self.today_table, self.plans_table, self.to_write_table = (
            record_table(self.today_model),
            record_table(self.plans_model),
            record_table(self.to_write_model),
        )
        self.activate = QPushButton(self.tr("&Activate plan"))
        self.complete = QPushButton(self.tr("&Complete plan"))
        self.write = QPushButton(self.tr("&Write plan…"))
        self.activate.clicked.connect(lambda: self.move_plan(MealPlanStatus.ACTIVE))
        self.complete.clicked.connect(lambda: self.move_plan(MealPlanStatus.COMPLETED))
        self.write.clicked.connect(self._ask_plan)
        self.can_plan = ctx.actor.can(Permission.MANAGE_MEAL_PLANS)
        for button in (self.activate, self.complete, self.write):
            button.setVisible(self.can_plan)
        if self.can_plan:
            empty_note(self.plans_table, self.tr("No pending or active meal plan."))
            empty_note(self.to_write_table, self.tr("Every completed consultation has its plan."))
        else:
            for table in (self.plans_table, self.to_write_table):
                empty_note(table, self.tr("Meal plans are shown to those who write them."))
        who_label = QLabel(self.tr("&Nutritionist"))
        who_label.setBuddy(self.who)
        bar = QHBoxLayout()
        bar.addWidget(who_label)
        bar.addWidget(self.who)
        bar.addWidget(self.picker)
        bar.addStretch(1)
        # Meal plans have the most columns: they take the right-hand side whole, the day's
        # schedule and the consultations still to write up share the left, one above the other.
        left = QVBoxLayout()
        left.addLayout(self._panel(self.tr("Today's schedule"), self.today_table, []), 1)
        left.addLayout(
            self._panel(
                self.tr("Completed consultations without a plan"),
                self.to_write_table,
                [self.write],
            ),
            1,
        )
        lower = QHBoxLayout()
        lower.addLayout(left, 4)
        lower.addLayout(
            self._panel(self.tr("Meal plans"), self.plans_table, [self.activate, self.complete]),
            5,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(bar)
        layout.addWidget(self.kpis)
        layout.addLayout(lower, 1)
        self._load_nutritionists()

    @staticmethod
    def _panel(title: str, table: QTableView, buttons: list[QPushButton]) -> QVBoxLayout:
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
        return box

    def _load_nutritionists(self) -> None:
        self.ctx.query(self, availability.list_nutritionists, self._nutritionists,
                       purpose="nutritionists")  # fmt: skip

    def _nutritionists(self, found: list[NutritionistView]) -> None:
        actor, shown = self.ctx.actor, self.who.currentData()
        mine = [n for n in found if n.id == actor.staff_id]
        self.who.blockSignals(True)
        self.who.clear()
        for n in mine or found:
            self.who.addItem(n.name, n.id)
        if shown is not None and self.who.findData(shown) >= 0:
            self.who.setCurrentIndex(self.who.findData(shown))
        self.who.blockSignals(False)
        self.who.setEnabled(not mine)
        self.refresh()

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.touches({Area.STAFF}):
            self._load_nutritionists()
        else:
            self.refresh()

    def refresh(self) -> None:
        nutritionist_id, period = self.who.currentData(), self.picker.period()
        if nutritionist_id is None or period is None:
            return
        as_of, can_plan = self.ctx.now(), self.can_plan
        self.ctx.query(
            self,
            lambda uow, actor: _desk(uow, actor, nutritionist_id, period, as_of, can_plan),
            self._show,
            purpose="desk",
        )

    def _show(self, desk: Desk) -> None:
        s = self.summary = desk.summary
        k, t = self.kpis, self.kpi_titles
        k[t["clients"]].show_value(
            f"{s.active_clients}", self.tr("completed in 90 days, upcoming, or on an active plan")
        )
        k[t["month"]].show_value(
            f"{s.consultations_this_month}",
            self.tr("{done} completed, {booked} booked · {no_shows} no-show, {cancelled} cancelled")
            .format(done=s.month_completed, booked=s.month_booked, no_shows=s.month_no_shows,
                    cancelled=s.month_cancelled),
        )  # fmt: skip
        k[t["pending"]].show_value(
            f"{s.pending_plans}",
            self.tr("oldest {days} days").format(days=s.oldest_pending_days)
            if s.pending_plans
            else "",
        )
        k[t["utilization"]].show_value(
            percent(s.utilization),
            self.tr("{used} of {available} slots").format(
                used=s.used_slots, available=s.available_slots
            ),
            self.tr("No availability in this period."),
        )
        k[t["no_shows"]].show_value(
            percent(s.no_show_rate),
            self.tr("{no_shows} of {finished}; {unmarked} past still unmarked").format(
                no_shows=s.no_shows, finished=s.completed + s.no_shows, unmarked=s.unmarked
            ),
            self.tr("No consultation has finished in this period yet."),
        )
        self.today_model.set_records(s.today)
        self.plans_model.set_records(
            [p for p in desk.plans if p.status in (MealPlanStatus.PENDING, MealPlanStatus.ACTIVE)]
        )
        self.to_write_model.set_records(desk.to_write)
        self.refreshed.emit()

    def move_plan(self, to: MealPlanStatus) -> None:
        plan = selected_record(self.plans_table, self.plans_model)
        if plan is None:
            self.banner.show_error(self.tr("Choose a plan first."))
            return
        self.ctx.command(
            self,
            lambda uow, actor: meal_plans.move_meal_plan(uow, actor, plan.id, plan.version, to),
            lambda p: self.banner.show_info(
                self.tr("{customer}'s plan is {status}.").format(
                    customer=p.customer, status=label(p.status).lower()
                )
            ),
            purpose="plan",
            on_error=self._refused,
        )

    def _ask_plan(self) -> MealPlanDialog | None:
        consultation = selected_record(self.to_write_table, self.to_write_model)
        if consultation is None:
            self.banner.show_error(self.tr("Choose a completed consultation first."))
            return None
        dialog = MealPlanDialog(self.ctx, consultation, self)
        dialog.saved.connect(self._opened)
        dialog.open()
        return dialog

    def write_plan(self, consultation: ConsultationView, **values: Any) -> None:
        self.ctx.command(self, opening(consultation.id, values), self._opened, purpose="plan",
                         on_error=self._refused)  # fmt: skip

    def _opened(self, plan: MealPlanView) -> None:
        self.banner.show_info(
            self.tr("Plan opened for {customer} (pending).").format(customer=plan.customer)
        )

    def _refused(self, error: DomainError) -> None:
        """The desk may be behind (the plan changed elsewhere): say so and show it as it is."""
        self.banner.show_error(error.message)
        self.refresh()
