"""Build (once) a database of N orders for M customers over two years, for dashboard benchmarks.

The rows are written in bulk straight into the tables, with totals that satisfy every check
constraint; pricing is not exercised here (benchmarks/bench_orders.py measures that path).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, func, insert, select

from dusangire_desktop.models import metadata
from dusangire_desktop.models.customers import Customer, CustomerKind
from dusangire_desktop.models.orders import Channel, Fulfilment, Order, OrderStatus
from dusangire_desktop.models.rollups import BACKFILL, CustomerOrderTotals

START = datetime(2024, 11, 1, tzinfo=UTC)
DAYS = 730
STATUSES = [OrderStatus.DELIVERED] * 92 + [OrderStatus.CANCELLED] * 5 + [OrderStatus.REFUNDED] * 3


def ensure(engine: Engine, orders: int, customers: int, seed: int = 1) -> None:
    metadata.create_all(engine)
    with engine.connect() as connection:
        have = connection.scalar(select(func.count()).select_from(Order))
    if have == orders:
        with engine.begin() as connection:
            if not connection.scalar(select(func.count()).select_from(CustomerOrderTotals)):
                connection.exec_driver_sql(BACKFILL)  # a database built before migration 0003
        return
    metadata.drop_all(engine)
    metadata.create_all(engine)
    rng = random.Random(seed)
    with engine.begin() as connection:
        connection.execute(insert(Customer), [
            {"reference": f"C-{i:07d}", "kind": CustomerKind.VISITOR, "full_name": f"Customer {i}",
             "created_at": START}
            for i in range(1, customers + 1)
        ])  # fmt: skip
    # Customers order at different rates and start at different times, like real ones.
    weights = [rng.paretovariate(1.5) for _ in range(customers)]
    first_day = [rng.randrange(DAYS) for _ in range(customers)]
    chosen = rng.choices(range(customers), weights=weights, k=orders)
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
            "number": f"B-{number:08d}", "customer_id": who + 1, "placed_at": placed,
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


def _flush(engine: Engine, rows: list[dict]) -> None:
    with engine.begin() as connection:
        connection.execute(insert(Order), rows)
