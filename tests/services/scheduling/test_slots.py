"""The slots nutritionists offer, in hospital time, and which of them are free."""

from __future__ import annotations

from datetime import UTC, date, datetime

from dusangire_desktop.services.scheduling import availability, consultations
from dusangire_desktop.services.scheduling.common import SlotState
from dusangire_desktop.services.scheduling.slots import first_free, week_slots

from ...conftest import KIGALI
from ...scheduling_world import DESK, book, local


def test_week_slots_in_hospital_time(uow_factory, uwimana):
    week = week_slots(uow_factory(), DESK, [uwimana], date(2026, 3, 2))
    tuesday = [s for s in week if s.starts_at.astimezone(KIGALI).date() == date(2026, 3, 3)]
    assert [s.starts_at.astimezone(KIGALI).strftime("%H:%M") for s in tuesday] == [
        "08:00",
        "08:30",
        "09:00",
        "09:30",
        "10:00",
        "10:30",
        "11:00",
        "11:30",
        "14:00",
        "14:30",
        "15:00",
        "15:30",
    ]
    assert tuesday[0].starts_at == datetime(2026, 3, 3, 6, 0, tzinfo=UTC)
    assert len(week) == 16


def test_time_off_and_the_past_are_not_offered(uow_factory, admin, uwimana, clock):
    availability.add_time_off(
        uow_factory(),
        admin,
        uwimana,
        local(2026, 3, 3, 14, 0),
        local(2026, 3, 3, 15, 0),
        "Ward round",
    )
    clock.set_local(2026, 3, 3, 9, 10)
    free = [
        s.starts_at.astimezone(KIGALI).strftime("%H:%M")
        for s in week_slots(uow_factory(), DESK, [uwimana], date(2026, 3, 3), 1)
        if s.state == SlotState.FREE
    ]
    assert free == ["09:30", "10:00", "10:30", "11:00", "11:30", "15:00", "15:30"]


def test_first_free_slot_from_a_moment(uow_factory, uwimana, kitchen):
    book(uow_factory, uwimana, kitchen.visitor, 2026, 3, 3, 11, 0)
    found = first_free(uow_factory(), DESK, local(2026, 3, 3, 11, 0))
    assert [s.starts_at.astimezone(KIGALI).strftime("%a %H:%M") for s in found[:3]] == [
        "Tue 11:30",
        "Tue 14:00",
        "Tue 14:30",
    ]


def test_a_slot_shows_its_consultation_or_whose_booking_there_was_cancelled(
    uow_factory, uwimana, kitchen
):
    held = book(uow_factory, uwimana, kitchen.visitor, 2026, 3, 3, 9, 0)
    gone = book(uow_factory, uwimana, kitchen.patient, 2026, 3, 3, 9, 30)
    consultations.cancel(uow_factory(), DESK, gone.id, gone.version, "Discharged")
    tuesday = week_slots(uow_factory().for_reading(), DESK, [uwimana], date(2026, 3, 3), 1)
    nine, half_past = tuesday[2], tuesday[3]
    assert (nine.state, nine.consultation_id, nine.customer) == (
        SlotState.BOOKED,
        held.id,
        "Eric Habimana",
    )
    assert (half_past.state, half_past.consultation_id, half_past.cancelled_customer) == (
        SlotState.FREE,
        None,
        "Jeanne Uwera",
    )


def test_an_empty_day_says_why(uow_factory, admin, uwimana):
    from dusangire_desktop.models.staff import Role
    from dusangire_desktop.services.scheduling.common import BlankDay, BlankReason
    from dusangire_desktop.services.scheduling.slots import calendar_days

    from ...scheduling_world import add_staff

    availability.add_time_off(
        uow_factory(), admin, uwimana, local(2026, 3, 4, 0, 0), local(2026, 3, 5, 0, 0), "Training"
    )
    newcomer = add_staff(uow_factory, Role.NUTRITIONIST, "dr.new", "Dr. New")
    week = calendar_days(uow_factory(), DESK, [uwimana, newcomer.staff_id], date(2026, 3, 2))
    hers = [b for b in week.blanks if b.nutritionist_id == uwimana]
    assert [(b.day.day, b.reason, b.detail) for b in hers] == [
        (2, BlankReason.NO_HOURS_THAT_DAY, ""),
        (4, BlankReason.TIME_OFF, "Training"),
        (5, BlankReason.NO_HOURS_THAT_DAY, ""),
        (6, BlankReason.NO_HOURS_THAT_DAY, ""),
        (7, BlankReason.NO_HOURS_THAT_DAY, ""),
        (8, BlankReason.NO_HOURS_THAT_DAY, ""),
    ]
    assert BlankDay(newcomer.staff_id, date(2026, 3, 3), BlankReason.HOURS_NOT_SET) in week.blanks
    assert len(week.slots) == 12  # Tuesday only: Wednesday is off
