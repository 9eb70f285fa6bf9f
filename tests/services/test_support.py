"""Support tickets: life cycle with timestamps, first response, SLA overdue, no lost updates."""

from __future__ import annotations

import threading

import pytest

from dusangire_desktop.models.staff import Role, Staff
from dusangire_desktop.services import support
from dusangire_desktop.services.auth import Actor
from dusangire_desktop.services.errors import Conflict, PermissionDenied, ValidationError
from dusangire_desktop.services.support import TicketCategory, TicketPriority, TicketStatus

DESK = Actor(None, "desk", "Desk", Role.FRONT_DESK)


@pytest.fixture
def agents(uow_factory):
    with uow_factory() as uow:
        people = [
            Staff(username=f"support.{n}", full_name=name, role=Role.SUPPORT, password_hash="x")
            for n, name in enumerate(["Josiane Uwera", "Fabrice Rukundo"])
        ]
        uow.session.add_all(people)
        uow.commit()
        return [Actor(p.id, p.username, p.full_name, Role.SUPPORT) for p in people]


def ticket(uow_factory, priority=TicketPriority.HIGH, **extra):
    return support.create_ticket(
        uow_factory(),
        DESK,
        subject="Cold food delivered to ward",
        description="Lunch arrived cold",
        category=TicketCategory.DELIVERY,
        priority=priority,
        **extra,
    )


def test_walk_a_ticket_through_its_life(uow_factory, agents, clock):
    t = ticket(uow_factory)
    assert (t.number, t.status) == ("T-000001", TicketStatus.OPEN)
    josiane = agents[0]
    t = support.assign(uow_factory(), josiane, t.id, t.version, josiane.staff_id)
    support.comment(uow_factory(), josiane, t.id, "Checking with the kitchen", internal=True)
    assert support.detail(uow_factory(), josiane, t.id).ticket.first_response_at is None
    clock.advance(minutes=25)
    t = support.comment(uow_factory(), josiane, t.id, "Sorry — a fresh meal is on its way.")
    assert t.first_response_at == clock.now
    t = support.move(uow_factory(), josiane, t.id, t.version, TicketStatus.IN_PROGRESS)
    t = support.move(uow_factory(), josiane, t.id, t.version, TicketStatus.RESOLVED)
    t = support.move(uow_factory(), josiane, t.id, t.version, TicketStatus.CLOSED)
    with pytest.raises(ValidationError, match="reopen it first"):
        support.move(uow_factory(), josiane, t.id, t.version, TicketStatus.RESOLVED)
    t = support.move(uow_factory(), josiane, t.id, t.version, TicketStatus.OPEN, "Customer called")
    events = support.detail(uow_factory(), josiane, t.id).events
    assert [(e.old, e.new) for e in events] == [
        (None, "open"),
        ("open", "in_progress"),
        ("in_progress", "resolved"),
        ("resolved", "closed"),
        ("closed", "open"),
    ]


def test_bad_tickets(uow_factory, agents):
    with pytest.raises(ValidationError, match="subject") as error:
        support.create_ticket(
            uow_factory(),
            DESK,
            subject="  ",
            description="",
            category=TicketCategory.OTHER,
            priority=TicketPriority.LOW,
        )
    assert error.value.field == "subject"
    with pytest.raises(ValidationError, match="160"):
        support.create_ticket(
            uow_factory(),
            DESK,
            subject="x" * 161,
            description="",
            category=TicketCategory.OTHER,
            priority=TicketPriority.LOW,
        )
    with pytest.raises(ValidationError, match="no order D-999"):
        ticket(uow_factory, order_number="D-999")
    t = ticket(uow_factory)
    with pytest.raises(PermissionDenied):
        support.move(uow_factory(), DESK, t.id, t.version, TicketStatus.RESOLVED)
    with pytest.raises(ValidationError, match="Assign tickets to"):
        support.assign(uow_factory(), agents[0], t.id, t.version, 999)


def test_overdue_against_the_sla(uow_factory, agents, clock):
    urgent = ticket(uow_factory, TicketPriority.URGENT)
    low = ticket(uow_factory, TicketPriority.LOW)
    clock.advance(hours=2)
    overdue = support.queue(uow_factory(), agents[0], overdue_only=True)
    assert [t.id for t in overdue] == [urgent.id]
    assert low.id in [t.id for t in support.queue(uow_factory(), agents[0])]


def test_two_agents_at_once_never_lose_an_update(uow_factory, agents):
    t = ticket(uow_factory)
    barrier = threading.Barrier(2)
    results = []

    def agent(actor, priority):
        barrier.wait()
        try:
            results.append(support.set_priority(uow_factory(), actor, t.id, t.version, priority))
        except Exception as error:
            results.append(error)

    threads = [
        threading.Thread(target=agent, args=(agents[0], TicketPriority.URGENT)),
        threading.Thread(target=agent, args=(agents[1], TicketPriority.LOW)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    won = [r for r in results if not isinstance(r, Exception)]
    assert len(won) == 1
    assert all(isinstance(r, Conflict) for r in results if isinstance(r, Exception))
    now = support.detail(uow_factory(), agents[0], t.id).ticket
    assert now.priority == won[0].priority and now.version == t.version + 1
