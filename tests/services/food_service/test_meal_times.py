"""Meal times and ward cut-offs as a manager sets them: refused cleanly, audited, and obeyed."""

from __future__ import annotations

from datetime import time

import pytest

from dusangire_desktop.services import audit
from dusangire_desktop.services.errors import PermissionDenied, ValidationError
from dusangire_desktop.services.food_service import meals, wards
from dusangire_desktop.services.menu import MealPeriod


def test_a_manager_moves_lunch_and_a_wards_cut_off_and_the_order_screen_follows(
    uow_factory, ward, clock
):
    wards.set_meal_time(uow_factory(), ward.manager, "lunch", "12:30", "14:00", "11:00", 30)
    wards.set_ward_cutoff(uow_factory(), ward.manager, "Surgical", MealPeriod.LUNCH, "10:45")
    table = wards.ward_meal_times(uow_factory(), ward.desk)
    lunch = next(m for m in table.meals if m.meal == MealPeriod.LUNCH)
    assert (lunch.serves_from, lunch.serves_until, lunch.cutoff) == (
        time(12, 30),
        time(14, 0),
        time(11, 0),
    )
    assert lunch.delivery_target_minutes == 30
    assert table.cutoff("Surgical", MealPeriod.LUNCH) == time(10, 45)
    assert table.cutoff("Paediatrics", MealPeriod.LUNCH) == time(11, 0)
    assert table.wards == ("Surgical", "Maternity", "Paediatrics")
    clock.set_local(2026, 3, 3, 10, 0)
    assert meals.meal_clock(uow_factory(), ward.desk, "Surgical").minutes_left == 45
    # Back to the meal's general cut-off.
    wards.set_ward_cutoff(uow_factory(), ward.manager, "Surgical", MealPeriod.LUNCH, None)
    assert meals.meal_clock(uow_factory(), ward.desk, "Surgical").minutes_left == 60
    events = audit.list_events(uow_factory(), ward.manager)
    actions = [e.action for e in events]
    assert "meal_time_set" in actions and "ward_cutoff_set" in actions


@pytest.mark.parametrize(
    ("times", "field", "words"),
    [
        (("12:00", "11:30", "10:00"), "serves_until", "Serving ends after it starts"),
        (("12:00", "13:30", "12:15"), "cutoff", "close at or before serving starts"),
        (("25:00", "13:30", "10:00"), "serves_from", "25:00 is not a time on the clock"),
        (("12:00", "", "10:00"), "serves_until", "An empty time is not a time on the clock"),
    ],
)
def test_meal_times_that_make_no_sense_are_refused_naming_the_field(
    uow_factory, ward, times, field, words
):
    with pytest.raises(ValidationError, match=words) as refused:
        wards.set_meal_time(uow_factory(), ward.manager, "lunch", *times)
    assert refused.value.field == field
    unchanged = wards.ward_meal_times(uow_factory(), ward.desk)
    assert next(m for m in unchanged.meals if m.meal == MealPeriod.LUNCH).serves_from == time(12, 0)


def test_a_wards_cut_off_after_serving_starts_is_refused(uow_factory, ward):
    with pytest.raises(ValidationError, match="Lunch is served from 12:00") as refused:
        wards.set_ward_cutoff(uow_factory(), ward.manager, "Surgical", "lunch", "12:30")
    assert refused.value.field == "cutoff"
    # Maternity closes lunch at 11:00: lunch cannot start before that.
    with pytest.raises(ValidationError, match="Maternity's own lunch orders close at 11:00"):
        wards.set_meal_time(uow_factory(), ward.manager, "lunch", "10:30", "12:00", "10:00")
    with pytest.raises(ValidationError, match="breakfast, lunch, dinner or snack"):
        wards.set_ward_cutoff(uow_factory(), ward.manager, "Surgical", "all_day", "10:00")


def test_the_front_desk_cannot_change_meal_times(uow_factory, ward):
    with pytest.raises(PermissionDenied):
        wards.set_meal_time(uow_factory(), ward.desk, "lunch", "12:00", "13:30", "10:00")
    with pytest.raises(PermissionDenied):
        wards.set_ward_cutoff(uow_factory(), ward.desk, "Surgical", "lunch", "10:00")
