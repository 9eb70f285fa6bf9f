"""Nutritionist figures on a hand-worked March, with time off and a booking at 00:30 local."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal

import pytest

from dusangire_desktop.models.customers import Customer, CustomerKind
from dusangire_desktop.models.scheduling import (
    Consultation,
    ConsultationStatus,
    MealPlan,
    MealPlanStatus,
    TimeOff,
)
from dusangire_desktop.models.staff import Role, Staff
from dusangire_desktop.models.subscriptions import TherapeuticCategory
from dusangire_desktop.services import scheduling
from dusangire_desktop.services.analytics import nutrition
from dusangire_desktop.services.analytics.periods import Period
from dusangire_desktop.services.auth import Actor
from dusangire_desktop.services.errors import PermissionDenied
from dusangire_desktop.services.scheduling import Interval

from ...conftest import KIGALI

MARCH = Period(date(2026, 3, 1), date(2026, 4, 1))
AS_OF = datetime(2026, 3, 20, 12, 0, tzinfo=KIGALI)
S = ConsultationStatus


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=KIGALI).astimezone(UTC)


@pytest.fixture
def week(uow_factory, admin):
    with uow_factory() as uow:
        s = uow.session
        staff = Staff(
            username="dr.kamanzi",
            full_name="Dr. Olivier Kamanzi",
            role=Role.NUTRITIONIST,
            password_hash="x",
        )
        s.add(staff)
        people = {
            n: Customer(reference=f"C-{n}", kind=CustomerKind.VISITOR, full_name=f"Client {n}")
            for n in "ABCDEFGH"
        }
        s.add_all(people.values())
        s.flush()
        nid, ids = staff.id, {n: c.id for n, c in people.items()}
        uow.commit()
    scheduling.set_weekly_availability(
        uow_factory(), admin, nid, [Interval(6, time(0), time(1)), Interval(0, time(8), time(10))]
    )
    with uow_factory() as uow:
        s = uow.session
        s.add(
            TimeOff(
                nutritionist_id=nid,
                starts_at=local(2026, 3, 9, 8, 0),
                ends_at=local(2026, 3, 9, 9, 0),
                reason="Training",
            )
        )

        def consult(who, at, status):
            s.add(
                Consultation(nutritionist_id=nid, customer_id=ids[who], starts_at=at, status=status)
            )

        consult("A", local(2026, 3, 1, 0, 30), S.COMPLETED)  # 28 Feb 22:30 UTC: March
        consult("B", local(2026, 3, 2, 8, 0), S.NO_SHOW)
        consult("C", local(2026, 3, 2, 8, 30), S.COMPLETED)
        consult("D", local(2026, 3, 16, 9, 0), S.BOOKED)  # past, never marked
        consult("E", local(2026, 3, 23, 8, 0), S.BOOKED)  # upcoming
        consult("F", local(2026, 3, 23, 8, 30), S.CANCELLED)
        consult("G", local(2026, 2, 28, 23, 30), S.COMPLETED)  # February
        consult("B", local(2026, 3, 20, 8, 0), S.COMPLETED)  # today
        s.add_all(
            [
                MealPlan(
                    customer_id=ids["H"],
                    nutritionist_id=nid,
                    status=MealPlanStatus.ACTIVE,
                    category=TherapeuticCategory.RENAL,
                    created_at=local(2026, 2, 1, 9, 0),
                ),
                MealPlan(
                    customer_id=ids["A"],
                    nutritionist_id=nid,
                    status=MealPlanStatus.PENDING,
                    category=TherapeuticCategory.KETO,
                    created_at=local(2026, 3, 5, 10, 0),
                ),
                MealPlan(
                    customer_id=ids["C"],
                    nutritionist_id=nid,
                    status=MealPlanStatus.PENDING,
                    category=TherapeuticCategory.DETOX,
                    created_at=local(2026, 3, 10, 10, 0),
                ),
            ]
        )
        uow.commit()
    return nid


@pytest.fixture
def summary(uow_factory, admin, week):
    return nutrition.nutrition_summary(uow_factory(), admin, week, MARCH, AS_OF)


def test_slots_and_utilization(summary):
    # 5 Sundays × 2 + 5 Mondays × 4 − 2 slots of time off = 28; 5 of them hold a consultation.
    assert (summary.available_slots, summary.used_slots) == (28, 5)
    assert summary.utilization == Decimal(5) / 28


def test_no_shows_among_consultations_already_started(summary):
    assert (summary.completed, summary.no_shows, summary.unmarked) == (3, 1, 1)
    assert summary.no_show_rate == Decimal("0.25")


def test_consultations_this_month(summary):
    assert summary.consultations_this_month == 5
    assert (summary.month_no_shows, summary.month_cancelled) == (1, 1)


def test_clients_plans_and_today(summary):
    assert summary.active_clients == 6
    assert (summary.pending_plans, summary.oldest_pending_days) == (2, 15)
    assert [(e.customer, e.status) for e in summary.today] == [("Client B", S.COMPLETED)]


def test_a_nutritionist_sees_only_their_own(uow_factory, week):
    with uow_factory() as uow:
        colleague = Staff(username="dr.x", full_name="Dr. X", role=Role.NUTRITIONIST,
                          password_hash="x")  # fmt: skip
        uow.session.add(colleague)
        uow.commit()
    other = Actor(colleague.id, "dr.x", "Dr. X", Role.NUTRITIONIST)
    with pytest.raises(PermissionDenied, match="own"):
        nutrition.nutrition_summary(uow_factory(), other, week, MARCH, AS_OF)
    me = Actor(week, "dr.kamanzi", "Dr. Olivier Kamanzi", Role.NUTRITIONIST)
    assert nutrition.nutrition_summary(uow_factory(), me, week, MARCH, AS_OF).used_slots == 5


def test_report_command_for_nutritionists(database_url, week, capsys):
    import json

    from dusangire_desktop import cli

    args = ["--database", database_url, "report", "nutrition", "--from", "2026-03-01",
            "--to", "2026-04-01", "--as-of", "2026-03-20T12:00:00+02:00"]  # fmt: skip
    assert cli.main(args) == 0
    [block] = json.loads(capsys.readouterr().out)["nutritionists"]
    assert block["nutritionist"] == "Dr. Olivier Kamanzi"
    assert (block["available_slots"], block["used_slots"], block["no_show_rate"]) == (28, 5, 0.25)
    assert (block["active_clients"], block["pending_plans"]) == (6, 2)
