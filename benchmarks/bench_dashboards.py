"""The BI screen over a million orders on SQLite and PostgreSQL, beside DuckDB, on a real morning.

Run: .venv/bin/python benchmarks/bench_dashboards.py [--runs 3] [--only sqlite|postgresql]
(needs the `bench` extra: pip install -e ".[bench]"). The base databases (benchmarks/million.py:
Alembic schema, demo data, then the bulk history; nothing stored for the dashboards) are built
once and kept; each run works on a fresh copy, so runs do not feed each other.

What is timed (medians of --runs, every engine):
- "nothing stored": the screen's first open right after an upgrade, in-process, and as a whole
  `dusangire-desktop report bi` process (a new interpreter: imports, connection, figures).
- "realistic morning": 200 orders placed through the order service from 07:00, 3 orders of two
  months back refunded through it, then the first open at 10:30. Each run is the next day, so
  yesterday has just closed, as on a real desk. In-process (the BI screen's query) and, on
  further mornings, as a whole `report bi` process.
- "warm": the same open again; as a whole `report bi` process it reads the stored days and
  months without SQLAlchemy (services/analytics/bi_lean.py), timed alternately with
  `dusangire-desktop --version` (medians of at least five each).
- DuckDB: the same figures on the tables already loaded into it, and with the load (pandas
  read of the tables + copy into DuckDB). Every figure the screen shows (summary, target, twelve
  months, cohort table) must agree with the app's, or the run stops.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

import million  # benchmarks/ is the script's folder, so these sibling modules import
import other_engines
from sqlalchemy import and_, delete, exists, select, text

from dusangire_desktop import db
from dusangire_desktop.models.orders import Order, OrderStatus, Payment, PaymentMethod
from dusangire_desktop.models.rollups import DayOrders, MonthActivity
from dusangire_desktop.models.till import MobileProvider
from dusangire_desktop.services import orders
from dusangire_desktop.services.analytics import bi, operations, support
from dusangire_desktop.services.analytics.periods import Period, add_months
from dusangire_desktop.services.auth import command_line_actor
from dusangire_desktop.services.orders import DeliveryInput, Fulfilment, PaymentInput, RefundInput
from dusangire_desktop.services.pricing import LineRequest
from dusangire_desktop.services.uow import UnitOfWorkFactory

KIGALI = million.KIGALI
ACTOR = command_line_actor("bench")
MONTHS_SHOWN = 12  # views/bi_dashboard.py
MORNING_ORDERS = 200
REFUNDS = 3
ROOT = Path(__file__).resolve().parent.parent


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


def _median(work: Callable[[], object], runs: int, before: Callable[[], object] | None = None
            ) -> float:  # fmt: skip
    times = []
    for _ in range(runs):
        if before:
            before()
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _process(*args: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "dusangire_desktop", *args], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", choices=["sqlite", "postgresql"])
    parser.add_argument("--sqlite-base", default="/tmp/dusangire-bench-base.sqlite")
    parser.add_argument(
        "--postgres-base", default="postgresql+psycopg://postgres@127.0.0.1/dusangire_bench_base"
    )
    args = parser.parse_args()  # fmt: skip
    table: dict[str, dict[str, float]] = {}
    if args.only != "postgresql":
        base = Path(args.sqlite_base)
        million.ensure(f"sqlite:///{base}", args.orders, args.customers)
        work = million.copy_sqlite(base, base.with_name("dusangire-bench-work.sqlite"))
        table["SQLite"] = measure("SQLite", work, args)
    if args.only != "sqlite":
        million.create_postgres(args.postgres_base)
        million.ensure(args.postgres_base, args.orders, args.customers)
        work = million.copy_postgres(args.postgres_base, args.postgres_base + "_work")
        try:
            table["PostgreSQL"] = measure("PostgreSQL", work, args)
        finally:
            million.drop_postgres(work)
    report(table, args)


def measure(label: str, url: str, args: argparse.Namespace) -> dict[str, float]:
    engine = db.make_engine(url)
    clock = Clock()
    factory = UnitOfWorkFactory(db.make_session_factory(engine), description=label, clock=clock,
                                zone=KIGALI)  # fmt: skip
    rng = random.Random(16)
    with engine.connect() as connection:
        customers = list(connection.scalars(text(
            "SELECT id FROM customers WHERE kind <> 'patient' ORDER BY id")))  # fmt: skip
        items = list(connection.scalars(text(
            "SELECT id FROM menu_items WHERE is_available ORDER BY id")))  # fmt: skip
    print(f"\n{label}: {args.orders:,} orders, {args.customers:,} customers", flush=True)

    def screen(as_of: datetime):  # type: ignore[no-untyped-def]
        clock.now = as_of
        return bi.bi_dashboard(factory(), ACTOR, Period.month(as_of.astimezone(KIGALI).date()),
                               MONTHS_SHOWN, as_of)  # fmt: skip

    def report_bi(as_of: datetime) -> float:
        first = as_of.astimezone(KIGALI).date().replace(day=1)
        return _process(
            "--database",
            url,
            "report",
            "bi",
            "--from",
            first.isoformat(),
            "--to",
            add_months(first, 1).isoformat(),
            "--as-of",
            as_of.isoformat(),
        )

    def forget_stored_figures() -> None:
        with engine.begin() as connection:
            connection.execute(delete(MonthActivity))
            connection.execute(delete(DayOrders))

    def morning(day: int) -> datetime:
        """A desk's morning on TODAY + day; returns when the manager opens the screen."""
        today = million.TODAY + timedelta(days=day)
        opens = datetime.combine(today, clock_time(7), KIGALI)
        for n in range(MORNING_ORDERS):
            clock.now = opens + timedelta(seconds=45 * n)
            orders.place_order(
                factory(), ACTOR, customer_id=rng.choice(customers),
                lines=[LineRequest(rng.choice(items), rng.randint(1, 2))],
                payment=PaymentInput(PaymentMethod.MOBILE_MONEY, reference=f"178{day:03d}{n:05d}",
                                     provider=MobileProvider.MTN_MOMO, payer_number="0788123456")
                if n % 2 else PaymentInput(PaymentMethod.CARD, reference=f"CARD{day:03d}{n:05d}"),
                delivery=DeliveryInput(Fulfilment.PICKUP), allergy_override="benchmark",
            )  # fmt: skip
        back = datetime.combine(add_months(today, -2), clock_time(0), KIGALI)
        # Paid by card alone, so the money goes back as a card reversal (cash back would need
        # the desk's till shift open, services/till).
        by_card = exists().where(
            Payment.order_id == Order.id,
            Payment.amount_rwf > 0,
            Payment.method == PaymentMethod.CARD,
        )
        otherwise = exists().where(
            Payment.order_id == Order.id,
            Payment.amount_rwf > 0,
            Payment.method.notin_((PaymentMethod.CARD, PaymentMethod.CORPORATE_ACCOUNT)),
        )
        paid = and_(by_card, ~otherwise)  # fmt: skip
        with engine.connect() as connection:
            chosen = connection.execute(
                select(Order.id, Order.version).where(
                    Order.placed_at >= back - timedelta(days=3),
                    Order.placed_at < back + timedelta(days=3),
                    Order.status == OrderStatus.DELIVERED, paid,
                ).order_by(Order.id).limit(REFUNDS)
            ).all()  # fmt: skip
        assert len(chosen) == REFUNDS, "no paid orders two months back to refund"
        for order_id, version in chosen:
            clock.now += timedelta(minutes=5)
            orders.refund(factory(), ACTOR, order_id, version, "benchmark: meal never came",
                          RefundInput(PaymentMethod.CARD, reference=f"REV{order_id}"))  # fmt: skip
        return datetime.combine(today, clock_time(10, 30), KIGALI)

    runs = args.runs
    first_open = datetime.combine(million.TODAY, clock_time(7), KIGALI)
    times: dict[str, float] = {}
    times["nothing stored, in-process"] = _median(
        lambda: screen(first_open), runs, forget_stored_figures
    )
    nothing_stored = []
    for _ in range(runs):
        forget_stored_figures()
        nothing_stored.append(report_bi(first_open))
    times["nothing stored, report bi process"] = statistics.median(nothing_stored)
    screen(first_open)  # what a manager saw before the desk opened
    day = 0
    in_process = []
    for _ in range(runs):
        as_of = morning(day)
        day += 1
        started = time.perf_counter()
        screen(as_of)
        in_process.append(time.perf_counter() - started)
    times["realistic morning, in-process"] = statistics.median(in_process)
    whole = []
    for _ in range(runs):
        as_of = morning(day)
        day += 1
        whole.append(report_bi(as_of))
    times["realistic morning, report bi process"] = statistics.median(whole)
    times["warm, in-process"] = _median(lambda: screen(as_of), runs)
    # Interleaved, at least five of each, so the machine's load falls on both alike.
    warm, version = [], []
    for _ in range(max(5, runs)):
        warm.append(report_bi(as_of))
        version.append(_process("--version"))
    times["warm, report bi process"] = statistics.median(warm)
    times["--version process"] = statistics.median(version)
    period = Period.month(as_of.astimezone(KIGALI).date())
    times["support dashboard"] = _median(
        lambda: support.support_summary(factory(), ACTOR, period, as_of), runs
    )
    times["operations dashboard"] = _median(
        lambda: operations.operations_summary(factory(), ACTOR, as_of), runs
    )
    loaded = []

    def load() -> None:
        loaded.append(other_engines.load_duckdb(engine))

    times["DuckDB load (pandas read + copy in)"] = _median(load, runs)
    duck = loaded[-1]
    times["DuckDB figures, orders loaded"] = _median(
        lambda: other_engines.duckdb_figures(duck, period, MONTHS_SHOWN, as_of, KIGALI), runs
    )
    times["DuckDB with its load"] = (
        times["DuckDB load (pandas read + copy in)"] + times["DuckDB figures, orders loaded"]
    )
    ours = other_engines.app_figures(screen(as_of))
    wrong = other_engines.disagreements(
        ours, other_engines.duckdb_figures(duck, period, MONTHS_SHOWN, as_of, KIGALI)
    )
    if wrong:
        raise SystemExit(f"{label}: the app and DuckDB disagree:\n  " + "\n  ".join(wrong))
    print(f"  the app and DuckDB agree on all {len(ours)} figures the BI screen shows")
    for name, seconds in times.items():
        print(f"  {name:<40} {seconds:7.3f} s", flush=True)
    engine.dispose()
    return times


def report(table: dict[str, dict[str, float]], args: argparse.Namespace) -> None:
    load = os.getloadavg()
    names = list(table)
    print(
        f"\nmedians of {args.runs}; {args.orders:,} orders, {args.customers:,} customers; "
        f"load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} on {os.cpu_count()} cores"
    )
    print("| | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    for row in next(iter(table.values())):
        print(f"| {row} | " + " | ".join(f"{table[n][row]:.3f} s" for n in names) + " |")
    ratios = [
        ("realistic morning in-process ÷ DuckDB on loaded orders (goal ≤ 1.5)",
         "realistic morning, in-process", "DuckDB figures, orders loaded"),
        ("realistic morning report bi ÷ --version (goal ≤ 2)",
         "realistic morning, report bi process", "--version process"),
        ("warm report bi ÷ --version", "warm, report bi process", "--version process"),
        ("nothing stored in-process ÷ DuckDB with its load",
         "nothing stored, in-process", "DuckDB with its load"),
    ]  # fmt: skip
    for title, top, bottom in ratios:
        print(f"| {title} | " + " | ".join(f"{table[n][top] / table[n][bottom]:.2f}×"
                                           for n in names) + " |")  # fmt: skip


if __name__ == "__main__":
    main()
