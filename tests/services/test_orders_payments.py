"""Payments add up to the order, for every way of paying; money going back says where it went."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select, update

from dusangire_desktop.models.corporate import CorporateContract, CorporateMonthlyUsage
from dusangire_desktop.services import orders, pricing
from dusangire_desktop.services.auth import Actor, Role
from dusangire_desktop.services.errors import PermissionDenied, ValidationError
from dusangire_desktop.services.orders import (
    DeliveryInput,
    Fulfilment,
    MobileProvider,
    OrderStatus,
    PaymentInput,
    PaymentLine,
    PaymentMethod,
    RefundInput,
)
from dusangire_desktop.services.pricing import LineRequest

from ..money_checks import payment_problems

DESK = Actor(None, "desk", "Claudine Mukamana", Role.FRONT_DESK)
PICKUP = DeliveryInput(Fulfilment.PICKUP)
CUSTOMER_METHODS = (PaymentMethod.CASH, PaymentMethod.MOBILE_MONEY, PaymentMethod.CARD)
CONTRACTS = ("no contract", "company pays part", "company pays all")
MIXES = [(m, c) for m in CUSTOMER_METHODS for c in CONTRACTS]
EXAMPLES = settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def prepare(uow_factory, admin, kitchen, contract, lines):
    """The customer for the mix, with the employee's allowance set so the company pays as asked."""
    if contract == "no contract":
        return kitchen.visitor
    quote = pricing.quote(uow_factory(), admin, kitchen.employee, lines)
    cap = quote.total_rwf if contract == "company pays all" else quote.total_rwf // 2
    with uow_factory() as uow:
        uow.session.execute(delete(CorporateMonthlyUsage))
        uow.session.execute(
            update(CorporateContract)
            .where(CorporateContract.id == kitchen.contract)
            .values(monthly_cap_rwf=cap)
        )
        uow.commit()
    return kitchen.employee


TRANSACTION_IDS = itertools.count(17818959211)  # each mobile-money payment has its own TxId


def pay(method, due, extra):
    if method == PaymentMethod.CASH:
        return PaymentInput(method, tendered_rwf=due + extra)
    if method == PaymentMethod.CARD:
        return PaymentInput(method)
    return PaymentInput(method, reference=str(next(TRANSACTION_IDS)),
                        provider=MobileProvider.MTN_MOMO, payer_number="0788123456")  # fmt: skip


def place_mix(uow_factory, admin, kitchen, method, contract, isombe, juice, extra):
    lines = [LineRequest(kitchen.isombe, isombe)] + (
        [LineRequest(kitchen.juice, juice)] * bool(juice)
    )
    customer = prepare(uow_factory, admin, kitchen, contract, lines)
    quote = pricing.quote(uow_factory(), admin, customer, lines)
    order = orders.place_order(
        uow_factory(),
        DESK,
        customer_id=customer,
        lines=lines,
        payment=pay(method, quote.customer_share_rwf, extra),
        delivery=PICKUP,
    )
    company = order.company_share_rwf
    assert {"no contract": company == 0, "company pays part": 0 < company < order.summary.total_rwf,
            "company pays all": company == order.summary.total_rwf}[contract]  # fmt: skip
    return order


amounts = {
    "isombe": st.integers(1, 5),
    "juice": st.integers(0, 3),
    "extra": st.integers(0, 5_000),
}


@pytest.mark.parametrize(("method", "contract"), MIXES)
@EXAMPLES
@given(**amounts)
def test_payments_add_up_to_the_total_for_every_mix(
    uow_factory, admin, kitchen, method, contract, isombe, juice, extra
):
    order = place_mix(uow_factory, admin, kitchen, method, contract, isombe, juice, extra)
    assert order.summary.status == OrderStatus.PLACED
    assert sum(p.amount_rwf for p in order.payments) == order.summary.total_rwf
    with uow_factory() as uow:
        assert payment_problems(uow.session, [order.summary.id]) == []


