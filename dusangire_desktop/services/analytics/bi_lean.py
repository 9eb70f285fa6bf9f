"""The `report bi` figures straight from the stored days and months, through the DBAPI.

A command pays for what it imports before it starts: SQLAlchemy, the models (with their mapper
set-up) and numpy cost several times the whole of `dusangire-desktop --version`. When every
closed day and month the report reads is stored and still valid (dated by the same change
counters as in `days` and `months`), the figures are sums and set operations on those rows plus
a few small queries, which need none of that. This module computes them with `sqlite3` or
`psycopg` and the standard library only, exactly as `bi.summarize` does (a test holds every
figure equal on both databases). A few stale or missing days (a refund, the days since the
screen was last opened) are read again from the orders, and the months they change worked out
from the days; when more than that is missing (nothing stored yet) it answers None and the
command takes the full path, which computes them all in one read.
"""

from __future__ import annotations

import json
import sys
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from ...revision import HEAD_REVISION
from .bi_figures import (
    BiSummary,
    Churn,
    RevenueByChannel,
    predictive_clv_months,
    progress,
    whole_months,
)
from .periods import Period, add_months, local_midnight_utc, month_start, ratio

ACTIVE_DAYS = 30  # months.DEFAULT_ACTIVE_DAYS (a test keeps them equal)
ONE_DAY = timedelta(days=1)
COUNTED = "status NOT IN ('cancelled', 'refunded')"  # orders_sql.counted
# Days read again from the orders when their stored figures are stale or missing (a refund, the
# days since the screen was last opened); beyond this many the full path computes them at once.
RECOMPUTED_DAYS = 31


class Stale(Exception):
    """More of the days the report needs are missing or stale than it reads again from orders."""


class _Span(NamedTuple):  # a named tuple: a dataclass costs more to define than to use here
    orders: int
    revenue: int
    corporate: int
    customers: AbstractSet[int]  # never changed once made


def bi_figures(url: str, period: Period, as_of: datetime, zone: ZoneInfo) -> BiSummary | None:
    """The BI summary from what is stored, or None when the full path must compute it (nothing
    or too little stored, a database it does not open, a schema not at this revision)."""
    database = _open(url)
    if database is None:
        return None
    try:
        if database.value("SELECT version_num FROM alembic_version") != HEAD_REVISION:
            return None
        return _Figures(database, zone, as_of).summary(period)
    except Stale:
        return None
    except database.errors:  # missing tables, a locked or unreachable database: the full path
        return None  # reports it properly
    finally:
        database.close()


class _Database:
    """One read-only connection; SQL is written with `?` placeholders for both drivers."""

    def __init__(self, connection: Any, postgresql: bool, errors: type[Exception]) -> None:
        self.connection = connection
        self.postgresql = postgresql
        self.errors = errors

    def rows(self, sql: str, *params: object) -> list[tuple[Any, ...]]:
        if self.postgresql:
            sql = sql.replace("?", "%s")
        cursor = self.connection.cursor()
        try:
            cursor.execute(sql, params)
            return list(cursor.fetchall())
        finally:
            cursor.close()

    def value(self, sql: str, *params: object) -> Any:
        found = self.rows(sql, *params)
        return found[0][0] if found else None

    def moment(self, value: datetime) -> object:
        """A UTC time as the column holds it: naive UTC text on SQLite (models.base.UtcDateTime)."""
        if self.postgresql:
            return value
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")

    def day(self, value: date) -> object:
        return value if self.postgresql else value.isoformat()

    def read_moment(self, value: Any) -> datetime:
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)

    def read_day(self, value: Any) -> date:
        return date.fromisoformat(value) if isinstance(value, str) else value

    def joined(self, column: str) -> str:
        """A whole column as one comma-separated string (orders_sql.joined)."""
        if self.postgresql:
            return f"string_agg(CAST({column} AS TEXT), ',')"
        return f"group_concat({column}, ',')"

    def close(self) -> None:
        self.connection.close()


