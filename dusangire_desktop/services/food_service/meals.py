"""Which meal an order is for, when it is served, and when its orders close on a ward."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models.food_service import MealService, WardCutoff
from ...models.menu import MealPeriod
from ..auth import Actor, Permission
from ..uow import UnitOfWork
from .common import ward_named


@dataclass(frozen=True)
class MealTime:
    meal: MealPeriod
    serves_from: time
    serves_until: time
    cutoff: time
    delivery_target_minutes: int


DEFAULT_TIMES = {
    MealPeriod.BREAKFAST: MealTime(MealPeriod.BREAKFAST, time(7, 0), time(8, 30), time(6, 0), 45),
    MealPeriod.LUNCH: MealTime(MealPeriod.LUNCH, time(12, 0), time(13, 30), time(10, 30), 45),
    MealPeriod.SNACK: MealTime(MealPeriod.SNACK, time(15, 30), time(16, 0), time(14, 30), 45),
    MealPeriod.DINNER: MealTime(MealPeriod.DINNER, time(18, 0), time(19, 30), time(16, 30), 45),
}
MEALS = tuple(DEFAULT_TIMES)


@dataclass(frozen=True)
class MealSlot:
    """One meal on one day for one ward, in UTC."""

    meal: MealPeriod
    day: date
    serves_from: datetime
    serves_until: datetime
    cutoff: datetime
    delivery_target: timedelta

    def open_at(self, moment: datetime) -> bool:
        return moment < self.cutoff

    @property
    def due_at(self) -> datetime:
        return self.serves_from + self.delivery_target


def meal_times(session: Session) -> dict[MealPeriod, MealTime]:
    """The meal times set by an administrator, the defaults for the others, in serving order."""
    times = dict(DEFAULT_TIMES)
    for row in session.scalars(select(MealService)):
        times[row.meal] = MealTime(
            row.meal, row.serves_from, row.serves_until, row.cutoff, row.delivery_target_minutes
        )
    return dict(sorted(times.items(), key=lambda kv: kv[1].serves_from))


def _at(day: date, clock: time, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC)


def slot(
    session: Session, zone: ZoneInfo, ward_id: int | None, meal: MealPeriod, day: date
) -> MealSlot:
    times = meal_times(session)[MealPeriod(meal)]
    cutoff = times.cutoff
    if ward_id is not None:
        own = session.get(WardCutoff, (ward_id, MealPeriod(meal)))
        cutoff = own.cutoff if own is not None else cutoff
    return MealSlot(
        MealPeriod(meal),
        day,
        _at(day, times.serves_from, zone),
        _at(day, times.serves_until, zone),
        _at(day, cutoff, zone),
        timedelta(minutes=times.delivery_target_minutes),
    )


def following(session: Session, zone: ZoneInfo, ward_id: int | None, current: MealSlot) -> MealSlot:
    """The meal served after this one (tomorrow's first after the day's last)."""
    order = list(meal_times(session))
    index = order.index(current.meal)
    if index + 1 < len(order):
        return slot(session, zone, ward_id, order[index + 1], current.day)
    return slot(session, zone, ward_id, order[0], current.day + timedelta(days=1))


def current_slot(
    session: Session, zone: ZoneInfo, ward_id: int | None, moment: datetime
) -> MealSlot:
    """The meal a desk is ordering for now: the first of today not yet over, else tomorrow's
    first."""
    day = moment.astimezone(zone).date()
    for meal in meal_times(session):
        candidate = slot(session, zone, ward_id, meal, day)
        if moment < candidate.serves_until:
            return candidate
    return slot(session, zone, ward_id, next(iter(meal_times(session))), day + timedelta(days=1))


def open_slot(session: Session, zone: ZoneInfo, ward_id: int | None, moment: datetime) -> MealSlot:
    """The next meal whose orders are still open."""
    candidate = current_slot(session, zone, ward_id, moment)
    while not candidate.open_at(moment):
        candidate = following(session, zone, ward_id, candidate)
    return candidate


@dataclass(frozen=True)
class MealClock:
    """For the order screen: the meal being ordered for on a ward and how long is left."""

    current: MealSlot
    minutes_left: int  # to the cut-off; 0 or less: closed
    next_open: MealSlot


def meal_clock(uow: UnitOfWork, actor: Actor, ward: str | None) -> MealClock:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.TAKE_ORDERS)
        ward_id = ward_named(uow.session, ward).id if ward else None
        now = uow.now()
        current = current_slot(uow.session, uow.zone, ward_id, now)
        left = int((current.cutoff - now).total_seconds() // 60)
        return MealClock(current, left, open_slot(uow.session, uow.zone, ward_id, now))
