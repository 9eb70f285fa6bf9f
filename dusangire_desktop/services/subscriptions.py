"""Therapeutic meal packages: plans by category, subscribe, pause, resume, cancel, and charges.

Writes record `Area.SUBSCRIPTIONS` with the ids of the subscriptions they changed; a plan change
records the area without ids, since every subscription of that plan may read differently.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..models.customers import Customer
from ..models.subscriptions import (
    BillingPeriod,
    Subscription,
    SubscriptionCharge,
    SubscriptionPause,
    SubscriptionPlan,
    SubscriptionStatus,
    TherapeuticCategory,
)
from . import amounts, audit
from .auth import Actor, Permission
from .changes import Area
from .errors import NotFound, ValidationError
from .messages import QT_TRANSLATE_NOOP, Text
from .records import load_current
from .uow import UnitOfWork

__all__ = ["BillingPeriod", "SubscriptionStatus", "TherapeuticCategory"]


@dataclass(frozen=True)
class PlanView:
    id: int
    name: str
    category: TherapeuticCategory
    price_rwf: int
    billing_period: BillingPeriod
    meals_per_day: int
    description: str
    is_active: bool


@dataclass(frozen=True)
class SubscriptionView:
    id: int
    customer_id: int
    customer: str
    plan: str
    category: TherapeuticCategory
    price_rwf: int
    billing_period: BillingPeriod
    status: SubscriptionStatus
    starts_on: date
    charged_rwf: int
    version: int


def _plan(p: SubscriptionPlan) -> PlanView:
    return PlanView(
        p.id,
        p.name,
        p.category,
        p.price_rwf,
        p.billing_period,
        p.meals_per_day,
        p.description,
        p.is_active,
    )


def list_plans(
    uow: UnitOfWork,
    actor: Actor,
    categories: frozenset[TherapeuticCategory] = frozenset(),
    max_price_rwf: int | None = None,
    include_inactive: bool = False,
) -> list[PlanView]:
    max_price_rwf = amounts.optional_rwf(
        max_price_rwf,
        field="max_price_rwf",
        what=QT_TRANSLATE_NOOP("errors", "the highest price"),
        maximum=amounts.MAX_PLAN_PRICE_RWF,
    )
    query = select(SubscriptionPlan).order_by(SubscriptionPlan.category, SubscriptionPlan.price_rwf)
    if categories:
        query = query.where(SubscriptionPlan.category.in_(categories))
    if max_price_rwf is not None:
        query = query.where(SubscriptionPlan.price_rwf <= max_price_rwf)
    if not include_inactive:
        query = query.where(SubscriptionPlan.is_active)
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_CUSTOMERS)
        return [_plan(p) for p in uow.session.scalars(query)]


@dataclass(frozen=True)
class PlanInput:
    name: str
    category: TherapeuticCategory
    price_rwf: int
    billing_period: BillingPeriod
    meals_per_day: int
    description: str = ""
    is_active: bool = True


def save_plan(
    uow: UnitOfWork, actor: Actor, data: PlanInput, plan_id: int | None = None
) -> PlanView:
    name = " ".join(data.name.split())
    if not name or len(name) > 80:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The plan needs a name of at most 80 characters."),
            field="name",
        )
    data = replace(
        data,
        price_rwf=amounts.whole_rwf(
            data.price_rwf,
            field="price_rwf",
            what=QT_TRANSLATE_NOOP("errors", "the price"),
            maximum=amounts.MAX_PLAN_PRICE_RWF,
        ),
        meals_per_day=amounts.count(
            data.meals_per_day,
            field="meals_per_day",
            what=QT_TRANSLATE_NOOP("errors", "meals per day"),
            maximum=6,
        ),
    )
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_SUBSCRIPTION_PLANS)
        if uow.session.scalar(
            select(SubscriptionPlan.id).where(
                func.lower(SubscriptionPlan.name) == name.lower(),
                SubscriptionPlan.id != (plan_id or -1),
            )
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A plan called '{name}' already exists."),
                field="name",
                name=name,
            )
        found = (
            SubscriptionPlan()
            if plan_id is None
            else uow.session.get(SubscriptionPlan, plan_id, with_for_update=True)
        )
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That plan no longer exists."))
        plan = found
        plan.name, plan.category, plan.price_rwf = (
            name,
            TherapeuticCategory(data.category),
            data.price_rwf,
        )
        plan.billing_period, plan.meals_per_day = (
            BillingPeriod(data.billing_period),
            data.meals_per_day,
        )
        plan.description, plan.is_active = data.description.strip(), data.is_active
        uow.session.add(plan)
        uow.flush()
        audit.record(
            uow.session, actor, "plan_saved", "subscription_plan", plan.id, price_rwf=data.price_rwf
        )
        uow.record(Area.SUBSCRIPTIONS)
        uow.commit()
        return _plan(plan)


def period_start(anchor: date, period: BillingPeriod, number: int) -> date:
    """The first day of period `number` (0 is the first) of a subscription starting on `anchor`.

    Weekly periods are 7 days. Monthly periods begin on the anchor's day of the month, or on the
    month's last day when the month is shorter, and go back to the anchor's day when it fits
    again: from 31 Jan, 28 Feb (29 in a leap year), 31 Mar, 30 Apr, 31 May. Each period is
    counted from the anchor, never from the previous period, so a short month never shifts the
    ones after it.
    """
    if period == BillingPeriod.WEEKLY:
        return anchor + timedelta(weeks=number)
    months = anchor.month - 1 + number
    year, month = anchor.year + months // 12, months % 12 + 1
    return date(year, month, min(anchor.day, calendar.monthrange(year, month)[1]))


def billable_periods(
    anchor: date,
    started_at: datetime,
    period: BillingPeriod,
    through: date,
    *,
    paused: Sequence[tuple[datetime, datetime | None]] = (),
    cancelled_at: datetime | None = None,
    zone: ZoneInfo,
) -> Iterator[tuple[date, date, datetime]]:
    """(first day, first day of the next period, moment it began) of each chargeable period.

    A period is chargeable when it begins on or before `through` while the subscription is
    active: started, not inside a pause (from `paused_at` up to but not including
    `resumed_at`) and not cancelled. It begins at hospital midnight of its first day, the first
    period at the moment of subscribing if that is later. See `charge_due` for the rule in words.
    """
    number = 0
    while (first := period_start(anchor, period, number)) <= through:
        begins = max(datetime.combine(first, time(0), zone), started_at)
        if cancelled_at is not None and begins >= cancelled_at:
            return
        number += 1
        if not any(
            paused_at <= begins and (resumed_at is None or begins < resumed_at)
            for paused_at, resumed_at in paused
        ):
            yield first, period_start(anchor, period, number), begins


def _view(session: Session, s: Subscription) -> SubscriptionView:
    plan = session.get_one(SubscriptionPlan, s.plan_id)
    customer = session.get_one(Customer, s.customer_id)
    charged = (
        session.scalar(
            select(func.coalesce(func.sum(SubscriptionCharge.amount_rwf), 0)).where(
                SubscriptionCharge.subscription_id == s.id
            )
        )
        or 0
    )
    return SubscriptionView(
        s.id,
        s.customer_id,
        customer.full_name,
        plan.name,
        plan.category,
        plan.price_rwf,
        plan.billing_period,
        s.status,
        s.starts_on,
        int(charged),
        s.version,
    )


def subscribe(
    uow: UnitOfWork, actor: Actor, customer_id: int, plan_id: int, starts_on: date
) -> SubscriptionView:
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_SUBSCRIPTIONS)
        customer = uow.session.get(Customer, customer_id)
        if customer is None or not customer.is_active:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "errors", "That customer is not registered. Search again or register them."
                )
            )
        plan = uow.session.get(SubscriptionPlan, plan_id)
        if plan is None or not plan.is_active:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That plan is not offered any more."))
        today = uow.now().astimezone(uow.zone).date()
        if starts_on < today:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "A subscription starts today or later, not {starts_on:%d %b %Y}."
                ),
                field="starts_on",
                starts_on=starts_on,
            )
        if uow.session.scalar(
            select(Subscription.id).where(
                Subscription.customer_id == customer_id,
                Subscription.plan_id == plan_id,
                Subscription.status != SubscriptionStatus.CANCELLED,
            )
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{full_name} already subscribes to {name}."),
                field="plan",
                full_name=customer.full_name,
                name=plan.name,
            )
        started = datetime.combine(starts_on, time(0), uow.zone)
        sub = Subscription(
            customer_id=customer_id,
            plan_id=plan_id,
            starts_on=starts_on,
            started_at=max(started, uow.now()),
            created_by_id=actor.staff_id,
        )
        uow.session.add(sub)
        uow.flush()
        audit.record(uow.session, actor, "subscribed", "subscription", sub.id, plan=plan.name)
        uow.record(Area.SUBSCRIPTIONS, [sub.id])
        uow.commit()
        return _view(uow.session, sub)


def _locked(uow: UnitOfWork, subscription_id: int, version: int) -> Subscription:
    return load_current(
        uow,
        Subscription,
        subscription_id,
        version,
        missing=QT_TRANSLATE_NOOP("errors", "That subscription does not exist."),
        what=lambda _sub: Text(QT_TRANSLATE_NOOP("errors", "This subscription")),
    )


def pause(
    uow: UnitOfWork, actor: Actor, subscription_id: int, version: int, reason: str = ""
) -> SubscriptionView:
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_SUBSCRIPTIONS)
        sub = _locked(uow, subscription_id, version)
        if sub.status != SubscriptionStatus.ACTIVE:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Only an active subscription can be paused; this one is {status}."
                ),
                status=sub.status,
            )
        sub.status = SubscriptionStatus.PAUSED
        uow.session.add(
            SubscriptionPause(
                subscription_id=sub.id, paused_at=uow.now(), reason=" ".join(reason.split())[:200]
            )
        )
        audit.record(uow.session, actor, "subscription_paused", "subscription", sub.id)
        uow.record(Area.SUBSCRIPTIONS, [sub.id])
        uow.commit()
        return _view(uow.session, sub)


def resume(uow: UnitOfWork, actor: Actor, subscription_id: int, version: int) -> SubscriptionView:
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_SUBSCRIPTIONS)
        sub = _locked(uow, subscription_id, version)
        if sub.status != SubscriptionStatus.PAUSED:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Only a paused subscription resumes; this one is {status}."
                ),
                status=sub.status,
            )
        sub.status = SubscriptionStatus.ACTIVE
        open_pause = uow.session.scalar(
            select(SubscriptionPause).where(
                SubscriptionPause.subscription_id == sub.id, SubscriptionPause.resumed_at.is_(None)
            )
        )
        if open_pause is not None:
            open_pause.resumed_at = uow.now()
        audit.record(uow.session, actor, "subscription_resumed", "subscription", sub.id)
        uow.record(Area.SUBSCRIPTIONS, [sub.id])
        uow.commit()
        return _view(uow.session, sub)


def cancel(
    uow: UnitOfWork, actor: Actor, subscription_id: int, version: int, reason: str
) -> SubscriptionView:
    cleaned = " ".join(reason.split())
    if len(cleaned) < 3:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give the reason for cancelling."), field="reason"
        )
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_SUBSCRIPTIONS)
        sub = _locked(uow, subscription_id, version)
        if sub.status == SubscriptionStatus.CANCELLED:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This subscription is already cancelled.")
            )
        sub.status, sub.cancelled_at, sub.cancel_reason = (
            SubscriptionStatus.CANCELLED,
            uow.now(),
            cleaned,
        )
        audit.record(
            uow.session, actor, "subscription_cancelled", "subscription", sub.id, reason=cleaned
        )
        uow.record(Area.SUBSCRIPTIONS, [sub.id])
        uow.commit()
        return _view(uow.session, sub)


def charge_due(uow: UnitOfWork, actor: Actor, as_of: datetime) -> int:
    """Record a charge for every billing period that has begun by `as_of` while active.

    The rule: a period is charged in full when the subscription was active at the moment the
    period began (hospital midnight of its first day; the first period at subscribing), and not
    at all otherwise. So the period in which a subscription is paused is charged (it began
    active); periods that begin while it is paused are never charged; after a resume the rest of
    a period that began during the pause is free, and billing continues at the next period
    boundary counted from the start day (a weekly plan from Wed 1 Jul paused 2 Jul and resumed
    Mon 20 Jul is charged for 1 Jul, then 22 Jul, 29 Jul ...). Periods that began before a
    cancellation are still charged, also when charging runs after the cancellation or during a
    pause; periods after it never are. Monthly periods keep the start day (`period_start`).

    Idempotent: the unique (subscription, period start) key means a second run, or two desks at
    once, add nothing twice.
    """
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_SUBSCRIPTIONS)
        session, zone = uow.session, uow.zone
        today = as_of.astimezone(zone).date()
        insert = pg_insert if uow.dialect == "postgresql" else sqlite_insert
        begun = Subscription.starts_on <= today
        rows = session.execute(
            select(Subscription, SubscriptionPlan).join(SubscriptionPlan).where(begun)
        ).all()
        paused: dict[int, list[tuple[datetime, datetime | None]]] = {}
        for pause in session.scalars(select(SubscriptionPause).join(Subscription).where(begun)):
            paused.setdefault(pause.subscription_id, []).append((pause.paused_at, pause.resumed_at))
        charged = {
            (charge.subscription_id, charge.period_start)
            for charge in session.execute(
                select(SubscriptionCharge.subscription_id, SubscriptionCharge.period_start)
                .join(Subscription)
                .where(begun)
            )
        }
        added: list[int] = []
        for sub, plan in rows:
            periods = billable_periods(
                sub.starts_on,
                sub.started_at,
                plan.billing_period,
                today,
                paused=paused.get(sub.id, ()),
                cancelled_at=sub.cancelled_at,
                zone=zone,
            )
            for first, following, begins in periods:
                if (sub.id, first) in charged:
                    continue
                inserted = session.execute(
                    insert(SubscriptionCharge)
                    .values(
                        subscription_id=sub.id,
                        period_start=first,
                        period_end=following,
                        amount_rwf=plan.price_rwf,
                        charged_at=begins,
                    )
                    .on_conflict_do_nothing()
                    .returning(SubscriptionCharge.id)
                ).scalar_one_or_none()
                if inserted is not None:
                    added.append(sub.id)
        audit.record(
            session, actor, "subscriptions_charged", "subscription", None, charges=len(added)
        )
        if added:
            uow.record(Area.SUBSCRIPTIONS, added)
        uow.commit()
        return len(added)


def customer_subscriptions(
    uow: UnitOfWork, actor: Actor, customer_id: int
) -> list[SubscriptionView]:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_CUSTOMERS)
        return [
            _view(uow.session, s)
            for s in uow.session.scalars(
                select(Subscription)
                .where(Subscription.customer_id == customer_id)
                .order_by(Subscription.starts_on.desc(), Subscription.id.desc())
            )
        ]


def list_subscriptions(
    uow: UnitOfWork, actor: Actor, statuses: tuple[SubscriptionStatus, ...] = ()
) -> list[SubscriptionView]:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.MANAGE_SUBSCRIPTIONS)
        query = select(Subscription).order_by(Subscription.starts_on.desc()).limit(500)
        if statuses:
            query = query.where(Subscription.status.in_(statuses))
        return [_view(uow.session, s) for s in uow.session.scalars(query)]
