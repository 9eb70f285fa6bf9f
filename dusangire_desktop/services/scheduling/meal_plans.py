"""Meal plans: opened from a completed consultation, then pending -> active -> completed.

A meal plan is opened, activated, completed or cancelled by the nutritionist who owns it (the
nutritionist of the consultation it comes from) or by an administrator; a nutritionist's list of
plans and of plans still to write is read by that nutritionist or an administrator. A customer has
at most one active plan (the order screens check its forbidden tags). Every change is recorded
under the meal plans area with the plan's id.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ...models.menu import DietTag
from ...models.scheduling import (
    Consultation,
    ConsultationStatus,
    MealPlan,
    MealPlanStatus,
    MealPlanTag,
    TagRule,
)
from ...models.staff import Staff
from ...models.subscriptions import TherapeuticCategory
from .. import audit
from ..auth import Actor, Permission
from ..changes import Area
from ..errors import ConcurrentChange, Conflict, NotFound, PermissionDenied, ValidationError
from ..messages import QT_TRANSLATE_NOOP, Text
from ..records import load_current
from ..uow import UnitOfWork
from .common import ConsultationView, consultation_view, customer_name, staff_name

MOVES = {
    MealPlanStatus.PENDING: {MealPlanStatus.ACTIVE, MealPlanStatus.CANCELLED},
    MealPlanStatus.ACTIVE: {MealPlanStatus.COMPLETED, MealPlanStatus.CANCELLED},
}


@dataclass(frozen=True)
class MealPlanView:
    id: int
    customer_id: int
    customer: str
    nutritionist: str
    category: TherapeuticCategory
    status: MealPlanStatus
    daily_calories: int | None
    allowed: tuple[DietTag, ...]
    forbidden: tuple[DietTag, ...]
    notes: str
    created_at: datetime
    version: int


def _plan_view(session: Session, plan: MealPlan) -> MealPlanView:
    tags = list(session.scalars(select(MealPlanTag).where(MealPlanTag.meal_plan_id == plan.id)))
    return MealPlanView(
        plan.id,
        plan.customer_id,
        customer_name(session, plan.customer_id),
        staff_name(session, plan.nutritionist_id),
        plan.category,
        plan.status,
        plan.daily_calories,
        tuple(t.tag for t in tags if t.rule == TagRule.ALLOWED),
        tuple(t.tag for t in tags if t.rule == TagRule.FORBIDDEN),
        plan.notes,
        plan.created_at,
        plan.version,
    )


def _can_manage_plans(session: Session, actor: Actor, nutritionist_id: int) -> None:
    """A nutritionist manages their own clients' meal plans; an administrator anyone's."""
    if actor.can(Permission.MANAGE_ALL_SCHEDULES) or actor.staff_id == nutritionist_id:
        return
    staff = session.get(Staff, nutritionist_id)
    name = staff.full_name if staff else "another nutritionist"
    raise PermissionDenied(
        QT_TRANSLATE_NOOP(
            "errors",
            "These are {name}'s clients' meal plans: only {name} or an administrator "
            "can manage them.",
        ),
        name=name,
    )


def open_meal_plan(
    uow: UnitOfWork,
    actor: Actor,
    consultation_id: int,
    *,
    category: TherapeuticCategory,
    daily_calories: int | None = None,
    allowed: tuple[DietTag, ...] = (),
    forbidden: tuple[DietTag, ...] = (),
    notes: str = "",
) -> MealPlanView:
    """A completed consultation opens a pending plan for its customer, owned by its nutritionist.

    Only that nutritionist or an administrator opens it (module docstring).
    """
    if daily_calories is not None and not 500 <= daily_calories <= 6000:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The daily calorie target is between 500 and 6,000 kcal."),
            field="daily_calories",
        )
    if set(allowed) & set(forbidden):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A diet tag cannot be both allowed and forbidden."),
            field="forbidden",
        )
    if len(notes) > 2000:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Notes may have at most 2,000 characters."), field="notes"
        )
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_MEAL_PLANS)
        c = uow.session.get(Consultation, consultation_id)
        if c is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That consultation does not exist."))
        _can_manage_plans(uow.session, actor, c.nutritionist_id)
        if c.status != ConsultationStatus.COMPLETED:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Open a meal plan from a completed consultation.")
            )
        plan = MealPlan(
            customer_id=c.customer_id,
            nutritionist_id=c.nutritionist_id,
            consultation_id=c.id,
            category=TherapeuticCategory(category),
            daily_calories=daily_calories,
            notes=notes.strip(),
            created_at=uow.now(),
        )
        uow.session.add(plan)
        uow.flush()
        uow.session.add_all(
            [MealPlanTag(meal_plan_id=plan.id, tag=t, rule=TagRule.ALLOWED) for t in set(allowed)]
            + [
                MealPlanTag(meal_plan_id=plan.id, tag=t, rule=TagRule.FORBIDDEN)
                for t in set(forbidden)
            ]
        )
        audit.record(
            uow.session,
            actor,
            "meal_plan_opened",
            "meal_plan",
            plan.id,
            category=plan.category.value,
        )
        uow.record(Area.MEAL_PLANS, [plan.id])
        uow.commit()
        return _plan_view(uow.session, plan)


def move_meal_plan(
    uow: UnitOfWork, actor: Actor, plan_id: int, version: int, to: MealPlanStatus
) -> MealPlanView:
    """pending -> active -> completed (or cancelled); one active plan per customer.

    Only the plan's own nutritionist or an administrator moves it (module docstring).
    """
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_MEAL_PLANS)
        # Loaded without the version: whether a stranger may manage it is answered first.
        plan = load_current(
            uow,
            MealPlan,
            plan_id,
            None,
            missing=QT_TRANSLATE_NOOP("errors", "That meal plan does not exist."),
        )
        _can_manage_plans(uow.session, actor, plan.nutritionist_id)
        if plan.version != version:
            raise ConcurrentChange(Text(QT_TRANSLATE_NOOP("errors", "This plan")))
        if to not in MOVES.get(plan.status, set()):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A {status} plan cannot become {to}."),
                status=plan.status,
                to=to,
            )
        plan.status = to
        now = uow.now()
        if to == MealPlanStatus.ACTIVE:
            plan.activated_at, plan.starts_on = now, now.astimezone(uow.zone).date()
        else:
            plan.completed_at, plan.ends_on = now, now.astimezone(uow.zone).date()
        try:
            uow.flush()
        except IntegrityError:
            uow.session.rollback()
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This customer already has an active meal plan. Complete or cancel it first.",
                )
            ) from None
        audit.record(uow.session, actor, "meal_plan_status", "meal_plan", plan.id, new=to.value)
        uow.record(Area.MEAL_PLANS, [plan.id])
        uow.commit()
        return _plan_view(uow.session, plan)


def customer_meal_plans(uow: UnitOfWork, actor: Actor, customer_id: int) -> list[MealPlanView]:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_CUSTOMERS)
        return [
            _plan_view(uow.session, p)
            for p in uow.session.scalars(
                select(MealPlan)
                .where(MealPlan.customer_id == customer_id)
                .order_by(MealPlan.created_at.desc(), MealPlan.id.desc())
            )
        ]


def nutritionist_plans(uow: UnitOfWork, actor: Actor, nutritionist_id: int) -> list[MealPlanView]:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.MANAGE_MEAL_PLANS)
        _can_manage_plans(uow.session, actor, nutritionist_id)
        return [
            _plan_view(uow.session, p)
            for p in uow.session.scalars(
                select(MealPlan)
                .where(
                    MealPlan.nutritionist_id == nutritionist_id,
                    MealPlan.status != MealPlanStatus.CANCELLED,
                )
                .order_by(MealPlan.created_at.desc(), MealPlan.id.desc())
            )
        ]


def completed_without_plan(
    uow: UnitOfWork, actor: Actor, nutritionist_id: int
) -> list[ConsultationView]:
    """Completed consultations that have not opened a meal plan yet: the plans still to write."""
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.MANAGE_MEAL_PLANS)
        _can_manage_plans(uow.session, actor, nutritionist_id)
        planned = select(MealPlan.consultation_id).where(MealPlan.consultation_id.is_not(None))
        return [
            consultation_view(uow.session, c)
            for c in uow.session.scalars(
                select(Consultation)
                .where(
                    Consultation.nutritionist_id == nutritionist_id,
                    Consultation.status == ConsultationStatus.COMPLETED,
                    Consultation.id.not_in(planned),
                )
                .order_by(Consultation.starts_at.desc())
                .limit(50)
            )
        ]
