"""Weekly hours, fee and time off: checked, kept to their owner, recorded under availability."""

from __future__ import annotations

from datetime import time

import pytest

from dusangire_desktop.models.staff import Role
from dusangire_desktop.services.changes import Area
from dusangire_desktop.services.errors import Conflict, PermissionDenied, ValidationError
from dusangire_desktop.services.scheduling import availability
from dusangire_desktop.services.scheduling.common import Interval

from ...scheduling_world import DESK, add_staff, book, local, staff_actor


@pytest.mark.parametrize(
    ("intervals", "message"),
    [
        ([Interval(1, time(12), time(8))], "ends \\(08:00\\) before it starts"),
        ([Interval(1, time(8), time(12)), Interval(1, time(11), time(13))], "overlaps"),
        ([Interval(1, time(8, 15), time(12))], "whole or half hours"),
        ([Interval(7, time(8), time(12))], "Monday to Sunday"),
    ],
)
def test_bad_availability(uow_factory, admin, uwimana, intervals, message):
    with pytest.raises(ValidationError, match=message):
        availability.set_weekly_availability(uow_factory(), admin, uwimana, intervals)


def test_only_the_nutritionist_or_an_admin_edits_a_schedule(uow_factory, admin, uwimana):
    other = add_staff(uow_factory, Role.NUTRITIONIST, "dr.other", "Dr. Other")
    with pytest.raises(PermissionDenied, match="Only the nutritionist themself"):
        availability.set_weekly_availability(uow_factory(), other, uwimana, [])
    me = staff_actor(uow_factory, uwimana)
    availability.set_weekly_availability(
        uow_factory(), me, uwimana, [Interval(0, time(9), time(10))]
    )
    assert availability.weekly_availability(uow_factory(), DESK, uwimana) == [
        Interval(0, time(9), time(10))
    ]


def test_time_off_end_before_start_and_over_bookings(uow_factory, admin, uwimana, kitchen):
    with pytest.raises(ValidationError, match="end after it starts"):
        availability.add_time_off(
            uow_factory(), admin, uwimana, local(2026, 3, 3, 12, 0), local(2026, 3, 3, 10, 0)
        )
    book(uow_factory, uwimana, kitchen.visitor, 2026, 3, 3, 10, 0)
    with pytest.raises(Conflict, match="1 booked consultation"):
        availability.add_time_off(
            uow_factory(), admin, uwimana, local(2026, 3, 3, 0, 0), local(2026, 3, 4, 0, 0), "Sick"
        )
    assert availability.list_time_off(uow_factory(), DESK, uwimana) == []


def test_the_nutritionists_the_desk_books_with_and_their_fee(uow_factory, uwimana):
    [shown] = availability.list_nutritionists(uow_factory().for_reading(), DESK)
    assert (shown.id, shown.name, shown.fee_rwf) == (uwimana, "Dr. Solange Uwimana", 5000)


def test_changes_are_recorded_under_availability_with_the_nutritionist(uow_factory, admin, uwimana):
    """Screens showing slots refresh for these; never a nutritionist's id under consultations."""
    uow = uow_factory()
    availability.set_weekly_availability(
        uow, admin, uwimana, [Interval(1, time(8), time(9))], fee_rwf=6000
    )
    assert [(c.area, c.ids) for c in uow.committed] == [(Area.AVAILABILITY, {uwimana})]
    uow = uow_factory()
    off = availability.add_time_off(
        uow, admin, uwimana, local(2026, 3, 3, 8, 0), local(2026, 3, 3, 9, 0), "  Ward   round "
    )
    assert [(c.area, c.ids) for c in uow.committed] == [(Area.AVAILABILITY, {uwimana})]
    assert availability.list_time_off(uow_factory(), DESK, uwimana) == [off]
    assert off.reason == "Ward round"