def test_company_paying_all_records_one_payment_of_its_share(uow_factory, admin, kitchen):
    order = orders.place_order(
        uow_factory(),
        DESK,
        customer_id=kitchen.employee,
        lines=[LineRequest(kitchen.isombe, 2)],
        payment=PaymentInput(PaymentMethod.CASH),
        delivery=PICKUP,
    )
    assert order.payments == (PaymentLine(PaymentMethod.CORPORATE_ACCOUNT, 6300),)


def reversal(method, back_in_cash):
    if back_in_cash or method == PaymentMethod.CASH:
        return RefundInput(PaymentMethod.CASH)
    return RefundInput(method, reference="RV2603039876")


@pytest.mark.parametrize(("method", "contract"), MIXES)
@EXAMPLES
@given(**amounts, outcome=st.sampled_from(["cancel", "refund"]), back_in_cash=st.booleans())
def test_money_going_back_says_where_every_franc_went_for_every_mix(
    uow_factory, admin, kitchen, method, contract, isombe, juice, extra, outcome, back_in_cash
):
    s = place_mix(uow_factory, admin, kitchen, method, contract, isombe, juice, extra).summary
    how = reversal(method, back_in_cash)
    if outcome == "cancel":
        done = orders.cancel(uow_factory(), admin, s.id, s.version, "Customer left", how)
    else:
        done = orders.refund(uow_factory(), admin, s.id, s.version, "Meal arrived cold", how)
    detail = orders.get_order(uow_factory(), admin, done.id)
    refunds = [p for p in detail.payments if p.is_refund]
    assert sum(p.amount_rwf for p in refunds) == s.total_rwf
    customer_back = [p for p in refunds if p.by_customer]
    assert all(
        (p.method, p.reference) == (how.method, how.reference or None) for p in customer_back
    )
    with uow_factory() as uow:
        assert payment_problems(uow.session, [s.id]) == []
        assert sum(uow.session.scalars(select(CorporateMonthlyUsage.subsidy_used_rwf))) == 0


def place(uow_factory, kitchen, payment, customer=None, quantity=1):
    return orders.place_order(
        uow_factory(),
        DESK,
        customer_id=customer or kitchen.visitor,
        lines=[LineRequest(kitchen.isombe, quantity)],
        payment=payment,
        delivery=PICKUP,
    ).summary


CASH = PaymentInput(PaymentMethod.CASH, tendered_rwf=5000)
MOMO = PaymentInput(PaymentMethod.MOBILE_MONEY, reference="17818959211",
                    provider=MobileProvider.MTN_MOMO, payer_number="0788123456")  # fmt: skip
CARD = PaymentInput(PaymentMethod.CARD)


def unchanged(uow_factory, admin, s):
    detail = orders.get_order(uow_factory(), admin, s.id)
    return detail.summary.status == OrderStatus.PLACED and not any(
        p.is_refund for p in detail.payments
    )


def test_front_desk_is_told_a_manager_must_cancel_a_paid_order(uow_factory, admin, kitchen):
    s = place(uow_factory, kitchen, CASH)
    with pytest.raises(PermissionDenied, match="manager must cancel") as refused:
        orders.cancel(uow_factory(), DESK, s.id, s.version, "Customer left")
    assert "3,500 RWF" in refused.value.message
    assert unchanged(uow_factory, admin, s)


def test_manager_cancelling_a_cash_order_gives_the_cash_back(uow_factory, admin, kitchen):
    s = place(uow_factory, kitchen, CASH)
    cancelled = orders.cancel(
        uow_factory(), admin, s.id, s.version, "Customer left", RefundInput(PaymentMethod.CASH)
    )
    assert cancelled.status == OrderStatus.CANCELLED
    detail = orders.get_order(uow_factory(), admin, s.id)
    assert detail.payments[1:] == (PaymentLine(PaymentMethod.CASH, 3500, is_refund=True),)


