"""The database itself keeps one nutritionist's active consultations from overlapping."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError

from dusangire_desktop.models.scheduling import Consultation, ConsultationStatus
from dusangire_desktop.services import scheduling
from dusangire_desktop.services.scheduling import SlotTaken

from .test_scheduling import DESK, book, local, uwimana  # noqa: F401  (fixture)

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
    uwimana,  # noqa: F811
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
    uwimana,  # noqa: F811
    kitchen,
):
    first = book(uow_factory, uwimana, kitchen.patient, 2026, 3, 3, 9, 0)
    scheduling.cancel(uow_factory(), DESK, first.id, first.version, "Discharged")
    again = book(uow_factory, uwimana, kitchen.visitor, 2026, 3, 3, 9, 0)
    assert again.status == ConsultationStatus.BOOKED


@pytest.mark.parametrize("backend", ["postgresql"])
def test_desks_and_another_program_racing_for_one_half_hour_one_wins(
    uow_factory,
    uwimana,  # noqa: F811
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
