"""When nutritionists consult: who they are, their weekly hours and fee, and their time off.

Weekly hours are in hospital time, start and end on the hour or half hour (so the 30-minute slots
fit) and never overlap on a day. Time off never covers a booked consultation: reschedule or cancel
it first. Only the nutritionist themself or an administrator changes a schedule. Every change is
recorded under the availability area with the nutritionist's id.
"""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models.scheduling import (
    Consultation,
    ConsultationStatus,
    NutritionistProfile,
    TimeOff,
    WeeklyAvailability,
)
from ...models.staff import Role, Staff
from .. import amounts, audit
from ..auth import Actor, Permission
from ..changes import Area
from ..errors import Conflict, PermissionDenied, ValidationError
from ..messages import QT_TRANSLATE_NOOP, Text
from ..uow import UnitOfWork
from .common import SLOT, WEEKDAYS, Interval, NutritionistView, TimeOffView, nutritionist


def can_edit(actor: Actor, nutritionist_id: int) -> None:
    if actor.can(Permission.MANAGE_ALL_SCHEDULES):
        return
    if actor.can(Permission.MANAGE_OWN_SCHEDULE) and actor.staff_id == nutritionist_id:
        return
    raise PermissionDenied(
        QT_TRANSLATE_NOOP(
            "errors", "Only the nutritionist themself or an administrator can change this schedule."
        )
    )


def list_nutritionists(uow: UnitOfWork, actor: Actor) -> list[NutritionistView]:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.BOOK_CONSULTATIONS)
        rows = uow.session.execute(
            select(
                Staff.id,
                Staff.full_name,
                NutritionistProfile.display_name,
                NutritionistProfile.consultation_fee_rwf,
            )
            .outerjoin(NutritionistProfile, NutritionistProfile.staff_id == Staff.id)
            .where(Staff.role == Role.NUTRITIONIST, Staff.is_active)
            .order_by(Staff.full_name)
        )
        return [NutritionistView(i, shown or name, fee or 0) for i, name, shown, fee in rows]


def weekly_availability(uow: UnitOfWork, actor: Actor, nutritionist_id: int) -> list[Interval]:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.BOOK_CONSULTATIONS)
        return [
            Interval(a.weekday, a.starts_at, a.ends_at)
            for a in uow.session.scalars(
                select(WeeklyAvailability)
                .where(WeeklyAvailability.nutritionist_id == nutritionist_id)
                .order_by(WeeklyAvailability.weekday, WeeklyAvailability.starts_at)
            )
        ]


def _check_week(intervals: list[Interval]) -> None:
    by_day: dict[int, list[Interval]] = {}
    for interval in intervals:
        day = WEEKDAYS[interval.weekday] if 0 <= interval.weekday <= 6 else None
        if day is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The weekday must be Monday to Sunday."),
                field="weekday",
            )
        if interval.ends <= interval.starts:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{day}: the interval ends ({ends:%H:%M}) before it starts ({starts:%H:%M}).",
                ),
                field="ends",
                day=Text(day),
                ends=interval.ends,
                starts=interval.starts,
            )
        for moment in (interval.starts, interval.ends):
            if moment.minute % 30 or moment.second:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{day}: use whole or half hours ({moment:%H:%M} is neither), so the "
                        "30-minute slots fit.",
                    ),
                    field="starts",
                    day=Text(day),
                    moment=moment,
                )
        by_day.setdefault(interval.weekday, []).append(interval)
    for weekday, day_intervals in by_day.items():
        day_intervals.sort(key=lambda i: i.starts)
        for before, after in pairwise(day_intervals):
            if after.starts < before.ends:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{day}: {starts:%H:%M}–{ends:%H:%M} overlaps "
                        "{starts2:%H:%M}–{ends2:%H:%M}. Merge or shorten them.",
                    ),
                    field="starts",
                    day=Text(WEEKDAYS[weekday]),
                    starts=before.starts,
                    ends=before.ends,
                    starts2=after.starts,
                    ends2=after.ends,
                )


def set_weekly_availability(
    uow: UnitOfWork,
    actor: Actor,
    nutritionist_id: int,
    intervals: list[Interval],
    fee_rwf: int | None = None,
) -> None:
    """Replace the week; intervals start and end on the hour or half hour and never overlap."""
    _check_week(intervals)
    fee_rwf = amounts.optional_rwf(
        fee_rwf,
        field="fee_rwf",
        what=QT_TRANSLATE_NOOP("errors", "the consultation fee"),
        maximum=amounts.MAX_PRICE_RWF,
    )
    with uow:
        can_edit(uow.current_actor(actor), nutritionist_id)
        _staff, profile = nutritionist(uow.session, nutritionist_id)
        for old in uow.session.scalars(
            select(WeeklyAvailability).where(WeeklyAvailability.nutritionist_id == nutritionist_id)
        ):
            uow.session.delete(old)
        uow.flush()
        uow.session.add_all(
            [
                WeeklyAvailability(
                    nutritionist_id=nutritionist_id,
                    weekday=i.weekday,
                    starts_at=i.starts,
                    ends_at=i.ends,
                )
                for i in intervals
            ]
        )
        if fee_rwf is not None:
            profile.consultation_fee_rwf = fee_rwf
        audit.record(
            uow.session,
            actor,
            "availability_set",
            "nutritionist",
            nutritionist_id,
            intervals=[
                f"{WEEKDAYS[i.weekday][:3]} {i.starts:%H:%M}-{i.ends:%H:%M}" for i in intervals
            ],
        )
        uow.record(Area.AVAILABILITY, [nutritionist_id])
        uow.commit()


def add_time_off(
    uow: UnitOfWork,
    actor: Actor,
    nutritionist_id: int,
    starts_at: datetime,
    ends_at: datetime,
    reason: str = "",
) -> TimeOffView:
    if ends_at <= starts_at:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Time off must end after it starts."), field="ends_at"
        )
    reason = " ".join(reason.split())[:200]
    with uow:
        can_edit(uow.current_actor(actor), nutritionist_id)
        nutritionist(uow.session, nutritionist_id)
        clash = _booked_between(uow.session, nutritionist_id, starts_at, ends_at)
        if clash:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{clash} booked consultation(s) fall in that time. Reschedule or cancel "
                    "them first.",
                ),
                clash=clash,
            )
        off = TimeOff(
            nutritionist_id=nutritionist_id, starts_at=starts_at, ends_at=ends_at, reason=reason
        )
        uow.session.add(off)
        uow.flush()
        audit.record(
            uow.session,
            actor,
            "time_off_added",
            "nutritionist",
            nutritionist_id,
            starts=starts_at.isoformat(),
            ends=ends_at.isoformat(),
        )
        uow.record(Area.AVAILABILITY, [nutritionist_id])
        uow.commit()
        return TimeOffView(off.id, starts_at, ends_at, reason)


def _booked_between(session: Session, nutritionist_id: int, start: datetime, end: datetime) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Consultation)
            .where(
                Consultation.nutritionist_id == nutritionist_id,
                Consultation.status == ConsultationStatus.BOOKED,
                Consultation.starts_at < end,
                Consultation.starts_at > start - SLOT,
            )
        )
        or 0
    )


def list_time_off(uow: UnitOfWork, actor: Actor, nutritionist_id: int) -> list[TimeOffView]:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.BOOK_CONSULTATIONS)
        return [
            TimeOffView(t.id, t.starts_at, t.ends_at, t.reason)
            for t in uow.session.scalars(
                select(TimeOff)
                .where(TimeOff.nutritionist_id == nutritionist_id)
                .order_by(TimeOff.starts_at)
            )
        ]
