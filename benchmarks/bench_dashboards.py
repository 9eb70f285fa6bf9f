"""Time each dashboard's figures over a large order history, on SQLite and PostgreSQL.

Run: .venv/bin/python benchmarks/bench_dashboards.py --orders 1000000 --customers 100000
The databases are built once (benchmarks/million.py) and kept for later runs.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import million  # benchmarks/ is the script's folder, so this sibling module imports
from sqlalchemy import create_engine, text

from dusangire_desktop import db
from dusangire_desktop.services.analytics import bi, operations, orders_sql, support
from dusangire_desktop.services.analytics.periods import Period
from dusangire_desktop.services.auth import Actor, Role
from dusangire_desktop.services.uow import UnitOfWorkFactory

KIGALI = ZoneInfo("Africa/Kigali")
MANAGER = Actor(None, "bench", "Benchmark", Role.ADMIN)
AS_OF = datetime(2026, 10, 20, 12, 0, tzinfo=KIGALI)
PERIOD = Period(date(2026, 9, 1), date(2026, 10, 1))


def _timed(work, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
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
    for label, url in (("SQLite", f"sqlite:///{Path(args.sqlite)}"), ("PostgreSQL", args.postgres)):
        measure(label, url, args)


def measure(label: str, url: str, args: argparse.Namespace) -> None:
    engine = db.make_engine(url)
    started = time.perf_counter()
    million.ensure(engine, args.orders, args.customers)
    build = time.perf_counter() - started
    factory = UnitOfWorkFactory(db.make_session_factory(engine), description=label, zone=KIGALI)
    month = PERIOD.utc_bounds(KIGALI)
    previous = PERIOD.previous().utc_bounds(KIGALI)
    figures = {
        "BI (whole summary)": lambda: bi.bi_summary(factory(), MANAGER, PERIOD, AS_OF),
        "  revenue by channel": lambda: _with(factory, lambda s: bi.revenue_by_channel(s, *month)),
        "  retention": lambda: _with(factory, lambda s: orders_sql.count_kept(s, previous, month)),
        "  historical CLV": lambda: _with(factory, lambda s: bi.historical_clv(s, AS_OF)),
        "  predictive CLV": lambda: _with(factory, lambda s: bi.predictive_clv(s, AS_OF, KIGALI)),
        "Support": lambda: support.support_summary(factory(), MANAGER, PERIOD, AS_OF),
        "Operations": lambda: operations.operations_summary(factory(), MANAGER, AS_OF),
    }
    print(f"\n{label}: {args.orders:,} orders, {args.customers:,} customers"
          f" (built/checked in {build:.1f} s)")  # fmt: skip
    for name, work in figures.items():
        print(f"  {name:<24} {_timed(work, args.runs):7.3f} s", flush=True)
    engine.dispose()


def _with(factory, work):  # type: ignore[no-untyped-def]
    with factory() as uow:
        return work(uow.session)


if __name__ == "__main__":
    main()
