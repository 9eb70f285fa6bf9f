"""Consultations: booked only at offered slots, never two at once for one nutritionist (the
service and the database both refuse), moved, cancelled and marked by whom the rules allow."""

from __future__ import annotations

import threading
from datetime import date, time, timedelta

import pytest
from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError

from dusangire_desktop.models.scheduling import Consultation
from dusangire_desktop.services.changes import Area
from dusangire_desktop.services.errors import Conflict, NotFound, PermissionDenied, ValidationError
from dusangire_desktop.services.scheduling import availability, consultations
from dusangire_desktop.services.scheduling.common import (
    ConsultationStatus,
    Interval,
    SlotState,
    SlotTaken,
)
from dusangire_desktop.services.scheduling.slots import week_slots

from ...conftest import KIGALI
from ...races import race
from ...scheduling_world import DESK, book, local


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
    availability.add_time_off(
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
    availability.set_weekly_availability(
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
    monday = week_slots(uow_factory(), DESK, [monday_mornings], date(2026, 3, 9), 1)
    assert [s.customer for s in monday if s.state == SlotState.BOOKED] == ["Jeanne Uwera"]


def test_one_nutritionist_cannot_hold_overlapping_consultations(
    uow_factory, monday_mornings, kitchen
):
    book(uow_factory, monday_mornings, kitchen.patient, 2026, 3, 9, 9, 0)
    for minute in (15, 20, 45):
        with pytest.raises(ValidationError, match="start on the hour and the half hour"):
            book(uow_factory, monday_mornings, kitchen.visitor, 2026, 3, 9, 9, minute)
    book(uow_factory, monday_mornings, kitchen.visitor, 2026, 3, 9, 9, 30)
    monday = week_slots(uow_factory(), DESK, [monday_mornings], date(2026, 3, 9), 1)
    assert [(s.starts_at.astimezone(KIGALI).strftime("%H:%M"), s.customer) for s in monday][:3] == [
        ("09:00", "Jeanne Uwera"),
        ("09:30", "Eric Habimana"),
        ("10:00", ""),
    ]


def test_reschedule_only_to_an_offered_slot(uow_factory, monday_mornings, kitchen):
    booked = book(uow_factory, monday_mornings, kitchen.patient, 2026, 3, 9, 9, 0)
    for at in ((8, 45), (9, 15)):
        with pytest.raises(ValidationError, match="nearest free: 09:30, 10:00"):
            consultations.reschedule(
                uow_factory(), DESK, booked.id, booked.version, local(2026, 3, 9, *at)
            )
    listed = consultations.customer_consultations(uow_factory(), DESK, kitchen.patient)
    assert [c.starts_at for c in listed] == [local(2026, 3, 9, 9, 0)]


def test_unknown_customer_and_unknown_nutritionist(uow_factory, uwimana):
    with pytest.raises(NotFound, match="not registered"):
        book(uow_factory, uwimana, 999_999, 2026, 3, 3, 10, 0)
    with pytest.raises(NotFound, match="not on the staff list"):
        book(uow_factory, 999_999, 1, 2026, 3, 3, 10, 0)


def test_reschedule_cancel_and_rebook(uow_factory, uwimana, kitchen):
    a = book(uow_factory, uwimana, kitchen.visitor, 2026, 3, 3, 10, 0)
    b = book(uow_factory, uwimana, kitchen.patient, 2026, 3, 3, 11, 0)
    with pytest.raises(SlotTaken):
        consultations.reschedule(uow_factory(), DESK, b.id, b.version, local(2026, 3, 3, 10, 0))
    b = consultations.reschedule(uow_factory(), DESK, b.id, b.version, local(2026, 3, 4, 9, 0))
    assert b.starts_at == local(2026, 3, 4, 9, 0)
    with pytest.raises(ValidationError, match="reason"):
        consultations.cancel(uow_factory(), DESK, a.id, a.version, "")
    consultations.cancel(uow_factory(), DESK, a.id, a.version, "Patient discharged")
    again = book(uow_factory, uwimana, kitchen.employee, 2026, 3, 3, 10, 0)
    assert again.customer == "Diane Mukamana"
    with pytest.raises(Conflict, match="changed at another desk"):
        consultations.cancel(uow_factory(), DESK, a.id, a.version, "twice")


def test_completed_and_no_show_only_after_the_start(uow_factory, uwimana, kitchen, clock):
    c = book(uow_factory, uwimana, kitchen.visitor, 2026, 3, 3, 10, 0)
    with pytest.raises(ValidationError, match="has not started yet"):
        consultations.mark(uow_factory(), DESK, c.id, c.version, ConsultationStatus.COMPLETED)
    clock.set_local(2026, 3, 3, 10, 40)
    done = consultations.mark(uow_factory(), DESK, c.id, c.version, ConsultationStatus.COMPLETED)
    assert done.status == ConsultationStatus.COMPLETED
    week = week_slots(uow_factory(), DESK, [uwimana], date(2026, 3, 3), 1)
    assert next(s for s in week if s.consultation_id == c.id).state == SlotState.COMPLETED


def test_many_desks_racing_for_one_slot_exactly_one_wins(uow_factory, uwimana, kitchen):
    people = [kitchen.visitor, kitchen.patient, kitchen.employee]
    outcomes = race(lambda n: book(uow_factory, uwimana, people[n % 3], 2026, 3, 3, 9, 30),
                    range(8))  # fmt: skip
    assert sum(o.ok for o in outcomes) == 1
    assert all(isinstance(o.error, SlotTaken) for o in outcomes if not o.ok), outcomes


def test_racing_reschedules_into_one_slot(uow_factory, uwimana, kitchen):
    booked = [
        book(uow_factory, uwimana, c, 2026, 3, 3, 8 + n, 0)
        for n, c in enumerate([kitchen.visitor, kitchen.patient, kitchen.employee])
    ]
    outcomes = race(
        lambda c: consultations.reschedule(
            uow_factory(), DESK, c.id, c.version, local(2026, 3, 3, 15, 30)
        ),
        booked,
    )
    assert sum(o.ok for o in outcomes) == 1
    assert all(isinstance(o.error, SlotTaken) for o in outcomes if not o.ok), outcomes


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
            consultations.mark(uow_factory(), actor, c.id, c.version, ConsultationStatus.NO_SHOW)
    clock.set_local(2026, 3, 3, 10, 5)
    if allowed:
        done = consultations.mark(uow_factory(), actor, c.id, c.version, ConsultationStatus.NO_SHOW)
        assert done.status == ConsultationStatus.NO_SHOW
    else:
        with pytest.raises(PermissionDenied, match=r"Dr\. Solange Uwimana"):
            consultations.mark(uow_factory(), actor, c.id, c.version, ConsultationStatus.COMPLETED)
        listed = consultations.customer_consultations(
            uow_factory(), people["admin"], kitchen.visitor
        )
        assert [x.status for x in listed] == [ConsultationStatus.BOOKED]
    assert consultations.may_mark(actor, uwimana) is allowed  # what the calendar offers


def test_each_change_is_recorded_under_consultations_with_the_consultation_s_id(
    uow_factory, uwimana, kitchen, clock
):
    """Never the nutritionist's id: a screen re-reading consultation 7 must find consultation 7."""

    def recorded(work):  # type: ignore[no-untyped-def]
        uow = uow_factory()
        result = work(uow)
        assert [(c.area, c.ids) for c in uow.committed] == [(Area.CONSULTATIONS, {result.id})]
        return result

    first = recorded(lambda uow: consultations.book(
        uow, DESK, nutritionist_id=uwimana, customer_id=kitchen.visitor,
        starts_at=local(2026, 3, 3, 9, 0)))  # fmt: skip
    second = book(uow_factory, uwimana, kitchen.patient, 2026, 3, 3, 10, 0)
    assert first.id != uwimana or second.id != uwimana
    moved = recorded(lambda uow: consultations.reschedule(
        uow, DESK, first.id, first.version, local(2026, 3, 3, 11, 0)))  # fmt: skip
    recorded(lambda uow: consultations.cancel(uow, DESK, moved.id, moved.version, "Discharged"))
    clock.set_local(2026, 3, 3, 10, 10)
    recorded(lambda uow: consultations.mark(
        uow, DESK, second.id, second.version, ConsultationStatus.NO_SHOW))  # fmt: skip


def test_a_refused_booking_records_nothing(uow_factory, uwimana, kitchen):
    book(uow_factory, uwimana, kitchen.visitor, 2026, 3, 3, 9, 0)
    uow = uow_factory()
    with pytest.raises(SlotTaken):
        consultations.book(uow, DESK, nutritionist_id=uwimana, customer_id=kitchen.patient,
                           starts_at=local(2026, 3, 3, 9, 0))  # fmt: skip
    assert uow.committed == []


def test_a_stale_version_is_refused_and_nothing_changes(uow_factory, uwimana, kitchen):
    booked = book(uow_factory, uwimana, kitchen.visitor, 2026, 3, 3, 9, 0)
    consultations.reschedule(uow_factory(), DESK, booked.id, booked.version,
                             local(2026, 3, 3, 9, 30))  # fmt: skip
    with pytest.raises(Conflict, match="This consultation was changed at another desk"):
        consultations.cancel(uow_factory(), DESK, booked.id, booked.version, "Discharged")
    with pytest.raises(NotFound, match="That consultation does not exist"):
        consultations.cancel(uow_factory(), DESK, 999_999, 1, "Discharged")
    [listed] = consultations.customer_consultations(uow_factory(), DESK, kitchen.visitor)
    assert (listed.status, listed.starts_at) == (
        ConsultationStatus.BOOKED,
        local(2026, 3, 3, 9, 30),
    )


# The database itself keeps one nutritionist's active consultations from overlapping.

MINUTE = timedelta(minutes=1)
# What refuses each write: PostgreSQL's constraint(s), then the words of SQLite's refusal.
GRID = ({"ck_consultations_starts_on_the_half_hour"}, "ck_consultations_starts_on_the_half_hour")
# The unique index and the exclusion both cover a second booking of one start; either may answer.
SAME_START = (
    {"uq_consultation_slot", "ex_consultations_no_overlap"},
    "UNIQUE constraint failed: consultations.nutritionist_id",
)
LONGER = ({"ck_consultations_one_slot_long"}, "ck_consultations_one_slot_long")
STALE_END = ({"ck_consultations_ends_after_duration"}, "ck_consultations_ends_after_duration")


def _refused_by(error: IntegrityError, backend: str, expected: tuple[set[str], str]) -> bool:
    if backend == "postgresql":
        return error.orig.diag.constraint_name in expected[0]
    return expected[1] in str(error.orig)


def _write_around_the_service(uow_factory, statement) -> None:
    with uow_factory() as uow:
        uow.session.execute(statement)
        uow.commit()


def _raw_booking(nutritionist_id, customer_id, starts_at, minutes=30):
    return insert(Consultation).values(
        nutritionist_id=nutritionist_id,
        customer_id=customer_id,
        starts_at=starts_at,
        duration_minutes=minutes,
        ends_at=starts_at + minutes * MINUTE,
    )


@pytest.mark.parametrize(
    ("case", "refused_by"),
    [
        ("a quarter past, beside 09:00", GRID),
        ("09:00 again", SAME_START),
        ("an hour from 08:30, over 09:00", LONGER),
        ("10:00 moved to 09:15", GRID),
        ("10:00 moved to 10:30, its end left behind", STALE_END),
    ],
)
def test_writes_around_the_service_cannot_overlap_a_consultation(
    uow_factory,
    backend,
    uwimana,
    kitchen,
    case,
    refused_by,
):
    book(uow_factory, uwimana, kitchen.patient, 2026, 3, 3, 9, 0)
    later = book(uow_factory, uwimana, kitchen.employee, 2026, 3, 3, 10, 0)
    moved = update(Consultation).where(Consultation.id == later.id)
    statement = {
        "a quarter past, beside 09:00": _raw_booking(
            uwimana, kitchen.visitor, local(2026, 3, 3, 9, 15)
        ),
        "09:00 again": _raw_booking(uwimana, kitchen.visitor, local(2026, 3, 3, 9, 0)),
        "an hour from 08:30, over 09:00": _raw_booking(
            uwimana, kitchen.visitor, local(2026, 3, 3, 8, 30), minutes=60
        ),
        "10:00 moved to 09:15": moved.values(
            starts_at=local(2026, 3, 3, 9, 15), ends_at=local(2026, 3, 3, 9, 45)
        ),
        "10:00 moved to 10:30, its end left behind": moved.values(
            starts_at=local(2026, 3, 3, 10, 30)
        ),
    }[case]
    with pytest.raises(IntegrityError) as refused:
        _write_around_the_service(uow_factory, statement)
    assert _refused_by(refused.value, backend, refused_by), refused.value.orig
    with uow_factory() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Consultation)) == 2


