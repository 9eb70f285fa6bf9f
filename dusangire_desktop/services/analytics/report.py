"""Dashboard figures as plain JSON-ready dictionaries, for the `report` command and exports."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..auth import Actor
from ..uow import UnitOfWork
from . import bi_figures
from .bi import bi_summary
from .bi_figures import number
from .operations import operations_summary
from .periods import Period
from .support import support_summary


def bi_report(uow: UnitOfWork, actor: Actor, period: Period, as_of: datetime) -> dict[str, Any]:
    return bi_figures.report(bi_summary(uow, actor, period, as_of))


def support_report(
    uow: UnitOfWork, actor: Actor, period: Period, as_of: datetime
) -> dict[str, Any]:
    s = support_summary(uow, actor, period, as_of)
    return {
        "from": period.start.isoformat(), "to": period.end.isoformat(), "as_of": as_of.isoformat(),
        "status_counts": {k.value: v for k, v in s.status_counts.items()},
        "backlog": s.backlog, "created": s.created, "resolved": s.resolved,
        "resolution_minutes_mean": number(s.resolution.mean_minutes),
        "resolution_minutes_median": number(s.resolution.median_minutes),
        "first_response_minutes_mean": number(s.first_response.mean_minutes),
        "first_response_minutes_median": number(s.first_response.median_minutes),
        "sla_first_response_breach_rate": {
            p.value: number(r.breach_rate) for p, r in s.sla_first_response.items()},
        "sla_resolution_breach_rate": {
            p.value: number(r.breach_rate) for p, r in s.sla_resolution.items()},
        "created_by_priority": {p.value: n for p, n in s.created_by_priority.items()},
        "backlog_by_priority": {p.value: n for p, n in s.backlog_by_priority.items()},
        "staff": [
            {"name": r.name, "resolved": r.resolved,
             "resolution_minutes_median": number(r.resolution.median_minutes),
             "resolution_minutes_mean": number(r.resolution.mean_minutes),
             "first_response_minutes_median": number(r.median_first_response_minutes),
             "resolution_breach_rate": number(r.resolution_breach_rate),
             "open_backlog": r.open_backlog}
            for r in s.staff
        ],
    }  # fmt: skip


def operations_report(uow: UnitOfWork, actor: Actor, as_of: datetime) -> dict[str, Any]:
    s = operations_summary(uow, actor, as_of)
    return {
        "as_of": as_of.isoformat(),
        "today": {**s.today.as_dict(), "total": s.today.total},
        "month_to_date": {**s.month_to_date.as_dict(), "total": s.month_to_date.total},
    }


def nutrition_report(uow_factory, actor: Actor, period: Period, as_of: datetime) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """One block of figures per active nutritionist."""
    from ..scheduling import list_nutritionists
    from .nutrition import nutrition_summary

    blocks = []
    for who in list_nutritionists(uow_factory(), actor):
        s = nutrition_summary(uow_factory(), actor, who.id, period, as_of)
        blocks.append({
            "nutritionist": s.nutritionist, "available_slots": s.available_slots,
            "used_slots": s.used_slots, "utilization": number(s.utilization),
            "completed": s.completed, "no_shows": s.no_shows, "unmarked": s.unmarked,
            "no_show_rate": number(s.no_show_rate),
            "consultations_this_month": s.consultations_this_month,
            "active_clients": s.active_clients, "pending_plans": s.pending_plans,
            "oldest_pending_days": s.oldest_pending_days,
        })  # fmt: skip
    return {"from": period.start.isoformat(), "to": period.end.isoformat(),
            "as_of": as_of.isoformat(), "nutritionists": blocks}  # fmt: skip
