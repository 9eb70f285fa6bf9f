"""Counted orders over any span, from stored closed local days plus the orders at its ragged ends.

Each closed local day is stored once with its order count, value, corporate part and the sorted
ids of the customers who ordered, dated by the change counters of the UTC days it overlaps. A
span's figures are the sums of its whole closed days, and its customers their union; only the
pieces that are not whole closed days (today so far, a bound that is not a local midnight) are
read from the orders. Distinct customers, retention and churn then cost set operations.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np
from sqlalchemy import case, select
from sqlalchemy.orm import Session

from ...models.orders import Channel, Order
from ...models.rollups import DayOrders
from .orders_sql import counted, order_totals, placed_between
from .periods import local_midnight_utc
from .stored import ChangeMarks, store_quietly

IDS = np.dtype("<i4")
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class SpanOrders:
    orders: int
    revenue: int
    corporate: int
    customers: np.ndarray  # sorted, distinct

    @classmethod
    def combine(cls, parts: list[SpanOrders]) -> SpanOrders:
        ids = [part.customers for part in parts if part.customers.size]
        return cls(
            sum(part.orders for part in parts),
            sum(part.revenue for part in parts),
            sum(part.corporate for part in parts),
            np.unique(np.concatenate(ids)) if ids else np.empty(0, IDS),
        )


def kept(base: SpanOrders, later: SpanOrders) -> tuple[int, int]:
    """(customers in `base`, how many of them are also in `later`)."""
    both = np.intersect1d(base.customers, later.customers, assume_unique=True)
    return int(base.customers.size), int(both.size)


def span_orders(
    session: Session, start: datetime, end: datetime, zone: ZoneInfo, as_of: datetime
) -> SpanOrders:
    """Counted orders placed in [start, end)."""
    if end <= start:
        return SpanOrders(0, 0, 0, np.empty(0, IDS))
    whole = _whole_closed_days(start, end, zone, as_of)
    if not whole:
        return _from_orders(session, start, end)
    first_start = local_midnight_utc(whole[0], zone)
    last_end = local_midnight_utc(whole[-1] + timedelta(days=1), zone)
    parts = [*_stored_days(session, whole, zone)]
    if start < first_start:
        parts.append(_from_orders(session, start, first_start))
    if last_end < end:
        parts.append(_from_orders(session, last_end, end))
    return SpanOrders.combine(parts)


def _whole_closed_days(
    start: datetime, end: datetime, zone: ZoneInfo, as_of: datetime
) -> list[date]:
    days = []
    day = start.astimezone(zone).date()
    while True:
        day_start = local_midnight_utc(day, zone)
        day_end = local_midnight_utc(day + timedelta(days=1), zone)
        if day_end > end or day_end > as_of:
            return days
        if day_start >= start:
            days.append(day)
        day += timedelta(days=1)


def _from_orders(session: Session, start: datetime, end: datetime) -> SpanOrders:
    orders, revenue, corporate = order_totals(session, start, end)
    ids = session.scalars(
        select(Order.customer_id).where(counted(), placed_between(start, end)).distinct()
    ).all()
    return SpanOrders(orders, revenue, corporate, np.unique(np.asarray(ids, dtype=IDS)))


def _stored_days(session: Session, days: list[date], zone: ZoneInfo) -> list[SpanOrders]:
    marks = ChangeMarks(session)
    stamps = {
        day: marks.stamp(local_midnight_utc(day, zone), local_midnight_utc(day + ONE_DAY, zone))
        for day in days
    }
    found: dict[date, SpanOrders] = {}
    for day in days:
        cached = session.info.get(("day", zone.key, day, stamps[day]))
        if cached is not None:
            found[day] = cached
    wanted = [day for day in days if day not in found]
    if wanted:
        rows = session.execute(
            select(
                DayOrders.day, DayOrders.stamp, DayOrders.orders, DayOrders.revenue_rwf,
                DayOrders.corporate_rwf, DayOrders.customers,
            ).where(DayOrders.zone == zone.key, DayOrders.day.in_(wanted))
        )  # fmt: skip
        for day, stamp, orders, revenue, corporate, customers in rows:
            if stamp == stamps[day]:
                ids = np.frombuffer(customers, dtype=IDS)
                found[day] = SpanOrders(orders, revenue, corporate, ids)
    missing = [day for day in days if day not in found]
    if missing:
        computed = _compute_days(session, missing, zone)
        found.update(computed)
        now = datetime.now(UTC)
        store_quietly(session, DayOrders, [
            {"zone": zone.key, "day": day, "stamp": stamps[day], "orders": figures.orders,
             "revenue_rwf": figures.revenue, "corporate_rwf": figures.corporate,
             "customers": figures.customers.astype(IDS).tobytes(), "computed_at": now}
            for day, figures in computed.items()
        ], ["zone", "day"])  # fmt: skip
    for day, figures in found.items():
        session.info[("day", zone.key, day, stamps[day])] = figures
    return [found[day] for day in days]


def _compute_days(session: Session, days: list[date], zone: ZoneInfo) -> dict[date, SpanOrders]:
    """All the given days from one read of their orders, split by local day in Python."""
    starts = [local_midnight_utc(day, zone) for day in days]
    ends = [local_midnight_utc(day + timedelta(days=1), zone) for day in days]
    lo, hi = min(starts), max(ends)
    corporate = case((Order.channel == Channel.CORPORATE, Order.total_rwf), else_=0)
    rows = session.execute(
        select(Order.placed_at, Order.customer_id, Order.total_rwf, corporate).where(
            counted(), placed_between(lo, hi)
        )
    ).all()
    order = sorted(range(len(days)), key=lambda k: starts[k])
    every_start = [starts[k] for k in order]
    every_end = [ends[k] for k in order]
    buckets: dict[date, list[tuple[int, int, int]]] = {day: [] for day in days}
    for placed_at, customer, total, corporate_part in rows:
        index = bisect_right(every_start, placed_at) - 1
        if index >= 0 and placed_at < every_end[index]:
            buckets[days[order[index]]].append((customer, total, corporate_part))
    result = {}
    for day, items in buckets.items():
        ids = np.unique(np.fromiter((c for c, _, _ in items), dtype=IDS, count=len(items)))
        result[day] = SpanOrders(len(items), sum(t for _, t, _ in items),
                                 sum(p for _, _, p in items), ids)  # fmt: skip
    return result
