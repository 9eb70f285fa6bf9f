"""Time each dashboard over a big order history on SQLite and PostgreSQL, beside DuckDB and pandas.

Run: .venv/bin/python benchmarks/bench_dashboards.py --orders 1000000 --customers 100000
(needs the `bench` extra: pip install -e ".[bench]"). The databases are built once
(benchmarks/million.py) and kept for later runs.

"BI dashboard" is everything the BI screen loads: the summary, twelve months of revenue and AOV,
and the cohort table. "warm" is the usual case: closed days' and months' figures are stored. "cold"
empties both stores first (the first opening after an upgrade or a big import); "after a refund"
refunds one order of last month first, which is what a manager's usual day costs.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import million  # benchmarks/ is the script's folder, so these sibling modules import
import other_engines
from sqlalchemy import create_engine, delete, select, text, update

from dusangire_desktop import db
from dusangire_desktop.models.orders import Order, OrderStatus
from dusangire_desktop.models.rollups import DayOrders, MonthActivity
from dusangire_desktop.services.analytics import bi, operations, series, support
from dusangire_desktop.services.analytics.periods import Period, add_months
from dusangire_desktop.services.auth import Actor, Role
from dusangire_desktop.services.uow import UnitOfWorkFactory

KIGALI = ZoneInfo("Africa/Kigali")
MANAGER = Actor(None, "bench", "Benchmark", Role.ADMIN)
# The last evening of the generated history: October is the running month, as on a real desk.
AS_OF = datetime(2026, 10, 31, 23, 30, tzinfo=KIGALI)
PERIOD = Period(date(2026, 10, 1), date(2026, 11, 1))
MONTHS = 13


def _timed(work, runs: int, before=None) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        if before:
            before()
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sqlite", default="/tmp/dusangire-bench.sqlite")
    parser.add_argument(
        "--postgres", default="postgresql+psycopg://postgres@127.0.0.1/dusangire_bench"
    )
    args = parser.parse_args()
    admin = create_engine(
        args.postgres.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as connection:
        name = args.postgres.rsplit("/", 1)[1]
        if not connection.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}):
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    table: dict[str, dict[str, float]] = {}
    for label, url in (("SQLite", f"sqlite:///{Path(args.sqlite)}"), ("PostgreSQL", args.postgres)):
        table[label] = measure(label, url, args)
    report(table)


def measure(label: str, url: str, args: argparse.Namespace) -> dict[str, float]:
    engine = db.make_engine(url)
    started = time.perf_counter()
    million.ensure(engine, args.orders, args.customers)
    print(f"\n{label}: {args.orders:,} orders, {args.customers:,} customers"
          f" (built/checked in {time.perf_counter() - started:.1f} s)", flush=True)  # fmt: skip
    factory = UnitOfWorkFactory(db.make_session_factory(engine), description=label, zone=KIGALI)

    def bi_dashboard():  # type: ignore[no-untyped-def]
        return bi.bi_dashboard(factory(), MANAGER, PERIOD, MONTHS, AS_OF)

    def forget_stored_figures() -> None:
        with engine.begin() as connection:
            connection.execute(delete(MonthActivity))
            connection.execute(delete(DayOrders))

    def refund_one_of_last_months_orders() -> None:
        last_month = add_months(PERIOD.start, -1)
        lo, hi = Period(last_month, PERIOD.start).utc_bounds(KIGALI)
        with engine.begin() as connection:
            order_id = connection.scalar(
                select(Order.id)
                .where(Order.placed_at >= lo, Order.placed_at < hi,
                       Order.status == OrderStatus.DELIVERED)
                .limit(1)
            )  # fmt: skip
            connection.execute(
                update(Order).where(Order.id == order_id).values(status=OrderStatus.REFUNDED)
            )

    app = bi_dashboard()
    times = {
        "BI dashboard, cold": _timed(bi_dashboard, 1, forget_stored_figures),
        "BI dashboard, after a refund": _timed(
            bi_dashboard, args.runs, refund_one_of_last_months_orders
        ),
        "BI dashboard, warm": _timed(bi_dashboard, args.runs),
        "  BI summary": _timed(lambda: bi.bi_summary(factory(), MANAGER, PERIOD, AS_OF), args.runs),
        "  12 months + running": _timed(
            lambda: series.last_months(factory(), MANAGER, MONTHS, AS_OF), args.runs
        ),
        "  cohort table": _timed(
            lambda: series.last_months_cohorts(factory(), MANAGER, MONTHS, AS_OF), args.runs
        ),
        "Support dashboard": _timed(
            lambda: support.support_summary(factory(), MANAGER, PERIOD, AS_OF), args.runs
        ),
        "Operations dashboard": _timed(
            lambda: operations.operations_summary(factory(), MANAGER, AS_OF), args.runs
        ),
    }
    app = bi_dashboard()
    frame_started = time.perf_counter()
    theirs = other_engines.pandas_figures(engine, PERIOD, AS_OF, KIGALI)
    times["pandas (read orders + compute)"] = time.perf_counter() - frame_started
    frame = other_engines.read_orders(engine)
    duck = other_engines.load_duckdb(frame)
    times["DuckDB (orders already loaded)"] = _timed(
        lambda: other_engines.duckdb_figures(duck, PERIOD, AS_OF, KIGALI), args.runs
    )
    check_agreement(app, theirs, other_engines.duckdb_figures(duck, PERIOD, AS_OF, KIGALI))
    for name, seconds in times.items():
        print(f"  {name:<32} {seconds:7.3f} s", flush=True)
    engine.dispose()
    return times


def check_agreement(app, pandas_figures: dict, duckdb_figures: dict) -> None:  # type: ignore[no-untyped-def]
    summary, months, cohorts = app.summary, app.months, app.cohorts
    ours = {
        "orders": summary.orders,
        "order_revenue": summary.order_revenue,
        "regular": summary.revenue.orders,
        "corporate": summary.revenue.corporate,
        "retention": summary.retention_rate,
        "churn": summary.churn.rate,
        "clv_mean": summary.clv_historical_mean,
        "clv_median": summary.clv_historical_median,
        "clv_predictive": summary.clv_predictive,
        "monthly_revenue": [month.order_revenue for month in months],
        "cohort_sizes": cohorts.sizes,
    }
    for name, value in ours.items():
        for engine, figures in (("pandas", pandas_figures), ("DuckDB", duckdb_figures)):
            other = figures[name]
            same = (abs(value - other) < Decimal("1e-9") if isinstance(value, Decimal)
                    else value == other)  # fmt: skip
            if not same:
                raise SystemExit(f"{name}: the app says {value}, {engine} says {other}")
    print("  the app, pandas and DuckDB agree on every BI figure")


def report(table: dict[str, dict[str, float]]) -> None:
    print("\n| figure | SQLite | PostgreSQL | ÷ pandas (SQLite / PG) | ÷ DuckDB (SQLite / PG) |")
    print("|---|---:|---:|---:|---:|")
    sqlite, pg = table["SQLite"], table["PostgreSQL"]
    pandas_s, pandas_p = (
        sqlite["pandas (read orders + compute)"],
        pg["pandas (read orders + compute)"],
    )
    duck_s, duck_p = sqlite["DuckDB (orders already loaded)"], pg["DuckDB (orders already loaded)"]
    for name in sqlite:
        s, p = sqlite[name], pg[name]
        print(f"| {name.strip()} | {s:.3f} s | {p:.3f} s | {s / pandas_s:.2f} / {p / pandas_p:.2f}"
              f" | {s / duck_s:.1f} / {p / duck_p:.1f} |")  # fmt: skip


if __name__ == "__main__":
    main()
