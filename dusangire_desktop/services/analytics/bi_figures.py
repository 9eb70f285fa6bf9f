"""The BI summary's figures as values, and the arithmetic and JSON form both ways of computing
them share (`bi` over the models; `bi_lean` over the DBAPI for the `report bi` command). Nothing
here imports SQLAlchemy, the models or numpy, and the results are named tuples rather than frozen
dataclasses: building four dataclasses' methods is a noticeable part of the command's start."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from .periods import Period, add_months, month_start, ratio

CHANNELS = ("orders", "corporate", "catering", "subscriptions")


class RevenueByChannel(NamedTuple):
    orders: int
    corporate: int
    catering: int
    subscriptions: int

    @property
    def total(self) -> int:
        return self.orders + self.corporate + self.catering + self.subscriptions

    def as_dict(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in CHANNELS}


class Churn(NamedTuple):
    rate: Decimal | None
    active_at_start: int
    churned: int


class TargetProgress(NamedTuple):
    """Revenue against target over whole local months (see `bi.target_progress`)."""

    months: Period
    actual: int
    target: int | None
    attainment: Decimal | None
    days_elapsed: int
    days_in_period: int
    projection: Decimal | None
    pace: Decimal | None
    needed_per_remaining_day: Decimal | None


class BiSummary(NamedTuple):
    period: Period
    as_of: datetime
    provisional: bool
    orders: int
    order_revenue: int
    aov: Decimal | None
    retention_rate: Decimal | None
    retention_base: int
    churn: Churn
    subscription_churn: Churn
    active_days: int
    clv_historical_mean: Decimal | None
    clv_historical_median: Decimal | None
    clv_predictive: Decimal | None
    revenue: RevenueByChannel
    target_progress: TargetProgress


def whole_months(period: Period) -> Period:
    """The local months `period` touches: from the first of its first month to its last's end."""
    return Period(month_start(period.start), add_months(month_start(period.end - timedelta(1)), 1))


def progress(
    months: Period, actual: int, target: int | None, as_of: datetime, zone: ZoneInfo
) -> TargetProgress:
    """The target figures from the months' revenue to `as_of` and their target (METRICS.md)."""
    days = months.days
    today: date = as_of.astimezone(zone).date()
    elapsed = min(max((today - months.start).days + 1, 0), days)
    remaining = days - elapsed
    return TargetProgress(
        months, actual, target, ratio(actual, target) if target is not None else None,
        elapsed, days,
        ratio(actual * days, elapsed),
        ratio(actual * days, target * elapsed) if target is not None else None,
        ratio(target - actual, remaining) if target is not None else None,
    )  # fmt: skip


def number(value: Decimal | int | None) -> float | int | None:
    """JSON numbers: integers stay integers (RWF); ratios become fractions rounded to 6 places."""
    if value is None or isinstance(value, int):
        return value
    return float(round(value, 6))


def report(s: BiSummary) -> dict[str, Any]:
    """The `report bi` figures, JSON-ready."""
    t = s.target_progress
    return {
        "from": s.period.start.isoformat(), "to": s.period.end.isoformat(),
        "as_of": s.as_of.isoformat(), "provisional": s.provisional,
        "orders": s.orders, "order_revenue": s.order_revenue, "aov": number(s.aov),
        "retention_rate": number(s.retention_rate), "retention_base": s.retention_base,
        "churn_rate": number(s.churn.rate), "churn_active_days": s.active_days,
        "subscription_churn_rate": number(s.subscription_churn.rate),
        "clv_historical_mean": number(s.clv_historical_mean),
        "clv_historical_median": number(s.clv_historical_median),
        "clv_predictive": number(s.clv_predictive),
        "revenue_by_channel": s.revenue.as_dict(), "revenue_total": s.revenue.total,
        "target_months_from": t.months.start.isoformat(),
        "target_months_to": t.months.end.isoformat(), "target_months_revenue": t.actual,
        "target": t.target, "attainment": number(t.attainment),
        "days_elapsed": t.days_elapsed, "days_in_target_months": t.days_in_period,
        "projection": number(t.projection), "pace": number(t.pace),
        "needed_per_remaining_day": number(t.needed_per_remaining_day),
    }  # fmt: skip


def predictive_clv_months(this_month: date, first_month: date) -> list[date]:
    """The closed months predictive CLV averages over: up to twelve before `this_month`, none
    before the month of the first order (empty when there is none)."""
    cursor = max(add_months(this_month, -12), first_month)
    months = []
    while cursor < this_month:
        months.append(cursor)
        cursor = add_months(cursor, 1)
    return months
