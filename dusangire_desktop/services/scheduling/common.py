"""What the scheduling modules share: the slot length, the results they hand back, the refusal of
a taken slot, and how a moment is named to the person at the desk."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from ...models.customers import Customer
from ...models.scheduling import Consultation, ConsultationStatus, NutritionistProfile
from ...models.staff import Role, Staff
from ..errors import Conflict, NotFound

SLOT = timedelta(minutes=30)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SEARCH_HORIZON = timedelta(days=60)


class SlotState(enum.StrEnum):
    FREE = "free"
    BOOKED = "booked"
    COMPLETED = "completed"
    NO_SHOW = "no_show"
    PAST = "past"


class Slot(NamedTuple):
    # A named tuple, not a frozen dataclass: a month across ten nutritionists is ~6,000 slots, and
    # a frozen dataclass takes twice as long to build (one object.__setattr__ per field).
    nutritionist_id: int
    starts_at: datetime
    state: SlotState
    consultation_id: int | None = None
    customer: str = ""
    version: int = 0
    cancelled_customer: str = ""


class BlankReason(enum.StrEnum):
    """Why a nutritionist's day offers no slot at all."""

    HOURS_NOT_SET = "hours_not_set"
    NO_HOURS_THAT_DAY = "no_hours_that_day"
    TIME_OFF = "time_off"


@dataclass(frozen=True)
class BlankDay:
    nutritionist_id: int
    day: date
    reason: BlankReason
    detail: str = ""


@dataclass(frozen=True)
class CalendarDays:
    """The slots of some days and, for each nutritionist's day without any, why."""

    slots: list[Slot]
    blanks: list[BlankDay]


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


def local_label(moment: datetime, zone: ZoneInfo) -> str:
    """ "Tue 3 Mar 10:30" in hospital time."""
    local = moment.astimezone(zone)
    return f"{local:%a} {local.day} {local:%b %H:%M}"


def times_label(times: list[datetime], near: datetime, zone: ZoneInfo) -> str:
    """Times on the same hospital day as `near` as 09:30, others with their day."""
    day = near.astimezone(zone).date()
    return ", ".join(
        f"{t.astimezone(zone):%H:%M}" if t.astimezone(zone).date() == day else local_label(t, zone)
        for t in times
    )


def staff_name(session: Session, staff_id: int) -> str:
    staff = session.get(Staff, staff_id)
    return staff.full_name if staff else ""


def customer_name(session: Session, customer_id: int) -> str:
    customer = session.get(Customer, customer_id)
    return customer.full_name if customer else ""


def nutritionist(session: Session, nutritionist_id: int) -> tuple[Staff, NutritionistProfile]:
    """The active nutritionist and their profile (made with the defaults when missing)."""
    staff = session.get(Staff, nutritionist_id)
    if staff is None or staff.role != Role.NUTRITIONIST or not staff.is_active:
        raise NotFound("That nutritionist is not on the staff list.")
    profile = session.get(NutritionistProfile, nutritionist_id)
    if profile is None:
        profile = NutritionistProfile(staff_id=nutritionist_id, display_name=staff.full_name)
        session.add(profile)
        session.flush()
    return staff, profile


def consultation_view(session: Session, c: Consultation) -> ConsultationView:
    return ConsultationView(
        c.id,
        c.nutritionist_id,
        staff_name(session, c.nutritionist_id),
        c.customer_id,
        customer_name(session, c.customer_id),
        c.starts_at,
        c.status,
        c.reason,
        c.version,
    )
