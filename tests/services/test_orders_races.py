"""Many desks placing and cancelling for one employee at once, on PostgreSQL with real threads."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import create_engine, func, select, text

from dusangire_desktop import db
from dusangire_desktop.models.corporate import CorporateMonthlyUsage
from dusangire_desktop.models.orders import Order, OrderStatus
from dusangire_desktop.services import orders
from dusangire_desktop.services.auth import Actor, Role
from dusangire_desktop.services.errors import SimultaneousChange
from dusangire_desktop.services.orders import (
    DeliveryInput,
    Fulfilment,
    PaymentInput,
    PaymentMethod,
    RefundInput,
)
from dusangire_desktop.services.pricing import LineRequest
from dusangire_desktop.services.uow import UnitOfWorkFactory

from ..conftest import KIGALI
from ..money_checks import payment_problems

pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)

DESK = Actor(None, "desk", "Claudine Mukamana", Role.FRONT_DESK)
MANAGER = Actor(None, "mgr", "Jean Mugisha", Role.MANAGER)
DESKS, ROUNDS = 16, 5


def place(uow_factory, kitchen, quantity=1):
    return orders.place_order(
        uow_factory(),
        DESK,
        customer_id=kitchen.employee,
        lines=[LineRequest(kitchen.isombe, quantity)],
        payment=PaymentInput(PaymentMethod.CASH, tendered_rwf=10_000),
        delivery=DeliveryInput(Fulfilment.PICKUP),
    ).summary


def place_again_when_the_allowance_moved(uow_factory, kitchen, attempts=30):
    """What the desk does on SubsidyChanged: look at the new price and place again."""
    for _ in range(attempts):
        try:
            return place(uow_factory, kitchen)
        except orders.SubsidyChanged:
            continue
    return None


def test_desks_placing_and_cancelling_for_one_employee_never_deadlock(uow_factory, kitchen):
    barrier = threading.Barrier(DESKS)
    unexpected: list[BaseException] = []

    def desk(n: int) -> None:
        barrier.wait()
        for round_ in range(ROUNDS):
            try:
                s = place_again_when_the_allowance_moved(uow_factory, kitchen)
                if s is not None and (n + round_) % 3:
                    orders.cancel(
                        uow_factory(), MANAGER, s.id, s.version, "Customer left",
                        RefundInput(PaymentMethod.CASH),
                    )  # fmt: skip
            except BaseException as error:
                unexpected.append(error)

    threads = [threading.Thread(target=desk, args=(n,)) for n in range(DESKS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert unexpected == []
    with uow_factory() as uow:
        counted = uow.session.scalar(
            select(func.coalesce(func.sum(Order.company_share_rwf), 0)).where(
                Order.status.not_in((OrderStatus.CANCELLED, OrderStatus.REFUNDED))
            )
        )
        used = uow.session.scalar(select(CorporateMonthlyUsage.subsidy_used_rwf))
        assert used == counted
        assert payment_problems(uow.session) == []
        assert uow.session.scalar(select(func.count()).select_from(Order)) > DESKS * ROUNDS // 2


@pytest.fixture
def desk_engine(engine):
    """The service's own connections, detecting a deadlock after 2 s (the test's wait 60 s), so
    the service is always the one PostgreSQL picks to undo."""
    desk = create_engine(engine.url, connect_args={"options": "-c deadlock_timeout=2s"})
    yield desk
    desk.dispose()


class Blocker:
    """Another session that holds the employee's totals row and grabs what the test says."""

    def __init__(self, engine, customer_id: int) -> None:
        self.connection = engine.connect()
        self.connection.execute(text("SET LOCAL deadlock_timeout = '60s'"))
        self.connection.execute(
            text("UPDATE customer_order_totals SET counted_orders = counted_orders "
                 "WHERE customer_id = :c"), {"c": customer_id},
        )  # fmt: skip
        self.xid = self.connection.execute(
            text("SELECT transactionid::text FROM pg_locks WHERE pid = pg_backend_pid() "
                 "AND locktype = 'transactionid' AND granted")
        ).scalar_one()  # fmt: skip

    def wait_for_a_desk_to_queue_behind_me(self) -> None:
        query = text("SELECT count(*) FROM pg_locks WHERE locktype = 'transactionid' "
                     "AND transactionid::text = :xid AND NOT granted")  # fmt: skip
        for _ in range(3000):
            if self.connection.execute(query, {"xid": self.xid}).scalar():
                return
            time.sleep(0.01)
        raise AssertionError("the desk never waited for the blocker's row")

    def lock_order(self, order_id: int) -> None:
        """Wait for the order the desk holds: a deadlock PostgreSQL resolves by undoing the desk."""
        self.connection.execute(
            text("SELECT id FROM orders WHERE id = :id FOR UPDATE"), {"id": order_id}
        )


def cancel_in_a_thread(factory, s):
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(orders.cancel(factory(), DESK, s.id, s.version, "Patient discharged"))
        except BaseException as error:
            outcome.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def test_a_deadlock_is_retried_once_and_then_saved(
    uow_factory, engine, kitchen, desk_engine, clock
):
    factory = UnitOfWorkFactory(
        db.make_session_factory(desk_engine), description="desk", clock=clock, zone=KIGALI
    )
    s = place(uow_factory, kitchen, quantity=2)  # the company pays all: the desk may cancel
    blocker = Blocker(engine, kitchen.employee)
    thread, outcome = cancel_in_a_thread(factory, s)
    blocker.wait_for_a_desk_to_queue_behind_me()
    blocker.lock_order(s.id)  # returns once PostgreSQL has undone the desk's first attempt
    blocker.connection.rollback()
    thread.join()
    blocker.connection.close()
    assert [getattr(o, "status", o) for o in outcome] == [OrderStatus.CANCELLED]
    with uow_factory() as uow:
        assert uow.session.scalar(select(CorporateMonthlyUsage.subsidy_used_rwf)) == 0
        assert payment_problems(uow.session) == []


def test_a_second_deadlock_is_reported_as_two_desks_at_once(
    uow_factory, engine, kitchen, desk_engine, clock
):
    factory = UnitOfWorkFactory(
        db.make_session_factory(desk_engine), description="desk", clock=clock, zone=KIGALI
    )
    s = place(uow_factory, kitchen, quantity=2)
    blocker = Blocker(engine, kitchen.employee)
    thread, outcome = cancel_in_a_thread(factory, s)
    for _attempt in range(2):
        blocker.wait_for_a_desk_to_queue_behind_me()
        blocker.connection.execute(text("SAVEPOINT grab"))
        blocker.lock_order(s.id)
        blocker.connection.execute(text("ROLLBACK TO SAVEPOINT grab"))
    thread.join()
    blocker.connection.rollback()
    blocker.connection.close()
    [error] = outcome
    assert isinstance(error, SimultaneousChange)
    assert "two desks changed the same records at the same moment" in error.message.lower()
    assert "nothing was saved" in error.message
    assert "cannot be reached" not in error.message
    detail = orders.get_order(uow_factory(), MANAGER, s.id)
    assert detail.summary.status == OrderStatus.PLACED and not any(
        p.is_refund for p in detail.payments
    )
    with uow_factory() as uow:
        assert uow.session.scalar(select(CorporateMonthlyUsage.subsidy_used_rwf)) == 6300
