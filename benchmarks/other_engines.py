"""Every figure the BI screen shows, computed by DuckDB from the app's tables, for comparison.

`load_duckdb` is the analyst's load: read the tables the figures need with pandas (orders,
catering requests, subscription charges, subscriptions and their pauses, revenue targets) and
copy them into an in-memory DuckDB. `duckdb_figures` then computes, in DuckDB SQL, each figure by
METRICS.md's definition; the ratios are taken in Python from DuckDB's integer counts and sums
(`Decimal`, as the app does), so agreement can be exact. `app_figures` flattens what the app's BI
screen receives (`bi.bi_dashboard`) to the same names.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pandas as pd
from sqlalchemy import Engine

from dusangire_desktop.services.analytics.periods import (
    Period,
    add_months,
    local_midnight_utc,
    month_start,
)

COUNTED = "status NOT IN ('cancelled', 'refunded')"
TABLES = {
    "orders": "SELECT customer_id, placed_at, status, channel, total_rwf FROM orders",
    "catering": "SELECT event_at, status, quoted_price_rwf, estimate_rwf FROM catering_requests",
    "charges": "SELECT charged_at, amount_rwf FROM subscription_charges",
    "subscriptions": "SELECT id, started_at, cancelled_at FROM subscriptions",
    "pauses": "SELECT subscription_id, paused_at, resumed_at FROM subscription_pauses",
    "targets": "SELECT month_start, channel, amount_rwf FROM revenue_targets",
}
TIMES = ("placed_at", "event_at", "charged_at", "started_at", "cancelled_at", "paused_at",
         "resumed_at")  # fmt: skip


def ratio(part: int | Decimal, whole: int | Decimal | None) -> Decimal | None:
    return None if not whole else Decimal(part) / Decimal(whole)


def load_duckdb(engine: Engine):  # type: ignore[no-untyped-def]
    import duckdb

    connection = duckdb.connect()
    connection.execute("SET TimeZone = 'UTC'")
    for name, sql in TABLES.items():
        frame = pd.read_sql(sql, engine)
        for column in TIMES:
            if column in frame:
                # Naive UTC timestamps: comparisons with naive UTC bounds, no zone conversions.
                frame[column] = pd.to_datetime(frame[column], utc=True).dt.tz_localize(None)
        if "month_start" in frame:
            frame["month_start"] = pd.to_datetime(frame["month_start"])
        connection.register("frame", frame)
        connection.execute(f"CREATE TABLE {name} AS SELECT * FROM frame")
        connection.unregister("frame")
    return connection


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def duckdb_figures(
    con, period: Period, months_shown: int, as_of: datetime, zone: ZoneInfo, active_days: int = 30
) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The BI screen's figures (period, `months_shown` months to `as_of`'s, cohorts)."""

    def one(sql: str, *params):  # type: ignore[no-untyped-def]
        return con.execute(sql, [_utc(p) if isinstance(p, datetime) else p for p in params]
                           ).fetchone()  # fmt: skip

    def orders_in(lo: datetime, hi: datetime) -> tuple[int, int, int]:
        n, revenue, corporate = one(
            f"""SELECT count(*), coalesce(sum(total_rwf), 0),
                       coalesce(sum(total_rwf) FILTER (channel = 'corporate'), 0)
                FROM orders WHERE {COUNTED} AND placed_at >= ? AND placed_at < ?""",
            lo,
            hi,
        )
        return int(n), int(revenue), int(corporate)

    def kept(base: tuple[datetime, datetime], later: tuple[datetime, datetime]) -> tuple[int, int]:
        return one(
            f"""WITH b AS (SELECT DISTINCT customer_id FROM orders
                           WHERE {COUNTED} AND placed_at >= ? AND placed_at < ?),
                     l AS (SELECT DISTINCT customer_id FROM orders
                           WHERE {COUNTED} AND placed_at >= ? AND placed_at < ?)
                SELECT (SELECT count(*) FROM b), (SELECT count(*) FROM b JOIN l USING (customer_id))
            """, *base, *later)  # fmt: skip

    def other_channels(lo: datetime, hi: datetime) -> tuple[int, int]:
        catering = one(
            """SELECT coalesce(sum(coalesce(quoted_price_rwf, estimate_rwf)), 0) FROM catering
               WHERE status IN ('confirmed', 'completed') AND event_at >= ? AND event_at < ?""",
            lo, hi)[0]  # fmt: skip
        charges = one("SELECT coalesce(sum(amount_rwf), 0) FROM charges "
                      "WHERE charged_at >= ? AND charged_at < ?", lo, hi)[0]  # fmt: skip
        return int(catering), int(charges)

    def target(first: date, end: date) -> int | None:
        n, amount = one("SELECT count(*), coalesce(sum(amount_rwf), 0) FROM targets "
                        "WHERE channel = 'total' AND month_start >= ? AND month_start < ?",
                        first, end)  # fmt: skip
        return int(amount) if n else None

    window = timedelta(days=active_days)
    figures: dict[str, object] = {}
    start, end = period.clipped_utc_bounds(zone, as_of)
    n, revenue, corporate = orders_in(start, end)
    base, retained = kept(period.previous().utc_bounds(zone), (start, end))
    active, still = kept((start - window, start), (end - window, end))
    sub_base, sub_churned = one(
        """SELECT count(*), coalesce(sum(CASE WHEN cancelled_at > ? AND cancelled_at < ?
                                             THEN 1 ELSE 0 END), 0)
           FROM subscriptions s WHERE started_at <= ? AND (cancelled_at IS NULL OR cancelled_at > ?)
             AND NOT EXISTS (SELECT 1 FROM pauses p WHERE p.subscription_id = s.id
                             AND p.paused_at <= ? AND (p.resumed_at IS NULL OR p.resumed_at > ?))
        """, start, end, start, start, start, start)  # fmt: skip
    customers, clv_total, clv_median = one(
        f"""SELECT count(*), coalesce(sum(v), 0), median(v) FROM (SELECT sum(total_rwf) AS v
            FROM orders WHERE {COUNTED} AND placed_at < ? GROUP BY customer_id)""",
        as_of,
    )
    catering, charges = other_channels(start, end)
    total = revenue + catering + charges
    figures.update({
        "orders": n, "order_revenue": revenue, "aov": ratio(revenue, n),
        "retention_rate": ratio(retained, base), "retention_base": base,
        "churn.rate": ratio(active - still, active), "churn.active_at_start": active,
        "churn.churned": active - still,
        "subscription_churn.rate": ratio(sub_churned, sub_base),
        "subscription_churn.active_at_start": int(sub_base),
        "subscription_churn.churned": int(sub_churned),
        "clv_historical_mean": ratio(clv_total, customers),
        "clv_historical_median": None if clv_median is None else Decimal(str(clv_median)),
        "revenue.orders": revenue - corporate, "revenue.corporate": corporate,
        "revenue.catering": catering, "revenue.subscriptions": charges,
    })  # fmt: skip
    # Predictive CLV over the last 12 complete months, cut to where the data begins.
    this_month = month_start(as_of.astimezone(zone).date())
    first_at = one(f"SELECT min(placed_at) FROM orders WHERE {COUNTED}")[0]
    first_month = month_start(first_at.replace(tzinfo=UTC).astimezone(zone).date())
    window_start = max(add_months(this_month, -12), first_month)
    months = []
    cursor = window_start
    while cursor < this_month:
        months.append(cursor)
        cursor = add_months(cursor, 1)
    bounds = [local_midnight_utc(m, zone) for m in [*months, this_month]]

    # Pooled churn of those months in one pass: a customer is active at a month's start when
    # they ordered in the 30 days before it, so an order makes its customer active at the next
    # month start, or the one after (a month may be shorter than the window), if near enough.
    offset = _fixed_offset_hours(zone)
    firsts = ", ".join(f"TIMESTAMP '{m} 00:00:00'" for m in months)
    pooled_base, pooled_kept = (0, 0) if not months else one(
        f"""WITH o AS (SELECT customer_id, placed_at + INTERVAL {offset} HOUR AS t,
                              date_trunc('month', placed_at + INTERVAL {offset} HOUR) AS m
                       FROM orders WHERE {COUNTED} AND placed_at >= ? AND placed_at < ?),
                 c AS (SELECT customer_id, m + INTERVAL 1 MONTH AS b FROM o
                       WHERE t >= m + INTERVAL 1 MONTH - INTERVAL {active_days} DAY
                       UNION
                       SELECT customer_id, m + INTERVAL 2 MONTH AS b FROM o
                       WHERE t >= m + INTERVAL 2 MONTH - INTERVAL {active_days} DAY)
            SELECT (SELECT count(*) FROM c WHERE b IN ({firsts})),
                   (SELECT count(*) FROM c c1 JOIN c c2 ON c1.customer_id = c2.customer_id
                        AND c2.b = c1.b + INTERVAL 1 MONTH WHERE c1.b IN ({firsts}))""",
        bounds[0] - window, bounds[-1])  # fmt: skip
    pooled_lost = pooled_base - pooled_kept
    w_orders, w_revenue, w_people = one(
        f"""SELECT count(*), coalesce(sum(total_rwf), 0), count(DISTINCT customer_id) FROM orders
            WHERE {COUNTED} AND placed_at >= ? AND placed_at < ?""",
        bounds[0],
        bounds[-1],
    )
    figures["clv_predictive"] = (
        None if not w_orders or not w_people or not pooled_base or not pooled_lost
        else Decimal(int(w_revenue)) / w_orders * (Decimal(w_orders) / w_people / len(months))
        * pooled_base / pooled_lost
    )  # fmt: skip
    # Revenue against target over the whole local months the period touches.
    first = month_start(period.start)
    last_end = add_months(month_start(period.end - timedelta(days=1)), 1)
    t_start, t_end = Period(first, last_end).utc_bounds(zone)
    if (first, last_end) == (period.start, period.end):
        actual = total
    else:
        until = min(t_end, max(t_start, as_of))
        _, t_revenue, _ = orders_in(t_start, until)
        actual = t_revenue + sum(other_channels(t_start, until))
    goal = target(first, last_end)
    days = (last_end - first).days
    elapsed = min(max((as_of.astimezone(zone).date() - first).days + 1, 0), days)
    figures.update({
        "target_progress.actual": actual, "target_progress.target": goal,
        "target_progress.attainment": ratio(actual, goal) if goal is not None else None,
        "target_progress.days_elapsed": elapsed, "target_progress.days_in_period": days,
        "target_progress.projection": ratio(actual * days, elapsed),
        "target_progress.pace": ratio(actual * days, goal * elapsed) if goal is not None else None,
        "target_progress.needed_per_remaining_day":
            ratio(goal - actual, days - elapsed) if goal is not None else None,
    })  # fmt: skip
    # The months chart: `months_shown` local months up to and including as_of's.
    starts = [add_months(this_month, k) for k in range(1 - months_shown, 2)]
    edges = [min(local_midnight_utc(m, zone), as_of) for m in starts]

    def local_month(column: str) -> str:
        return f"date_trunc('month', {column} + INTERVAL {offset} HOUR)::DATE"

    def by_month(sql: str) -> dict[date, tuple]:  # type: ignore[type-arg]
        rows = con.execute(sql, [_utc(edges[0]), _utc(edges[-1])]).fetchall()
        return {row[0]: row[1:] for row in rows}

    chart_orders = by_month(
        f"""SELECT {local_month("placed_at")} AS m, count(*), sum(total_rwf),
                   coalesce(sum(total_rwf) FILTER (channel = 'corporate'), 0)
            FROM orders WHERE {COUNTED} AND placed_at >= ? AND placed_at < ? GROUP BY m"""
    )
    chart_catering = by_month(
        f"""SELECT {local_month("event_at")} AS m, sum(coalesce(quoted_price_rwf, estimate_rwf))
            FROM catering WHERE status IN ('confirmed', 'completed')
              AND event_at >= ? AND event_at < ? GROUP BY m"""
    )
    chart_charges = by_month(
        f"""SELECT {local_month("charged_at")} AS m, sum(amount_rwf) FROM charges
            WHERE charged_at >= ? AND charged_at < ? GROUP BY m"""
    )
    chart_targets = {
        m.date(): int(amount) for m, amount in con.execute(
            "SELECT month_start, amount_rwf FROM targets WHERE channel = 'total' "
            "AND month_start >= ? AND month_start < ?", [starts[0], starts[-1]]).fetchall()
    }  # fmt: skip
    for index, month in enumerate(starts[:-1]):
        n, revenue, corporate = (int(v) for v in chart_orders.get(month, (0, 0, 0)))
        catering = int(chart_catering.get(month, (0,))[0])
        charges = int(chart_charges.get(month, (0,))[0])
        key = f"month.{month:%Y-%m}."
        figures.update({
            key + "provisional": local_midnight_utc(starts[index + 1], zone) > as_of,
            key + "orders": n, key + "order_revenue": revenue, key + "regular": revenue - corporate,
            key + "corporate": corporate, key + "catering": catering,
            key + "subscriptions": charges, key + "target": chart_targets.get(month),
            key + "aov": ratio(revenue, n),
        })  # fmt: skip
    # Cohorts: first counted order's local month; share ordering again k months later.
    rows = con.execute(
        f"""WITH o AS (SELECT customer_id, {local_month("placed_at")} AS m FROM orders
                       WHERE {COUNTED} AND placed_at < ?),
                 f AS (SELECT customer_id, min(m) AS c FROM o GROUP BY customer_id)
            SELECT f.c, o.m, count(DISTINCT o.customer_id) FROM o JOIN f USING (customer_id)
            WHERE f.c >= ? GROUP BY f.c, o.m""",
        [_utc(as_of), starts[0]],
    ).fetchall()
    counts = {(c, m): int(n) for c, m, n in rows}
    started = sum(1 for m in starts[:-1] if local_midnight_utc(m, zone) <= as_of)
    for i, cohort in enumerate(starts[:-1]):
        size = counts.get((cohort, cohort), 0)
        figures[f"cohort.{cohort:%Y-%m}.size"] = size
        for k in range(months_shown - i):
            figures[f"cohort.{cohort:%Y-%m}.+{k}"] = (
                ratio(counts.get((cohort, starts[i + k]), 0), size) if i + k < started else None
            )
    return figures


