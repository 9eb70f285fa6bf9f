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
