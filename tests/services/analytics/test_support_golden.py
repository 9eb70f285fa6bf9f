"""Support figures on hand-worked tickets, including a reopened one (METRICS.md)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from dusangire_desktop.models.staff import Role, Staff
from dusangire_desktop.models.support import (
    SupportTicket,
    TicketCategory,
    TicketEvent,
    TicketPriority,
    TicketStatus,
)
from dusangire_desktop.services.analytics import support
from dusangire_desktop.services.analytics.periods import Period
from dusangire_desktop.services.analytics.report import support_report
from dusangire_desktop.services.auth import Actor

from ...conftest import KIGALI

FEBRUARY = Period(date(2026, 2, 1), date(2026, 3, 1))
AS_OF = datetime(2026, 3, 10, 12, 0, tzinfo=KIGALI)
P, S = TicketPriority, TicketStatus


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=KIGALI).astimezone(UTC)


@pytest.fixture
def tickets(uow_factory):
    with uow_factory() as uow:
        s = uow.session
        josiane = Staff(username="support.uwera", full_name="Josiane Uwera", role=Role.SUPPORT,
                        password_hash="x")  # fmt: skip
        fabrice = Staff(username="support.rukundo", full_name="Fabrice Rukundo",
                        role=Role.SUPPORT, password_hash="x")  # fmt: skip
        s.add_all([josiane, fabrice])
        s.flush()

        def ticket(number, priority, status, assignee, created, first, *events):
            t = SupportTicket(number=f"T-{number}", subject=f"Ticket {number}",
                              category=TicketCategory.ORDER, priority=priority, status=status,
                              assignee_id=assignee.id, created_at=created,
                              first_response_at=first)  # fmt: skip
            s.add(t)
            s.flush()
            previous = None
            for at, to in [(created, S.OPEN), *events]:
                s.add(TicketEvent(ticket_id=t.id, at=at, from_status=previous, to_status=to))
                previous = to

        ticket(
            1,
            P.URGENT,
            S.RESOLVED,
            josiane,
            local(2026, 2, 2, 10, 0),
            local(2026, 2, 2, 10, 30),
            (local(2026, 2, 2, 10, 30), S.IN_PROGRESS),
            (local(2026, 2, 2, 13, 0), S.RESOLVED),
        )
        ticket(
            2,
            P.HIGH,
            S.CLOSED,
            josiane,
            local(2026, 2, 5, 9, 0),
            local(2026, 2, 5, 12, 0),
            (local(2026, 2, 5, 19, 0), S.RESOLVED),
            (local(2026, 2, 6, 9, 0), S.CLOSED),
        )
        ticket(
            3,
            P.MEDIUM,
            S.RESOLVED,
            fabrice,
            local(2026, 2, 10, 8, 0),
            local(2026, 2, 10, 9, 0),
            (local(2026, 2, 10, 10, 0), S.RESOLVED),
            (local(2026, 2, 11, 8, 0), S.OPEN),
            (local(2026, 2, 11, 12, 0), S.RESOLVED),
        )
        ticket(4, P.LOW, S.OPEN, fabrice, local(2026, 2, 20, 8, 0), None)
        ticket(5, P.URGENT, S.OPEN, josiane, local(2026, 3, 10, 11, 30), None)
        ticket(6, P.MEDIUM, S.CLOSED, fabrice, local(2026, 1, 30, 10, 0), local(2026, 1, 30, 11, 0),
               (local(2026, 2, 1, 10, 0), S.CLOSED))  # fmt: skip
        uow.commit()


@pytest.fixture
def summary(uow_factory, tickets):
    manager = Actor(None, "manager", "Patrick Habimana", Role.MANAGER)
    return support.support_summary(uow_factory(), manager, FEBRUARY, AS_OF)


def test_status_snapshot_and_counts(summary):
    assert summary.status_counts == {S.OPEN: 2, S.IN_PROGRESS: 0, S.RESOLVED: 2, S.CLOSED: 2}
    assert (summary.backlog, summary.created, summary.resolved) == (2, 4, 4)


def test_resolution_uses_the_last_time_resolved_or_closed(summary):
    assert summary.resolution.count == 4
    assert summary.resolution.mean_minutes == Decimal(1335)
    assert summary.resolution.median_minutes == Decimal(1140)


def test_first_response(summary):
    assert (summary.first_response.mean_minutes, summary.first_response.median_minutes) == (
        Decimal(90), Decimal(60),
    )  # fmt: skip


def test_sla_breaches_by_priority(summary):
    first = {p: (r.met, r.breached) for p, r in summary.sla_first_response.items()}
    assert first == {P.URGENT: (1, 0), P.HIGH: (0, 1), P.MEDIUM: (1, 0), P.LOW: (0, 1)}
    resolution = {p: (r.met, r.breached) for p, r in summary.sla_resolution.items()}
    assert resolution == {P.URGENT: (1, 0), P.HIGH: (0, 1), P.MEDIUM: (0, 1), P.LOW: (0, 1)}
    assert summary.sla_resolution[P.HIGH].breach_rate == Decimal(1)


def test_staff_performance(summary):
    rows = [(s.name, s.resolved, s.resolution.mean_minutes, s.resolution.median_minutes,
             s.median_first_response_minutes, s.resolution_breach_rate, s.open_backlog)
            for s in summary.staff]  # fmt: skip
    assert rows == [
        ("Fabrice Rukundo", 2, Decimal(2280), Decimal(2280), Decimal(60), Decimal(1), 1),
        ("Josiane Uwera", 2, Decimal(390), Decimal(390), Decimal(105), Decimal("0.5"), 1),
    ]


def test_priority_distribution(summary):
    assert summary.created_by_priority == {P.LOW: 1, P.MEDIUM: 1, P.HIGH: 1, P.URGENT: 1}
    assert summary.created_share(P.URGENT) == Decimal("0.25")
    assert summary.backlog_by_priority == {P.LOW: 1, P.MEDIUM: 0, P.HIGH: 0, P.URGENT: 1}


MARCH = Period(date(2026, 3, 1), date(2026, 4, 1))


@pytest.fixture
def march_tickets(uow_factory):
    """Josiane's and Fabrice's tickets, month to date at 10 March 12:00 (due = created + target).

    Josiane: A high, 2 Mar 09:00, resolved 12:00 (due 17:00) -> met;
             E urgent, 5 Mar 10:00, resolved 12:00 (due 14:00) -> met;
             B medium, 3 Mar 08:00, still open (due 4 Mar 08:00) -> breached;
             C low, 9 Mar 09:00, in progress (due 12 Mar 09:00) -> not yet due, left out;
             D medium, 28 Feb 20:00 (February), resolved 1 Mar 09:00 -> resolved in March,
               but not created in it, so not in March's breach rate.
             Breach rate 1 / (2 + 1); resolved in March: A, E, D; open now: B, C.
    Fabrice: F high, 6 Mar 08:00, still open (due 16:00) -> breached. Rate 1 / 1, nothing resolved.
    """
    with uow_factory() as uow:
        s = uow.session
        josiane = Staff(username="support.uwera", full_name="Josiane Uwera", role=Role.SUPPORT,
                        password_hash="x")  # fmt: skip
        fabrice = Staff(username="support.rukundo", full_name="Fabrice Rukundo",
                        role=Role.SUPPORT, password_hash="x")  # fmt: skip
        s.add_all([josiane, fabrice])
        s.flush()

        def ticket(number, priority, assignee, created, resolved=None, status=S.OPEN):
            t = SupportTicket(number=f"T-{number}", subject=f"Ticket {number}",
                              category=TicketCategory.ORDER, priority=priority,
                              status=S.RESOLVED if resolved else status, assignee_id=assignee.id,
                              created_at=created, first_response_at=resolved)  # fmt: skip
            s.add(t)
            s.flush()
            s.add(TicketEvent(ticket_id=t.id, at=created, from_status=None, to_status=S.OPEN))
            if status != S.OPEN:
                s.add(TicketEvent(ticket_id=t.id, at=created, from_status=S.OPEN, to_status=status))
            if resolved:
                s.add(TicketEvent(ticket_id=t.id, at=resolved, from_status=S.OPEN,
                                  to_status=S.RESOLVED))  # fmt: skip

        ticket("A", P.HIGH, josiane, local(2026, 3, 2, 9, 0), local(2026, 3, 2, 12, 0))
        ticket("E", P.URGENT, josiane, local(2026, 3, 5, 10, 0), local(2026, 3, 5, 12, 0))
        ticket("B", P.MEDIUM, josiane, local(2026, 3, 3, 8, 0))
        ticket("C", P.LOW, josiane, local(2026, 3, 9, 9, 0), status=S.IN_PROGRESS)
        ticket("D", P.MEDIUM, josiane, local(2026, 2, 28, 20, 0), local(2026, 3, 1, 9, 0))
        ticket("F", P.HIGH, fabrice, local(2026, 3, 6, 8, 0))
        uow.commit()


def test_an_agents_overdue_open_tickets_count_against_their_resolution_sla(
    uow_factory, march_tickets
):
    manager = Actor(None, "manager", "Patrick Habimana", Role.MANAGER)
    summary = support.support_summary(uow_factory(), manager, MARCH, AS_OF)
    rows = [(s.name, s.resolved, s.resolution_breach_rate, s.open_backlog) for s in summary.staff]
    assert rows == [
        ("Fabrice Rukundo", 0, Decimal(1), 1),
        ("Josiane Uwera", 3, Decimal(1) / Decimal(3), 2),
    ]
    report = support_report(uow_factory(), manager, MARCH, AS_OF)
    assert [(r["name"], r["resolution_breach_rate"]) for r in report["staff"]] == [
        ("Fabrice Rukundo", 1.0),
        ("Josiane Uwera", 0.333333),
    ]
