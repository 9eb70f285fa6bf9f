"""Wards (their place on the trolley's route) and meal times with per-ward cut-offs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from sqlalchemy import select

from ...models.food_service import MealService, Ward, WardCutoff
from ...models.menu import MealPeriod
from .. import audit
from ..auth import Actor, Permission
from ..changes import Area
from ..errors import ValidationError
from ..uow import UnitOfWork
from .common import ward_named
from .meals import MealTime, meal_times

CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class WardView:
    id: int
    name: str
    route_order: int
    high_risk: bool


def list_wards(uow: UnitOfWork, actor: Actor) -> list[WardView]:
    """Active wards in delivery-route order."""
    with uow:
        actor = uow.authorize(actor, Permission.VIEW_WARDS)
        rows = uow.session.scalars(
            select(Ward).where(Ward.is_active).order_by(Ward.route_order, Ward.name)
        )
        return [WardView(w.id, w.name, w.route_order, w.high_risk) for w in rows]


def save_ward(
    uow: UnitOfWork, actor: Actor, name: str, route_order: int, high_risk: bool = False
) -> WardView:
    """Add a ward or change its place on the route."""
    cleaned = " ".join(name.split())
    if not 2 <= len(cleaned) <= 40:
        raise ValidationError("A ward name has 2 to 40 characters.", field="name")
    if not isinstance(route_order, int) or not 0 <= route_order <= 999:
        raise ValidationError(
            "The route position is a whole number from 0 to 999.", field="route_order"
        )
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_SETTINGS)
        ward = uow.session.scalar(select(Ward).where(Ward.name == cleaned))
        if ward is None:
            ward = Ward(name=cleaned)
            uow.session.add(ward)
        ward.route_order, ward.high_risk, ward.is_active = route_order, high_risk, True
        uow.flush()
        audit.record(
            uow.session, actor, "ward_saved", "ward", ward.id, name=cleaned, route_order=route_order
        )
        uow.record(Area.WARDS, [ward.id])
        uow.commit()
        return WardView(ward.id, ward.name, ward.route_order, ward.high_risk)


def clock_time(value: object, field: str) -> time:
    """A time on the clock, given as a time or as "HH:MM" (24 hours)."""
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    match = CLOCK.match(str(value).strip())
    if match is None:
        raise ValidationError(
            f"{str(value).strip() or 'An empty time'} is not a time on the clock; write it as "
            "HH:MM, from 00:00 to 23:59.",
            field=field,
        )
    return time(int(match[1]), int(match[2]))


def _meal(value: object) -> MealPeriod:
    try:
        meal = MealPeriod(str(value))
    except ValueError:
        meal = MealPeriod.ALL_DAY
    if meal == MealPeriod.ALL_DAY:
        raise ValidationError("Choose breakfast, lunch, dinner or snack.", field="meal")
    return meal


def set_meal_time(
    uow: UnitOfWork,
    actor: Actor,
    meal: MealPeriod,
    serves_from: time | str,
    serves_until: time | str,
    cutoff: time | str,
    delivery_target_minutes: int = 45,
) -> None:
    """A meal's serving window, its general order cut-off and its delivery target."""
    meal = _meal(meal)
    serves_from = clock_time(serves_from, "serves_from")
    serves_until = clock_time(serves_until, "serves_until")
    cutoff = clock_time(cutoff, "cutoff")
    if not serves_from < serves_until:
        raise ValidationError("Serving ends after it starts.", field="serves_until")
    if cutoff > serves_from:
        raise ValidationError("Orders close at or before serving starts.", field="cutoff")
    if not 5 <= delivery_target_minutes <= 240:
        raise ValidationError("The delivery target is 5 to 240 minutes.", field="target")
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_MEAL_TIMES)
        for ward_name, own in uow.session.execute(
            select(Ward.name, WardCutoff.cutoff)
            .join(Ward, Ward.id == WardCutoff.ward_id)
            .where(WardCutoff.meal == meal, WardCutoff.cutoff > serves_from)
            .order_by(Ward.name)
        ):
            raise ValidationError(
                f"{ward_name}'s own {meal.value} orders close at {own:%H:%M}, after the new "
                f"serving start {serves_from:%H:%M}; change that ward's cut-off first.",
                field="serves_from",
            )
        row = uow.session.get(MealService, meal) or MealService(meal=meal)
        row.serves_from, row.serves_until, row.cutoff = serves_from, serves_until, cutoff
        row.delivery_target_minutes = delivery_target_minutes
        uow.session.add(row)
        audit.record(
            uow.session,
            actor,
            "meal_time_set",
            "meal",
            meal.value,
            serves_from=str(serves_from),
            serves_until=str(serves_until),
            cutoff=str(cutoff),
            delivery_target_minutes=delivery_target_minutes,
        )
        uow.record(Area.WARDS)
        uow.commit()


def set_ward_cutoff(
    uow: UnitOfWork, actor: Actor, ward: str, meal: MealPeriod, cutoff: time | str | None
) -> None:
    """A ward's own cut-off for a meal (None: the meal's general one); at or before serving."""
    meal = _meal(meal)
    cutoff = None if cutoff is None else clock_time(cutoff, "cutoff")
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_MEAL_TIMES)
        found = ward_named(uow.session, ward)
        serves_from = meal_times(uow.session)[meal].serves_from
        if cutoff is not None and cutoff > serves_from:
            raise ValidationError(
                f"{meal.value.title()} is served from {serves_from:%H:%M}: {found.name}'s orders "
                "must close at or before then.",
                field="cutoff",
            )
        row = uow.session.get(WardCutoff, (found.id, meal))
        if cutoff is None:
            if row is not None:
                uow.session.delete(row)
        elif row is None:
            uow.session.add(WardCutoff(ward_id=found.id, meal=meal, cutoff=cutoff))
        else:
            row.cutoff = cutoff
        audit.record(
            uow.session,
            actor,
            "ward_cutoff_set",
            "ward",
            found.id,
            meal=meal.value,
            cutoff=str(cutoff) if cutoff else None,
        )
        uow.record(Area.WARDS, [found.id])
        uow.commit()


@dataclass(frozen=True)
class WardMealTimes:
    """For the meal-times screen: each meal's times, and each ward's own cut-offs."""

    meals: tuple[MealTime, ...]  # in serving order
    wards: tuple[str, ...]  # in route order
    own_cutoffs: dict[tuple[str, MealPeriod], time]

    def cutoff(self, ward: str, meal: MealPeriod) -> time:
        general = next(m.cutoff for m in self.meals if m.meal == meal)
        return self.own_cutoffs.get((ward, meal), general)


def ward_meal_times(uow: UnitOfWork, actor: Actor) -> WardMealTimes:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_WARDS)
        session = uow.session
        names = session.scalars(
            select(Ward.name).where(Ward.is_active).order_by(Ward.route_order, Ward.name)
        )
        own = {
            (name, meal): cutoff
            for name, meal, cutoff in session.execute(
                select(Ward.name, WardCutoff.meal, WardCutoff.cutoff).join(
                    Ward, Ward.id == WardCutoff.ward_id
                )
            )
        }
        return WardMealTimes(tuple(meal_times(session).values()), tuple(names), own)
