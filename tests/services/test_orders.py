"""Placing orders at the desk, moving them through the kitchen, cancelling and refunding."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from sqlalchemy import select

from dusangire_desktop.models.audit import AuditEvent
from dusangire_desktop.models.corporate import CorporateMonthlyUsage
from dusangire_desktop.services import orders
from dusangire_desktop.services.auth import Actor, Role
from dusangire_desktop.services.errors import Conflict, PermissionDenied, ValidationError
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

DESK = Actor(None, "desk", "Claudine Mukamana", Role.FRONT_DESK)
CASH_5000 = PaymentInput(PaymentMethod.CASH, tendered_rwf=5000)
PICKUP = DeliveryInput(Fulfilment.PICKUP)


def place(
    uow_factory,
    kitchen,
    customer=None,
    lines=None,
    payment=CASH_5000,
    delivery=PICKUP,
    override="",
    actor=DESK,
):
    return orders.place_order(
        uow_factory(),
        actor,
        customer_id=customer or kitchen.visitor,
        lines=lines or [LineRequest(kitchen.isombe, 1)],
        payment=payment,
        delivery=delivery,
        allergy_override=override,
    )


def test_cash_order_with_change_and_a_friendly_number(uow_factory, kitchen):
    order = place(
        uow_factory,
        kitchen,
        lines=[LineRequest(kitchen.isombe, 1), LineRequest(kitchen.milk_tea, 1)],
    )
    assert order.summary.number.startswith("D-") and len(order.summary.number) == 8
    assert order.summary.total_rwf == 4300
    assert order.payments == (
        PaymentLine(PaymentMethod.CASH, 4300, tendered_rwf=5000, change_rwf=700),
    )
    assert order.summary.status == OrderStatus.PLACED


def test_cash_below_the_total_is_refused_and_nothing_saved(uow_factory, kitchen):
    with pytest.raises(ValidationError, match="800 RWF short") as error:
        place(
            uow_factory,
            kitchen,
            lines=[LineRequest(kitchen.isombe, 1), LineRequest(kitchen.milk_tea, 2)],
            payment=PaymentInput(PaymentMethod.CASH, tendered_rwf=4300),
        )
    assert error.value.field == "tendered"
    assert orders.list_orders(uow_factory(), DESK).orders == []


def test_mobile_money_needs_its_provider_number_and_transaction_id(uow_factory, kitchen):
    momo = PaymentInput(PaymentMethod.MOBILE_MONEY, provider=MobileProvider.MTN_MOMO,
                        payer_number="0788 123 456")  # fmt: skip
    with pytest.raises(ValidationError, match="11 digits") as error:
        place(uow_factory, kitchen, payment=momo)
    assert error.value.field == "reference"
    with pytest.raises(ValidationError, match="provider") as error:
        place(uow_factory, kitchen, payment=replace(momo, provider=None, reference="17818959211"))
    assert error.value.field == "provider"
    order = place(uow_factory, kitchen, payment=replace(momo, reference="TxId: 17818959211"))
    paid = order.payments[0]
    assert (paid.provider, paid.payer_number, paid.reference) == (
        MobileProvider.MTN_MOMO,
        "0788123456",
        "17818959211",
    )


def test_delivery_goes_to_the_patients_bed(uow_factory, kitchen):
    order = place(
        uow_factory,
        kitchen,
        customer=kitchen.patient,
        lines=[LineRequest(kitchen.isombe, 1)],
        delivery=DeliveryInput(Fulfilment.DELIVERY),
    )
    assert (order.summary.ward, order.summary.bed) == ("Maternity", "12A")
    with pytest.raises(ValidationError, match="ward and bed"):
        place(uow_factory, kitchen, delivery=DeliveryInput(Fulfilment.DELIVERY))


def test_allergy_needs_an_override_reason_which_is_audited(uow_factory, kitchen):
    with pytest.raises(ValidationError, match="contains peanuts") as error:
        place(
            uow_factory,
            kitchen,
            customer=kitchen.patient,
            lines=[LineRequest(kitchen.peanut_stew, 1)],
        )
    assert error.value.field == "override"
    order = place(
        uow_factory,
        kitchen,
        customer=kitchen.patient,
        lines=[LineRequest(kitchen.peanut_stew, 1)],
        override="Doctor confirmed a mild intolerance only",
    )
    with uow_factory() as uow:
        event = uow.session.scalar(
            select(AuditEvent).where(AuditEvent.action == "allergy_override")
        )
        assert event.entity_id == str(order.summary.id) and "Doctor confirmed" in event.details


def test_company_pays_on_account_and_the_usage_is_recorded(uow_factory, kitchen):
    order = place(
        uow_factory,
        kitchen,
        customer=kitchen.employee,
        lines=[LineRequest(kitchen.isombe, 2)],
        payment=PaymentInput(PaymentMethod.CASH),
    )
    assert (order.company_share_rwf, order.customer_share_rwf) == (6300, 0)
    assert order.payments == (PaymentLine(PaymentMethod.CORPORATE_ACCOUNT, 6300),)
    with uow_factory() as uow:
        assert uow.session.scalar(select(CorporateMonthlyUsage.subsidy_used_rwf)) == 6300


def test_order_life_cycle_and_wrong_moves(uow_factory, kitchen):
    order = place(
        uow_factory, kitchen, customer=kitchen.patient, delivery=DeliveryInput(Fulfilment.DELIVERY)
    )
    s = order.summary
    s = orders.advance(uow_factory(), DESK, s.id, s.version, OrderStatus.PREPARING)
    with pytest.raises(ValidationError, match="cannot move to placed"):
        orders.advance(uow_factory(), DESK, s.id, s.version, OrderStatus.PLACED)
    s = orders.advance(uow_factory(), DESK, s.id, s.version, OrderStatus.OUT_FOR_DELIVERY)
    s = orders.advance(uow_factory(), DESK, s.id, s.version, OrderStatus.DELIVERED)
    assert s.status == OrderStatus.DELIVERED
    with pytest.raises(ValidationError, match="can no longer be cancelled"):
        orders.cancel(uow_factory(), DESK, s.id, s.version, "customer left")


def test_stale_screen_cannot_overwrite_another_desks_change(uow_factory, kitchen):
    s = place(uow_factory, kitchen).summary
    orders.advance(uow_factory(), DESK, s.id, s.version, OrderStatus.PREPARING)
    with pytest.raises(Conflict, match="changed at another desk"):
        orders.cancel(uow_factory(), DESK, s.id, s.version, "customer left")


def test_cancel_needs_a_reason_and_gives_back_the_allowance(uow_factory, kitchen):
    s = place(
        uow_factory, kitchen, customer=kitchen.employee, lines=[LineRequest(kitchen.isombe, 2)]
    ).summary
    with pytest.raises(ValidationError, match="reason") as error:
        orders.cancel(uow_factory(), DESK, s.id, s.version, "  ")
    assert error.value.field == "reason"
    cancelled = orders.cancel(uow_factory(), DESK, s.id, s.version, "Patient discharged")
    assert cancelled.status == OrderStatus.CANCELLED
    with uow_factory() as uow:
        assert uow.session.scalar(select(CorporateMonthlyUsage.subsidy_used_rwf)) == 0


def test_only_managers_refund(uow_factory, kitchen, admin):
    s = place(uow_factory, kitchen).summary
    cash_back = RefundInput(PaymentMethod.CASH)
    with pytest.raises(PermissionDenied, match="manager"):
        orders.refund(uow_factory(), DESK, s.id, s.version, "cold food", cash_back)
    refunded = orders.refund(
        uow_factory(), admin, s.id, s.version, "Cold food, apologised", cash_back
    )
    assert refunded.status == OrderStatus.REFUNDED
    detail = orders.get_order(uow_factory(), admin, s.id)
    assert detail.payments[-1].amount_rwf == 3500 and detail.payments[-1].is_refund is True


def test_queue_pages_newest_first_and_filters(uow_factory, kitchen, clock):
    placed = []
    for _ in range(5):
        placed.append(place(uow_factory, kitchen).summary)
        clock.advance(minutes=1)
    first = orders.list_orders(uow_factory(), DESK, page_size=2)
    assert [o.id for o in first.orders] == [placed[4].id, placed[3].id] and first.has_more
    last = first.orders[-1]
    second = orders.list_orders(uow_factory(), DESK, page_size=2, after=(last.placed_at, last.id))
    assert [o.id for o in second.orders] == [placed[2].id, placed[1].id]
    orders.advance(uow_factory(), DESK, placed[0].id, placed[0].version, OrderStatus.PREPARING)
    preparing = orders.list_orders(uow_factory(), DESK, statuses=(OrderStatus.PREPARING,))
    assert [o.id for o in preparing.orders] == [placed[0].id]
    by_name = orders.list_orders(uow_factory(), DESK, search="habimana")
    assert len(by_name.orders) == 5


def test_desks_racing_cannot_push_an_employee_past_the_cap(uow_factory, kitchen):
    """Real threads, 8 desks at once, each order asking 3,150 RWF of a 10,000 RWF allowance."""
    attempts = 8
    pg_uow_factory = uow_factory
    barrier = threading.Barrier(attempts)
    results: list[object] = []

    def desk() -> None:
        barrier.wait()
        try:
            results.append(
                orders.place_order(
                    pg_uow_factory(),
                    DESK,
                    customer_id=kitchen.employee,
                    lines=[LineRequest(kitchen.isombe, 1)],
                    payment=PaymentInput(PaymentMethod.CASH, tendered_rwf=5000),
                    delivery=PICKUP,
                )
            )
        except Exception as error:
            results.append(error)

    threads = [threading.Thread(target=desk) for _ in range(attempts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    placed = [r for r in results if not isinstance(r, Exception)]
    refused = [r for r in results if isinstance(r, Exception)]
    assert all(isinstance(r, orders.SubsidyChanged) for r in refused), refused
    company_total = sum(o.company_share_rwf for o in placed)
    assert company_total <= 10_000
    with pg_uow_factory() as uow:
        assert uow.session.scalar(select(CorporateMonthlyUsage.subsidy_used_rwf)) == company_total
    assert len(placed) + len(refused) == attempts and placed
