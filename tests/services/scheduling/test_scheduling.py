"""Nutritionist scheduling: slots in hospital time, bookings that can never collide."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, time

import pytest

from dusangire_desktop.models.staff import Role, Staff
from dusangire_desktop.services import pricing, scheduling
from dusangire_desktop.services.auth import Actor
from dusangire_desktop.services.errors import Conflict, NotFound, PermissionDenied, ValidationError
from dusangire_desktop.services.scheduling import (
    ConsultationStatus,
    DietTag,
    Interval,
    MealPlanStatus,
    SlotState,
    SlotTaken,
    TherapeuticCategory,
)

from ...conftest import KIGALI

DESK = Actor(None, "desk", "Claudine Mukamana", Role.FRONT_DESK)


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=KIGALI).astimezone(UTC)


@pytest.fixture
def uwimana(uow_factory, admin) -> int:
    with uow_factory() as uow:
        staff = Staff(
            username="dr.uwimana",
            full_name="Dr. Solange Uwimana",
            role=Role.NUTRITIONIST,
            password_hash="x",
        )
        uow.session.add(staff)
        uow.commit()
        staff_id = staff.id
    scheduling.set_weekly_availability(
        uow_factory(),
        admin,
        staff_id,
        [
            Interval(1, time(8), time(12)),
            Interval(1, time(14), time(16)),
            Interval(2, time(8), time(10)),
        ],
        fee_rwf=5000,
    )
    return staff_id


def book(uow_factory, who, customer, *at, actor=DESK):
    return scheduling.book(
        uow_factory(), actor, nutritionist_id=who, customer_id=customer, starts_at=local(*at)
    )


def test_week_slots_in_hospital_time(uow_factory, uwimana):
    week = scheduling.week_slots(uow_factory(), DESK, [uwimana], date(2026, 3, 2))
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
    scheduling.add_time_off(
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
        for s in scheduling.week_slots(uow_factory(), DESK, [uwimana], date(2026, 3, 3), 1)
        if s.state == SlotState.FREE
    ]
    assert free == ["09:30", "10:00", "10:30", "11:00", "11:30", "15:00", "15:30"]


def test_first_free_slot_from_a_moment(uow_factory, uwimana, kitchen):
    book(uow_factory, uwimana, kitchen.visitor, 2026, 3, 3, 11, 0)
    found = scheduling.first_free(uow_factory(), DESK, local(2026, 3, 3, 11, 0))
    assert [s.starts_at.astimezone(KIGALI).strftime("%a %H:%M") for s in found[:3]] == [
        "Tue 11:30",
        "Tue 14:00",
        "Tue 14:30",
    ]


def test_second_booking_of_a_slot_names_the_next_free_ones(uow_factory, uwimana, kitchen):
    first = book(uow_factory, uwimana, kitchen.visitor, 2026, 3, 3, 10, 30)
    assert first.status == ConsultationStatus.BOOKED
    with pytest.raises(SlotTaken) as taken:
        book(uow_factory, uwimana, kitchen.patient, 2026, 3, 3, 10, 30)
    assert taken.value.message == (
        "Dr. Solange Uwimana is already booked at Tue 3 Mar 10:30 — next free: 11:00, 11:30, 14:00"
    )


@pytest.mark.parametrize(
    ("at", "message"),
    [
        ((2026, 3, 3, 12, 30), "does not consult at Tue 3 Mar 12:30"),
        ((2026, 3, 3, 13, 0), "does not consult"),
        ((2026, 3, 3, 14, 30), "is off at Tue 3 Mar 14:30 (Ward round)"),
        ((2026, 3, 2, 9, 0), "is in the past"),
    ],
)
def test_bookings_outside_the_calendar_are_refused(
    uow_factory, admin, uwimana, kitchen, at, message
):
    scheduling.add_time_off(
        uow_factory(),
        admin,
        uwimana,
        local(2026, 3, 3, 14, 0),
        local(2026, 3, 3, 15, 0),
        "Ward round",
    )
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        book(uow_factory, uwimana, kitchen.visitor, *at)


@pytest.fixture
def monday_mornings(uow_factory, admin, uwimana) -> int:
    """Dr. Uwimana consults on Mondays from 09:00 to 12:00 only."""
    scheduling.set_weekly_availability(
        uow_factory(), admin, uwimana, [Interval(0, time(9), time(12))]
    )
    return uwimana


@pytest.mark.parametrize(
    ("at", "message"),
    [
        ((8, 45), "Dr. Solange Uwimana does not consult at Mon 9 Mar 08:45"),
        ((9, 15), "Consultations with Dr. Solange Uwimana start on the hour and the half hour"),
        ((11, 45), "Consultations with Dr. Solange Uwimana start on the hour and the half hour"),
    ],
    ids=["before the hours", "between two slots", "too late to fit"],
)
def test_a_start_that_is_not_an_offered_slot_is_refused_naming_the_nearest_ones(
    uow_factory, monday_mornings, kitchen, at, message
):
    book(uow_factory, monday_mornings, kitchen.patient, 2026, 3, 9, 10, 0)
    with pytest.raises(ValidationError) as refused:
        book(uow_factory, monday_mornings, kitchen.visitor, 2026, 3, 9, *at)
    assert refused.value.message.startswith(message)
    nearest = {(8, 45): "09:00, 09:30", (9, 15): "09:00, 09:30", (11, 45): "11:00, 11:30"}[at]
    assert refused.value.message.endswith(f"— nearest free: {nearest}.")
    assert refused.value.field == "starts_at"
    monday = scheduling.week_slots(uow_factory(), DESK, [monday_mornings], date(2026, 3, 9), 1)
    assert [s.customer for s in monday if s.state == SlotState.BOOKED] == ["Jeanne Uwera"]


def test_one_nutritionist_cannot_hold_overlapping_consultations(
    uow_factory, monday_mornings, kitchen
):
    book(uow_factory, monday_mornings, kitchen.patient, 2026, 3, 9, 9, 0)
    for minute in (15, 20, 45):
        with pytest.raises(ValidationError, match="start on the hour and the half hour"):
            book(uow_factory, monday_mornings, kitchen.visitor, 2026, 3, 9, 9, minute)
    book(uow_factory, monday_mornings, kitchen.visitor, 2026, 3, 9, 9, 30)
    monday = scheduling.week_slots(uow_factory(), DESK, [monday_mornings], date(2026, 3, 9), 1)
    assert [(s.starts_at.astimezone(KIGALI).strftime("%H:%M"), s.customer) for s in monday][:3] == [
        ("09:00", "Jeanne Uwera"),
        ("09:30", "Eric Habimana"),
        ("10:00", ""),
    ]


def test_reschedule_only_to_an_offered_slot(uow_factory, monday_mornings, kitchen):
    booked = book(uow_factory, monday_mornings, kitchen.patient, 2026, 3, 9, 9, 0)
    for at in ((8, 45), (9, 15)):
        with pytest.raises(ValidationError, match="nearest free: 09:30, 10:00"):
            scheduling.reschedule(
                uow_factory(), DESK, booked.id, booked.version, local(2026, 3, 9, *at)
            )
    listed = scheduling.customer_consultations(uow_factory(), DESK, kitchen.patient)
    assert [c.starts_at for c in listed] == [local(2026, 3, 9, 9, 0)]


def test_unknown_customer_and_unknown_nutritionist(uow_factory, uwimana):
    with pytest.raises(NotFound, match="not registered"):
        book(uow_factory, uwimana, 999_999, 2026, 3, 3, 10, 0)
    with pytest.raises(NotFound, match="not on the staff list"):
        book(uow_factory, 999_999, 1, 2026, 3, 3, 10, 0)


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
        scheduling.set_weekly_availability(uow_factory(), admin, uwimana, intervals)


def test_only_the_nutritionist_or_an_admin_edits_a_schedule(uow_factory, admin, uwimana):
    with uow_factory() as uow:
        colleague = Staff(username="dr.other", full_name="Dr. Other", role=Role.NUTRITIONIST,
                          password_hash="x")  # fmt: skip
        uow.session.add(colleague)
        uow.commit()
    other = Actor(colleague.id, "dr.other", "Dr. Other", Role.NUTRITIONIST)
    with pytest.raises(PermissionDenied, match="Only the nutritionist themself"):
        scheduling.set_weekly_availability(uow_factory(), other, uwimana, [])
    me = Actor(uwimana, "dr.uwimana", "Dr. Solange Uwimana", Role.NUTRITIONIST)
    scheduling.set_weekly_availability(uow_factory(), me, uwimana, [Interval(0, time(9), time(10))])


def test_time_off_end_before_start_and_over_bookings(uow_factory, admin, uwimana, kitchen):
    with pytest.raises(ValidationError, match="end after it starts"):
        scheduling.add_time_off(
            uow_factory(), admin, uwimana, local(2026, 3, 3, 12, 0), local(2026, 3, 3, 10, 0)
        )
    book(uow_factory, uwimana, kitchen.visitor, 2026, 3, 3, 10, 0)
    with pytest.raises(Conflict, match="1 booked consultation"):
        scheduling.add_time_off(
            uow_factory(), admin, uwimana, local(2026, 3, 3, 0, 0), local(2026, 3, 4, 0, 0), "Sick"
        )


def test_reschedule_cancel_and_rebook(uow_factory, uwimana, kitchen):
    a = book(uow_factory, uwimana, kitchen.visitor, 2026, 3, 3, 10, 0)
    b = book(uow_factory, uwimana, kitchen.patient, 2026, 3, 3, 11, 0)
    with pytest.raises(SlotTaken):
        scheduling.reschedule(uow_factory(), DESK, b.id, b.version, local(2026, 3, 3, 10, 0))
    b = scheduling.reschedule(uow_factory(), DESK, b.id, b.version, local(2026, 3, 4, 9, 0))
    assert b.starts_at == local(2026, 3, 4, 9, 0)
    with pytest.raises(ValidationError, match="reason"):
        scheduling.cancel(uow_factory(), DESK, a.id, a.version, "")
    scheduling.cancel(uow_factory(), DESK, a.id, a.version, "Patient discharged")
    again = book(uow_factory, uwimana, kitchen.employee, 2026, 3, 3, 10, 0)
    assert again.customer == "Diane Mukamana"
    with pytest.raises(Conflict, match="changed at another desk"):
        scheduling.cancel(uow_factory(), DESK, a.id, a.version, "twice")


def test_completed_and_no_show_only_after_the_start(uow_factory, uwimana, kitchen, clock):
    c = book(uow_factory, uwimana, kitchen.visitor, 2026, 3, 3, 10, 0)
    with pytest.raises(ValidationError, match="has not started yet"):
        scheduling.mark(uow_factory(), DESK, c.id, c.version, ConsultationStatus.COMPLETED)
    clock.set_local(2026, 3, 3, 10, 40)
    done = scheduling.mark(uow_factory(), DESK, c.id, c.version, ConsultationStatus.COMPLETED)
    assert done.status == ConsultationStatus.COMPLETED
    week = scheduling.week_slots(uow_factory(), DESK, [uwimana], date(2026, 3, 3), 1)
    assert next(s for s in week if s.consultation_id == c.id).state == SlotState.COMPLETED


def test_meal_plan_life_and_the_order_screen_check(uow_factory, admin, uwimana, kitchen, clock):
    c = book(uow_factory, uwimana, kitchen.visitor, 2026, 3, 3, 8, 0)
    with pytest.raises(ValidationError, match="completed consultation"):
        scheduling.open_meal_plan(
            uow_factory(), admin, c.id, category=TherapeuticCategory.DIABETIC_FRIENDLY
        )
    clock.set_local(2026, 3, 3, 8, 40)
    c = scheduling.mark(uow_factory(), admin, c.id, c.version, ConsultationStatus.COMPLETED)
    with pytest.raises(ValidationError, match="between 500 and 6,000"):
        scheduling.open_meal_plan(
            uow_factory(), admin, c.id, category=TherapeuticCategory.KETO, daily_calories=100
        )
    plan = scheduling.open_meal_plan(
        uow_factory(),
        admin,
        c.id,
        category=TherapeuticCategory.DIABETIC_FRIENDLY,
        daily_calories=1800,
        forbidden=(DietTag.HIGH_SUGAR,),
        allowed=(DietTag.LOW_SUGAR,),
    )
    assert plan.status == MealPlanStatus.PENDING
    quote = pricing.quote(
        uow_factory(), admin, kitchen.visitor, [pricing.LineRequest(kitchen.juice, 1)]
    )
    assert quote.conflicts == ()
    plan = scheduling.move_meal_plan(
        uow_factory(), admin, plan.id, plan.version, MealPlanStatus.ACTIVE
    )
    quote = pricing.quote(
        uow_factory(), admin, kitchen.visitor, [pricing.LineRequest(kitchen.juice, 1)]
    )
    assert quote.conflicts == (
        "Passion juice is high sugar, which the active diabetic friendly meal plan forbids",
    )
    second = scheduling.open_meal_plan(
        uow_factory(), admin, c.id, category=TherapeuticCategory.KETO
    )
    with pytest.raises(Conflict, match="already has an active meal plan"):
        scheduling.move_meal_plan(
            uow_factory(), admin, second.id, second.version, MealPlanStatus.ACTIVE
        )
    scheduling.move_meal_plan(uow_factory(), admin, plan.id, plan.version, MealPlanStatus.COMPLETED)
    plans = scheduling.customer_meal_plans(uow_factory(), admin, kitchen.visitor)
    assert [p.status for p in plans] == [MealPlanStatus.PENDING, MealPlanStatus.COMPLETED]


def _race(work, attempts):
    barrier = threading.Barrier(attempts)
    results = []

    def run(n):
        barrier.wait()
        try:
            results.append(work(n))
        except Exception as error:
            results.append(error)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(attempts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_many_desks_racing_for_one_slot_exactly_one_wins(uow_factory, uwimana, kitchen):
    people = [kitchen.visitor, kitchen.patient, kitchen.employee]
    results = _race(lambda n: book(uow_factory, uwimana, people[n % 3], 2026, 3, 3, 9, 30), 8)
    won = [r for r in results if not isinstance(r, Exception)]
    assert len(won) == 1
    assert all(isinstance(r, SlotTaken) for r in results if isinstance(r, Exception)), results


def test_racing_reschedules_into_one_slot(uow_factory, uwimana, kitchen):
    booked = [
        book(uow_factory, uwimana, c, 2026, 3, 3, 8 + n, 0)
        for n, c in enumerate([kitchen.visitor, kitchen.patient, kitchen.employee])
    ]
    results = _race(
        lambda n: scheduling.reschedule(
            uow_factory(), DESK, booked[n].id, booked[n].version, local(2026, 3, 3, 15, 30)
        ),
        3,
    )
    assert sum(not isinstance(r, Exception) for r in results) == 1
    assert all(isinstance(r, SlotTaken) for r in results if isinstance(r, Exception)), results


def _staff(uow_factory, role: Role, username: str, name: str) -> Actor:
    with uow_factory() as uow:
        staff = Staff(username=username, full_name=name, role=role, password_hash="x")
        uow.session.add(staff)
        uow.commit()
        return Actor.from_staff(staff)


@pytest.fixture
def people(uow_factory, admin, uwimana):
    """Dr. Uwimana herself, a colleague nutritionist, and each of the other roles."""
    return {
        "her": _staff_actor(uow_factory, uwimana),
        "colleague": _staff(uow_factory, Role.NUTRITIONIST, "dr.keza", "Dr. Keza Ingabire"),
        "front desk": _staff(uow_factory, Role.FRONT_DESK, "desk.claudine", "Claudine Mukamana"),
        "manager": _staff(uow_factory, Role.MANAGER, "mgr.jean", "Jean Mugisha"),
        "support": _staff(uow_factory, Role.SUPPORT, "sup.alice", "Alice Uwase"),
        "admin": admin,
    }


def _staff_actor(uow_factory, staff_id: int) -> Actor:
    with uow_factory() as uow:
        return Actor.from_staff(uow.session.get(Staff, staff_id))


@pytest.mark.parametrize(
    ("who", "allowed"),
    [
        ("her", True),
        ("front desk", True),
        ("manager", True),
        ("admin", True),
        ("colleague", False),
        ("support", False),
    ],
)
def test_who_may_mark_a_consultation_completed_or_no_show(
    uow_factory, uwimana, kitchen, clock, people, who, allowed
):
    c = book(uow_factory, uwimana, kitchen.visitor, 2026, 3, 3, 10, 0)
    actor = people[who]
    if allowed:
        with pytest.raises(ValidationError, match="has not started yet"):
            scheduling.mark(uow_factory(), actor, c.id, c.version, ConsultationStatus.NO_SHOW)
    clock.set_local(2026, 3, 3, 10, 5)
    if allowed:
        done = scheduling.mark(uow_factory(), actor, c.id, c.version, ConsultationStatus.NO_SHOW)
        assert done.status == ConsultationStatus.NO_SHOW
    else:
        with pytest.raises(PermissionDenied, match=r"Dr\. Solange Uwimana"):
            scheduling.mark(uow_factory(), actor, c.id, c.version, ConsultationStatus.COMPLETED)
        listed = scheduling.customer_consultations(uow_factory(), people["admin"], kitchen.visitor)
        assert [x.status for x in listed] == [ConsultationStatus.BOOKED]
    assert scheduling.may_mark(actor, uwimana) is allowed  # what the calendar offers


def _completed(uow_factory, uwimana, kitchen, clock, *at):
    c = book(uow_factory, uwimana, kitchen.visitor, *at)
    clock.set_local(*at[:3], at[3] + 1, 0)
    return scheduling.mark(uow_factory(), DESK, c.id, c.version, ConsultationStatus.COMPLETED)


def test_only_the_plan_s_own_nutritionist_or_an_administrator_manages_a_meal_plan(
    uow_factory, uwimana, kitchen, clock, people
):
    her, colleague, admin = people["her"], people["colleague"], people["admin"]
    consultation = _completed(uow_factory, uwimana, kitchen, clock, 2026, 3, 3, 8, 0)
    keto = TherapeuticCategory.KETO
    with pytest.raises(PermissionDenied, match=r"Dr\. Solange Uwimana"):
        scheduling.open_meal_plan(uow_factory(), colleague, consultation.id, category=keto)
    for reader in (scheduling.nutritionist_plans, scheduling.completed_without_plan):
        with pytest.raises(PermissionDenied):
            reader(uow_factory(), colleague, uwimana)
    plan = scheduling.open_meal_plan(uow_factory(), her, consultation.id, category=keto)
    for to in (MealPlanStatus.ACTIVE, MealPlanStatus.CANCELLED):
        with pytest.raises(PermissionDenied, match=r"Dr\. Solange Uwimana"):
            scheduling.move_meal_plan(uow_factory(), colleague, plan.id, plan.version, to)
    plan = scheduling.move_meal_plan(
        uow_factory(), her, plan.id, plan.version, MealPlanStatus.ACTIVE
    )
    with pytest.raises(PermissionDenied):
        scheduling.move_meal_plan(
            uow_factory(), colleague, plan.id, plan.version, MealPlanStatus.COMPLETED
        )
    plan = scheduling.move_meal_plan(
        uow_factory(), admin, plan.id, plan.version, MealPlanStatus.COMPLETED
    )
    assert plan.status == MealPlanStatus.COMPLETED
    assert [p.id for p in scheduling.nutritionist_plans(uow_factory(), her, uwimana)] == [plan.id]
    assert scheduling.nutritionist_plans(uow_factory(), admin, uwimana)[0].id == plan.id
    assert scheduling.nutritionist_plans(uow_factory(), colleague, colleague.staff_id) == []
    second = scheduling.open_meal_plan(uow_factory(), admin, consultation.id, category=keto)
    assert second.nutritionist == "Dr. Solange Uwimana"
    for role in ("front desk", "manager", "support"):
        with pytest.raises(PermissionDenied):
            scheduling.move_meal_plan(
                uow_factory(), people[role], second.id, second.version, MealPlanStatus.ACTIVE
            )
