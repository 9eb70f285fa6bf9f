"""Operations today beyond money: orders by state, late ones, time to deliver, catering events and
consultations of the hospital's local day."""

from __future__ import annotations

from decimal import Decimal

from dusangire_desktop.models.orders import OrderStatus
from dusangire_desktop.services import orders
from dusangire_desktop.services.analytics import operations
from dusangire_desktop.services.orders import DeliveryInput, Fulfilment, PaymentInput, PaymentMethod
from dusangire_desktop.services.pricing import LineRequest

from ...ordering_world import kitchen  # noqa: F401


def _place(uow_factory, admin, world):  # type: ignore[no-untyped-def]
    return orders.place_order(
        uow_factory(), admin, customer_id=world.visitor, lines=[LineRequest(world.isombe, 1)],
        payment=PaymentInput(PaymentMethod.CASH, 5000), delivery=DeliveryInput(Fulfilment.PICKUP),
    ).summary  # fmt: skip


def test_orders_by_state_late_and_time_to_deliver(uow_factory, admin, kitchen, clock):  # noqa: F811
    clock.set_local(2026, 3, 2, 23, 50)
    _place(uow_factory, admin, kitchen)  # yesterday in Kigali: not today's
    clock.set_local(2026, 3, 3, 9, 0)
    first = _place(uow_factory, admin, kitchen)
    second = _place(uow_factory, admin, kitchen)
    clock.set_local(2026, 3, 3, 9, 30)
    waiting = _place(uow_factory, admin, kitchen)
    preparing = orders.advance(uow_factory(), admin, first.id, first.version, OrderStatus.PREPARING)
    clock.set_local(2026, 3, 3, 9, 36)
    orders.advance(uow_factory(), admin, first.id, preparing.version, OrderStatus.DELIVERED)

    a = operations.activity_today(uow_factory(), admin, clock.now)
    assert a.orders_by_state[OrderStatus.PLACED] == 2
    assert a.orders_by_state[OrderStatus.DELIVERED] == 1
    assert sum(a.orders_by_state.values()) == 3
    # Only `second` has waited past a pickup's 20 minutes; `waiting` was placed 6 minutes ago.
    assert a.late == 1 and waiting.id != second.id
    assert (a.delivered, a.mean_minutes_to_deliver) == (1, Decimal("36.0"))
    assert a.catering == [] and sum(a.consultations_by_state.values()) == 0


def test_a_day_with_nothing_delivered_has_no_mean(uow_factory, admin, clock):
    a = operations.activity_today(uow_factory(), admin, clock.now)
    assert a.delivered == 0 and a.mean_minutes_to_deliver is None and a.late == 0
