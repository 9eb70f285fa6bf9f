"""Counted orders over any span, from stored closed local days plus the orders at its ragged ends.

Each closed local day is stored once with its order count, value, corporate part and the sorted
ids of the customers who ordered, dated by the change counters of the UTC days it overlaps. A
span's figures are the sums of its whole closed days, and its customers their union; only the
pieces that are not whole closed days (today so far, a bound that is not a local midnight) are
read from the orders. Distinct customers, retention and churn then cost set operations.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
from sqlalchemy import ColumnElement, Integer, case, cast, func, select, text
from sqlalchemy.orm import Session

from ...models.orders import Channel, Order
from ...models.rollups import DayOrders
from .orders_sql import bucket_index, counted, integers, joined, order_totals, placed_between
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
        return cls(
            sum(part.orders for part in parts),
            sum(part.revenue for part in parts),
            sum(part.corporate for part in parts),
            union([part.customers for part in parts]),
        )


def union(sets: list[np.ndarray]) -> np.ndarray:
    """The sorted union of sorted id sets. Ids are dense (a customer table's keys), so marking
    them in an array as long as the largest is a few times faster than sorting them together."""
    sets = [ids for ids in sets if ids.size]
    if not sets:
        return np.empty(0, IDS)
    if len(sets) == 1:
        return sets[0]
    seen = np.zeros(max(int(ids[-1]) for ids in sets) + 1, dtype=bool)
    for ids in sets:
        seen[ids] = True
    return np.flatnonzero(seen).astype(IDS)


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


def prepare_days(
    session: Session, start: datetime, end: datetime, zone: ZoneInfo, as_of: datetime
) -> None:
    """Make sure the closed days in [start, end) are at hand (stored, or computed and stored in
    one read of their orders), before many spans over them are asked for one by one."""
    whole = _whole_closed_days(start, end, zone, as_of)
    if whole:
        _stored_days(session, whole, zone)


def _whole_closed_days(
    start: datetime, end: datetime, zone: ZoneInfo, as_of: datetime
) -> list[date]:
    days: list[date] = []
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
    return SpanOrders(orders, revenue, corporate, np.sort(np.asarray(ids, dtype=IDS)))


def _stored_days(session: Session, days: list[date], zone: ZoneInfo) -> list[SpanOrders]:
    marks = ChangeMarks.of(session)
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
    result: dict[date, SpanOrders] = {}
    run: list[date] = []
    for day in sorted(days):
        if run and day != run[-1] + ONE_DAY:
            result.update(_compute_run(session, run, zone))
            run = []
        run.append(day)
    if run:
        result.update(_compute_run(session, run, zone))
    return result


def _compute_run(session: Session, run: list[date], zone: ZoneInfo) -> dict[date, SpanOrders]:
    """Consecutive days from one read of their orders. The database says which day each order
    falls in and hands the columns over as four comma-separated strings (one row, not a million
    Python tuples); numpy splits them by day."""
    start = local_midnight_utc(run[0], zone)
    ends = [local_midnight_utc(day + ONE_DAY, zone) for day in run]
    corporate = case((Order.channel == Channel.CORPORATE, 1), else_=0)
    columns = [_day_index(session, Order.placed_at, run, ends, zone), Order.customer_id,
               Order.total_rwf, corporate]  # fmt: skip
    texts = session.connection().execute(
        select(*[joined(session, column) for column in columns])
        .where(counted(), placed_between(start, ends[-1]))
    ).one()  # fmt: skip
    day, customer, total, is_corporate = (integers(text) for text in texts)
    order = np.lexsort((customer, day))
    day, customer, total, is_corporate = (column[order] for column in (day, customer, total,
                                                                        is_corporate))  # fmt: skip
    cuts = np.searchsorted(day, np.arange(len(run) + 1))
    revenue = np.concatenate(([0], np.cumsum(total)))
    corporate_revenue = np.concatenate(([0], np.cumsum(total * is_corporate)))
    result = {}
    for index, day_ in enumerate(run):
        lo, hi = cuts[index], cuts[index + 1]
        ids = customer[lo:hi]
        # Sorted within the day: the distinct ids are where the value changes.
        distinct = ids[np.concatenate(([True], ids[1:] != ids[:-1]))] if hi > lo else ids
        result[day_] = SpanOrders(
            int(hi - lo), int(revenue[hi] - revenue[lo]),
            int(corporate_revenue[hi] - corporate_revenue[lo]), distinct.astype(IDS),
        )  # fmt: skip
    return result


def _day_index(
    session: Session, placed_at: Any, run: list[date], ends: list[datetime], zone: ZoneInfo
) -> ColumnElement[int]:
    """Which of `run`'s days an order placed at `placed_at` falls in. Where the zone keeps one
    offset over the run (Africa/Kigali always does) that is date arithmetic on the shifted time;
    otherwise a search through the days' ends."""
    offsets = {local_midnight_utc(day, zone).astimezone(zone).utcoffset() for day in run}
    offsets |= {end.astimezone(zone).utcoffset() for end in ends}
    if len(offsets) != 1:
        return bucket_index(placed_at, ends)
    offset = int(next(iter(offsets)).total_seconds())  # type: ignore[union-attr]
    first = (run[0] - date(1970, 1, 1)).days
    if session.get_bind().dialect.name == "postgresql":
        local = func.timezone("UTC", placed_at) + text(f"interval '{offset} seconds'")
        return cast(func.floor(func.extract("epoch", local) / 86400), Integer) - first
    seconds = func.unixepoch(placed_at) + offset  # SQLite 3.38; faster than strftime('%s')
    # Floor division (placed times after 1970 are positive, so SQLite's truncation is floor).
    return seconds // 86400 - first