def _open(url: str) -> _Database | None:
    scheme, _, rest = url.partition("://")
    if scheme == "sqlite":
        import sqlite3
        from urllib.parse import quote

        path = rest[1:]  # sqlite:///relative or sqlite:////absolute, as SQLAlchemy reads them
        if not path or "?" in path or path == ":memory:":
            return None
        try:
            connection = sqlite3.connect(
                f"file:{quote(path)}?mode=ro", uri=True, timeout=10, isolation_level=None
            )
            # One read transaction, as the full path's: every query sees the same snapshot.
            connection.execute("BEGIN DEFERRED")
        except sqlite3.Error:
            return None
        return _Database(connection, False, sqlite3.Error)
    if scheme in ("postgresql", "postgresql+psycopg"):
        from urllib.parse import parse_qsl, unquote, urlsplit

        import psycopg

        parts = urlsplit(url)
        options: dict[str, Any] = dict(parse_qsl(parts.query))
        options.setdefault("connect_timeout", 10)
        try:
            server = psycopg.connect(
                host=parts.hostname or None,
                port=parts.port or None,
                user=unquote(parts.username) if parts.username else None,
                password=unquote(parts.password) if parts.password else None,
                dbname=unquote(parts.path.lstrip("/")) or None,
                application_name="dusangire-desktop",
                options="-c default_transaction_read_only=on",
                **options,
            )
        except psycopg.Error:
            return None
        return _Database(server, True, psycopg.Error)
    return None


def _ids(blob: bytes) -> array[int]:
    """Stored customer ids: little-endian 4-byte integers (days.IDS)."""
    ids = array("i", blob)
    if sys.byteorder != "little":
        ids.byteswap()
    return ids


