"""The same BI figures the app computes, done the way an analyst would elsewhere, for comparison.

`pandas_figures` is the notebook approach: read the orders table, compute everything in pandas.
`duckdb_figures` runs the same definitions as SQL in DuckDB over the orders loaded into it.
Both return the figures the app's BI dashboard shows, so the benchmark can check all three agree.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pandas as pd
from sqlalchemy import Engine

from dusangire_desktop.services.analytics.periods import Period, add_months, local_midnight_utc

NOT_COUNTED = ("cancelled", "refunded")
COLUMNS = "customer_id, placed_at, status, channel, total_rwf"


def read_orders(engine: Engine) -> pd.DataFrame:
    frame = pd.read_sql(f"SELECT {COLUMNS} FROM orders", engine)
    frame["placed_at"] = pd.to_datetime(frame["placed_at"], utc=True)
    return frame


def _window(zone: ZoneInfo, as_of: datetime) -> tuple[list[date], list[datetime]]:
    """The 12 closed local months before `as_of`'s month, and their UTC bounds."""
    this_month = as_of.astimezone(zone).date().replace(day=1)
    months = [add_months(this_month, k) for k in range(-12, 0)]
    return months, [local_midnight_utc(m, zone) for m in [*months, this_month]]


def pandas_figures(
    engine: Engine, period: Period, as_of: datetime, zone: ZoneInfo, active_days: int = 30
) -> dict[str, object]:
    orders = read_orders(engine)
    kept = orders[~orders["status"].isin(NOT_COUNTED)]
    placed = kept["placed_at"]
    start, end = period.clipped_utc_bounds(zone, as_of)
    previous = period.previous().utc_bounds(zone)
    now = kept[(placed >= start) & (placed < end)]

    def customers(lo: datetime, hi: datetime) -> set[int]:
        return set(kept.loc[(placed >= lo) & (placed < hi), "customer_id"])

    window = timedelta(days=active_days)
    before = customers(*previous)
    active = customers(start - window, start)
    per_customer = kept.loc[placed < as_of].groupby("customer_id")["total_rwf"].sum()
    months, bounds = _window(zone, as_of)
    in_window = kept[(placed >= bounds[0]) & (placed < bounds[-1])]
    base = lost = 0
    for k in range(len(months)):
        at_start = customers(bounds[k] - window, bounds[k])
        base += len(at_start)
        lost += len(at_start - customers(bounds[k + 1] - window, bounds[k + 1]))
    window_orders = len(in_window)
    aov_12 = Decimal(int(in_window["total_rwf"].sum())) / window_orders
    frequency = Decimal(window_orders) / in_window["customer_id"].nunique() / len(months)
    local_month = kept["placed_at"].dt.tz_convert(zone).dt.tz_localize(None).dt.to_period("M")
    first_month = local_month.groupby(kept["customer_id"]).transform("min")
    recent = local_month >= pd.Period(months[0], "M")
    return {
        "orders": len(now),
        "order_revenue": int(now["total_rwf"].sum()),
        "regular": int(now.loc[now["channel"] == "regular", "total_rwf"].sum()),
        "corporate": int(now.loc[now["channel"] == "corporate", "total_rwf"].sum()),
        "retention": Decimal(len(before & set(now["customer_id"]))) / len(before),
        "churn": Decimal(len(active - customers(end - window, end))) / len(active),
        "clv_mean": Decimal(int(per_customer.sum())) / len(per_customer),
        "clv_median": Decimal(per_customer.median()),
        "clv_predictive": aov_12 * frequency * base / lost,
        "monthly_revenue": kept[recent].groupby(local_month[recent])["total_rwf"].sum().tolist(),
        "cohort_sizes": (
            kept[recent & (first_month == local_month)]
            .groupby(local_month[recent & (first_month == local_month)])["customer_id"]
            .nunique()
            .tolist()
        ),
    }


