"""The 30-minute slots nutritionists offer, and which of them are free.

Slots are generated in hospital time from the weekly hours and stored in UTC; time off removes
them; a slot before now that nobody booked is past, not free. A slot shows the consultation that
holds it (booked, completed or no-show), or, when free, the customer whose booking there was
cancelled.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import DateTime, String, select, type_coerce
from sqlalchemy.orm import Session

from ...models.customers import Customer
from ...models.scheduling import Consultation, ConsultationStatus, TimeOff, WeeklyAvailability
from ...models.staff import Role, Staff
from ..auth import Actor, Permission
from ..textsearch import page_size
from ..uow import UnitOfWork
from .common import (
    SEARCH_HORIZON,
    SLOT,
    BlankDay,
    BlankReason,
    CalendarDays,
    Slot,
    SlotState,
)

_HELD = {
    ConsultationStatus.BOOKED.value: SlotState.BOOKED,
    ConsultationStatus.COMPLETED.value: SlotState.COMPLETED,
    ConsultationStatus.NO_SHOW.value: SlotState.NO_SHOW,
}


def slots(
    session: Session,
    nutritionist_ids: list[int],
    start: datetime,
    end: datetime,
    now: datetime,
    zone: ZoneInfo,
) -> list[Slot]:
    """Every 30-minute slot in [start, end) from availability, minus time off, with bookings."""
    if not nutritionist_ids:
        return []
    # A month across ten nutritionists is thousands of slots and bookings: everything is read as
    # plain columns (no ORM objects), bookings are looked up per nutritionist by start, and a
    # day's slot starts are worked out once for everyone sharing those hours.
    weekly: dict[int, dict[int, list[tuple[time, time]]]] = {}
    for n, weekday, opens, closes in session.execute(
        select(
            WeeklyAvailability.nutritionist_id, WeeklyAvailability.weekday,
            WeeklyAvailability.starts_at, WeeklyAvailability.ends_at,
        ).where(WeeklyAvailability.nutritionist_id.in_(nutritionist_ids))
    ).all():  # fmt: skip
        weekly.setdefault(n, {}).setdefault(weekday, []).append((opens, closes))
    off: dict[int, list[tuple[datetime, datetime]]] = {}
    for n, off_from, off_to in session.execute(
        select(TimeOff.nutritionist_id, TimeOff.starts_at, TimeOff.ends_at).where(
            TimeOff.nutritionist_id.in_(nutritionist_ids),
            TimeOff.ends_at > start,
            TimeOff.starts_at < end,
        )
    ):
        off.setdefault(n, []).append((off_from, off_to))
    in_range = (
        Consultation.nutritionist_id.in_(nutritionist_ids),
        Consultation.starts_at >= start,
        Consultation.starts_at < end,
    )
    # The bookings' starts and statuses are read as the database gives them (naive UTC on
    # SQLite, aware on PostgreSQL; the status's stored value), not through their column types:
    # on thousands of rows those calls per value were about a seventh of the time.
    held: dict[int, dict[datetime, tuple[int, SlotState, int, str]]] = {}
    for consultation_id, n, at, status, version, name in session.connection().execute(
        select(
            Consultation.id, Consultation.nutritionist_id,
            type_coerce(Consultation.starts_at, DateTime(timezone=True)),
            type_coerce(Consultation.status, String()), Consultation.version, Customer.full_name,
        )
        .join(Customer)
        .where(*in_range, Consultation.status != ConsultationStatus.CANCELLED)
    ).all():  # fmt: skip
        if at.tzinfo is None:
            at = at.replace(tzinfo=UTC)
        held.setdefault(n, {})[at] = (consultation_id, _HELD[status], version, name)
    cancelled: dict[int, dict[datetime, str]] = {}
    for n, at, name in session.execute(
        select(Consultation.nutritionist_id, Consultation.starts_at, Customer.full_name)
        .join(Customer)
        .where(*in_range, Consultation.status == ConsultationStatus.CANCELLED)
    ):
        cancelled.setdefault(n, {})[at] = name
    days = []
    day, last_day = start.astimezone(zone).date(), end.astimezone(zone).date()
    while day <= last_day:
        days.append(day)
        day += timedelta(days=1)
    starts: dict[tuple[date, time, time], list[datetime]] = {}
    # Slots gathered by start, nutritionists in id order: sorting the starts alone gives the order.
    at_start: dict[datetime, list[Slot]] = {}
    for nutritionist_id in sorted(nutritionist_ids):
        hours = weekly.get(nutritionist_id)
        if not hours:
            continue
        away = off.get(nutritionist_id, [])
        taken_at = held.get(nutritionist_id, {})
        was_at = cancelled.get(nutritionist_id, {})
        for day in days:
            for opens, closes in hours.get(day.weekday(), ()):
                key = (day, opens, closes)
                day_starts = starts.get(key)
                if day_starts is None:
                    day_starts = starts[key] = [
                        at for at in _starts(day, opens, closes, zone) if start <= at < end
                    ]
                for at in day_starts:
                    if away and any(s < at + SLOT and at < e for s, e in away):
                        continue
                    taken = taken_at.get(at)
                    if taken:
                        consultation_id, state, version, name = taken
                        slot = Slot(nutritionist_id, at, state, consultation_id, name, version)
                    else:
                        state = SlotState.FREE if at >= now else SlotState.PAST
                        slot = Slot(nutritionist_id, at, state, None, "", 0, was_at.get(at, ""))
                    same = at_start.get(at)
                    if same is None:
                        at_start[at] = [slot]
                    else:
                        same.append(slot)
    return [slot for at in sorted(at_start) for slot in at_start[at]]


def _starts(day: date, opens: time, closes: time, zone: ZoneInfo) -> list[datetime]:
    """UTC starts of the whole 30-minute slots from `opens` to `closes` local time on `day`."""
    first = datetime.combine(day, opens, zone)
    closing = datetime.combine(day, closes, zone)
    first_utc, closing_utc = first.astimezone(UTC), closing.astimezone(UTC)
    if closing_utc - first_utc == closing.replace(tzinfo=None) - first.replace(tzinfo=None):
        # No clock change in between (the usual case): step in UTC, no zone arithmetic per slot.
        count = int((closing_utc - first_utc) / SLOT)
        return [first_utc + k * SLOT for k in range(count)]
    starts = []
    moment = first
    while moment + SLOT <= closing:
        starts.append(moment.astimezone(UTC))
        moment += SLOT
    return starts


def day_bounds(first_day: date, days: int, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """[midnight of `first_day`, midnight `days` later) in hospital time, as UTC."""
    start = datetime.combine(first_day, time(0), zone).astimezone(UTC)
    end = datetime.combine(first_day + timedelta(days=days), time(0), zone).astimezone(UTC)
    return start, end


def week_slots(
    uow: UnitOfWork, actor: Actor, nutritionist_ids: list[int], first_day: date, days: int = 7
) -> list[Slot]:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.BOOK_CONSULTATIONS)
        start, end = day_bounds(first_day, days, uow.zone)
        return slots(uow.session, nutritionist_ids, start, end, uow.now(), uow.zone)


def calendar_days(
    uow: UnitOfWork, actor: Actor, nutritionist_ids: list[int], first_day: date, days: int = 7
) -> CalendarDays:
    """The slots of `days` days from `first_day`, and why each empty nutritionist-day is empty."""
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.BOOK_CONSULTATIONS)
        zone = uow.zone
        start, end = day_bounds(first_day, days, zone)
        found = slots(uow.session, nutritionist_ids, start, end, uow.now(), zone)
        busy = {(s.nutritionist_id, s.starts_at.astimezone(zone).date()) for s in found}
        weekdays: dict[int, set[int]] = {n: set() for n in nutritionist_ids}
        for n, weekday in uow.session.execute(
            select(WeeklyAvailability.nutritionist_id, WeeklyAvailability.weekday).where(
                WeeklyAvailability.nutritionist_id.in_(nutritionist_ids)
            )
        ):
            weekdays[n].add(weekday)
        off = list(
            uow.session.execute(
                select(TimeOff.nutritionist_id, TimeOff.starts_at, TimeOff.ends_at, TimeOff.reason)
                .where(
                    TimeOff.nutritionist_id.in_(nutritionist_ids),
                    TimeOff.ends_at > start,
                    TimeOff.starts_at < end,
                )
                .order_by(TimeOff.starts_at)
            )
        )
        blanks = []
        for n in nutritionist_ids:
            for offset in range(days):
                day = first_day + timedelta(days=offset)
                if (n, day) in busy:
                    continue
                if not weekdays[n]:
                    blanks.append(BlankDay(n, day, BlankReason.HOURS_NOT_SET))
                elif day.weekday() not in weekdays[n]:
                    blanks.append(BlankDay(n, day, BlankReason.NO_HOURS_THAT_DAY))
                else:
                    opens, closes = day_bounds(day, 1, zone)
                    reason = next(
                        (r for who, s, e, r in off if who == n and s < closes and e > opens), ""
                    )
                    blanks.append(BlankDay(n, day, BlankReason.TIME_OFF, reason))
        return CalendarDays(found, blanks)


def free_after(
    session: Session,
    nutritionist_ids: list[int],
    moment: datetime,
    now: datetime,
    zone: ZoneInfo,
    limit: int,
) -> list[Slot]:
    """Up to `limit` free slots from `moment` (never before now), within the search horizon."""
    found: list[Slot] = []
    start = max(moment, now)
    horizon = start + SEARCH_HORIZON
    while start < horizon and len(found) < limit:
        window_end = start + timedelta(days=7)
        found += [
            s
            for s in slots(session, nutritionist_ids, start, window_end, now, zone)
            if s.state == SlotState.FREE
        ][: limit - len(found)]
        start = window_end
    return found


def first_free(
    uow: UnitOfWork,
    actor: Actor,
    after: datetime,
    nutritionist_id: int | None = None,
    limit: int = 5,
) -> list[Slot]:
    """The next free slots from a moment, for one nutritionist or across all of them."""
    limit = page_size(limit, field="limit")
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.BOOK_CONSULTATIONS)
        ids = (
            [nutritionist_id]
            if nutritionist_id
            else list(
                uow.session.scalars(
                    select(Staff.id).where(Staff.role == Role.NUTRITIONIST, Staff.is_active)
                )
            )
        )
        return free_after(uow.session, ids, after, uow.now(), uow.zone, limit)
