"""Demo nutritionists: availability, time off, months of past and future consultations, plans."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from sqlalchemy import insert, select

from ...models.menu import DietTag
from ...models.scheduling import (
    Consultation,
    ConsultationStatus,
    MealPlan,
    MealPlanStatus,
    MealPlanTag,
    NutritionistProfile,
    TagRule,
    TimeOff,
    WeeklyAvailability,
)
from ...models.staff import Role, Staff
from ...models.subscriptions import TherapeuticCategory
from ..messages import QT_TRANSLATE_NOOP
from ..scheduling.slots import slots
from . import DemoContext

REASONS = [
    "Diabetes follow-up",
    "Weight management",
    "Post-surgery diet",
    "Pregnancy nutrition",
    "Hypertension, low-salt diet",
    "Kidney disease diet",
    "Child growth check",
    "",
]
PLAN_RULES = {
    TherapeuticCategory.DIABETIC_FRIENDLY: [DietTag.HIGH_SUGAR],
    TherapeuticCategory.LOW_SODIUM: [DietTag.FRIED],
    TherapeuticCategory.RENAL: [DietTag.HIGH_SUGAR, DietTag.FRIED],
    TherapeuticCategory.VEGETARIAN: [DietTag.CONTAINS_MEAT],
    TherapeuticCategory.WEIGHT_LOSS: [DietTag.FRIED, DietTag.HIGH_SUGAR],
}


def populate(ctx: DemoContext) -> None:
    session, rng, zone = ctx.session, ctx.rng, ctx.zone
    nutritionists = ctx.staff_by_role.get(Role.NUTRITIONIST, [])
    if not nutritionists or not ctx.customer_ids:
        return
    ctx.progress(QT_TRANSLATE_NOOP("errors", "nutritionists' calendars"))
    today = ctx.now.astimezone(zone).date()
    for index, staff_id in enumerate(nutritionists):
        name = session.scalars(select(Staff.full_name).where(Staff.id == staff_id)).one()
        session.add(
            NutritionistProfile(
                staff_id=staff_id,
                display_name=name,
                consultation_fee_rwf=rng.choice([5000, 6000, 8000]),
            )
        )
        for weekday in range(5):
            if (weekday + index) % 4 == 3:
                continue
            session.add(
                WeeklyAvailability(
                    nutritionist_id=staff_id, weekday=weekday, starts_at=time(8), ends_at=time(12)
                )
            )
            session.add(
                WeeklyAvailability(
                    nutritionist_id=staff_id,
                    weekday=weekday,
                    starts_at=time(14),
                    ends_at=time(16, 30),
                )
            )
        off = today + timedelta(days=10 + 3 * index)
        session.add(
            TimeOff(
                nutritionist_id=staff_id,
                starts_at=datetime.combine(off, time(0), zone).astimezone(UTC),
                ends_at=datetime.combine(off + timedelta(days=1), time(0), zone).astimezone(UTC),
                reason="Training at CHUK",
            )
        )
    session.flush()
    months = min(ctx.sizes.months, 6)
    start = datetime.combine(today - timedelta(days=30 * months), time(0), zone).astimezone(UTC)
    end = datetime.combine(today + timedelta(days=21), time(0), zone).astimezone(UTC)
    offered = slots(session, nutritionists, start, end, start, zone)
    rows = []
    for slot in offered:
        past = slot.starts_at < ctx.now
        if rng.random() > (0.55 if past else 0.35):
            continue
        status = ConsultationStatus.BOOKED
        if past:
            roll = rng.random()
            status = (
                ConsultationStatus.COMPLETED
                if roll < 0.8
                else ConsultationStatus.NO_SHOW
                if roll < 0.9
                else ConsultationStatus.CANCELLED
            )
            if slot.starts_at > ctx.now - timedelta(days=2) and rng.random() < 0.5:
                status = ConsultationStatus.BOOKED
        rows.append(
            {
                "nutritionist_id": slot.nutritionist_id,
                "customer_id": rng.choice(ctx.customer_ids),
                "starts_at": slot.starts_at,
                "duration_minutes": 30,
                "status": status,
                "reason": rng.choice(REASONS),
                "fee_rwf": 6000,
                "notes": "",
                "booked_at": slot.starts_at - timedelta(days=3),
                "status_changed_at": slot.starts_at if past else None,
                "version": 1,
                "cancel_reason": "Patient discharged early"
                if status == ConsultationStatus.CANCELLED
                else None,
            }
        )
    if rows:
        session.execute(insert(Consultation), rows)
    _plans(ctx)


def _plans(ctx: DemoContext) -> None:
    session, rng = ctx.session, ctx.rng
    completed = session.execute(
        select(
            Consultation.id,
            Consultation.customer_id,
            Consultation.nutritionist_id,
            Consultation.starts_at,
        )
        .where(Consultation.status == ConsultationStatus.COMPLETED)
        .order_by(Consultation.starts_at)
    ).all()
    active_customers: set[int] = set()
    for consultation_id, customer_id, nutritionist_id, starts_at in completed:
        if rng.random() > 0.3:
            continue
        category = rng.choice(list(PLAN_RULES))
        age = ctx.now - starts_at
        if age > timedelta(days=60):
            status = MealPlanStatus.COMPLETED
        elif customer_id not in active_customers and rng.random() < 0.6:
            status = MealPlanStatus.ACTIVE
            active_customers.add(customer_id)
        else:
            status = MealPlanStatus.PENDING
        plan = MealPlan(
            customer_id=customer_id,
            nutritionist_id=nutritionist_id,
            consultation_id=consultation_id,
            status=status,
            category=category,
            daily_calories=rng.choice([None, 1600, 1800, 2000, 2200]),
            created_at=starts_at + timedelta(hours=2),
            starts_on=(starts_at + timedelta(days=1)).date()
            if status != MealPlanStatus.PENDING
            else None,
            activated_at=starts_at + timedelta(days=1)
            if status != MealPlanStatus.PENDING
            else None,
        )
        session.add(plan)
        session.flush()
        session.add_all(
            [
                MealPlanTag(meal_plan_id=plan.id, tag=tag, rule=TagRule.FORBIDDEN)
                for tag in PLAN_RULES[category]
            ]
        )
