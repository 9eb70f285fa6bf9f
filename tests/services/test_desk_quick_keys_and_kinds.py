"""The desk's quick keys are the dishes ordered most lately; an enrolled employee shows as one."""

from __future__ import annotations

from dusangire_desktop.models.orders import Order, OrderStatus
from dusangire_desktop.services import customers, menu, orders
from dusangire_desktop.services.orders import DeliveryInput, Fulfilment, PaymentInput, PaymentMethod
from dusangire_desktop.services.pricing import LineRequest

from ..ordering_world import kitchen  # noqa: F401


def _order(uow_factory, admin, world, *lines):  # type: ignore[no-untyped-def]
    return orders.place_order(
        uow_factory(), admin, customer_id=world.visitor,
        lines=[LineRequest(item, quantity) for item, quantity in lines],
        payment=PaymentInput(PaymentMethod.CASH, 100_000),
        delivery=DeliveryInput(Fulfilment.PICKUP),
    ).summary  # fmt: skip


def test_most_ordered_dishes_by_quantity_of_the_last_four_weeks(uow_factory, admin, kitchen, clock):  # noqa: F811
    clock.advance(days=-40)
    _order(uow_factory, admin, kitchen, (kitchen.peanut_stew, 9))  # too long ago to count
    clock.advance(days=40)
    _order(uow_factory, admin, kitchen, (kitchen.juice, 3), (kitchen.isombe, 1))
    _order(uow_factory, admin, kitchen, (kitchen.isombe, 1), (kitchen.brochette, 1))
    cancelled = _order(uow_factory, admin, kitchen, (kitchen.brochette, 5))
    with uow_factory() as uow:  # as if refunded: a cancelled order is not counted
        uow.session.get(Order, cancelled.id).status = OrderStatus.REFUNDED
        uow.commit()
    dishes = menu.most_ordered(uow_factory(), admin, limit=8)
    assert [d.id for d in dishes] == [kitchen.juice, kitchen.isombe, kitchen.brochette]
    assert [d.id for d in menu.most_ordered(uow_factory(), admin, limit=1)] == [kitchen.juice]


def test_an_enrolled_employee_is_shown_with_the_company(uow_factory, admin, kitchen):  # noqa: F811
    found = customers.search_customers(uow_factory(), admin, "Diane")
    assert [(c.full_name, c.employer) for c in found] == [("Diane Mukamana", "Bank of Kigali")]
    assert customers.get_customer(uow_factory(), admin, kitchen.visitor).employer is None
