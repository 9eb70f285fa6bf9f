"""Twenty front desks on one PostgreSQL, each a process with its own engine, as workstations are.

Each desk loops over what a busy desk does: search a customer, price a cart, place an order (cash,
mobile money or a corporate employee's), page the order queue, and now and then book a
consultation (every desk competing for the same nutritionists) or advance an order. Two runs:

- paced: an action every 1-3 s per desk (`--paced` seconds): p50/p95/p99/max per action;
- flat out: no pause (`--flat` seconds), first one desk alone, then all desks together: orders per
  second for the whole hospital against the one desk, and where the time goes (desk processes'
  CPU, the server's CPU, and the rest waiting).

Both count errors by kind (a clear refusal such as "slot taken" is fine; deadlocks, serialisation
failures, "too many connections" and tracebacks are not), measure how long a committed change
takes to reach a listener on another connection (`ChangeFollower`), and check the invariants in
SQL afterwards. The database is created for the run and dropped after it.

Run: .venv/bin/python benchmarks/bench_desks.py [--desks 20] [--paced 300] [--flat 60]
     [--server postgresql+psycopg://postgres@127.0.0.1:5432/postgres] [--json results.json]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import statistics
import threading
import time
import traceback
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, make_url, text

from dusangire_desktop import db, schema
from dusangire_desktop.services import accounts, auth, customers, demo, orders, pricing, scheduling
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.changes import ChangeFollower
from dusangire_desktop.services.errors import DomainError
from dusangire_desktop.services.orders import (
    DeliveryInput,
    Fulfilment,
    MobileProvider,
    OrderStatus,
    PaymentInput,
    PaymentMethod,
)
from dusangire_desktop.services.pricing import LineRequest
from dusangire_desktop.services.till import shifts
from dusangire_desktop.services.uow import UnitOfWorkFactory

DESK_PASSWORD = "Bench-desk-2026"
ACTIONS = ("search", "price", "place", "queue", "book", "advance")
# How often each action comes up for a desk: mostly orders, sometimes a booking or a status move.
WEIGHTS = {"search": 4, "price": 4, "place": 3, "queue": 3, "book": 1, "advance": 1}


@dataclass(frozen=True)
class World:
    url: str
    customer_names: list[str]
    customer_ids: list[int]
    employee_ids: list[int]
    item_ids: list[int]


@dataclass
class DeskResult:
    desk: int
    phase: str
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    timings: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    outcomes: Counter[str] = field(default_factory=Counter)
    placed: int = 0


def _kind(error: BaseException) -> str:
    """A clear refusal (a domain error) is fine; anything else is a fault, named by its kind."""
    if isinstance(error, DomainError):
        return f"refused: {type(error).__name__}"
    message = str(error).lower()
    for needle, kind in (
        ("deadlock", "FAULT deadlock"),
        ("could not serialize", "FAULT serialisation failure"),
        ("too many connections", "FAULT too many connections"),
        ("remaining connection slots", "FAULT too many connections"),
    ):
        if needle in message:
            return kind
    return f"FAULT {type(error).__name__}: {str(error).splitlines()[0][:120]}"


class Desk:
    def __init__(self, number: int, world: World, seed: int) -> None:
        self.number = number
        self.world = world
        self.rng = random.Random(seed)
        engine = db.make_engine(world.url)
        self.factory = UnitOfWorkFactory(db.make_session_factory(engine), description=world.url,
                                         desk=f"Bench desk {number:02d}")  # fmt: skip
        self.actor = auth.sign_in(self.factory(), f"desk{number:02d}", DESK_PASSWORD)
        try:  # cash is taken only within the desk's open shift
            shifts.open_shift(self.factory(), self.actor, 50_000)
        except shifts.ShiftAlreadyOpen:
            pass
        self.mine: list[tuple[int, int]] = []  # (order id, version) this desk placed

    def act(self, action: str, result: DeskResult) -> None:
        started = time.perf_counter()
        try:
            getattr(self, action)(result)
        except Exception as error:  # counted by kind, the run goes on as a desk would
            result.outcomes[f"{action}: {_kind(error)}"] += 1
            if _kind(error).startswith("FAULT") and result.outcomes["tracebacks shown"] < 3:
                result.outcomes["tracebacks shown"] += 1
                traceback.print_exc()
        else:
            result.outcomes[f"{action}: ok"] += 1
        result.timings[action].append((time.perf_counter() - started) * 1000)

    def search(self, _result: DeskResult) -> None:
        name = self.rng.choice(self.world.customer_names)
        customers.search_customers(self.factory().for_reading(), self.actor, name[:4])

    def _cart(self) -> list[LineRequest]:
        items = self.rng.sample(self.world.item_ids, k=self.rng.randint(1, 3))
        return [LineRequest(item, self.rng.randint(1, 2)) for item in items]

    def price(self, _result: DeskResult) -> None:
        pricing.quote(
            self.factory().for_reading(),
            self.actor,
            self.rng.choice(self.world.customer_ids),
            self._cart(),
            PaymentMethod.CASH,
        )

    def place(self, result: DeskResult) -> None:
        how = self.rng.choice(("cash", "mobile", "employee"))
        employee = how == "employee" and self.world.employee_ids
        customer = self.rng.choice(self.world.employee_ids if employee else self.world.customer_ids)
        lines = self._cart()
        method = PaymentMethod.CASH if how == "cash" else PaymentMethod.MOBILE_MONEY
        quote = pricing.quote(self.factory().for_reading(), self.actor, customer, lines, method)
        payment = (
            PaymentInput(method, tendered_rwf=-(-quote.customer_share_rwf // 1000) * 1000)
            if method == PaymentMethod.CASH
            else PaymentInput(
                method,
                reference=f"{self.rng.randrange(10**11):011d}",
                provider=MobileProvider.MTN_MOMO,
                payer_number="0788123456",
            )
        )
        order = orders.place_order(
            self.factory(),
            self.actor,
            customer_id=customer,
            lines=lines,
            payment=payment,
            delivery=DeliveryInput(Fulfilment.PICKUP),
            allergy_override="Checked with the customer (benchmark)" if quote.conflicts else "",
        )
        self.mine.append((order.summary.id, order.summary.version))
        result.placed += 1

    def queue(self, _result: DeskResult) -> None:
        active = (OrderStatus.PLACED, OrderStatus.PREPARING, OrderStatus.OUT_FOR_DELIVERY)
        first = orders.list_orders(self.factory().for_reading(), self.actor, statuses=active)
        if first.has_more and first.orders:
            last = first.orders[-1]
            orders.list_orders(
                self.factory().for_reading(),
                self.actor,
                statuses=active,
                after=(last.placed_at, last.id),
            )

    def book(self, _result: DeskResult) -> None:
        free = scheduling.first_free(
            self.factory().for_reading(), self.actor, after=datetime.now(UTC), limit=3
        )
        if not free:
            raise LookupError("no free slot at all")
        slot = free[0]  # every desk wants the earliest: they compete for it
        scheduling.book(
            self.factory(),
            self.actor,
            nutritionist_id=slot.nutritionist_id,
            customer_id=self.rng.choice(self.world.customer_ids),
            starts_at=slot.starts_at,
            reason="Benchmark consultation",
        )

    def advance(self, _result: DeskResult) -> None:
        if not self.mine:
            self.place(_result)
            return
        order_id, version = self.mine.pop(0)
        orders.advance(self.factory(), self.actor, order_id, version, OrderStatus.PREPARING)


def _desk_main(
    number: int, world: World, phase: str, seconds: float, paced: bool, start: Any, out: Any
) -> None:
    desk = Desk(number, world, seed=number * 7919)
    result = DeskResult(number, phase)
    actions = [a for a in ACTIONS for _ in range(WEIGHTS[a])]
    start.wait()
    cpu_before = sum(os.times()[:2])
    began = time.perf_counter()
    while time.perf_counter() - began < seconds:
        desk.act(desk.rng.choice(actions), result)
        if paced:
            time.sleep(desk.rng.uniform(1.0, 3.0))
    result.seconds = time.perf_counter() - began
    result.cpu_seconds = sum(os.times()[:2]) - cpu_before
    out.put(
        {
            "desk": number,
            "phase": phase,
            "seconds": result.seconds,
            "cpu_seconds": result.cpu_seconds,
            "timings": dict(result.timings),
            "outcomes": dict(result.outcomes),
            "placed": result.placed,
        }
    )


def _machine_busy_seconds() -> float:
    """CPU time the whole machine spent busy (all cores), from /proc/stat."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    idle = values[3] + values[4]  # idle, iowait
    return (sum(values[:8]) - idle) / os.sysconf("SC_CLK_TCK")