def test_saying_how_the_money_went_back_is_required(uow_factory, admin, kitchen):
    s = place(uow_factory, kitchen, MOMO)
    for call in (orders.cancel, orders.refund):
        with pytest.raises(ValidationError, match="how the 3,500 RWF went back") as refused:
            call(uow_factory(), admin, s.id, s.version, "Customer left")
        assert refused.value.field == "refund_method"
    assert unchanged(uow_factory, admin, s)


@pytest.mark.parametrize(
    ("payment", "reference_needed"),
    [(MOMO, "mobile-money reversal"), (CARD, "card reversal")],
)
def test_a_reversal_needs_its_reference(uow_factory, admin, kitchen, payment, reference_needed):
    s = place(uow_factory, kitchen, payment)
    for reference in ("", "  ", "no!"):
        with pytest.raises(ValidationError, match=reference_needed) as refused:
            orders.cancel(
                uow_factory(), admin, s.id, s.version, "Wrong order",
                RefundInput(payment.method, reference),
            )  # fmt: skip
        assert refused.value.field == "refund_reference"
    assert unchanged(uow_factory, admin, s)
    orders.cancel(
        uow_factory(), admin, s.id, s.version, "Wrong order", RefundInput(payment.method, "RV12345")
    )
    detail = orders.get_order(uow_factory(), admin, s.id)
    assert detail.payments[-1] == PaymentLine(
        payment.method, 3500, reference="RV12345", is_refund=True, provider=payment.provider
    )


def test_mobile_money_may_go_back_in_cash_but_cash_only_goes_back_as_cash(
    uow_factory, admin, kitchen
):
    momo = place(uow_factory, kitchen, MOMO)
    orders.refund(
        uow_factory(), admin, momo.id, momo.version, "Cold meal", RefundInput(PaymentMethod.CASH)
    )
    assert orders.get_order(uow_factory(), admin, momo.id).payments[-1] == PaymentLine(
        PaymentMethod.CASH, 3500, is_refund=True
    )
    cash = place(uow_factory, kitchen, CASH)
    with pytest.raises(ValidationError, match="in cash") as refused:
        orders.refund(
            uow_factory(), admin, cash.id, cash.version, "Cold meal",
            RefundInput(PaymentMethod.MOBILE_MONEY, "RV12345"),
        )  # fmt: skip
    assert refused.value.field == "refund_method"
    assert unchanged(uow_factory, admin, cash)


def test_front_desk_cancels_an_order_the_company_paid_in_full(uow_factory, admin, kitchen):
    s = place(uow_factory, kitchen, PaymentInput(PaymentMethod.CASH), kitchen.employee, 2)
    orders.cancel(uow_factory(), DESK, s.id, s.version, "Patient discharged")
    detail = orders.get_order(uow_factory(), admin, s.id)
    assert [(p.method, p.amount_rwf, p.is_refund) for p in detail.payments] == [
        (PaymentMethod.CORPORATE_ACCOUNT, 6300, False),
        (PaymentMethod.CORPORATE_ACCOUNT, 6300, True),
    ]
    with uow_factory() as uow:
        assert uow.session.scalar(select(CorporateMonthlyUsage.subsidy_used_rwf)) == 0


def test_front_desk_cannot_cancel_a_shared_cost_order(uow_factory, admin, kitchen):
    s = place(uow_factory, kitchen, PaymentInput(PaymentMethod.CASH, 10_000), kitchen.employee, 4)
    with pytest.raises(PermissionDenied, match="2,600 RWF"):
        orders.cancel(uow_factory(), DESK, s.id, s.version, "Patient discharged")
    assert unchanged(uow_factory, admin, s)
    with uow_factory() as uow:
        assert uow.session.scalar(select(CorporateMonthlyUsage.subsidy_used_rwf)) == 10_000
