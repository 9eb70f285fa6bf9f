"""Slot search: a month of 30-minute slots across 10 nutritionists holding thousands of bookings.

Run: .venv/bin/python benchmarks/bench_slots.py
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

from sqlalchemy import create_engine, insert, text

from dusangire_desktop import db, schema
from dusangire_desktop.config import hospital_zone
from dusangire_desktop.models.customers import Customer, CustomerKind
from dusangire_desktop.models.scheduling import Consultation, WeeklyAvailability
from dusangire_desktop.models.staff import Role, Staff
from dusangire_desktop.services import scheduling
from dusangire_desktop.services.auth import command_line_actor
from dusangire_desktop.services.uow import UnitOfWorkFactory

ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
NUTRITIONISTS = 10
FIRST = date(2026, 12, 1)


def fill(url: str) -> UnitOfWorkFactory:
    engine = db.make_engine(url)
    schema.upgrade(engine)
    zone = hospital_zone()
    rng = random.Random(3)
    with engine.begin() as connection:
        connection.execute(
            insert(Staff),
            [
                {
                    "username": f"dr.bench{n}",
                    "full_name": f"Dr. Bench {n}",
                    "role": Role.NUTRITIONIST,
                    "password_hash": "x",
                }
                for n in range(NUTRITIONISTS)
            ],
        )
        ids = [r[0] for r in connection.execute(text("SELECT id FROM staff ORDER BY id"))]
        connection.execute(
            insert(Customer),
            [
                {
                    "reference": f"C-{n:06d}",
                    "kind": CustomerKind.VISITOR,
                    "full_name": f"Client {n}",
                }
                for n in range(2000)
            ],
        )
        connection.execute(
            insert(WeeklyAvailability),
            [
                {
                    "nutritionist_id": i,
                    "weekday": d,
                    "starts_at": clock_time(7),
                    "ends_at": clock_time(18),
                }
                for i in ids
                for d in range(6)
            ],
        )
        slots = [
            (
                i,
                datetime.combine(FIRST + timedelta(days=day), clock_time(7), zone).astimezone(UTC)
                + timedelta(minutes=30 * k),
            )
            for i in ids
            for day in range(90)
            if (FIRST + timedelta(days=day)).weekday() < 6
            for k in range(22)
        ]
        chosen = rng.sample(slots, k=len(slots) // 2)
        connection.execute(
            insert(Consultation),
            [
                {"nutritionist_id": i, "customer_id": rng.randrange(1, 2001), "starts_at": at}
                for i, at in chosen
            ],
        )
    return UnitOfWorkFactory(db.make_session_factory(engine), description=url)


def measure(label: str, url: str) -> None:
    factory = fill(url)
    actor = command_line_actor("bench")
    with factory() as uow:
        bookings = uow.session.execute(text("SELECT count(*) FROM consultations")).scalar()
        ids = [r[0] for r in uow.session.execute(text("SELECT id FROM staff"))]
    month, month_cpu, first_free = [], [], []
    for _ in range(7):
        started, cpu = time.perf_counter(), time.process_time()
        found = scheduling.week_slots(factory(), actor, ids, FIRST, 31)
        month.append(time.perf_counter() - started)
        month_cpu.append(time.process_time() - cpu)
        started = time.perf_counter()
        scheduling.first_free(factory(), actor, datetime(2026, 12, 1, tzinfo=UTC), limit=5)
        first_free.append(time.perf_counter() - started)
    print(
        f"{label}: {bookings:,} bookings; month across {len(ids)} nutritionists "
        f"({len(found):,} slots) {statistics.median(month) * 1000:.0f} ms "
        f"(this process's CPU {statistics.median(month_cpu) * 1000:.0f} ms); "
        f"first free slot {statistics.median(first_free) * 1000:.0f} ms (medians of 7; "
        f"load average {os.getloadavg()[0]:.1f})"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        measure("SQLite", f"sqlite:///{Path(folder) / 'slots.sqlite'}")
    name = f"dusangire_slots_{uuid.uuid4().hex[:8]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        measure("PostgreSQL", f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}")
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))


if __name__ == "__main__":
    main()