def test_cancelled_consultations_leave_the_time_free_for_the_database(
    uow_factory,
    uwimana,
    kitchen,
):
    first = book(uow_factory, uwimana, kitchen.patient, 2026, 3, 3, 9, 0)
    consultations.cancel(uow_factory(), DESK, first.id, first.version, "Discharged")
    again = book(uow_factory, uwimana, kitchen.visitor, 2026, 3, 3, 9, 0)
    assert again.status == ConsultationStatus.BOOKED


@pytest.mark.parametrize("backend", ["postgresql"])
def test_desks_and_another_program_racing_for_one_half_hour_one_wins(
    uow_factory,
    uwimana,
    kitchen,
):
    """8 real threads on PostgreSQL: 4 desks book 09:00; another program writes 09:00 twice and
    09:15 twice around the service."""
    attempts = 8
    barrier = threading.Barrier(attempts)
    results: dict[int, object] = {}
    people = [kitchen.visitor, kitchen.patient, kitchen.employee]

    def attempt(n: int) -> object:
        if n < 4:
            return book(uow_factory, uwimana, people[n % 3], 2026, 3, 3, 9, 0)
        starts = local(2026, 3, 3, 9, 0) + (15 if n >= 6 else 0) * MINUTE
        _write_around_the_service(uow_factory, _raw_booking(uwimana, people[n % 3], starts))
        return starts

    def run(n: int) -> None:
        barrier.wait()
        try:
            results[n] = attempt(n)
        except Exception as error:
            results[n] = error

    threads = [threading.Thread(target=run, args=(n,)) for n in range(attempts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    won = [n for n, r in results.items() if not isinstance(r, Exception)]
    assert len(won) == 1 and won[0] < 6, results
    for n, result in results.items():
        if n < 4 and n not in won:
            assert isinstance(result, SlotTaken), result
            assert result.message == (
                "Dr. Solange Uwimana is already booked at Tue 3 Mar 09:00 — next free: "
                "09:30, 10:00, 10:30"
            )
        elif n not in won:
            assert isinstance(result, IntegrityError), result
            expected = GRID if n >= 6 else SAME_START
            assert _refused_by(result, "postgresql", expected), result.orig
    with uow_factory() as uow:
        active = uow.session.scalar(
            select(func.count())
            .select_from(Consultation)
            .where(Consultation.status != ConsultationStatus.CANCELLED)
        )
    assert active == 1


@pytest.mark.parametrize("who", ["her", "front desk", "manager", "admin", "colleague", "support"])
def test_a_slot_offers_exactly_the_actions_the_services_then_allow(
    uow_factory, uwimana, kitchen, clock, people, who
):
    from dusangire_desktop.services.scheduling.consultations import SlotAction, allowed_actions

    actor = people[who]
    booked = {
        action: book(uow_factory, uwimana, kitchen.visitor, 2026, 3, 3, 8 + n // 2, 30 * (n % 2))
        for n, action in enumerate(
            [SlotAction.RESCHEDULE, SlotAction.CANCEL, SlotAction.COMPLETED, SlotAction.NO_SHOW]
        )
    }

    def slots_now():
        return week_slots(uow_factory(), DESK, [uwimana], date(2026, 3, 3), 1)

    def offered(consultation_id):
        slot = next(s for s in slots_now() if s.consultation_id == consultation_id)
        return allowed_actions(actor, slot, clock.now)

    not_started = offered(booked[SlotAction.COMPLETED].id)
    assert SlotAction.COMPLETED not in not_started and SlotAction.NO_SHOW not in not_started
    clock.set_local(2026, 3, 3, 10, 5)
    free = [s for s in slots_now() if s.state == SlotState.FREE]

    def works(call):
        try:
            call()
        except (PermissionDenied, ValidationError):
            return False
        return True

    calls = {
        SlotAction.RESCHEDULE: lambda c: consultations.reschedule(
            uow_factory(), actor, c.id, c.version, free[0].starts_at
        ),
        SlotAction.CANCEL: lambda c: consultations.cancel(
            uow_factory(), actor, c.id, c.version, "Patient discharged"
        ),
        SlotAction.COMPLETED: lambda c: consultations.mark(
            uow_factory(), actor, c.id, c.version, ConsultationStatus.COMPLETED
        ),
        SlotAction.NO_SHOW: lambda c: consultations.mark(
            uow_factory(), actor, c.id, c.version, ConsultationStatus.NO_SHOW
        ),
    }
    for action, c in booked.items():
        is_offered = action in offered(c.id)
        assert is_offered == works(lambda c=c, action=action: calls[action](c)), action
    free_offered = allowed_actions(actor, free[1], clock.now) == [SlotAction.BOOK]
    assert free_offered == works(
        lambda: consultations.book(
            uow_factory(), actor, nutritionist_id=uwimana, customer_id=kitchen.patient,
            starts_at=free[1].starts_at,
        )
    )  # fmt: skip
    past = next(s for s in slots_now() if s.state == SlotState.PAST)
    assert allowed_actions(actor, past, clock.now) == []