class LatencyListener:
    """Another workstation's follower: how long after its commit a change is seen."""

    def __init__(self, url: str) -> None:
        engine = db.make_engine(url)
        factory = UnitOfWorkFactory(db.make_session_factory(engine), description=url)
        self.seen: list[float] = []
        self.follower = ChangeFollower(factory, self._arrived)
        self.thread = threading.Thread(target=self.follower.run, daemon=True)

    def _arrived(self, changes: list[Any]) -> None:
        now = datetime.now(UTC)
        self.seen += [(now - c.at).total_seconds() * 1000 for c in changes if c.at is not None]

    def __enter__(self) -> LatencyListener:
        self.thread.start()
        self.follower.listening.wait(10)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.follower.stop()
        self.thread.join(5)


def run_phase(world: World, phase: str, desks: int, seconds: float, paced: bool) -> dict[str, Any]:
    ctx = mp.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    processes = [
        ctx.Process(target=_desk_main, args=(n, world, phase, seconds, paced, start, out))
        for n in range(1, desks + 1)
    ]
    for process in processes:
        process.start()
    time.sleep(3 + desks * 0.4)  # every desk imported, signed in and waiting at the start line
    with LatencyListener(world.url) as listener:
        busy_before = _machine_busy_seconds()
        began = time.perf_counter()
        start.set()
        results = [out.get(timeout=seconds + 600) for _ in processes]
        wall = time.perf_counter() - began
        machine_busy = _machine_busy_seconds() - busy_before
        time.sleep(2.5)  # the last changes reach the listener
    for process in processes:
        process.join()
    return {"phase": phase, "desks": desks, "wall": wall, "machine_busy": machine_busy,
            "results": results, "change_latency_ms": listener.seen}  # fmt: skip


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def report(run: dict[str, Any]) -> dict[str, Any]:
    timings: dict[str, list[float]] = defaultdict(list)
    outcomes: Counter[str] = Counter()
    placed = 0
    desk_cpu = 0.0
    for r in run["results"]:
        for action, values in r["timings"].items():
            timings[action] += values
        outcomes.update(r["outcomes"])
        placed += r["placed"]
        desk_cpu += r["cpu_seconds"]
    print(f"\n== {run['phase']}: {run['desks']} desk(s), {run['wall']:.0f} s ==")
    print(f"{'action':<9}{'count':>7}{'p50':>9}{'p95':>9}{'p99':>9}{'max':>9}  (ms)")
    figures: dict[str, Any] = {}
    for action in ACTIONS:
        values = timings.get(action, [])
        if not values:
            continue
        row = {
            "count": len(values),
            "p50": statistics.median(values),
            "p95": _percentile(values, 95),
            "p99": _percentile(values, 99),
            "max": max(values),
            "total_s": sum(values) / 1000,
        }
        figures[action] = row
        print(f"{action:<9}{row['count']:>7}{row['p50']:>9.1f}{row['p95']:>9.1f}"
              f"{row['p99']:>9.1f}{row['max']:>9.1f}")  # fmt: skip
    per_second = placed / run["wall"]
    cores = os.cpu_count() or 1
    capacity = cores * run["wall"]
    print(f"orders placed: {placed} ({per_second:.1f} per second)")
    busy = sum(row["total_s"] for row in figures.values())
    print("where the desks' time went: " + ", ".join(
        f"{a} {100 * row['total_s'] / busy:.0f} %" for a, row in figures.items()))  # fmt: skip
    server = max(run["machine_busy"] - desk_cpu, 0.0)
    print(
        f"CPU over the run ({cores} cores = {capacity:.0f} core-seconds): desk processes "
        f"{desk_cpu:.0f} s, PostgreSQL and the rest {server:.0f} s; machine "
        f"{100 * run['machine_busy'] / capacity:.0f} % busy"
    )
    latency = run["change_latency_ms"]
    if latency:
        print(f"change seen by a listener: p50 {statistics.median(latency):.0f} ms, "
              f"p95 {_percentile(latency, 95):.0f} ms, max {max(latency):.0f} ms "
              f"({len(latency)} changes)")  # fmt: skip
    print("outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
    faults = {k: v for k, v in outcomes.items() if "FAULT" in k}
    print(f"faults: {faults or 'none'}")
    return {"actions": figures, "orders_per_second": per_second, "placed": placed,
            "desk_cpu_s": desk_cpu, "machine_busy_s": run["machine_busy"], "wall_s": run["wall"],
            "change_latency_ms": {"p50": statistics.median(latency) if latency else None,
                                  "p95": _percentile(latency, 95) if latency else None},
            "outcomes": dict(outcomes), "faults": faults}  # fmt: skip


INVARIANTS = {
    "overlapping consultations": """
        SELECT count(*) FROM consultations a JOIN consultations b
          ON a.nutritionist_id = b.nutritionist_id AND a.id < b.id
         AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at
       WHERE a.status != 'cancelled' AND b.status != 'cancelled'""",
    "orders whose lines do not add up to the subtotal": """
        SELECT count(*) FROM orders o
         WHERE o.subtotal_rwf != (SELECT coalesce(sum(l.line_total_rwf), 0)
                                    FROM order_lines l WHERE l.order_id = o.id)""",
    "orders whose total is not subtotal less discounts": """
        SELECT count(*) FROM orders o
         WHERE o.total_rwf != o.subtotal_rwf - o.discount_rwf
            OR o.discount_rwf != (SELECT coalesce(sum(d.amount_rwf), 0)
                                    FROM order_discounts d WHERE d.order_id = o.id)""",
    "orders whose payments do not add up to the total": """
        SELECT count(*) FROM orders o
         WHERE EXISTS (SELECT 1 FROM payments p WHERE p.order_id = o.id)
           AND o.total_rwf != (SELECT coalesce(sum(p.amount_rwf), 0) FROM payments p
                                WHERE p.order_id = o.id AND NOT p.is_refund)""",
    "0 RWF corporate-account payments": """
        SELECT count(*) FROM payments
         WHERE method = 'corporate_account' AND amount_rwf = 0""",
    "allowances above their monthly cap": """
        SELECT count(*) FROM corporate_monthly_usage u
          JOIN corporate_employees e ON e.id = u.employee_id
         WHERE u.subsidy_used_rwf > (
               SELECT coalesce(max(c.monthly_cap_rwf), 0) FROM corporate_contracts c
                WHERE c.partner_id = e.partner_id AND c.starts_on <= u.month_start
                      + interval '1 month' AND c.ends_on >= u.month_start)""",
}


def check_invariants(url: str) -> dict[str, int]:
    engine = create_engine(url)
    with engine.connect() as connection:
        found = {name: int(connection.scalar(text(sql)) or 0) for name, sql in INVARIANTS.items()}
    engine.dispose()
    print("\n== invariants (each should be 0) ==")
    for name, count in found.items():
        print(f"{name}: {count}")
    return found


def prepare(server: str, desks: int, customers_count: int, orders_count: int) -> World:
    name = f"dusangire_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    engine = db.make_engine(url)
    schema.upgrade(engine)
    factory = UnitOfWorkFactory(db.make_session_factory(engine), description=url)
    admin_actor = auth.command_line_actor("bench")
    print(f"database {name}: demo data ({customers_count} customers, {orders_count} orders)...")
    sizes = demo.DemoSizes(customers=customers_count, orders=orders_count, months=3)
    demo.generate(factory(), admin_actor, sizes=sizes)
    for n in range(1, desks + 1):
        username = f"desk{n:02d}"
        accounts.create_staff(factory(), admin_actor, username=username,
                              full_name=f"Front desk {n}", role=Role.FRONT_DESK,
                              password="Temporary-2026")  # fmt: skip
        first = auth.sign_in(factory(), username, "Temporary-2026")
        accounts.change_own_password(factory(), first, "Temporary-2026", DESK_PASSWORD)
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT id, full_name FROM customers WHERE is_active ORDER BY id LIMIT 3000")
        ).all()
        employees = connection.scalars(
            text("SELECT e.customer_id FROM corporate_employees e WHERE e.is_active")
        ).all()
        items = connection.scalars(
            text("SELECT id FROM menu_items WHERE is_available ORDER BY id")
        ).all()
    engine.dispose()
    return World(url, [r.full_name for r in rows], [r.id for r in rows], list(employees),
                 list(items))  # fmt: skip