def app_figures(data) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """What the BI screen receives, by the same names as `duckdb_figures`."""
    s = data.summary
    figures: dict[str, object] = {
        "orders": s.orders, "order_revenue": s.order_revenue, "aov": s.aov,
        "retention_rate": s.retention_rate, "retention_base": s.retention_base,
        "clv_historical_mean": s.clv_historical_mean,
        "clv_historical_median": s.clv_historical_median, "clv_predictive": s.clv_predictive,
    }  # fmt: skip
    for name in ("churn", "subscription_churn"):
        churn = getattr(s, name)
        figures.update({f"{name}.rate": churn.rate, f"{name}.churned": churn.churned,
                        f"{name}.active_at_start": churn.active_at_start})  # fmt: skip
    figures.update({f"revenue.{k}": v for k, v in s.revenue.as_dict().items()})
    t = s.target_progress
    for name in ("actual", "target", "attainment", "days_elapsed", "days_in_period",
                 "projection", "pace", "needed_per_remaining_day"):  # fmt: skip
        figures[f"target_progress.{name}"] = getattr(t, name)
    for m in data.months:
        key = f"month.{m.month:%Y-%m}."
        for name in ("provisional", "orders", "order_revenue", "regular", "corporate",
                     "catering", "subscriptions", "target", "aov"):  # fmt: skip
            figures[key + name] = getattr(m, name)
    c = data.cohorts
    for i, cohort in enumerate(c.months):
        figures[f"cohort.{cohort:%Y-%m}.size"] = c.sizes[i]
        for k, share in enumerate(c.shares[i]):
            figures[f"cohort.{cohort:%Y-%m}.+{k}"] = share
    return figures


def disagreements(ours: dict[str, object], theirs: dict[str, object]) -> list[str]:
    wrong = []
    for name in sorted(set(ours) | set(theirs)):
        a, b = ours.get(name, "missing"), theirs.get(name, "missing")
        if isinstance(a, Decimal) and isinstance(b, Decimal):
            same = abs(a - b) <= Decimal("1e-9") * max(1, abs(a))
        else:
            same = a == b
        if not same:
            wrong.append(f"{name}: the app says {a}, DuckDB says {b}")
    return wrong


def _fixed_offset_hours(zone: ZoneInfo) -> int:
    """Local months by a fixed offset: right for Africa/Kigali, which has no daylight saving."""
    offsets = {zone.utcoffset(datetime(2025, month, 1)) for month in range(1, 13)}
    if len(offsets) != 1:
        raise ValueError(
            f"{zone.key} changes its offset; the DuckDB comparison assumes it does not"
        )
    return int(offsets.pop().total_seconds() // 3600)  # type: ignore[union-attr]
