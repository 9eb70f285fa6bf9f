"""Order placement through the service (orders per second), and the order queue's first page.

Run: .venv/bin/python benchmarks/bench_orders.py [--orders 300]
     [--queue-database sqlite:////tmp/demo1m.sqlite]   (a database filled with demo-data)
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text

from dusangire_desktop import db, schema
from dusangire_desktop.services import auth, demo, orders
from dusangire_desktop.services.orders import DeliveryInput, Fulfilment, PaymentInput, PaymentMethod
from dusangire_desktop.services.pricing import LineRequest
from dusangire_desktop.services.uow import UnitOfWorkFactory

ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def _factory(url: str) -> UnitOfWorkFactory:
    engine = db.make_engine(url)
    schema.upgrade(engine)
    return UnitOfWorkFactory(db.make_session_factory(engine), description=url)


def place_many(url: str, count: int) -> float:
    factory = _factory(url)
    actor = auth.command_line_actor("bench")
    demo.generate(factory(), actor, sizes=demo.DemoSizes(customers=500, orders=0, months=1))
    with factory() as uow:
        customers = [
            r[0]
            for r in uow.session.execute(
                text("SELECT id FROM customers WHERE kind != 'patient' ORDER BY id LIMIT 200")
            )
        ]
        items = [
            r[0]
            for r in uow.session.execute(
                text("SELECT id FROM menu_items WHERE is_available ORDER BY id")
            )
        ]
    started = time.perf_counter()
    for n in range(count):
        orders.place_order(
            factory(),
            actor,
            customer_id=customers[n % len(customers)],
            lines=[
                LineRequest(items[n % len(items)], 1),
                LineRequest(items[(n * 7) % len(items)], 2),
            ],
            payment=PaymentInput(PaymentMethod.CARD),
            delivery=DeliveryInput(Fulfilment.PICKUP),
            allergy_override="benchmark",
        )
    return count / (time.perf_counter() - started)


def queue_first_page(url: str, runs: int = 5) -> float:
    factory = UnitOfWorkFactory(db.make_session_factory(db.make_engine(url)), description=url)
    actor = auth.command_line_actor("bench")
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        page = orders.list_orders(factory(), actor, page_size=100)
        times.append(time.perf_counter() - started)
        assert len(page.orders) == 100
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=int, default=300)
    parser.add_argument("--queue-database", action="append", default=[])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        rate = place_many(f"sqlite:///{Path(folder) / 'bench.sqlite'}", args.orders)
        print(f"SQLite      order placement: {rate:7.1f} orders/s ({args.orders} orders)")
    name = f"dusangire_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        rate = place_many(f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}", args.orders)
        print(f"PostgreSQL  order placement: {rate:7.1f} orders/s ({args.orders} orders)")
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    for url in args.queue_database:
        print(
            f"queue first page (100 of all orders) on {db.describe(url)}: "
            f"{queue_first_page(url) * 1000:.1f} ms median"
        )


if __name__ == "__main__":
    main()