def drop(server: str, url: str) -> None:
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--desks", type=int, default=20)
    parser.add_argument("--paced", type=float, default=300, help="seconds of the paced run")
    parser.add_argument("--flat", type=float, default=60, help="seconds of each flat-out run")
    parser.add_argument("--customers", type=int, default=5000)
    parser.add_argument("--orders", type=int, default=20000)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = parser.parse_args()
    world = prepare(args.server, args.desks, args.customers, args.orders)
    figures: dict[str, Any] = {"desks": args.desks, "cpus": os.cpu_count()}
    try:
        if args.paced > 0:
            figures["paced"] = report(run_phase(world, "paced", args.desks, args.paced, True))
        if args.flat > 0:
            alone = report(run_phase(world, "flat out, one desk alone", 1, args.flat, False))
            together = report(run_phase(world, "flat out, all desks", args.desks, args.flat, False))
            figures["flat_alone"], figures["flat_all"] = alone, together
            hospital, one = together["orders_per_second"], alone["orders_per_second"]
            print(
                f"\nwhole hospital flat out: {hospital:.1f} orders/s against one desk alone "
                f"{one:.1f} orders/s (ratio {hospital / max(one, 1e-9):.2f})"
            )
        figures["invariants"] = check_invariants(world.url)
    finally:
        if not args.keep:
            drop(args.server, world.url)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, default=str))


if __name__ == "__main__":
    main()
