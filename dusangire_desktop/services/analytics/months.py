"""Order figures per local month, stored once a month has closed and reused until its orders change.

A closed month's figures depend only on orders placed before it ended. The `order_change_marks`
counters (raised by triggers on every change to a counted order) tell when that history changed:
each stored month carries the sum of the counters up to its end, and is recomputed when the sum
moves. The month still running is always computed from the orders.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, aliased

from ...models.orders import Order
from ...models.rollups import CustomerOrderTotals, MonthActivity
from .days import kept, span_orders
from .orders_sql import bucket_index, counted, first_counted_at, placed_between
from .periods import add_months, local_midnight_utc, month_start
from .stored import ChangeMarks, store_quietly

log = logging.getLogger(__name__)

DEFAULT_ACTIVE_DAYS = 30


@dataclass(frozen=True)
class MonthOrders:
    """Counted orders of one local month (up to `as_of` for the running month).

    `cohorts` counts this month's ordering customers by the month of their first counted order.
    `returning` (closed months only) counts them by the month of their previous counted order,
    None for a first order: enough to count distinct customers over any run of months without
    reading the orders again.
    """

    month: date
    closed: bool
    orders: int
    revenue: int
    corporate: int
    cohorts: dict[date, int]
    returning: dict[date | None, int] | None
    active_at_start: int | None
    churned: int | None

    def new_since(self, since: date) -> int:
        """Customers ordering this month who had not ordered between `since` and this month."""
        if self.returning is None:
            raise ValueError(f"{self.month:%B %Y} is still running")
        return sum(n for previous, n in self.returning.items()
                   if previous is None or previous < since)  # fmt: skip

    def to_json(self) -> str:
        return json.dumps({
            "orders": self.orders, "revenue": self.revenue, "corporate": self.corporate,
            "active_at_start": self.active_at_start, "churned": self.churned,
            "cohorts": {day.isoformat(): n for day, n in self.cohorts.items()},
            "returning": [[day.isoformat() if day else None, n]
                          for day, n in (self.returning or {}).items()],
        })  # fmt: skip

    @classmethod
    def from_json(cls, month: date, text: str) -> MonthOrders:
        data = json.loads(text)
        cohorts = {date.fromisoformat(day): n for day, n in data["cohorts"].items()}
        returning = {date.fromisoformat(day) if day else None: n for day, n in data["returning"]}
        return cls(month, True, data["orders"], data["revenue"], data["corporate"], cohorts,
                   returning, data["active_at_start"], data["churned"])  # fmt: skip


def month_orders(
    session: Session, months: list[date], zone: ZoneInfo, active_days: int, as_of: datetime
) -> list[MonthOrders]:
    """Figures for each of `months` (first days of local months), in order."""
    stored = _stored(session, months, zone, active_days)
    stamps = _stamps(session, months, zone)
    result, fresh = [], []
    for month in months:
        end = local_midnight_utc(add_months(month, 1), zone)
        if end > as_of:
            # The running month is read once per session: one screen asks for it several times.
            key = ("running month", zone.key, active_days, month, as_of)
            if key not in session.info:
                session.info[key] = _compute(session, month, zone, active_days, as_of, False)
            result.append(session.info[key])
            continue
        # Kept for the session too: on SQLite a read transaction does not see what was stored
        # after it began, and one screen asks for the same months several times.
        key = ("closed month", zone.key, active_days, month, stamps[month])
        if key in session.info:
            result.append(session.info[key])
            continue
        text, stamp = stored.get(month, (None, None))
        if text is not None and stamp == stamps[month]:
            try:
                result.append(MonthOrders.from_json(month, text))
                continue
            except (KeyError, TypeError, ValueError):
                log.info("stored figures for %s are in an older layout; recomputing", month)
        figures = _compute(session, month, zone, active_days, end, True)
        session.info[key] = figures
        fresh.append((figures, stamps[month]))
        result.append(figures)
    now = datetime.now(UTC)
    store_quietly(session, MonthActivity, [
        {"zone": zone.key, "active_days": active_days, "month_start": figures.month,
         "stamp": stamp, "figures": figures.to_json(), "computed_at": now}
        for figures, stamp in fresh
    ], ["zone", "active_days", "month_start"])  # fmt: skip
    return result


def _stored(
    session: Session, months: list[date], zone: ZoneInfo, active_days: int
) -> dict[date, tuple[str, int]]:
    rows = session.execute(
        select(MonthActivity.month_start, MonthActivity.figures, MonthActivity.stamp).where(
            MonthActivity.zone == zone.key,
            MonthActivity.active_days == active_days,
            MonthActivity.month_start.in_(months),
        )
    )
    return {month: (text, stamp) for month, text, stamp in rows}


def _stamps(session: Session, months: list[date], zone: ZoneInfo) -> dict[date, int]:
    """For each month: the change counters of every UTC day that began before it ended."""
    marks = ChangeMarks(session)
    return {month: marks.stamp(None, local_midnight_utc(add_months(month, 1), zone))
            for month in months}  # fmt: skip


def _month_index(column, starts: list[date], zone: ZoneInfo) -> ColumnElement[int]:  # type: ignore[no-untyped-def]
    return bucket_index(column, [local_midnight_utc(add_months(day, 1), zone) for day in starts])


def _compute(
    session: Session, month: date, zone: ZoneInfo, active_days: int, end: datetime, closed: bool
) -> MonthOrders:
    start = local_midnight_utc(month, zone)
    orders = span_orders(session, start, end, zone, end)
    active = churned = returning = None
    starts = _months_of_data(session, month, zone)
    ordering = select(Order.customer_id).where(counted(), placed_between(start, end)).distinct()
    ordering = ordering.subquery()
    if closed:
        window = timedelta(days=active_days)
        active, still_active = kept(
            span_orders(session, start - window, start, zone, end),
            span_orders(session, end - window, end, zone, end),
        )
        churned = active - still_active
        returning = _returning(session, ordering, start, starts, zone)
    return MonthOrders(month, closed, orders.orders, orders.revenue, orders.corporate,
                       _cohorts(session, ordering, starts, zone), returning,
                       active, churned)  # fmt: skip


def _months_of_data(session: Session, last: date, zone: ZoneInfo) -> list[date]:
    """First days of the local months from the first counted order to `last`."""
    first_ever = first_counted_at(session)
    starts: list[date] = []
    if first_ever is None:
        return starts
    cursor = month_start(first_ever.astimezone(zone).date())
    while cursor <= last:
        starts.append(cursor)
        cursor = add_months(cursor, 1)
    return starts


def _cohorts(session: Session, ordering, starts: list[date], zone: ZoneInfo) -> dict[date, int]:  # type: ignore[no-untyped-def]
    if not starts:
        return {}
    first = _month_index(CustomerOrderTotals.first_counted_at, starts, zone).label("first")
    rows = session.execute(
        select(first, func.count())
        .select_from(ordering)
        .join(CustomerOrderTotals, CustomerOrderTotals.customer_id == ordering.c.customer_id)
        .group_by(first)
    )
    return {starts[index]: int(n) for index, n in rows}


def _returning(
    session: Session, ordering, start: datetime, starts: list[date], zone: ZoneInfo
) -> dict[date | None, int]:  # type: ignore[no-untyped-def]
    if not starts:
        return {}
    earlier = aliased(Order)
    previous_at = (
        select(func.max(earlier.placed_at))
        .where(
            earlier.customer_id == ordering.c.customer_id,
            counted(earlier),
            earlier.placed_at < start,
        )
        .scalar_subquery()
    )
    # OFFSET 0 keeps both databases from inlining the per-customer lookup into every branch of
    # the month CASE below, where it would run once per branch instead of once per customer.
    per_customer = select(previous_at.label("previous_at")).select_from(ordering).offset(0)
    per_customer = per_customer.subquery()
    previous = _month_index(per_customer.c.previous_at, starts, zone).label("previous")
    rows = session.execute(select(previous, func.count()).group_by(previous))
    return {starts[index] if index >= 0 else None: int(n) for index, n in rows}
