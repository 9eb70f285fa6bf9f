"""Support figures: status snapshot, resolution and first-response times, SLA, staff, priority."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ...models.staff import Staff
from ...models.support import SupportTicket, TicketEvent, TicketPriority, TicketStatus

__all__ = ["TicketPriority", "TicketStatus", "support_summary"]
from ..auth import Actor, Permission
from ..uow import UnitOfWork
from .periods import Period, ratio, require_aware

Sla = dict[TicketPriority, tuple[timedelta, timedelta]]
# METRICS.md defaults: (first response, resolution) per priority.
DEFAULT_SLA: Sla = {
    TicketPriority.URGENT: (timedelta(hours=1), timedelta(hours=4)),
    TicketPriority.HIGH: (timedelta(hours=2), timedelta(hours=8)),
    TicketPriority.MEDIUM: (timedelta(hours=4), timedelta(hours=24)),
    TicketPriority.LOW: (timedelta(hours=8), timedelta(hours=72)),
}
OPEN_STATUSES = (TicketStatus.OPEN, TicketStatus.IN_PROGRESS)


@dataclass(frozen=True)
class Durations:
    """Minutes, as Decimal; None when no ticket qualifies."""

    count: int
    mean_minutes: Decimal | None
    median_minutes: Decimal | None

    @classmethod
    def of(cls, minutes: list[Decimal]) -> Durations:
        if not minutes:
            return cls(0, None, None)
        return cls(
            len(minutes), sum(minutes, Decimal(0)) / len(minutes), statistics.median(minutes)
        )


@dataclass(frozen=True)
class SlaRate:
    met: int
    breached: int

    @property
    def breach_rate(self) -> Decimal | None:
        return ratio(self.breached, self.met + self.breached)


@dataclass(frozen=True)
class StaffPerformance:
    staff_id: int
    name: str
    resolved: int
    resolution: Durations
    median_first_response_minutes: Decimal | None
    resolution_breach_rate: Decimal | None
    open_backlog: int


@dataclass(frozen=True)
class SupportSummary:
    period: Period
    as_of: datetime
    status_counts: dict[TicketStatus, int]
    backlog: int
    created: int
    resolved: int
    resolution: Durations
    first_response: Durations
    sla_first_response: dict[TicketPriority, SlaRate]
    sla_resolution: dict[TicketPriority, SlaRate]
    staff: list[StaffPerformance]
    created_by_priority: dict[TicketPriority, int]
    backlog_by_priority: dict[TicketPriority, int]

    def created_share(self, priority: TicketPriority) -> Decimal | None:
        return ratio(self.created_by_priority[priority], self.created)


def _minutes(delta: timedelta) -> Decimal:
    return Decimal(int(delta.total_seconds())) / 60


@dataclass(frozen=True)
class _Ticket:
    id: int
    priority: TicketPriority
    status: TicketStatus
    assignee_id: int | None
    created_at: datetime
    first_response_at: datetime | None
    done_at: datetime | None


def _tickets(session: Session, as_of: datetime) -> list[_Ticket]:
    """Every ticket created before as_of with the moment it last entered resolved (else closed)."""
    last = (
        select(
            TicketEvent.ticket_id,
            func.max(case((TicketEvent.to_status == TicketStatus.RESOLVED, TicketEvent.at))).label(
                "resolved_at"
            ),
            func.max(case((TicketEvent.to_status == TicketStatus.CLOSED, TicketEvent.at))).label(
                "closed_at"
            ),
        )
        .where(TicketEvent.at < as_of)
        .group_by(TicketEvent.ticket_id)
        .subquery()
    )
    rows = session.execute(
        select(
            SupportTicket.id,
            SupportTicket.priority,
            SupportTicket.status,
            SupportTicket.assignee_id,
            SupportTicket.created_at,
            SupportTicket.first_response_at,
            last.c.resolved_at,
            last.c.closed_at,
        )
        .outerjoin(last, last.c.ticket_id == SupportTicket.id)
        .where(SupportTicket.created_at < as_of)
    )
    tickets = []
    for tid, priority, status, assignee, created, first, resolved_at, closed_at in rows:
        done = None
        if status in (TicketStatus.RESOLVED, TicketStatus.CLOSED):
            done = resolved_at or closed_at
        first = first if first is not None and first < as_of else None
        tickets.append(_Ticket(tid, priority, status, assignee, created, first, done))
    return tickets


def _sla(
    tickets: list[_Ticket], as_of: datetime, which: int, sla: Sla
) -> dict[TicketPriority, SlaRate]:
    met: Counter[TicketPriority] = Counter()
    breached: Counter[TicketPriority] = Counter()
    for t in tickets:
        due = t.created_at + sla[t.priority][which]
        finished = t.first_response_at if which == 0 else t.done_at
        if finished is not None:
            (met if finished <= due else breached)[t.priority] += 1
        elif as_of > due:
            breached[t.priority] += 1
    return {p: SlaRate(met[p], breached[p]) for p in TicketPriority}


def _resolution(ticket: _Ticket) -> Decimal:
    """Minutes from creation to resolution, of a ticket already resolved."""
    assert ticket.done_at is not None
    return _minutes(ticket.done_at - ticket.created_at)


def _by_assignee(tickets: list[_Ticket]) -> dict[int, list[_Ticket]]:
    grouped: dict[int, list[_Ticket]] = defaultdict(list)
    for t in tickets:
        if t.assignee_id is not None:
            grouped[t.assignee_id].append(t)
    return grouped


def summarize(
    session: Session, period: Period, as_of: datetime, zone: ZoneInfo, sla: Sla = DEFAULT_SLA
) -> SupportSummary:
    """The support figures of METRICS.md for `period`, seen at `as_of`.

    Staff performance: resolved count and times are over the tickets each person resolved in the
    period; their resolution breach rate is over the tickets created in the period and assigned to
    them (a ticket records only its current assignee), like the per-priority rate: one past its
    resolution due time and not yet resolved counts as breached, one not yet due is left out.
    """
    require_aware(as_of)
    start, end = period.clipped_utc_bounds(zone, as_of)
    tickets = _tickets(session, as_of)
    created = [t for t in tickets if start <= t.created_at < end]
    resolved = [t for t in tickets if t.done_at is not None and start <= t.done_at < end]
    status_counts = Counter(t.status for t in tickets)
    backlog = [t for t in tickets if t.status in OPEN_STATUSES]

    names = dict(session.execute(select(Staff.id, Staff.full_name)).all())
    resolved_by = _by_assignee(resolved)
    created_by = _by_assignee(created)
    backlog_by_assignee = Counter(t.assignee_id for t in backlog if t.assignee_id is not None)
    staff = []
    everyone = set(resolved_by) | set(created_by) | set(backlog_by_assignee)
    for staff_id in sorted(everyone, key=lambda i: names[i]):
        mine = resolved_by.get(staff_id, [])
        firsts = [_minutes(t.first_response_at - t.created_at) for t in mine if t.first_response_at]
        breach = _sla(created_by.get(staff_id, []), as_of, 1, sla)
        staff.append(StaffPerformance(
            staff_id, names[staff_id], len(mine),
            Durations.of([_resolution(t) for t in mine]),
            statistics.median(firsts) if firsts else None,
            ratio(sum(r.breached for r in breach.values()),
                  sum(r.met + r.breached for r in breach.values())),
            backlog_by_assignee.get(staff_id, 0),
        ))  # fmt: skip
    return SupportSummary(
        period=period, as_of=as_of,
        status_counts={s: status_counts.get(s, 0) for s in TicketStatus},
        backlog=len(backlog), created=len(created), resolved=len(resolved),
        resolution=Durations.of([_resolution(t) for t in resolved]),
        first_response=Durations.of([
            _minutes(t.first_response_at - t.created_at) for t in created if t.first_response_at
        ]),
        sla_first_response=_sla(created, as_of, 0, sla),
        sla_resolution=_sla(created, as_of, 1, sla),
        staff=staff,
        created_by_priority={p: sum(t.priority == p for t in created) for p in TicketPriority},
        backlog_by_priority={p: sum(t.priority == p for t in backlog) for p in TicketPriority},
    )  # fmt: skip


def support_summary(
    uow: UnitOfWork, actor: Actor, period: Period, as_of: datetime
) -> SupportSummary:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_SUPPORT_DASHBOARD)
        return summarize(uow.session, period, as_of, uow.zone)