class _Figures:
    def __init__(self, database: _Database, zone: ZoneInfo, as_of: datetime) -> None:
        self.db = database
        self.zone = zone
        self.as_of = as_of
        marks = database.rows("SELECT day, version FROM order_change_marks ORDER BY day")
        self._starts = [datetime.combine(database.read_day(d), time(0), UTC) for d, _ in marks]
        self._running = [0]
        for _, version in marks:
            self._running.append(self._running[-1] + int(version))
        self._days: dict[date, _Span] = {}
        self._spans: dict[tuple[datetime, datetime], _Span] = {}
        self._recomputed = 0

    def stamp(self, start: datetime, end: datetime) -> int:
        """stored.ChangeMarks.stamp: the counters of the UTC days overlapping [start, end)."""
        last = bisect_left(self._starts, end)
        first = bisect_left(self._starts, start - ONE_DAY + timedelta(microseconds=1))
        return self._running[last] - self._running[min(first, last)]

    def summary(self, period: Period) -> BiSummary:
        zone, as_of = self.zone, self.as_of
        clv_predictive = self.predictive_clv()
        start, end = period.clipped_utc_bounds(zone, as_of)
        now = self.span(start, end)
        before = self.span(*period.previous().utc_bounds(zone))
        retention_base, retained = _kept(before, now)
        revenue = self.revenue_by_channel(start, end, now)
        mean, median = self.historical_clv()
        window = timedelta(days=ACTIVE_DAYS)
        active, still_active = _kept(self.span(start - window, start), self.span(end - window, end))
        months = whole_months(period)
        if months == period:
            actual = revenue.total
        else:
            months_start, months_end = months.utc_bounds(zone)
            until = min(months_end, max(months_start, as_of))
            actual = self.revenue_by_channel(
                months_start, until, self.span(months_start, until)
            ).total
        target_count, target_amount = self.db.rows(
            "SELECT count(*), coalesce(sum(amount_rwf), 0) FROM revenue_targets "
            "WHERE channel = 'total' AND month_start >= ? AND month_start < ?",
            self.db.day(months.start), self.db.day(months.end),
        )[0]  # fmt: skip
        target = int(target_amount) if target_count else None
        return BiSummary(
            period=period, as_of=as_of, provisional=period.is_provisional(zone, as_of),
            orders=now.orders, order_revenue=now.revenue, aov=ratio(now.revenue, now.orders),
            retention_rate=ratio(retained, retention_base), retention_base=retention_base,
            churn=Churn(ratio(active - still_active, active), active, active - still_active),
            subscription_churn=self.subscription_churn(start, end),
            active_days=ACTIVE_DAYS,
            clv_historical_mean=mean, clv_historical_median=median,
            clv_predictive=clv_predictive,
            revenue=revenue,
            target_progress=progress(months, actual, target, as_of, zone),
        )  # fmt: skip

    # Spans of orders (days.span_orders): stored closed days plus the ragged ends from the orders.

    def span(self, start: datetime, end: datetime) -> _Span:
        # A month's previous period is often its churn window too (30 days before the 1st).
        if (start, end) not in self._spans:
            self._spans[start, end] = self._span(start, end)
        return self._spans[start, end]

    def _span(self, start: datetime, end: datetime) -> _Span:
        if end <= start:
            return _Span(0, 0, 0, frozenset())
        whole = self._whole_closed_days(start, end)
        if not whole:
            return self._from_orders(start, end)
        first_start = local_midnight_utc(whole[0], self.zone)
        last_end = local_midnight_utc(whole[-1] + ONE_DAY, self.zone)
        parts = self._stored_days(whole)
        if start < first_start:
            parts.append(self._from_orders(start, first_start))
        if last_end < end:
            parts.append(self._from_orders(last_end, end))
        return _combine(parts)

    def _whole_closed_days(self, start: datetime, end: datetime) -> list[date]:
        days: list[date] = []
        day = start.astimezone(self.zone).date()
        while True:
            day_start = local_midnight_utc(day, self.zone)
            day_end = local_midnight_utc(day + ONE_DAY, self.zone)
            if day_end > end or day_end > self.as_of:
                return days
            if day_start >= start:
                days.append(day)
            day += ONE_DAY

    def _stored_days(self, days: list[date]) -> list[_Span]:
        wanted = [day for day in days if day not in self._days]
        if wanted:
            rows = self.db.rows(
                "SELECT day, stamp, orders, revenue_rwf, corporate_rwf, customers "
                "FROM day_orders WHERE zone = ? AND day >= ? AND day <= ?",
                self.zone.key, self.db.day(wanted[0]), self.db.day(wanted[-1]),
            )  # fmt: skip
            for stored_day, stamp, orders, revenue, corporate, customers in rows:
                day = self.db.read_day(stored_day)
                valid = self.stamp(
                    local_midnight_utc(day, self.zone), local_midnight_utc(day + ONE_DAY, self.zone)
                )
                if stamp == valid:
                    self._days[day] = _Span(
                        orders, int(revenue), int(corporate), frozenset(_ids(bytes(customers)))
                    )
        missing = [day for day in days if day not in self._days]
        self._recomputed += len(missing)
        if self._recomputed > RECOMPUTED_DAYS:
            raise Stale(f"{self._recomputed} days not stored, from {missing[0]}")
        for day in missing:  # changed since stored (a refund), or closed since the last opening
            self._days[day] = self._from_orders(
                local_midnight_utc(day, self.zone), local_midnight_utc(day + ONE_DAY, self.zone)
            )
        return [self._days[day] for day in days]

    def _from_orders(self, start: datetime, end: datetime) -> _Span:
        between = (self.db.moment(start), self.db.moment(end))
        count, revenue, corporate = self.db.rows(
            "SELECT count(*), coalesce(sum(total_rwf), 0), coalesce(sum(CASE WHEN channel = "
            f"'corporate' THEN total_rwf ELSE 0 END), 0) FROM orders WHERE {COUNTED} "
            "AND placed_at >= ? AND placed_at < ?", *between,
        )[0]  # fmt: skip
        customers = self.db.rows(
            f"SELECT DISTINCT customer_id FROM orders WHERE {COUNTED} "
            "AND placed_at >= ? AND placed_at < ?", *between,
        )  # fmt: skip
        return _Span(int(count), int(revenue), int(corporate), frozenset(c for (c,) in customers))

    # The other figures, as in `bi`.

    def revenue_by_channel(self, start: datetime, end: datetime, orders: _Span) -> RevenueByChannel:
        between = (self.db.moment(start), self.db.moment(end))
        catering = self.db.value(
            "SELECT coalesce(sum(coalesce(quoted_price_rwf, estimate_rwf)), 0) "
            "FROM catering_requests WHERE status IN ('confirmed', 'completed') "
            "AND event_at >= ? AND event_at < ?", *between,
        )  # fmt: skip
        subscriptions = self.db.value(
            "SELECT coalesce(sum(amount_rwf), 0) FROM subscription_charges "
            "WHERE charged_at >= ? AND charged_at < ?", *between,
        )  # fmt: skip
        return RevenueByChannel(
            orders.revenue - orders.corporate, orders.corporate,
            int(catering or 0), int(subscriptions or 0),
        )  # fmt: skip

    def subscription_churn(self, start: datetime, end: datetime) -> Churn:
        s, e = self.db.moment(start), self.db.moment(end)
        base, churned = self.db.rows(
            "SELECT count(*), coalesce(sum(CASE WHEN cancelled_at > ? AND cancelled_at < ? "
            "THEN 1 ELSE 0 END), 0) FROM subscriptions WHERE started_at <= ? "
            "AND (cancelled_at IS NULL OR cancelled_at > ?) AND NOT EXISTS (SELECT 1 FROM "
            "subscription_pauses WHERE subscription_pauses.subscription_id = subscriptions.id "
            "AND paused_at <= ? AND (resumed_at IS NULL OR resumed_at > ?))",
            s, e, s, s, s, s,
        )[0]  # fmt: skip
        return Churn(ratio(int(churned), int(base)), int(base), int(churned))

    def historical_clv(self) -> tuple[Decimal | None, Decimal | None]:
        as_of = self.db.moment(self.as_of)
        late_order = self.db.value("SELECT id FROM orders WHERE placed_at >= ? LIMIT 1", as_of)
        if late_order is None:
            joined = self.db.value(
                f"SELECT {self.db.joined('counted_revenue_rwf')} FROM customer_order_totals "
                "WHERE counted_orders > 0"
            )
            # json's parser turns the comma-separated integers into a list ~3× faster than
            # int() on each piece.
            revenue = sorted(json.loads(f"[{joined}]")) if joined else []
            customers = len(revenue)
            if not customers:
                return None, None
            half = (customers - 1) // 2
            middle_sum = revenue[half] + revenue[customers // 2] if customers % 2 == 0 else (
                revenue[half])  # fmt: skip
            return (
                Decimal(sum(revenue)) / customers,
                Decimal(middle_sum) / (2 - customers % 2),
            )
        late = {
            customer: (int(n), int(revenue))
            for customer, n, revenue in self.db.rows(
                f"SELECT customer_id, count(*), sum(total_rwf) FROM orders WHERE {COUNTED} "
                "AND placed_at >= ? GROUP BY customer_id", as_of,
            )
        }  # fmt: skip
        per_customer = []
        for customer, n, revenue in self.db.rows(
            "SELECT customer_id, counted_orders, counted_revenue_rwf FROM customer_order_totals "
            "WHERE counted_orders > 0"
        ):
            later_orders, later_revenue = late.get(customer, (0, 0))
            if n > later_orders:
                per_customer.append(int(revenue) - later_revenue)
        if not per_customer:
            return None, None
        import statistics

        mean = Decimal(sum(per_customer)) / Decimal(len(per_customer))
        return mean, Decimal(statistics.median(per_customer))

    def predictive_clv(self) -> Decimal | None:
        """bi.predictive_clv over the stored closed months. Its months' 'new since the window
        began' counts add up to the distinct customers of the window, a union of stored sets."""
        first = self.db.value(
            f"SELECT placed_at FROM orders WHERE {COUNTED} ORDER BY placed_at LIMIT 1"
        )
        if first is None:
            return None
        zone = self.zone
        this_month = month_start(self.as_of.astimezone(zone).date())
        first_month = month_start(self.db.read_moment(first).astimezone(zone).date())
        months = predictive_clv_months(this_month, first_month)
        if not months:
            return None
        window_start = months[0]
        window = timedelta(days=ACTIVE_DAYS)
        stored = {
            self.db.read_day(m): row
            for m, *row in self.db.rows(
                "SELECT month_start, stamp, orders, revenue_rwf, active_at_start, churned, "
                "customers FROM month_activity WHERE zone = ? AND active_days = ? "
                "AND month_start >= ? AND month_start < ?",
                zone.key, ACTIVE_DAYS, self.db.day(window_start), self.db.day(this_month),
            )
        }  # fmt: skip
        orders = revenue = active = churned = 0
        customers: set[int] = set()
        for m in months:
            row = stored.get(m)
            start = local_midnight_utc(m, zone)
            end = local_midnight_utc(add_months(m, 1), zone)
            if row is None or row[0] != self.stamp(start - window, end):
                # months._compute, from the days (stored, or read again from the orders)
                month = self.span(start, end)
                month_active, still_active = _kept(
                    self.span(start - window, start), self.span(end - window, end)
                )
                orders += month.orders
                revenue += month.revenue
                active += month_active
                churned += month_active - still_active
                customers.update(month.customers)
                continue
            _, month_orders, month_revenue, month_active, month_churned, ids = row
            orders += month_orders
            revenue += int(month_revenue)
            active += month_active or 0
            churned += month_churned or 0
            customers.update(_ids(bytes(ids)))
        if not orders or not customers:
            return None
        if not active or not churned:
            return None
        aov = Decimal(revenue) / orders
        frequency = Decimal(orders) / len(customers) / len(months)
        return aov * frequency * active / churned


def _combine(parts: Iterable[_Span]) -> _Span:
    parts = list(parts)
    customers: set[int] = set()
    for part in parts:
        customers.update(part.customers)
    return _Span(
        sum(p.orders for p in parts), sum(p.revenue for p in parts),
        sum(p.corporate for p in parts), customers,
    )  # fmt: skip


def _kept(base: _Span, later: _Span) -> tuple[int, int]:
    return len(base.customers), len(base.customers & later.customers)
