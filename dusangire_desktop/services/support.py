"""Support tickets: create, assign, prioritise, move through statuses, comment; the queue.

Every write records `Area.TICKETS` with the id of the ticket it changed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..models.customers import Customer
from ..models.orders import Order
from ..models.staff import Role, Staff
from ..models.support import (
    SupportTicket,
    TicketCategory,
    TicketComment,
    TicketEvent,
    TicketPriority,
    TicketStatus,
)
from . import audit
from .analytics.support import DEFAULT_SLA
from .auth import Actor, Permission
from .changes import Area
from .errors import NotFound, ValidationError
from .messages import QT_TRANSLATE_NOOP, Text
from .records import load_current
from .textsearch import contains, search_text
from .uow import UnitOfWork

__all__ = ["TicketCategory", "TicketPriority", "TicketStatus"]

MOVES = {
    TicketStatus.OPEN: {TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED},
    TicketStatus.IN_PROGRESS: {TicketStatus.RESOLVED, TicketStatus.OPEN},
    TicketStatus.RESOLVED: {TicketStatus.CLOSED, TicketStatus.OPEN},
    TicketStatus.CLOSED: {TicketStatus.OPEN},
}
ASSIGNABLE = (Role.SUPPORT, Role.MANAGER, Role.ADMIN)


@dataclass(frozen=True)
class TicketView:
    id: int
    number: str
    subject: str
    category: TicketCategory
    priority: TicketPriority
    status: TicketStatus
    customer: str | None
    order_number: str | None
    assignee_id: int | None
    assignee: str | None
    created_at: datetime
    first_response_at: datetime | None
    first_response_due: datetime
    resolution_due: datetime
    overdue: bool
    version: int


@dataclass(frozen=True)
class CommentView:
    author: str
    body: str
    is_internal: bool
    created_at: datetime


@dataclass(frozen=True)
class EventView:
    """A change of status: from what (None when the ticket was created) to what, by whom."""

    at: datetime
    old: TicketStatus | None
    new: TicketStatus
    who: str


@dataclass(frozen=True)
class TicketDetail:
    ticket: TicketView
    description: str
    comments: tuple[CommentView, ...]
    events: tuple[EventView, ...]


@dataclass(frozen=True)
class StaffChoice:
    """Someone a ticket can be assigned to."""

    id: int
    name: str


def _view(session: Session, t: SupportTicket, now: datetime) -> TicketView:
    first_target, resolution_target = DEFAULT_SLA[t.priority]
    first_due, resolution_due = t.created_at + first_target, t.created_at + resolution_target
    unfinished = t.status in (TicketStatus.OPEN, TicketStatus.IN_PROGRESS)
    overdue = unfinished and (
        now > resolution_due or (t.first_response_at is None and now > first_due)
    )
    customer = session.get(Customer, t.customer_id) if t.customer_id else None
    order = session.get(Order, t.order_id) if t.order_id else None
    assignee = session.get(Staff, t.assignee_id) if t.assignee_id else None
    return TicketView(
        t.id,
        t.number,
        t.subject,
        t.category,
        t.priority,
        t.status,
        customer.full_name if customer else None,
        order.number if order else None,
        t.assignee_id,
        assignee.full_name if assignee else None,
        t.created_at,
        t.first_response_at,
        first_due,
        resolution_due,
        overdue,
        t.version,
    )


def _event(
    session: Session,
    ticket: SupportTicket,
    actor: Actor,
    at: datetime,
    old: TicketStatus | None,
    new: TicketStatus,
    note: str = "",
) -> None:
    session.add(
        TicketEvent(
            ticket_id=ticket.id,
            at=at,
            actor_id=actor.staff_id,
            from_status=old,
            to_status=new,
            note=note[:200],
        )
    )


def create_ticket(
    uow: UnitOfWork,
    actor: Actor,
    *,
    subject: str,
    description: str,
    category: TicketCategory,
    priority: TicketPriority,
    customer_id: int | None = None,
    order_number: str = "",
) -> TicketView:
    subject = " ".join(subject.split())
    if not subject:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give the ticket a subject."), field="subject"
        )
    if len(subject) > 160:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The subject may have at most 160 characters."),
            field="subject",
        )
    if len(description) > 5000:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The description may have at most 5,000 characters."),
            field="description",
        )
    with uow:
        actor = uow.authorize(actor, Permission.CREATE_TICKETS)
        now = uow.now()
        if customer_id is not None and uow.session.get(Customer, customer_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That customer is not registered."))
        order_id = None
        if order_number.strip():
            order = uow.session.scalar(
                select(Order).where(func.upper(Order.number) == order_number.strip().upper())
            )
            if order is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "There is no order {number}."),
                    field="order_number",
                    number=order_number.strip(),
                )
            order_id = order.id
            customer_id = customer_id or order.customer_id
        ticket = SupportTicket(
            number=f"tmp-{uuid.uuid4().hex[:12]}",
            subject=subject,
            description=description.strip(),
            category=TicketCategory(category),
            priority=TicketPriority(priority),
            customer_id=customer_id,
            order_id=order_id,
            created_by_id=actor.staff_id,
            created_at=now,
            updated_at=now,
        )
        uow.session.add(ticket)
        uow.flush()
        ticket.number = f"T-{ticket.id:06d}"
        _event(uow.session, ticket, actor, now, None, TicketStatus.OPEN)
        audit.record(
            uow.session,
            actor,
            "ticket_created",
            "ticket",
            ticket.id,
            priority=ticket.priority.value,
        )
        uow.record(Area.TICKETS, [ticket.id])
        uow.commit()
        return _view(uow.session, ticket, now)


def _locked(uow: UnitOfWork, ticket_id: int, version: int) -> SupportTicket:
    return load_current(
        uow,
        SupportTicket,
        ticket_id,
        version,
        missing=QT_TRANSLATE_NOOP("errors", "That ticket does not exist."),
        what=lambda ticket: Text(
            QT_TRANSLATE_NOOP("errors", "Ticket {number}"), number=ticket.number
        ),
    )


def assign(
    uow: UnitOfWork, actor: Actor, ticket_id: int, version: int, staff_id: int | None
) -> TicketView:
    with uow:
        actor = uow.authorize(actor, Permission.WORK_TICKETS)
        t = _locked(uow, ticket_id, version)
        if staff_id is not None:
            staff = uow.session.get(Staff, staff_id)
            if staff is None or not staff.is_active or staff.role not in ASSIGNABLE:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Assign tickets to active support staff, managers or administrators.",
                    ),
                    field="assignee",
                )
        t.assignee_id, t.updated_at = staff_id, uow.now()
        audit.record(uow.session, actor, "ticket_assigned", "ticket", t.id, assignee=staff_id)
        uow.record(Area.TICKETS, [t.id])
        uow.commit()
        return _view(uow.session, t, uow.now())


def set_priority(
    uow: UnitOfWork, actor: Actor, ticket_id: int, version: int, priority: TicketPriority
) -> TicketView:
    with uow:
        actor = uow.authorize(actor, Permission.WORK_TICKETS)
        t = _locked(uow, ticket_id, version)
        old = t.priority
        t.priority, t.updated_at = TicketPriority(priority), uow.now()
        audit.record(
            uow.session,
            actor,
            "ticket_priority",
            "ticket",
            t.id,
            old=old.value,
            new=t.priority.value,
        )
        uow.record(Area.TICKETS, [t.id])
        uow.commit()
        return _view(uow.session, t, uow.now())


def move(
    uow: UnitOfWork, actor: Actor, ticket_id: int, version: int, to: TicketStatus, note: str = ""
) -> TicketView:
    """open → in progress → resolved → closed; reopening goes back to open."""
    with uow:
        actor = uow.authorize(actor, Permission.WORK_TICKETS)
        t = _locked(uow, ticket_id, version)
        to = TicketStatus(to)
        if to not in MOVES[t.status]:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "{number} is {status}; it cannot be set to {to} — reopen it first."
                )
                if t.status == TicketStatus.CLOSED
                else QT_TRANSLATE_NOOP("errors", "{number} is {status}; it cannot be set to {to}."),
                number=t.number,
                status=t.status,
                to=to,
            )
        now = uow.now()
        old, t.status, t.updated_at = t.status, to, now
        if to == TicketStatus.RESOLVED:
            t.resolved_at = now
        elif to == TicketStatus.CLOSED:
            t.closed_at = now
        elif to == TicketStatus.OPEN:
            t.resolved_at = t.closed_at = None
        _event(uow.session, t, actor, now, old, to, note)
        audit.record(
            uow.session, actor, "ticket_status", "ticket", t.id, old=old.value, new=to.value
        )
        uow.record(Area.TICKETS, [t.id])
        uow.commit()
        return _view(uow.session, t, now)


def comment(
    uow: UnitOfWork, actor: Actor, ticket_id: int, body: str, internal: bool = False
) -> TicketView:
    """A reply visible to the customer from support staff stamps the first response time."""
    body = body.strip()
    if not body:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Write the comment first."), field="body")
    if len(body) > 5000:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A comment may have at most 5,000 characters."),
            field="body",
        )
    with uow:
        actor = uow.authorize(actor, Permission.CREATE_TICKETS)
        t = uow.session.get(SupportTicket, ticket_id, with_for_update=True)
        if t is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That ticket does not exist."))
        now = uow.now()
        uow.session.add(
            TicketComment(
                ticket_id=t.id,
                author_id=actor.staff_id,
                body=body,
                is_internal=internal,
                created_at=now,
            )
        )
        if not internal and actor.can(Permission.WORK_TICKETS) and t.first_response_at is None:
            t.first_response_at = now
        t.updated_at = now
        uow.record(Area.TICKETS, [t.id])
        uow.commit()
        return _view(uow.session, t, now)


def detail(uow: UnitOfWork, actor: Actor, ticket_id: int) -> TicketDetail:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.CREATE_TICKETS)
        t = uow.session.get(SupportTicket, ticket_id)
        if t is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That ticket does not exist."))
        names: dict[int | None, str] = {
            staff_id: name
            for staff_id, name in uow.session.execute(select(Staff.id, Staff.full_name))
        }
        comments = tuple(
            CommentView(names.get(c.author_id, "command line"), c.body, c.is_internal, c.created_at)
            for c in uow.session.scalars(
                select(TicketComment)
                .where(TicketComment.ticket_id == t.id)
                .order_by(TicketComment.id)
            )
        )
        events = tuple(
            EventView(e.at, e.from_status, e.to_status, names.get(e.actor_id, "command line"))
            for e in uow.session.scalars(
                select(TicketEvent).where(TicketEvent.ticket_id == t.id).order_by(TicketEvent.id)
            )
        )
        return TicketDetail(_view(uow.session, t, uow.now()), t.description, comments, events)


def queue(
    uow: UnitOfWork,
    actor: Actor,
    *,
    statuses: tuple[TicketStatus, ...] = (),
    priorities: tuple[TicketPriority, ...] = (),
    assignee_id: int | None = None,
    unassigned: bool = False,
    overdue_only: bool = False,
    search: str = "",
) -> list[TicketView]:
    """Newest first; `search` is looked for in the subject and the ticket number (case and accents
    folded, see `textsearch`)."""
    search = search_text(search)
    query = select(SupportTicket).order_by(SupportTicket.created_at.desc()).limit(1000)
    if statuses:
        query = query.where(SupportTicket.status.in_(statuses))
    if priorities:
        query = query.where(SupportTicket.priority.in_(priorities))
    if assignee_id is not None:
        query = query.where(SupportTicket.assignee_id == assignee_id)
    if unassigned:
        query = query.where(SupportTicket.assignee_id.is_(None))
    if search:
        query = query.where(
            or_(
                contains(SupportTicket.subject.expression, search),
                contains(SupportTicket.number.expression, search),
            )
        )
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.CREATE_TICKETS)
        now = uow.now()
        views = [_view(uow.session, t, now) for t in uow.session.scalars(query)]
    return [v for v in views if v.overdue] if overdue_only else views


def support_staff(uow: UnitOfWork, actor: Actor) -> list[StaffChoice]:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.CREATE_TICKETS)
        return [
            StaffChoice(staff_id, name)
            for staff_id, name in uow.session.execute(
                select(Staff.id, Staff.full_name)
                .where(Staff.role.in_(ASSIGNABLE), Staff.is_active)
                .order_by(Staff.full_name)
            )
        ]
