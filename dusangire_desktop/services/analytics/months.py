"""Order figures per local month: closed months stored and reused until their orders change.

A closed month is stored with its order count, value, corporate part, churn (customers active at
its start, and how many of them were no longer active at its end) and the sorted ids of the
customers who ordered in it. It is dated by the change counters of the days its figures read
(from `active_days` before it began to its end), so a refund in March leaves February alone.
Cohorts and returning customers are not stored: they follow from the months' customer sets in
one pass, whatever changed. The running month is always read afresh (from stored days).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models.rollups import MonthActivity
from .days import IDS, kept, prepare_days, span_orders
from .orders_sql import first_counted_at
from .periods import add_months, local_midnight_utc, month_start
from .stored import ChangeMarks, per_transaction, store_quietly

DEFAULT_ACTIVE_DAYS = 30


@dataclass(frozen=True)
class MonthOrders:
    """Counted orders of one local month (up to `as_of` for the running month).

    `cohorts` counts this month's ordering customers by the month of their first counted order;
    `returning` counts them by the month of their previous counted order (None for a first
    order), enough to count distinct customers over any run of months.
    """

    month: date
    closed: bool
    orders: int
    revenue: int
    corporate: int
    cohorts: dict[date, int]
    returning: dict[date | None, int]
    active_at_start: int | None
    churned: int | None

    def new_since(self, since: date) -> int:
        """Customers ordering this month who had not ordered between `since` and this month."""
        return sum(n for previous, n in self.returning.items()
                   if previous is None or previous < since)  # fmt: skip


@dataclass(frozen=True)
class _Month:
    month: date
    closed: bool
    orders: int
    revenue: int
    corporate: int
    active_at_start: int | None
    churned: int | None
    customers: np.ndarray


def month_orders(
    session: Session, months: list[date], zone: ZoneInfo, active_days: int, as_of: datetime
) -> list[MonthOrders]:
    """Figures for each of `months` (first days of local months), in order."""
    first = first_counted_at(session)
    # Every month from the first order to `as_of`'s (or the last asked for): the dashboard's
    # pieces ask for different runs of months, and each month's figures depend only on the ones
    # before it, so one history read once serves them all.
    last = max(months[-1], month_start(as_of.astimezone(zone).date()))
    cursor = months[0] if first is None else min(month_start(first.astimezone(zone).date()),
                                                 months[0])  # fmt: skip
    history = []
    while cursor <= last:
        history.append(cursor)
        cursor = add_months(cursor, 1)
    figures = per_transaction(
        session,
        ("months", zone.key, active_days, as_of, history[0], history[-1]),
        lambda: _with_customers(_months(session, history, zone, active_days, as_of)),
    )
    by_month = {month.month: month for month in figures}
    return [by_month[m] for m in months]


def _with_customers(months: list[_Month]) -> list[MonthOrders]:
    """Cohort and returning counts for each month from the customer sets of all months before."""
    top = max((int(m.customers.max()) for m in months if m.customers.size), default=0)
    first = np.full(top + 1, -1, dtype=np.int32)
    last = np.full(top + 1, -1, dtype=np.int32)
    result = []
    for index, month in enumerate(months):
        ids = month.customers
        first[ids[first[ids] < 0]] = index
        cohorts = np.bincount(first[ids], minlength=index + 1)
        previous = np.bincount(last[ids] + 1, minlength=index + 1)
        last[ids] = index
        result.append(MonthOrders(
            month.month, month.closed, month.orders, month.revenue, month.corporate,
            {months[k].month: int(n) for k, n in enumerate(cohorts) if n},
            {(months[k - 1].month if k else None): int(n) for k, n in enumerate(previous) if n},
            month.active_at_start, month.churned,
        ))  # fmt: skip
    return result


def _months(
    session: Session, months: list[date], zone: ZoneInfo, active_days: int, as_of: datetime
) -> list[_Month]:
    marks = ChangeMarks.of(session)
    window = timedelta(days=active_days)
    bounds = {m: (local_midnight_utc(m, zone), local_midnight_utc(add_months(m, 1), zone))
              for m in months}  # fmt: skip
    closed = [m for m in months if bounds[m][1] <= as_of]
    stamps = {m: marks.stamp(bounds[m][0] - window, bounds[m][1]) for m in closed}
    found: dict[date, _Month] = {}
    for m in closed:
        # Kept for the session too: on SQLite a read transaction does not see what was stored
        # after it began, and one screen asks for the same months several times.
        cached = session.info.get(("month", zone.key, active_days, m, stamps[m]))
        if cached is not None:
            found[m] = cached
    if len(found) < len(closed):
        rows = session.execute(
            select(
                MonthActivity.month_start, MonthActivity.stamp, MonthActivity.orders,
                MonthActivity.revenue_rwf, MonthActivity.corporate_rwf,
                MonthActivity.active_at_start, MonthActivity.churned, MonthActivity.customers,
            ).where(
                MonthActivity.zone == zone.key, MonthActivity.active_days == active_days,
                MonthActivity.month_start.in_([m for m in closed if m not in found]),
            )
        )  # fmt: skip
        for m, stamp, orders, revenue, corporate, active, churned, customers in rows:
            if stamp == stamps[m]:
                found[m] = _Month(m, True, orders, revenue, corporate, active, churned,
                                  np.frombuffer(customers, dtype=IDS))  # fmt: skip
    missing = [m for m in closed if m not in found]
    if missing:
        # Every closed day these months (and the running one) read, at once: one scan of the
        # orders, not one a month.
        prepare_days(session, bounds[missing[0]][0] - window, as_of, zone, as_of)
    fresh = []
    for m in closed:
        if m not in found:
            found[m] = _compute(session, m, zone, window, bounds[m], True)
            fresh.append(found[m])
        session.info[("month", zone.key, active_days, m, stamps[m])] = found[m]
    now = datetime.now(UTC)
    store_quietly(session, MonthActivity, [
        {"zone": zone.key, "active_days": active_days, "month_start": f.month,
         "stamp": stamps[f.month], "orders": f.orders, "revenue_rwf": f.revenue,
         "corporate_rwf": f.corporate, "active_at_start": f.active_at_start,
         "churned": f.churned, "customers": f.customers.astype(IDS).tobytes(),
         "computed_at": now}
        for f in fresh
    ], ["zone", "active_days", "month_start"])  # fmt: skip
    for m in months:
        if m not in found:
            start, end = bounds[m]
            found[m] = _compute(session, m, zone, window, (start, max(start, min(end, as_of))),
                                False)  # fmt: skip
    return [found[m] for m in months]


def _compute(
    session: Session,
    month: date,
    zone: ZoneInfo,
    window: timedelta,
    bounds: tuple[datetime, datetime],
    closed: bool,
) -> _Month:
    start, end = bounds
    orders = span_orders(session, start, end, zone, end)
    active = churned = None
    if closed:
        active, still_active = kept(
            span_orders(session, start - window, start, zone, end),
            span_orders(session, end - window, end, zone, end),
        )
        churned = active - still_active
    return _Month(month, closed, orders.orders, orders.revenue, orders.corporate, active, churned,
                  orders.customers)  # fmt: skip
