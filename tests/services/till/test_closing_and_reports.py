"""Closing a shift against what the payments say, and the X and Z reports agreeing with the
orders to the franc."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from dusangire_desktop.models.orders import Order, OrderStatus
from dusangire_desktop.models.till import ShiftStatus, Tender
from dusangire_desktop.services import orders
from dusangire_desktop.services.errors import PermissionDenied, ValidationError
from dusangire_desktop.services.orders import (
    MobileProvider,
    PaymentInput,
    PaymentMethod,
    RefundInput,
)
from dusangire_desktop.services.till import closing, reports, shifts
from dusangire_desktop.services.till.shifts import CashMovementKind

from ...money_checks import payment_problems
from ...till_world import cash, momo


def _shift(uow_factory, admin):
    return shifts.desk_state(uow_factory(), admin).shift


def _day_of_sales(uow_factory, admin, kitchen, sell):
    """Cash, MTN, Airtel and card sales, a company-paid order, a cancellation and a refund."""
    a = sell(cash(5000), isombe=1)  # 3,500 cash, 1,500 change
    b = sell(momo(), isombe=2)  # 7,000 MTN
    sell(momo(MobileProvider.AIRTEL_MONEY), juice=2, isombe=0)  # 2,000 Airtel
    sell(PaymentInput(PaymentMethod.CARD), juice=1, isombe=0)  # 1,000 card
    sell(PaymentInput(PaymentMethod.CASH), customer=kitchen.employee, isombe=2)  # company pays
    orders.cancel(
        uow_factory(),
        admin,
        a.summary.id,
        a.summary.version,
        "Customer left",
        RefundInput(PaymentMethod.CASH),
    )
    orders.refund(
        uow_factory(),
        admin,
        b.summary.id,
        b.summary.version,
        "Cold meal",
        RefundInput(PaymentMethod.MOBILE_MONEY, "RV12345"),
    )
    shifts.move_cash(uow_factory(), admin, CashMovementKind.PAID_IN, 1_000, "Coins from bank")
    shifts.move_cash(uow_factory(), admin, CashMovementKind.DROP, 10_000, "Drop to the safe")
    sell(cash(20_000), isombe=3)  # 10,500 cash


def test_x_report_agrees_with_the_orders_to_the_franc(uow_factory, admin, kitchen, sell):
    _day_of_sales(uow_factory, admin, kitchen, sell)
    shift = _shift(uow_factory, admin)
    x = reports.shift_report(uow_factory(), admin, shift.id)
    with uow_factory() as uow:
        totals = uow.session.execute(
            select(func.sum(Order.total_rwf), func.sum(Order.discount_rwf), func.count())
        ).one()
        back = uow.session.scalar(
            select(func.sum(Order.total_rwf)).where(
                Order.status.in_([OrderStatus.CANCELLED, OrderStatus.REFUNDED])
            )
        )
        assert payment_problems(uow.session) == []
    assert not x.final
    assert (x.sales_rwf, x.discounts_rwf, x.orders) == (totals[0], totals[1], totals[2])
    assert x.refunds_rwf == back == 3500 + 7000
    assert (x.cancelled_orders, x.cancelled_rwf, x.refunded_orders) == (1, 3500, 1)
    by = {t.tender: t for t in x.tenders}
    assert by[Tender.CASH].sales_rwf == 3500 + 10_500
    assert by[Tender.CASH].refunds_rwf == 3500
    # float 20,000 + cash 14,000 − 3,500 back + 1,000 paid in − 10,000 dropped
    assert by[Tender.CASH].expected_rwf == 21_500
    assert (by[Tender.MTN_MOMO].sales_rwf, by[Tender.MTN_MOMO].expected_rwf) == (7000, 0)
    assert by[Tender.AIRTEL_MONEY].expected_rwf == 2000
    assert by[Tender.CARD].expected_rwf == 1000
    company = totals[0] - 3500 - 7000 - 2000 - 1000 - 10_500
    assert by[Tender.COMPANY_ALLOWANCE].expected_rwf == company
    assert sum(amount for _c, amount in x.sales_by_channel) == x.sales_rwf
    assert (x.paid_in_rwf, x.drops_rwf, x.opening_float_rwf) == (1_000, 10_000, 20_000)


def test_a_close_within_the_threshold_closes_and_its_z_report_counts(
    uow_factory, admin, kitchen, sell
):
    _day_of_sales(uow_factory, admin, kitchen, sell)
    shift = _shift(uow_factory, admin)
    # 21,500 expected: four 5,000 notes, one 1,000, one 500 — and 100 RWF short.
    result = closing.submit_count(
        uow_factory(), admin, shift.id, shift.version, {5000: 4, 1000: 1, 100: 4}
    )
    assert not result.needs_approval
    z = reports.shift_report(uow_factory(), admin, shift.id)
    assert z.final and z.shift.status == ShiftStatus.CLOSED
    cash_line = next(t for t in z.tenders if t.tender == Tender.CASH)
    assert (cash_line.expected_rwf, cash_line.counted_rwf, cash_line.variance_rwf) == (
        21_500,
        21_400,
        -100,
    )
    assert z.variance_rwf == -100
    with pytest.raises(ValidationError, match="has no open shift"):
        sell(cash(5000))


def test_a_variance_over_the_threshold_is_blocked_until_a_manager_approves(
    uow_factory, admin, manager, kitchen, sell
):
    closing.save_settings(uow_factory(), admin, 500, False)
    sell(cash(5000))
    shift = _shift(uow_factory, admin)
    desk = shifts.desk_state(uow_factory(), admin).shift
    result = closing.submit_count(uow_factory(), admin, desk.id, desk.version, {5000: 4})
    assert result.needs_approval and result.threshold_rwf == 500
    assert result.report.variance_rwf == 20_000 - 23_500
    waiting = shifts.get_shift(uow_factory(), admin, shift.id)
    assert waiting.status == ShiftStatus.COUNTED
    with pytest.raises(ValidationError, match="already submitted"):
        closing.submit_count(uow_factory(), admin, shift.id, waiting.version, {5000: 5})
    from dusangire_desktop.services.auth import Actor, Role

    desk_clerk = Actor(None, "desk", "Claudine Mukamana", Role.FRONT_DESK)
    with pytest.raises(PermissionDenied):
        closing.approve_variance(
            uow_factory(), desk_clerk, shift.id, waiting.version, "Looks fine to me"
        )
    with pytest.raises(ValidationError, match="reason"):
        closing.approve_variance(uow_factory(), manager, shift.id, waiting.version, "ok")
    z = closing.approve_variance(
        uow_factory(),
        manager,
        shift.id,
        waiting.version,
        "A 5,000 note was given as change by mistake",
    )
    assert z.shift.status == ShiftStatus.CLOSED
    assert z.variance_reason == "A 5,000 note was given as change by mistake"
    assert z.variance_rwf == -3_500


def test_a_blind_close_shows_the_expected_amounts_only_after_the_count(
    another_desk, admin, kitchen, sell
):
    from dusangire_desktop.services.auth import Actor, Role

    clerk = Actor(None, "desk", "Claudine Mukamana", Role.FRONT_DESK)
    opened = shifts.open_shift(another_desk(), clerk, 10_000, blind_close=True)
    sell(cash(5000), factory=another_desk, actor=clerk)
    x = reports.shift_report(another_desk(), clerk, opened.id)
    assert all(t.expected_rwf is None and t.sales_rwf == 0 for t in x.tenders)
    assert x.sales_rwf == 0 and x.orders == 1
    result = closing.submit_count(
        another_desk(), clerk, opened.id, opened.version, {5000: 2, 1000: 3, 500: 1}
    )
    cash_line = next(t for t in result.report.tenders if t.tender == Tender.CASH)
    assert (cash_line.expected_rwf, cash_line.counted_rwf) == (13_500, 13_500)


def test_a_manager_force_closes_an_abandoned_shift_marked_as_such(
    uow_factory, admin, manager, kitchen, sell
):
    sell(cash(5000))
    shift = _shift(uow_factory, admin)
    z = closing.force_close(
        uow_factory(), manager, shift.id, shift.version, "Cashier left without closing"
    )
    assert z.shift.forced and z.final
    cash_line = next(t for t in z.tenders if t.tender == Tender.CASH)
    assert (cash_line.expected_rwf, cash_line.counted_rwf) == (23_500, None)
    assert shifts.desk_state(uow_factory(), admin).shift is None


def test_counts_are_checked_by_denomination(uow_factory, admin, kitchen):
    shift = _shift(uow_factory, admin)
    with pytest.raises(ValidationError, match="not a Rwandan note or coin") as refused:
        closing.submit_count(uow_factory(), admin, shift.id, shift.version, {200: 1})
    assert refused.value.field == "count_200"
    with pytest.raises(ValidationError) as refused:
        closing.submit_count(uow_factory(), admin, shift.id, shift.version, {500: -1})
    assert refused.value.field == "count_500"
