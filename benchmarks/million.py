"""Build (once) a database the app itself opens, holding N orders for M customers over two years.

It is made the way a hospital's database is: `schema.upgrade` (Alembic, stamped at head), then
the demo data (staff, menu, corporate partners, catering, meal packages, tickets, revenue
targets, and orders with their lines and payments), then the bulk of the order history written
straight into the tables, with totals that satisfy every check constraint (the triggers keep the
per-customer totals as they would for any insert). Nothing is stored for the dashboards: that is
the state right after an upgrade. The history ends the evening before `TODAY`, the benchmark's
morning; the demo part runs on a clock fixed at that evening.

Benchmarks change data, so they work on copies (`copy_sqlite`, `copy_postgres`) of this base.
"""

from __future__ import annotations

import random
import shutil
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, create_engine, func, insert, select, text

from dusangire_desktop import db, schema
from dusangire_desktop.models.customers import Customer, CustomerKind
from dusangire_desktop.models.orders import Channel, Fulfilment, Order, OrderStatus
from dusangire_desktop.services import auth, demo
from dusangire_desktop.services.uow import UnitOfWorkFactory

KIGALI = ZoneInfo("Africa/Kigali")
TODAY = date(2026, 10, 14)  # the benchmark's morning
DAYS = 730
START = datetime.combine(TODAY - timedelta(days=DAYS), clock_time(0), KIGALI).astimezone(UTC)
HISTORY_ENDS = datetime.combine(TODAY - timedelta(days=1), clock_time(21, 30), KIGALI)
STATUSES = [OrderStatus.DELIVERED] * 92 + [OrderStatus.CANCELLED] * 5 + [OrderStatus.REFUNDED] * 3
DEMO = demo.DemoSizes(customers=2000, orders=20000, months=24)


def fixed_clock(moment: datetime):  # type: ignore[no-untyped-def]
    return lambda: moment.astimezone(UTC)


def ensure(url: str, orders: int, customers: int, seed: int = 1) -> None:
    """Build the base database at `url` unless it already holds exactly this history."""
    engine = db.make_engine(url)
    try:
        with engine.connect() as connection:
            tables = set(connection.dialect.get_table_names(connection))
            have = (
                connection.scalar(select(func.count()).select_from(Order))
                if "alembic_version" in tables
                else None
            )
            revision = (
                connection.scalar(text("SELECT version_num FROM alembic_version"))
                if "alembic_version" in tables
                else None
            )
        if have == orders and revision == schema.HEAD_REVISION:
            return
        if tables:
            raise SystemExit(
                f"{db.describe(url)} holds something else ({have} orders, schema {revision}); "
                "remove it (or name another base) and run again"
            )
        _build(engine, orders, customers, seed)
    finally:
        engine.dispose()


def _build(engine: Engine, orders: int, customers: int, seed: int) -> None:
    started = time.perf_counter()
    schema.upgrade(engine)
    factory = UnitOfWorkFactory(
        db.make_session_factory(engine), description="bench", clock=fixed_clock(HISTORY_ENDS),
        zone=KIGALI,
    )  # fmt: skip
    demo.generate(factory(), auth.command_line_actor("bench"), seed=seed, sizes=DEMO)
    print(f"  demo data in {time.perf_counter() - started:.0f} s", flush=True)
    rng = random.Random(seed)
    with engine.begin() as connection:
        demo_orders = connection.scalar(select(func.count()).select_from(Order)) or 0
        connection.execute(insert(Customer), [
            {"reference": f"B-{i:07d}", "kind": CustomerKind.VISITOR, "full_name": f"Visitor {i}",
             "created_at": START}
            for i in range(1, max(0, customers - DEMO.customers) + 1)
        ])  # fmt: skip
        ids = list(connection.scalars(select(Customer.id).order_by(Customer.id)))
    # Customers order at different rates and start at different times, like real ones.
    weights = [rng.paretovariate(1.5) for _ in ids]
    first_day = [rng.randrange(DAYS) for _ in ids]
    chosen = rng.choices(range(len(ids)), weights=weights, k=max(0, orders - demo_orders))
    batch = []
    for number, who in enumerate(chosen, start=1):
        day = first_day[who] + int(rng.random() * (DAYS - first_day[who]))
        placed = START + timedelta(days=day, minutes=rng.randrange(6 * 60, 21 * 60))
        subtotal = rng.choice([2500, 3500, 4000, 5500, 7000, 9000, 12000])
        corporate = rng.random() < 0.15
        discount = subtotal // 10 if corporate else 0
        total = subtotal - discount
        company = total // 2 if corporate else 0
        batch.append({
            "number": f"B-{number:08d}", "customer_id": ids[who], "placed_at": placed,
            "status": rng.choice(STATUSES),
            "channel": Channel.CORPORATE if corporate else Channel.REGULAR,
            "fulfilment": Fulfilment.DELIVERY, "subtotal_rwf": subtotal, "discount_rwf": discount,
            "total_rwf": total, "company_share_rwf": company, "customer_share_rwf": total - company,
            "status_changed_at": placed, "version": 1,
        })  # fmt: skip
        if len(batch) == 50_000:
            _flush(engine, batch)
            batch = []
    if batch:
        _flush(engine, batch)
    # Bulk loading leaves PostgreSQL's visibility map unset, so index-only scans would still
    # read the table until autovacuum ran; a settled database is what the desks actually query.
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql(
            "VACUUM ANALYZE" if engine.dialect.name == "postgresql" else "ANALYZE"
        )
    print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)


def _flush(engine: Engine, rows: list[dict]) -> None:
    with engine.begin() as connection:
        connection.execute(insert(Order), rows)


def copy_sqlite(base: Path, work: Path) -> str:
    for leftover in (work, work.with_name(work.name + "-wal"), work.with_name(work.name + "-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(base, work)
    return f"sqlite:///{work}"


def postgres_admin(url: str) -> Engine:
    return create_engine(url.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT")


def create_postgres(url: str) -> None:
    name = url.rsplit("/", 1)[1]
    with postgres_admin(url).connect() as connection:
        if not connection.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}):
            connection.execute(text(f'CREATE DATABASE "{name}"'))


def copy_postgres(base: str, work: str) -> str:
    with postgres_admin(base).connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{work.rsplit("/", 1)[1]}" WITH (FORCE)'))
        connection.execute(text(
            f'CREATE DATABASE "{work.rsplit("/", 1)[1]}" TEMPLATE "{base.rsplit("/", 1)[1]}"'
        ))  # fmt: skip
    return work


def drop_postgres(url: str) -> None:
    with postgres_admin(url).connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)'))


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("url")
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=100_000)
    args = parser.parse_args()
    if args.url.startswith("postgresql"):
        create_postgres(args.url)
    ensure(args.url, args.orders, args.customers)
