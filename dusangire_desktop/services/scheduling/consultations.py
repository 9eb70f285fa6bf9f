"""Consultations: booking, rescheduling, cancelling, and marking them completed or no-show.

A consultation starts only at an offered slot: inside the nutritionist's weekly hours, on the
half-hour grid of those hours, not in time off and not in the past (`book` and `reschedule`
alike; a refusal names the nearest free slots). No two active (not cancelled) consultations of one
nutritionist ever overlap, and the database guarantees it even when desks book at once
(`models.scheduling.Consultation`): active consultations start on the half hour and last one slot,
the partial unique index `uq_consultation_slot` holds one per start, and PostgreSQL's exclusion
constraint refuses overlapping time ranges. Either refusal of a second booking becomes `SlotTaken`
naming the next free slots.

Completed and no-show are marked, once the consultation has started, by its own nutritionist, by
front desk and managers (they check patients in at the desk) and by administrators; never by
another nutritionist (`may_mark`). Every change is recorded under the consultations area with the
consultation's id.
"""

from __future__ import annotations

import enum
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ...models.customers import Customer
from ...models.scheduling import (
    Consultation,
    ConsultationStatus,
    NutritionistProfile,
    TimeOff,
    WeeklyAvailability,
)
from ...models.staff import Staff
from .. import audit
from ..auth import Actor, Permission
from ..changes import Area
from ..errors import NotFound, PermissionDenied, ValidationError
from ..messages import QT_TRANSLATE_NOOP, Text
from ..records import load_current
from ..uow import UnitOfWork, is_unique_violation
from .common import (
    SLOT,
    ConsultationView,
    Slot,
    SlotState,
    SlotTaken,
    consultation_view,
    local_label,
    nutritionist,
    staff_name,
    times_label,
)
from .slots import day_bounds, free_after, slots


def _check_bookable(
    uow: UnitOfWork, nutritionist_id: int, starts_at: datetime
) -> tuple[Staff, NutritionistProfile]:
    """Refuse a start that is not an offered slot, naming the nearest free ones."""
    staff, profile = nutritionist(uow.session, nutritionist_id)
    zone, now = uow.zone, uow.now()
    when = local_label(starts_at, zone)
    if starts_at < now:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{when} is in the past. Choose a later slot."),
            field="starts_at",
            when=when,
        )
    local = starts_at.astimezone(zone)
    day, following = day_bounds(local.date(), 1, zone)
    offered = slots(uow.session, [nutritionist_id], day, following, now, zone)
    if any(s.starts_at == starts_at for s in offered):
        return staff, profile
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
    name = staff.full_name
    if in_off:
        problem = Text(
            QT_TRANSLATE_NOOP("errors", "{name} is off at {when} ({reason})"),
            name=name,
            when=when,
            reason=in_off,
        )
    elif in_off is not None:
        problem = Text(QT_TRANSLATE_NOOP("errors", "{name} is off at {when}"), name=name, when=when)
    elif in_hours is not None:
        problem = Text(
            QT_TRANSLATE_NOOP(
                "errors",
                "Consultations with {name} start on the hour and the half hour; "
                "{when} is not one of them",
            ),
            name=name,
            when=when,
        )
    else:
        problem = Text(
            QT_TRANSLATE_NOOP("errors", "{name} does not consult at {when}"), name=name, when=when
        )
    free = [s.starts_at for s in offered if s.state == SlotState.FREE]
    if free:
        nearest = sorted(sorted(free, key=lambda t: abs(t - starts_at))[:2])
        hint = Text(
            QT_TRANSLATE_NOOP("errors", "nearest free: {times}"),
            times=times_label(nearest, starts_at, zone),
        )
    else:
        later = [
            s.starts_at for s in free_after(uow.session, [nutritionist_id], starts_at, now, zone, 2)
        ]
        hint = (
            Text(
                QT_TRANSLATE_NOOP("errors", "next free: {times}"),
                times=times_label(later, starts_at, zone),
            )
            if later
            else Text(QT_TRANSLATE_NOOP("errors", "no free slot in the next 60 days"))
        )
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "{problem} — {hint}."),
        field="starts_at",
        problem=problem,
        hint=hint,
    )


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
    free = free_after(uow.session, [staff.id], starts_at, uow.now(), zone, 3)
    times = [s.starts_at for s in free]
    shown = times_label(times, starts_at, zone) or Text(
        QT_TRANSLATE_NOOP("errors", "none in the next 60 days")
    )
    return SlotTaken(
        QT_TRANSLATE_NOOP("errors", "{full_name} is already booked at {when} — next free: {shown}"),
        times,
        full_name=staff.full_name,
        when=local_label(starts_at, zone),
        shown=shown,
    )


def _flush_refusing_clashes(uow: UnitOfWork, staff: Staff, starts_at: datetime) -> None:
    try:
        uow.flush()
    except IntegrityError as error:
        uow.session.rollback()
        if _is_clash(error):
            raise _taken(uow, staff, starts_at) from None
        raise


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
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The reason may have at most 200 characters."),
            field="reason",
        )
    with uow:
        actor = uow.authorize(actor, Permission.BOOK_CONSULTATIONS)
        staff, profile = _check_bookable(uow, nutritionist_id, starts_at)
        customer = uow.session.get(Customer, customer_id)
        if customer is None or not customer.is_active:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "errors", "That customer is not registered. Search again or register them."
                )
            )
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
        _flush_refusing_clashes(uow, staff, starts_at)
        audit.record(
            uow.session,
            actor,
            "consultation_booked",
            "consultation",
            consultation.id,
            nutritionist=staff.full_name,
            starts=starts_at.isoformat(),
        )
        uow.record(Area.CONSULTATIONS, [consultation.id])
        uow.commit()
        return consultation_view(uow.session, consultation)


