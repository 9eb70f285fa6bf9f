"""Nutritionist figures: slots, utilization, no-shows, consultations this month, clients, plans."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, or_, select

from ...models.customers import Customer
from ...models.scheduling import Consultation, ConsultationStatus, MealPlan, MealPlanStatus
from ...models.staff import Role, Staff
from ..auth import Actor, Permission
from ..errors import PermissionDenied
from ..messages import QT_TRANSLATE_NOOP
from ..scheduling import SlotState, slots
from ..uow import UnitOfWork
from .periods import Period, local_midnight_utc, ratio, require_aware

ACTIVE_CLIENT_DAYS = 90
S = ConsultationStatus


@dataclass(frozen=True)
class ScheduleEntry:
    starts_at: datetime
    customer: str
    status: ConsultationStatus
    reason: str


@dataclass(frozen=True)
class NutritionSummary:
    nutritionist: str
    period: Period
    as_of: datetime
    available_slots: int
    used_slots: int
    utilization: Decimal | None
    completed: int
    no_shows: int
    unmarked: int
    no_show_rate: Decimal | None
    month_completed: int
    month_booked: int
    month_no_shows: int
    month_cancelled: int
    active_clients: int
    pending_plans: int
    oldest_pending_days: int | None
    today: list[ScheduleEntry]

    @property
    def consultations_this_month(self) -> int:
        return self.month_completed + self.month_booked


def _counts(session, nutritionist_id: int, start: datetime, end: datetime) -> dict:  # type: ignore[no-untyped-def]
    return dict(
        session.execute(
            select(Consultation.status, func.count())
            .where(
                Consultation.nutritionist_id == nutritionist_id,
                Consultation.starts_at >= start,
                Consultation.starts_at < end,
            )
            .group_by(Consultation.status)
        ).all()
    )


def nutrition_summary(
    uow: UnitOfWork, actor: Actor, nutritionist_id: int, period: Period, as_of: datetime
) -> NutritionSummary:
    require_aware(as_of)
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_NUTRITION_DASHBOARD)
        if actor.role == Role.NUTRITIONIST and actor.staff_id != nutritionist_id:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("errors", "A nutritionist sees their own dashboard.")
            )
        session, zone = uow.session, uow.zone
        name = session.scalar(select(Staff.full_name).where(Staff.id == nutritionist_id)) or ""
        start, end = period.utc_bounds(zone)
        offered = slots(session, [nutritionist_id], start, end, start, zone)
        used = sum(
            1
            for s in offered
            if s.state in (SlotState.BOOKED, SlotState.COMPLETED, SlotState.NO_SHOW)
        )
        past = _counts(session, nutritionist_id, start, min(end, as_of))
        completed, no_shows = past.get(S.COMPLETED, 0), past.get(S.NO_SHOW, 0)
        local_today = as_of.astimezone(zone).date()
        month = Period.month(local_today)
        month_counts = _counts(session, nutritionist_id, *month.utc_bounds(zone))
        recent = as_of - timedelta(days=ACTIVE_CLIENT_DAYS)
        plan_clients = set(
            session.scalars(
                select(MealPlan.customer_id).where(
                    MealPlan.nutritionist_id == nutritionist_id,
                    MealPlan.status == MealPlanStatus.ACTIVE,
                )
            )
        )
        consult_clients = set(
            session.scalars(
                select(Consultation.customer_id).where(
                    Consultation.nutritionist_id == nutritionist_id,
                    or_(
                        (Consultation.status == S.COMPLETED)
                        & (Consultation.starts_at >= recent)
                        & (Consultation.starts_at < as_of),
                        (Consultation.status == S.BOOKED) & (Consultation.starts_at >= as_of),
                    ),
                )
            )
        )
        pending, oldest = session.execute(
            select(func.count(), func.min(MealPlan.created_at)).where(
                MealPlan.nutritionist_id == nutritionist_id,
                MealPlan.status == MealPlanStatus.PENDING,
            )
        ).one()
        day_start = local_midnight_utc(local_today, zone)
        today = [
            ScheduleEntry(c.starts_at, customer, c.status, c.reason)
            for c, customer in session.execute(
                select(Consultation, Customer.full_name)
                .join(Customer)
                .where(
                    Consultation.nutritionist_id == nutritionist_id,
                    Consultation.status != S.CANCELLED,
                    Consultation.starts_at >= day_start,
                    Consultation.starts_at < day_start + timedelta(days=1),
                )
                .order_by(Consultation.starts_at)
            )
        ]
        return NutritionSummary(
            nutritionist=name,
            period=period,
            as_of=as_of,
            available_slots=len(offered),
            used_slots=used,
            utilization=ratio(used, len(offered)),
            completed=completed,
            no_shows=no_shows,
            unmarked=past.get(S.BOOKED, 0),
            no_show_rate=ratio(no_shows, completed + no_shows),
            month_completed=month_counts.get(S.COMPLETED, 0),
            month_booked=month_counts.get(S.BOOKED, 0),
            month_no_shows=month_counts.get(S.NO_SHOW, 0),
            month_cancelled=month_counts.get(S.CANCELLED, 0),
            active_clients=len(plan_clients | consult_clients),
            pending_plans=pending,
            oldest_pending_days=(as_of - oldest).days if oldest else None,
            today=today,
        )