def duckdb_figures(
    connection, period: Period, as_of: datetime, zone: ZoneInfo, active_days: int = 30
) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """`connection` is a DuckDB connection holding the table `orders` (see `load_duckdb`)."""
    start, end = period.clipped_utc_bounds(zone, as_of)
    prev_start, prev_end = period.previous().utc_bounds(zone)
    window = timedelta(days=active_days)
    months, bounds = _window(zone, as_of)
    counted = f"status NOT IN {NOT_COUNTED}"

    def one(sql: str, *params):  # type: ignore[no-untyped-def]
        return connection.execute(sql, list(params)).fetchone()

    def kept_between(base: tuple[datetime, datetime], later: tuple[datetime, datetime]):  # type: ignore[no-untyped-def]
        return one(
            f"""WITH b AS (SELECT DISTINCT customer_id FROM orders
                           WHERE {counted} AND placed_at >= ? AND placed_at < ?),
                     l AS (SELECT DISTINCT customer_id FROM orders
                           WHERE {counted} AND placed_at >= ? AND placed_at < ?)
                SELECT (SELECT count(*) FROM b),
                       (SELECT count(*) FROM b JOIN l USING (customer_id))""",
            *base, *later,
        )  # fmt: skip

    orders, revenue, regular, corporate = one(
        f"""SELECT count(*), coalesce(sum(total_rwf), 0),
                   coalesce(sum(total_rwf) FILTER (channel = 'regular'), 0),
                   coalesce(sum(total_rwf) FILTER (channel = 'corporate'), 0)
            FROM orders WHERE {counted} AND placed_at >= ? AND placed_at < ?""",
        start, end,
    )  # fmt: skip
    base, retained = kept_between((prev_start, prev_end), (start, end))
    active, still = kept_between((start - window, start), (end - window, end))
    clv_mean, clv_median = one(
        f"""SELECT avg(v), median(v) FROM (SELECT sum(total_rwf)::BIGINT AS v FROM orders
            WHERE {counted} AND placed_at < ? GROUP BY customer_id)""",
        as_of,
    )  # fmt: skip
    pooled_base = pooled_lost = 0
    for k in range(len(months)):
        at_start, kept = kept_between(
            (bounds[k] - window, bounds[k]), (bounds[k + 1] - window, bounds[k + 1])
        )
        pooled_base += at_start
        pooled_lost += at_start - kept
    n, total, people = one(
        f"""SELECT count(*), sum(total_rwf), count(DISTINCT customer_id) FROM orders
            WHERE {counted} AND placed_at >= ? AND placed_at < ?""",
        bounds[0], bounds[-1],
    )  # fmt: skip
    offset = _fixed_offset_hours(zone)
    local = f"date_trunc('month', placed_at::TIMESTAMP + INTERVAL {offset} HOUR)"
    monthly = connection.execute(
        f"""SELECT {local} AS m, sum(total_rwf) FROM orders
            WHERE {counted} AND {local} >= ? GROUP BY m ORDER BY m""",
        [months[0]],
    ).fetchall()
    cohorts = connection.execute(
        f"""SELECT f, count(*) FROM (SELECT customer_id, min({local}) AS f FROM orders
            WHERE {counted} GROUP BY customer_id) WHERE f >= ? GROUP BY f ORDER BY f""",
        [months[0]],
    ).fetchall()
    return {
        "orders": orders,
        "order_revenue": int(revenue),
        "regular": int(regular),
        "corporate": int(corporate),
        "retention": Decimal(retained) / base,
        "churn": Decimal(active - still) / active,
        "clv_mean": Decimal(str(clv_mean)),
        "clv_median": Decimal(str(clv_median)),
        "clv_predictive": (Decimal(int(total)) / n) * (Decimal(n) / people / len(months))
        * pooled_base / pooled_lost,
        "monthly_revenue": [int(v) for _, v in monthly],
        "cohort_sizes": [int(v) for _, v in cohorts],
    }  # fmt: skip


def _fixed_offset_hours(zone: ZoneInfo) -> int:
    """Local months by a fixed offset: right for Africa/Kigali, which has no daylight saving."""
    offsets = {zone.utcoffset(datetime(2025, month, 1)) for month in range(1, 13)}
    if len(offsets) != 1:
        raise ValueError(
            f"{zone.key} changes its offset; the DuckDB comparison assumes it does not"
        )
    return int(offsets.pop().total_seconds() // 3600)


def load_duckdb(frame: pd.DataFrame):  # type: ignore[no-untyped-def]
    import duckdb

    connection = duckdb.connect()
    connection.execute("SET TimeZone = 'UTC'")
    connection.register("orders_frame", frame)
    connection.execute("CREATE TABLE orders AS SELECT * FROM orders_frame")
    connection.unregister("orders_frame")
    return connection


def as_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)