def _consultation(uow: UnitOfWork, consultation_id: int, version: int) -> Consultation:
    return load_current(
        uow,
        Consultation,
        consultation_id,
        version,
        missing=QT_TRANSLATE_NOOP("errors", "That consultation does not exist."),
        what=lambda _c: Text(QT_TRANSLATE_NOOP("errors", "This consultation")),
    )


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
                QT_TRANSLATE_NOOP(
                    "errors", "Only booked consultations move; this one is {status}."
                ),
                status=c.status,
            )
        target = nutritionist_id or c.nutritionist_id
        staff, _profile = _check_bookable(uow, target, starts_at)
        old = c.starts_at
        c.starts_at, c.nutritionist_id = starts_at, target
        c.ends_at = starts_at + timedelta(minutes=c.duration_minutes)
        c.status_changed_at = uow.now()
        _flush_refusing_clashes(uow, staff, starts_at)
        audit.record(
            uow.session,
            actor,
            "consultation_rescheduled",
            "consultation",
            c.id,
            old=old.isoformat(),
            new=starts_at.isoformat(),
        )
        uow.record(Area.CONSULTATIONS, [c.id])
        uow.commit()
        return consultation_view(uow.session, c)


def cancel(
    uow: UnitOfWork, actor: Actor, consultation_id: int, version: int, reason: str
) -> ConsultationView:
    reason = " ".join(reason.split())
    if len(reason) < 3:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give the reason for cancelling."), field="reason"
        )
    with uow:
        actor = uow.authorize(actor, Permission.BOOK_CONSULTATIONS)
        c = _consultation(uow, consultation_id, version)
        if c.status != ConsultationStatus.BOOKED:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This consultation is already {status}."),
                status=c.status,
            )
        c.status, c.cancel_reason, c.status_changed_at = (
            ConsultationStatus.CANCELLED,
            reason,
            uow.now(),
        )
        audit.record(
            uow.session, actor, "consultation_cancelled", "consultation", c.id, reason=reason
        )
        uow.record(Area.CONSULTATIONS, [c.id])
        uow.commit()
        return consultation_view(uow.session, c)


def mark(
    uow: UnitOfWork, actor: Actor, consultation_id: int, version: int, outcome: ConsultationStatus
) -> ConsultationView:
    """Completed or no-show, once the consultation has started, by whom `may_mark` allows."""
    if outcome not in (ConsultationStatus.COMPLETED, ConsultationStatus.NO_SHOW):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Mark a consultation completed or no-show.")
        )
    with uow:
        actor = uow.current_actor(actor)
        c = _consultation(uow, consultation_id, version)
        _can_mark(uow.session, actor, c)
        if c.status != ConsultationStatus.BOOKED:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This consultation is already {status}."),
                status=c.status,
            )
        if c.starts_at > uow.now():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "It has not started yet; mark it after {when}."),
                when=local_label(c.starts_at, uow.zone),
            )
        c.status, c.status_changed_at = outcome, uow.now()
        audit.record(uow.session, actor, f"consultation_{outcome.value}", "consultation", c.id)
        uow.record(Area.CONSULTATIONS, [c.id])
        uow.commit()
        return consultation_view(uow.session, c)


def may_mark(actor: Actor, nutritionist_id: int) -> bool:
    """Whether `actor` may mark a consultation with `nutritionist_id` completed or no-show.

    Administrators, and whoever books at the desk, may; a nutritionist only their own.
    """
    if actor.can(Permission.MANAGE_ALL_SCHEDULES):
        return True
    if actor.can(Permission.MANAGE_OWN_SCHEDULE):
        return actor.staff_id == nutritionist_id
    return actor.can(Permission.BOOK_CONSULTATIONS)


class SlotAction(enum.StrEnum):
    BOOK = "book"
    RESCHEDULE = "reschedule"
    CANCEL = "cancel"
    COMPLETED = "completed"
    NO_SHOW = "no_show"


def allowed_actions(actor: Actor, slot: Slot, now: datetime) -> list[SlotAction]:
    """What this module would let `actor` do with `slot` at `now`, in the order to offer it.

    The same rules as `book`, `reschedule`, `cancel` and `mark`, so a screen offers nothing that
    would be refused for who is asking or for the slot's state (the slot may still have changed
    at another desk meanwhile; the service then says so)."""
    if not actor.can(Permission.BOOK_CONSULTATIONS):
        return []
    if slot.state == SlotState.FREE:
        return [SlotAction.BOOK] if slot.starts_at >= now else []
    if slot.state != SlotState.BOOKED:
        return []
    actions = [SlotAction.RESCHEDULE, SlotAction.CANCEL]
    if slot.starts_at <= now and may_mark(actor, slot.nutritionist_id):
        actions += [SlotAction.COMPLETED, SlotAction.NO_SHOW]
    return actions


def _can_mark(session: Session, actor: Actor, c: Consultation) -> None:
    if not may_mark(actor, c.nutritionist_id):
        name = staff_name(session, c.nutritionist_id)
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors",
                "Only {name}, the front desk, a manager or an administrator can mark "
                "this consultation completed or no-show.",
            ),
            name=name,
        )


def customer_consultations(
    uow: UnitOfWork, actor: Actor, customer_id: int
) -> list[ConsultationView]:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_CUSTOMERS)
        return [
            consultation_view(uow.session, c)
            for c in uow.session.scalars(
                select(Consultation)
                .where(Consultation.customer_id == customer_id)
                .order_by(Consultation.starts_at.desc())
            )
        ]
