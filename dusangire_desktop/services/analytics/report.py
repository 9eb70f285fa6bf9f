"""Dashboard figures as plain JSON-ready dictionaries, for the `report` command and exports."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from ..auth import Actor
from ..uow import UnitOfWork
from .bi import bi_summary
from .operations import operations_summary
from .periods import Period
from .support import support_summary


def _number(value: Decimal | int | None) -> float | int | None:
    """JSON numbers: integers stay integers (RWF); ratios become fractions rounded to 6 places."""
    if value is None or isinstance(value, int):
        return value
    return float(round(value, 6))


def bi_report(uow: UnitOfWork, actor: Actor, period: Period, as_of: datetime) -> dict[str, Any]:
    s = bi_summary(uow, actor, period, as_of)
    t = s.target_progress
    return {
        "from": period.start.isoformat(), "to": period.end.isoformat(),
        "as_of": as_of.isoformat(), "provisional": s.provisional,
        "orders": s.orders, "order_revenue": s.order_revenue, "aov": _number(s.aov),
        "retention_rate": _number(s.retention_rate), "retention_base": s.retention_base,
        "churn_rate": _number(s.churn.rate), "churn_active_days": s.active_days,
        "subscription_churn_rate": _number(s.subscription_churn.rate),
        "clv_historical_mean": _number(s.clv_historical_mean),
        "clv_historical_median": _number(s.clv_historical_median),
        "clv_predictive": _number(s.clv_predictive),
        "revenue_by_channel": s.revenue.as_dict(), "revenue_total": s.revenue.total,
        "target_months_from": t.months.start.isoformat(),
        "target_months_to": t.months.end.isoformat(), "target_months_revenue": t.actual,
        "target": t.target, "attainment": _number(t.attainment),
        "days_elapsed": t.days_elapsed, "days_in_target_months": t.days_in_period,
        "projection": _number(t.projection), "pace": _number(t.pace),
        "needed_per_remaining_day": _number(t.needed_per_remaining_day),
    }  # fmt: skip


def support_report(
    uow: UnitOfWork, actor: Actor, period: Period, as_of: datetime
) -> dict[str, Any]:
    s = support_summary(uow, actor, period, as_of)
    return {
        "from": period.start.isoformat(), "to": period.end.isoformat(), "as_of": as_of.isoformat(),
        "status_counts": {k.value: v for k, v in s.status_counts.items()},
        "backlog": s.backlog, "created": s.created, "resolved": s.resolved,
        "resolution_minutes_mean": _number(s.resolution.mean_minutes),
        "resolution_minutes_median": _number(s.resolution.median_minutes),
        "first_response_minutes_mean": _number(s.first_response.mean_minutes),
        "first_response_minutes_median": _number(s.first_response.median_minutes),
        "sla_first_response_breach_rate": {
            p.value: _number(r.breach_rate) for p, r in s.sla_first_response.items()},
        "sla_resolution_breach_rate": {
            p.value: _number(r.breach_rate) for p, r in s.sla_resolution.items()},
        "created_by_priority": {p.value: n for p, n in s.created_by_priority.items()},
        "backlog_by_priority": {p.value: n for p, n in s.backlog_by_priority.items()},
        "staff": [
            {"name": r.name, "resolved": r.resolved,
             "resolution_minutes_median": _number(r.resolution.median_minutes),
             "resolution_minutes_mean": _number(r.resolution.mean_minutes),
             "first_response_minutes_median": _number(r.median_first_response_minutes),
             "resolution_breach_rate": _number(r.resolution_breach_rate),
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
            "used_slots": s.used_slots, "utilization": _number(s.utilization),
            "completed": s.completed, "no_shows": s.no_shows, "unmarked": s.unmarked,
            "no_show_rate": _number(s.no_show_rate),
            "consultations_this_month": s.consultations_this_month,
            "active_clients": s.active_clients, "pending_plans": s.pending_plans,
            "oldest_pending_days": s.oldest_pending_days,
        })  # fmt: skip
    return {"from": period.start.isoformat(), "to": period.end.isoformat(),
            "as_of": as_of.isoformat(), "nutritionists": blocks}  # fmt: skip
