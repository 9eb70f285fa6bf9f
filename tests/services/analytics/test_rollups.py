"""The trigger-kept totals and the stored monthly figures stay right whatever happens to orders."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import delete, func, select, update

from dusangire_desktop.models.customers import Customer, CustomerKind
from dusangire_desktop.models.orders import Order, OrderStatus
from dusangire_desktop.models.rollups import CustomerOrderTotals, DayOrders, MonthActivity
from dusangire_desktop.services.analytics import bi, months, series
from dusangire_desktop.services.analytics.periods import Period
from dusangire_desktop.services.auth import Actor, Role

from ...conftest import KIGALI
from .test_bi_golden import _order, local

AS_OF = datetime(2026, 3, 10, 12, 0, tzinfo=KIGALI)
COUNTED = Order.status.notin_((OrderStatus.CANCELLED, OrderStatus.REFUNDED))


@pytest.fixture
def manager() -> Actor:
    return Actor(None, "manager", "Manager", Role.MANAGER)


def _customers(uow_factory, count: int) -> list[int]:  # type: ignore[no-untyped-def]
    with uow_factory() as uow:
        people = [
            Customer(reference=f"R-{n}", kind=CustomerKind.VISITOR, full_name=f"Person {n}")
            for n in range(count)
        ]
        uow.session.add_all(people)
        uow.commit()
        return [person.id for person in people]


def _totals_match_the_orders(uow_factory) -> dict[int, tuple[int, int, datetime | None]]:  # type: ignore[no-untyped-def]
    with uow_factory() as uow:
        s = uow.session
        kept = {
            row.customer_id: (row.counted_orders, row.counted_revenue_rwf, row.first_counted_at)
            for row in s.scalars(select(CustomerOrderTotals))
            if row.counted_orders
        }
        recounted = {
            customer: (int(n), int(revenue), first)
            for customer, n, revenue, first in s.execute(
                select(
                    Order.customer_id, func.count(), func.sum(Order.total_rwf),
                    func.min(Order.placed_at),
                ).where(COUNTED).group_by(Order.customer_id)
            )
        }  # fmt: skip
    assert kept == recounted
    return kept


def test_totals_follow_inserts_cancellations_edits_moves_and_deletes(uow_factory):
    a, b = _customers(uow_factory, 2)
    with uow_factory() as uow:
        uow.session.add_all([
            _order(1, a, local(2026, 1, 5, 9, 0), 4_000),
            _order(2, a, local(2026, 1, 2, 9, 0), 6_000),
            _order(3, a, local(2026, 2, 1, 9, 0), 1_000, OrderStatus.CANCELLED),
            _order(4, b, local(2026, 2, 3, 9, 0), 2_500),
        ])  # fmt: skip
        uow.commit()
    assert _totals_match_the_orders(uow_factory)[a] == (2, 10_000, local(2026, 1, 2, 9, 0))

    steps = [
        # A's first order is cancelled: the first order moves to 5 January.
        update(Order).where(Order.number == "D-2").values(status=OrderStatus.CANCELLED),
        update(Order).where(Order.number == "D-1").values(total_rwf=4_400, subtotal_rwf=4_400,
                                                          customer_share_rwf=4_400),
        update(Order).where(Order.number == "D-4").values(customer_id=a),
        update(Order).where(Order.number == "D-3").values(status=OrderStatus.DELIVERED),
        delete(Order).where(Order.number == "D-1"),
    ]  # fmt: skip
    for step in steps:
        with uow_factory() as uow:
            uow.session.execute(step)
            uow.commit()
        _totals_match_the_orders(uow_factory)
    assert _totals_match_the_orders(uow_factory) == {
        a: (2, 3_500, local(2026, 2, 1, 9, 0)),
    }


def test_a_change_to_a_closed_month_replaces_its_stored_figures(uow_factory, manager):
    a, b = _customers(uow_factory, 2)
    with uow_factory() as uow:
        uow.session.add_all([
            _order(1, a, local(2026, 1, 10, 9, 0), 4_000),
            _order(2, b, local(2026, 1, 20, 9, 0), 6_000),
            _order(3, a, local(2026, 2, 10, 9, 0), 5_000),
            _order(4, b, local(2026, 3, 2, 9, 0), 3_000),
        ])  # fmt: skip
        uow.commit()
    first = series.last_months(uow_factory(), manager, 3, AS_OF)
    assert [(m.month, m.orders, m.order_revenue) for m in first] == [
        (date(2026, 1, 1), 2, 10_000), (date(2026, 2, 1), 1, 5_000), (date(2026, 3, 1), 1, 3_000),
    ]  # fmt: skip
    with uow_factory() as uow:
        stored = uow.session.scalars(select(MonthActivity.month_start)).all()
    assert sorted(stored) == [date(2026, 1, 1), date(2026, 2, 1)], "only closed months are kept"

    # A late refund of a January order, and history imported into February, after both closed.
    with uow_factory() as uow:
        uow.session.execute(
            update(Order).where(Order.number == "D-2").values(status=OrderStatus.REFUNDED)
        )
        uow.session.add(_order(5, b, local(2026, 2, 27, 9, 0), 7_000))
        uow.commit()
    again = series.last_months(uow_factory(), manager, 3, AS_OF)
    assert [(m.orders, m.order_revenue) for m in again] == [(1, 4_000), (2, 12_000), (1, 3_000)]
    cohorts = series.last_months_cohorts(uow_factory(), manager, 3, AS_OF)
    # B's first counted order is now the imported February one, so B joins February's cohort.
    assert cohorts.sizes == [1, 1, 0]

    with uow_factory() as uow:
        uow.session.execute(delete(MonthActivity))
        uow.commit()
    assert series.last_months(uow_factory(), manager, 3, AS_OF) == again


def test_a_late_refund_changes_the_stored_days_behind_retention_and_churn(uow_factory, manager):
    a, b, c = _customers(uow_factory, 3)
    with uow_factory() as uow:
        uow.session.add_all([
            _order(1, a, local(2026, 1, 20, 9, 0), 4_000),
            _order(2, b, local(2026, 1, 25, 9, 0), 6_000),
            _order(3, c, local(2026, 1, 31, 23, 30), 1_000),  # still January in Kigali
            _order(4, a, local(2026, 2, 10, 9, 0), 5_000),
            _order(5, c, local(2026, 2, 1, 0, 30), 2_000),    # February, though 31 Jan in UTC
        ])  # fmt: skip
        uow.commit()
    february = Period(date(2026, 2, 1), date(2026, 3, 1))
    first = bi.bi_summary(uow_factory(), manager, february, AS_OF)
    assert (first.retention_base, first.retention_rate) == (3, Decimal(2) / 3)
    # Active at 1 Feb: A, B, C; still active at 1 Mar (an order since 30 Jan): A and C.
    assert (first.churn.active_at_start, first.churn.churned) == (3, 1)
    with uow_factory() as uow:
        assert uow.session.scalar(select(func.count()).select_from(DayOrders)) > 0

    with uow_factory() as uow:
        uow.session.execute(
            update(Order).where(Order.number == "D-2").values(status=OrderStatus.REFUNDED)
        )
        uow.commit()
    after = bi.bi_summary(uow_factory(), manager, february, AS_OF)
    assert (after.retention_base, after.retention_rate) == (2, Decimal(1))
    assert (after.churn.active_at_start, after.churn.churned) == (2, 0)
    with uow_factory() as uow:
        uow.session.execute(delete(DayOrders))
        uow.session.execute(delete(MonthActivity))
        uow.commit()
    assert bi.bi_summary(uow_factory(), manager, february, AS_OF) == after


def test_stored_and_freshly_computed_figures_agree(uow_factory, manager):
    customers = _customers(uow_factory, 12)
    start = local(2025, 3, 1, 8, 0)
    with uow_factory() as uow:
        number = 0
        for day in range(0, 360, 3):
            for k, customer in enumerate(customers):
                if (day // 3 + k) % (k + 2) == 0:
                    number += 1
                    status = OrderStatus.REFUNDED if number % 17 == 0 else OrderStatus.DELIVERED
                    at = start + timedelta(days=day, hours=k)
                    uow.session.add(_order(number, customer, at, 1_000 + 250 * k, status))
        uow.commit()
    period = Period(date(2026, 2, 1), date(2026, 3, 1))

    def everything():  # type: ignore[no-untyped-def]
        return (
            bi.bi_summary(uow_factory(), manager, period, AS_OF),
            series.last_months(uow_factory(), manager, 12, AS_OF),
            series.last_months_cohorts(uow_factory(), manager, 12, AS_OF),
        )

    cold = everything()
    with uow_factory() as uow:
        assert uow.session.scalar(select(func.count()).select_from(MonthActivity)) == 12
    assert everything() == cold
    assert cold[0].clv_predictive is not None


def test_totals_stay_exact_when_desks_write_at_once_on_postgresql(pg_uow_factory):
    customer = _customers(pg_uow_factory, 1)[0]
    barrier = threading.Barrier(6)
    failures: list[BaseException] = []

    def desk(n: int) -> None:
        try:
            barrier.wait()
            for k in range(15):
                with pg_uow_factory() as uow:
                    uow.session.add(_order(f"{n}-{k}", customer, local(2026, 2, 1 + k, 9, n), 100))
                    uow.commit()
                if k % 5 == 4:
                    with pg_uow_factory() as uow:
                        uow.session.execute(
                            update(Order)
                            .where(Order.number == f"D-{n}-{k - 2}")
                            .values(status=OrderStatus.CANCELLED)
                        )
                        uow.commit()
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=desk, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    totals = _totals_match_the_orders(pg_uow_factory)
    assert totals[customer][:2] == (6 * 12, 6 * 12 * 100)
    with pg_uow_factory() as uow:
        figures = months.month_orders(uow.session, [date(2026, 2, 1)], KIGALI, 30, AS_OF)
    assert figures[0].orders == 6 * 12


def test_lifetime_value_as_of_an_earlier_moment_leaves_later_orders_out(uow_factory):
    a, b = _customers(uow_factory, 2)
    with uow_factory() as uow:
        uow.session.add_all([
            _order(1, a, local(2026, 1, 10, 9, 0), 4_000),
            _order(2, a, local(2026, 2, 20, 9, 0), 5_000),
            _order(3, b, local(2026, 2, 25, 9, 0), 6_000),  # b's only order comes later
        ])  # fmt: skip
        uow.commit()
    with uow_factory() as uow:
        mid_february = bi.historical_clv(uow.session, datetime(2026, 2, 15, tzinfo=KIGALI))
        now = bi.historical_clv(uow.session, AS_OF)
    assert mid_february == (Decimal(4_000), Decimal(4_000))
    assert now == (Decimal(7_500), Decimal(7_500))
