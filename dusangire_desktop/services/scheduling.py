"""Nutritionist scheduling: weekly availability, time off, 30-minute slots, bookings, meal plans.

Slots are generated in hospital time and stored in UTC. A consultation starts only at an offered
slot: inside the nutritionist's weekly hours, on the half-hour grid of those hours, not in time
off and not in the past (`book` and `reschedule` alike; a refusal names the nearest free slots).
No two active (not cancelled) consultations of one nutritionist ever overlap, and the database
guarantees it even when desks book at once (`models.scheduling.Consultation`): active
consultations start on the half hour and last one slot, the partial unique index
`uq_consultation_slot` holds one per start, and PostgreSQL's exclusion constraint refuses
overlapping time ranges. Either refusal of a second booking becomes `SlotTaken` naming the next
free slots.

Who may do what, beyond the role's permissions:
- completed and no-show are marked, once the consultation has started, by its own nutritionist,
  by front desk and managers (they check patients in at the desk) and by administrators; never
  by another nutritionist (`may_mark`).
- a meal plan is opened, activated, completed or cancelled by the nutritionist who owns it (the
  nutritionist of the consultation it comes from) or by an administrator; a nutritionist's list
  of plans and of plans still to write is read by that nutritionist or an administrator.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..models.customers import Customer
from ..models.menu import DietTag
from ..models.scheduling import (
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
from ..models.staff import Role, Staff
from ..models.subscriptions import TherapeuticCategory
from . import amounts, audit
from .auth import Actor, Permission
from .errors import Conflict, NotFound, PermissionDenied, ValidationError
from .textsearch import page_size
from .uow import UnitOfWork, is_unique_violation

__all__ = ["ConsultationStatus", "DietTag", "MealPlanStatus", "TagRule", "TherapeuticCategory"]

SLOT = timedelta(minutes=30)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SEARCH_HORIZON = timedelta(days=60)


class SlotState(enum.StrEnum):
    FREE = "free"
    BOOKED = "booked"
    COMPLETED = "completed"
    NO_SHOW = "no_show"
    PAST = "past"


@dataclass(frozen=True)
class Slot:
    nutritionist_id: int
    starts_at: datetime
    state: SlotState
    consultation_id: int | None = None
    customer: str = ""
    version: int = 0
    cancelled_customer: str = ""


@dataclass(frozen=True)
class NutritionistView:
    id: int
    name: str
    fee_rwf: int


@dataclass(frozen=True)
class Interval:
    weekday: int
    starts: time
    ends: time


@dataclass(frozen=True)
class TimeOffView:
    id: int
    starts_at: datetime
    ends_at: datetime
    reason: str


@dataclass(frozen=True)
class ConsultationView:
    id: int
    nutritionist_id: int
    nutritionist: str
    customer_id: int
    customer: str
    starts_at: datetime
    status: ConsultationStatus
    reason: str
    version: int


class SlotTaken(Conflict):
    def __init__(self, message: str, next_free: list[datetime]) -> None:
        super().__init__(message)
        self.next_free = next_free


def _local(moment: datetime, zone: ZoneInfo) -> str:
    local = moment.astimezone(zone)
    return f"{local:%a} {local.day} {local:%b %H:%M}"


def _times(times: list[datetime], near: datetime, zone: ZoneInfo) -> str:
    """Times on the same hospital day as `near` as 09:30, others with their day."""
    day = near.astimezone(zone).date()
    return ", ".join(
        f"{t.astimezone(zone):%H:%M}" if t.astimezone(zone).date() == day else _local(t, zone)
        for t in times
    )


def _can_edit(actor: Actor, nutritionist_id: int) -> None:
    if actor.can(Permission.MANAGE_ALL_SCHEDULES):
        return
    if actor.can(Permission.MANAGE_OWN_SCHEDULE) and actor.staff_id == nutritionist_id:
        return
    raise PermissionDenied(
        "Only the nutritionist themself or an administrator can change this schedule."
    )


def _nutritionist(session: Session, nutritionist_id: int) -> tuple[Staff, NutritionistProfile]:
    staff = session.get(Staff, nutritionist_id)
    if staff is None or staff.role != Role.NUTRITIONIST or not staff.is_active:
        raise NotFound("That nutritionist is not on the staff list.")
    profile = session.get(NutritionistProfile, nutritionist_id)
    if profile is None:
        profile = NutritionistProfile(staff_id=nutritionist_id, display_name=staff.full_name)
        session.add(profile)
        session.flush()
    return staff, profile


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


def set_weekly_availability(
    uow: UnitOfWork,
    actor: Actor,
    nutritionist_id: int,
    intervals: list[Interval],
    fee_rwf: int | None = None,
) -> None:
    """Replace the week; intervals start and end on the hour or half hour and never overlap."""
    by_day: dict[int, list[Interval]] = {}
    for interval in intervals:
        day = WEEKDAYS[interval.weekday] if 0 <= interval.weekday <= 6 else None
        if day is None:
            raise ValidationError("The weekday must be Monday to Sunday.", field="weekday")
        if interval.ends <= interval.starts:
            raise ValidationError(
                f"{day}: the interval ends ({interval.ends:%H:%M}) before it "
                f"starts ({interval.starts:%H:%M}).",
                field="ends",
            )
        for moment in (interval.starts, interval.ends):
            if moment.minute % 30 or moment.second:
                raise ValidationError(
                    f"{day}: use whole or half hours ({moment:%H:%M} is neither),"
                    " so the 30-minute slots fit.",
                    field="starts",
                )
        by_day.setdefault(interval.weekday, []).append(interval)
    for weekday, day_intervals in by_day.items():
        day_intervals.sort(key=lambda i: i.starts)
        for before, after in pairwise(day_intervals):
            if after.starts < before.ends:
                raise ValidationError(
                    f"{WEEKDAYS[weekday]}: {before.starts:%H:%M}–{before.ends:%H:%M} overlaps "
                    f"{after.starts:%H:%M}–{after.ends:%H:%M}. Merge or shorten them.",
                    field="starts",
                )
    fee_rwf = amounts.optional_rwf(
        fee_rwf, field="fee_rwf", what="the consultation fee", maximum=amounts.MAX_PRICE_RWF
    )
    with uow:
        _can_edit(uow.current_actor(actor), nutritionist_id)
        _staff, profile = _nutritionist(uow.session, nutritionist_id)
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
        raise ValidationError("Time off must end after it starts.", field="ends_at")
    reason = " ".join(reason.split())[:200]
    with uow:
        _can_edit(uow.current_actor(actor), nutritionist_id)
        _nutritionist(uow.session, nutritionist_id)
        clash = _booked_between(uow.session, nutritionist_id, starts_at, ends_at)
        if clash:
            raise Conflict(
                f"{clash} booked consultation(s) fall in that time. Reschedule or "
                "cancel them first."
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
    weekly: dict[int, dict[int, list[tuple[time, time]]]] = {}
    for a in session.scalars(
        select(WeeklyAvailability).where(WeeklyAvailability.nutritionist_id.in_(nutritionist_ids))
    ):
        weekly.setdefault(a.nutritionist_id, {}).setdefault(a.weekday, []).append(
            (a.starts_at, a.ends_at)
        )
    off: dict[int, list[tuple[datetime, datetime]]] = {}
    for t in session.scalars(
        select(TimeOff).where(
            TimeOff.nutritionist_id.in_(nutritionist_ids),
            TimeOff.ends_at > start,
            TimeOff.starts_at < end,
        )
    ):
        off.setdefault(t.nutritionist_id, []).append((t.starts_at, t.ends_at))
    booked = {
        (c.nutritionist_id, c.starts_at): (c, name)
        for c, name in session.execute(
            select(Consultation, Customer.full_name)
            .join(Customer)
            .where(
                Consultation.nutritionist_id.in_(nutritionist_ids),
                Consultation.status != ConsultationStatus.CANCELLED,
                Consultation.starts_at >= start,
                Consultation.starts_at < end,
            )
        )
    }
    cancelled = dict(
        session.execute(
            select(Consultation.nutritionist_id, Consultation.starts_at, Customer.full_name)
            .join(Customer)
            .where(
                Consultation.nutritionist_id.in_(nutritionist_ids),
                Consultation.status == ConsultationStatus.CANCELLED,
                Consultation.starts_at >= start,
                Consultation.starts_at < end,
            )
        ).all()
        and [
            ((n, at), name)
            for n, at, name in session.execute(
                select(Consultation.nutritionist_id, Consultation.starts_at, Customer.full_name)
                .join(Customer)
                .where(
                    Consultation.nutritionist_id.in_(nutritionist_ids),
                    Consultation.status == ConsultationStatus.CANCELLED,
                    Consultation.starts_at >= start,
                    Consultation.starts_at < end,
                )
            )
        ]
    )
    result = []
    first_day = start.astimezone(zone).date()
    last_day = end.astimezone(zone).date()
    for nutritionist_id in nutritionist_ids:
        day = first_day
        while day <= last_day:
            for opens, closes in weekly.get(nutritionist_id, {}).get(day.weekday(), []):
                moment = datetime.combine(day, opens, zone)
                closing = datetime.combine(day, closes, zone)
                while moment + SLOT <= closing:
                    at = moment.astimezone(UTC)
                    moment += SLOT
                    if not start <= at < end:
                        continue
                    if any(s < at + SLOT and at < e for s, e in off.get(nutritionist_id, [])):
                        continue
                    taken = booked.get((nutritionist_id, at))
                    if taken:
                        c, name = taken
                        state = {
                            ConsultationStatus.BOOKED: SlotState.BOOKED,
                            ConsultationStatus.COMPLETED: SlotState.COMPLETED,
                            ConsultationStatus.NO_SHOW: SlotState.NO_SHOW,
                        }[c.status]
                        result.append(Slot(nutritionist_id, at, state, c.id, name, c.version))
                    else:
                        state = SlotState.FREE if at >= now else SlotState.PAST
                        was = cancelled.get((nutritionist_id, at), "")
                        result.append(Slot(nutritionist_id, at, state, cancelled_customer=was))
            day += timedelta(days=1)
    return sorted(result, key=lambda s: (s.starts_at, s.nutritionist_id))


def week_slots(
    uow: UnitOfWork, actor: Actor, nutritionist_ids: list[int], first_day: date, days: int = 7
) -> list[Slot]:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.BOOK_CONSULTATIONS)
        start = datetime.combine(first_day, time(0), uow.zone).astimezone(UTC)
        end = datetime.combine(first_day + timedelta(days=days), time(0), uow.zone).astimezone(UTC)
        return slots(uow.session, nutritionist_ids, start, end, uow.now(), uow.zone)


def _free_after(
    session: Session,
    nutritionist_ids: list[int],
    moment: datetime,
    now: datetime,
    zone: ZoneInfo,
    limit: int,
) -> list[Slot]:
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
        return _free_after(uow.session, ids, after, uow.now(), uow.zone, limit)


def _check_bookable(uow: UnitOfWork, nutritionist_id: int, starts_at: datetime) -> Staff:
    """Refuse a start that is not an offered slot, naming the nearest free ones."""
    staff, _profile = _nutritionist(uow.session, nutritionist_id)
    zone, now = uow.zone, uow.now()
    when = _local(starts_at, zone)
    if starts_at < now:
        raise ValidationError(f"{when} is in the past. Choose a later slot.", field="starts_at")
    local = starts_at.astimezone(zone)
    day, following = (
        datetime.combine(local.date() + timedelta(days=d), time(0), zone).astimezone(UTC)
        for d in (0, 1)
    )
    offered = slots(uow.session, [nutritionist_id], day, following, now, zone)
    if any(s.starts_at == starts_at for s in offered):
        return staff
    in_off = uow.session.scalar(
        select(TimeOff.reason).where(
            TimeOff.nutritionist_id == nutritionist_id,
            TimeOff.starts_at < starts_at + SLOT,
            TimeOff.ends_at > starts_at,
        )
    )
    in_hours = uow.session.scalar(
        select(WeeklyAvailability.id).where(
            WeeklyAvailability.nutritionist_id == nutritionist_id,
            WeeklyAvailability.weekday == local.weekday(),
            WeeklyAvailability.starts_at <= local.time(),
            WeeklyAvailability.ends_at > local.time(),
        )
    )
    if in_off is not None:
        problem = f"{staff.full_name} is off at {when}" + (f" ({in_off})" if in_off else "")
    elif in_hours is not None:
        problem = (
            f"Consultations with {staff.full_name} start on the hour and the half hour; "
            f"{when} is not one of them"
        )
    else:
        problem = f"{staff.full_name} does not consult at {when}"
    free = [s.starts_at for s in offered if s.state == SlotState.FREE]
    if free:
        nearest = sorted(sorted(free, key=lambda t: abs(t - starts_at))[:2])
        hint = f"nearest free: {_times(nearest, starts_at, zone)}"
    else:
        later = [
            s.starts_at
            for s in _free_after(uow.session, [nutritionist_id], starts_at, now, zone, 2)
        ]
        hint = (
            f"next free: {_times(later, starts_at, zone)}"
            if later
            else "no free slot in the next 60 days"
        )
    raise ValidationError(f"{problem} — {hint}.", field="starts_at")


def _is_clash(error: IntegrityError) -> bool:
    """The database refused a second active consultation over the same time."""
    diag = getattr(error.orig, "diag", None)
    return getattr(diag, "constraint_name", None) == "ex_consultations_no_overlap" or (
        is_unique_violation(
            error,
            "uq_consultation_slot",
            "consultations.nutritionist_id, consultations.starts_at",
        )
    )


def _taken(uow: UnitOfWork, staff: Staff, starts_at: datetime) -> SlotTaken:
    """Called after the failed insert was rolled back; the session reads afresh."""
    zone = uow.zone
    free = _free_after(uow.session, [staff.id], starts_at, uow.now(), zone, 3)
    times = [s.starts_at for s in free]
    shown = _times(times, starts_at, zone) or "none in the next 60 days"
    return SlotTaken(
        f"{staff.full_name} is already booked at {_local(starts_at, zone)} — next free: {shown}",
        times,
    )


def _view(session: Session, c: Consultation) -> ConsultationView:
    staff = session.get(Staff, c.nutritionist_id)
    customer = session.get(Customer, c.customer_id)
    return ConsultationView(
        c.id,
        c.nutritionist_id,
        staff.full_name,
        c.customer_id,
        customer.full_name,
        c.starts_at,
        c.status,
        c.reason,
        c.version,
    )


def book(
    uow: UnitOfWork,
    actor: Actor,
    *,
    nutritionist_id: int,
    customer_id: int,
    starts_at: datetime,
    reason: str = "",
) -> ConsultationView:
    reason = " ".join(reason.split())
    if len(reason) > 200:
        raise ValidationError("The reason may have at most 200 characters.", field="reason")
    with uow:
        actor = uow.authorize(actor, Permission.BOOK_CONSULTATIONS)
        staff = _check_bookable(uow, nutritionist_id, starts_at)
        customer = uow.session.get(Customer, customer_id)
        if customer is None or not customer.is_active:
            raise NotFound("That customer is not registered. Search again or register them.")
        profile = uow.session.get(NutritionistProfile, nutritionist_id)
        consultation = Consultation(
            nutritionist_id=nutritionist_id,
            customer_id=customer_id,
            starts_at=starts_at,
            reason=reason,
            booked_by_id=actor.staff_id,
            booked_at=uow.now(),
            fee_rwf=profile.consultation_fee_rwf,
        )
        uow.session.add(consultation)
        try:
            uow.flush()
        except IntegrityError as error:
            uow.session.rollback()
            if _is_clash(error):
                raise _taken(uow, staff, starts_at) from None
            raise
        audit.record(
            uow.session,
            actor,
            "consultation_booked",
            "consultation",
            consultation.id,
            nutritionist=staff.full_name,
            starts=starts_at.isoformat(),
        )
        uow.commit()
        return _view(uow.session, consultation)


def _consultation(uow: UnitOfWork, consultation_id: int, version: int) -> Consultation:
    c = uow.session.get(Consultation, consultation_id, with_for_update=True)
    if c is None:
        raise NotFound("That consultation does not exist.")
    if c.version != version:
        raise Conflict(
            "This consultation was changed at another desk. The calendar has been "
            "refreshed; look again."
        )
    return c


def reschedule(
    uow: UnitOfWork,
    actor: Actor,
    consultation_id: int,
    version: int,
    starts_at: datetime,
    nutritionist_id: int | None = None,
) -> ConsultationView:
    with uow:
        actor = uow.authorize(actor, Permission.BOOK_CONSULTATIONS)
        c = _consultation(uow, consultation_id, version)
        if c.status != ConsultationStatus.BOOKED:
            raise ValidationError(
                f"Only booked consultations move; this one is {c.status.value.replace('_', ' ')}."
            )
        target = nutritionist_id or c.nutritionist_id
        staff = _check_bookable(uow, target, starts_at)
        old = c.starts_at
        c.starts_at, c.nutritionist_id = starts_at, target
        c.ends_at = starts_at + timedelta(minutes=c.duration_minutes)
        c.status_changed_at = uow.now()
        try:
            uow.flush()
        except IntegrityError as error:
            uow.session.rollback()
            if _is_clash(error):
                raise _taken(uow, staff, starts_at) from None
            raise
        audit.record(
            uow.session,
            actor,
            "consultation_rescheduled",
            "consultation",
            c.id,
            old=old.isoformat(),
            new=starts_at.isoformat(),
        )
        uow.commit()
        return _view(uow.session, c)


def cancel(
    uow: UnitOfWork, actor: Actor, consultation_id: int, version: int, reason: str
) -> ConsultationView:
    reason = " ".join(reason.split())
    if len(reason) < 3:
        raise ValidationError("Give the reason for cancelling.", field="reason")
    with uow:
        actor = uow.authorize(actor, Permission.BOOK_CONSULTATIONS)
        c = _consultation(uow, consultation_id, version)
        if c.status != ConsultationStatus.BOOKED:
            raise ValidationError(
                f"This consultation is already {c.status.value.replace('_', ' ')}."
            )
        c.status, c.cancel_reason, c.status_changed_at = (
            ConsultationStatus.CANCELLED,
            reason,
            uow.now(),
        )
        audit.record(
            uow.session, actor, "consultation_cancelled", "consultation", c.id, reason=reason
        )
        uow.commit()
        return _view(uow.session, c)


def mark(
    uow: UnitOfWork, actor: Actor, consultation_id: int, version: int, outcome: ConsultationStatus
) -> ConsultationView:
    """Completed or no-show, once the consultation has started, by whom `may_mark` allows."""
    if outcome not in (ConsultationStatus.COMPLETED, ConsultationStatus.NO_SHOW):
        raise ValidationError("Mark a consultation completed or no-show.")
    with uow:
        actor = uow.current_actor(actor)
        c = _consultation(uow, consultation_id, version)
        _can_mark(uow.session, actor, c)
        if c.status != ConsultationStatus.BOOKED:
            raise ValidationError(
                f"This consultation is already {c.status.value.replace('_', ' ')}."
            )
        if c.starts_at > uow.now():
            raise ValidationError(
                f"It has not started yet; mark it after {_local(c.starts_at, uow.zone)}."
            )
        c.status, c.status_changed_at = outcome, uow.now()
        audit.record(uow.session, actor, f"consultation_{outcome.value}", "consultation", c.id)
        uow.commit()
        return _view(uow.session, c)


def may_mark(actor: Actor, nutritionist_id: int) -> bool:
    """Whether `actor` may mark a consultation with `nutritionist_id` completed or no-show.

    Administrators, and whoever books at the desk, may; a nutritionist only their own.
    """
    if actor.can(Permission.MANAGE_ALL_SCHEDULES):
        return True
    if actor.can(Permission.MANAGE_OWN_SCHEDULE):
        return actor.staff_id == nutritionist_id
    return actor.can(Permission.BOOK_CONSULTATIONS)


def _can_mark(session: Session, actor: Actor, c: Consultation) -> None:
    if not may_mark(actor, c.nutritionist_id):
        name = session.get(Staff, c.nutritionist_id).full_name
        raise PermissionDenied(
            f"Only {name}, the front desk, a manager or an administrator can mark "
            "this consultation completed or no-show."
        )


def _can_manage_plans(session: Session, actor: Actor, nutritionist_id: int) -> None:
    """A nutritionist manages their own clients' meal plans; an administrator anyone's."""
    if actor.can(Permission.MANAGE_ALL_SCHEDULES) or actor.staff_id == nutritionist_id:
        return
    staff = session.get(Staff, nutritionist_id)
    name = staff.full_name if staff else "another nutritionist"
    raise PermissionDenied(
        f"These are {name}'s clients' meal plans: only {name} or an administrator can manage them."
    )


def customer_consultations(
    uow: UnitOfWork, actor: Actor, customer_id: int
) -> list[ConsultationView]:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_CUSTOMERS)
        return [
            _view(uow.session, c)
            for c in uow.session.scalars(
                select(Consultation)
                .where(Consultation.customer_id == customer_id)
                .order_by(Consultation.starts_at.desc())
            )
        ]


# Meal plans


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
        session.get(Customer, plan.customer_id).full_name,
        session.get(Staff, plan.nutritionist_id).full_name,
        plan.category,
        plan.status,
        plan.daily_calories,
        tuple(t.tag for t in tags if t.rule == TagRule.ALLOWED),
        tuple(t.tag for t in tags if t.rule == TagRule.FORBIDDEN),
        plan.notes,
        plan.created_at,
        plan.version,
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
            "The daily calorie target is between 500 and 6,000 kcal.", field="daily_calories"
        )
    if set(allowed) & set(forbidden):
        raise ValidationError("A diet tag cannot be both allowed and forbidden.", field="forbidden")
    if len(notes) > 2000:
        raise ValidationError("Notes may have at most 2,000 characters.", field="notes")
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_MEAL_PLANS)
        c = uow.session.get(Consultation, consultation_id)
        if c is None:
            raise NotFound("That consultation does not exist.")
        _can_manage_plans(uow.session, actor, c.nutritionist_id)
        if c.status != ConsultationStatus.COMPLETED:
            raise ValidationError("Open a meal plan from a completed consultation.")
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
        uow.commit()
        return _plan_view(uow.session, plan)


def move_meal_plan(
    uow: UnitOfWork, actor: Actor, plan_id: int, version: int, to: MealPlanStatus
) -> MealPlanView:
    """pending -> active -> completed (or cancelled); one active plan per customer.

    Only the plan's own nutritionist or an administrator moves it (module docstring).
    """
    allowed = {
        MealPlanStatus.PENDING: {MealPlanStatus.ACTIVE, MealPlanStatus.CANCELLED},
        MealPlanStatus.ACTIVE: {MealPlanStatus.COMPLETED, MealPlanStatus.CANCELLED},
    }
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_MEAL_PLANS)
        plan = uow.session.get(MealPlan, plan_id, with_for_update=True)
        if plan is None:
            raise NotFound("That meal plan does not exist.")
        _can_manage_plans(uow.session, actor, plan.nutritionist_id)
        if plan.version != version:
            raise Conflict("This plan was changed at another desk; look at it again.")
        if to not in allowed.get(plan.status, set()):
            raise ValidationError(f"A {plan.status.value} plan cannot become {to.value}.")
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
                "This customer already has an active meal plan. Complete or cancel it first."
            ) from None
        audit.record(uow.session, actor, "meal_plan_status", "meal_plan", plan.id, new=to.value)
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
            _view(uow.session, c)
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
