"""Ordering services record what they changed, under the right area with the right ids, and
their reads run in a unit of work opened for reading (no SQLite write lock, READ ONLY on
PostgreSQL)."""

from __future__ import annotations

import pytest

from dusangire_desktop.services import customers, menu, orders, pricing
from dusangire_desktop.services.changes import Area
from dusangire_desktop.services.customers import CustomerInput, CustomerKind
from dusangire_desktop.services.errors import ValidationError
from dusangire_desktop.services.menu import MealPeriod, MenuItemInput
from dusangire_desktop.services.orders import (
    DeliveryInput,
    Fulfilment,
    OrderStatus,
    PaymentInput,
    PaymentMethod,
    RefundInput,
)
from dusangire_desktop.services.pricing import LineRequest

CASH = PaymentInput(PaymentMethod.CASH, tendered_rwf=5000)
PICKUP = DeliveryInput(Fulfilment.PICKUP)


def recorded(uow):
    return {(c.area, c.ids) for c in uow.committed}


def _place(uow, admin, kitchen):
    return orders.place_order(
        uow, admin, customer_id=kitchen.visitor, lines=[LineRequest(kitchen.isombe, 1)],
        payment=CASH, delivery=PICKUP,
    ).summary  # fmt: skip


def test_every_move_of_an_order_is_recorded_under_orders_with_its_id(uow_factory, admin, kitchen):
    uow = uow_factory()
    placed = _place(uow, admin, kitchen)
    assert recorded(uow) == {(Area.ORDERS, frozenset({placed.id}))}
    uow = uow_factory()
    moved = orders.advance(uow, admin, placed.id, placed.version, OrderStatus.PREPARING)
    assert recorded(uow) == {(Area.ORDERS, frozenset({placed.id}))}
    uow = uow_factory()
    orders.cancel(uow, admin, moved.id, moved.version, "Customer left",
                  RefundInput(PaymentMethod.CASH))  # fmt: skip
    assert recorded(uow) == {(Area.ORDERS, frozenset({placed.id}))}
    other = _place(uow_factory(), admin, kitchen)
    uow = uow_factory()
    orders.refund(uow, admin, other.id, other.version, "Cold meal", RefundInput(PaymentMethod.CASH))
    assert recorded(uow) == {(Area.ORDERS, frozenset({other.id}))}


def test_customers_and_dishes_are_recorded_under_their_own_areas(uow_factory, admin, kitchen):
    uow = uow_factory()
    new = customers.create_customer(
        uow, admin, CustomerInput(CustomerKind.VISITOR, "Alice Mutoni", phone="0788000111")
    )
    assert recorded(uow) == {(Area.CUSTOMERS, frozenset({new.id}))}
    uow = uow_factory()
    customers.update_customer(
        uow, admin, new.id, CustomerInput(CustomerKind.VISITOR, "Alice Mutoni", "0788000112")
    )
    assert recorded(uow) == {(Area.CUSTOMERS, frozenset({new.id}))}
    uow = uow_factory()
    dish = menu.save_item(uow, admin, MenuItemInput("Ubugali", "Mains", MealPeriod.LUNCH, 1500))
    assert recorded(uow) == {(Area.MENU, frozenset({dish.id}))}
    uow = uow_factory()
    menu.set_available(uow, admin, dish.id, False)
    assert recorded(uow) == {(Area.MENU, frozenset({dish.id}))}


def test_a_refused_order_records_nothing(uow_factory, admin, kitchen):
    uow = uow_factory()
    with pytest.raises(ValidationError, match="short"):
        orders.place_order(
            uow, admin, customer_id=kitchen.visitor, lines=[LineRequest(kitchen.isombe, 1)],
            payment=PaymentInput(PaymentMethod.CASH, 100), delivery=PICKUP,
        )  # fmt: skip
    assert uow.committed == []


def test_the_desks_reads_run_in_a_unit_of_work_opened_for_reading(uow_factory, admin, kitchen):
    placed = _place(uow_factory(), admin, kitchen)

    def reading():
        return uow_factory().for_reading()

    quote = pricing.quote(reading(), admin, kitchen.visitor, [LineRequest(kitchen.isombe, 2)])
    assert quote.total_rwf == 7000
    found = customers.search_customers(reading(), admin, "Habimana")
    assert [c.id for c in found] == [kitchen.visitor]
    assert customers.get_customer(reading(), admin, kitchen.visitor).full_name == "Eric Habimana"
    assert len(menu.list_menu(reading(), admin)) == 5
    assert [o.id for o in orders.list_orders(reading(), admin).orders] == [placed.id]
    assert orders.get_order(reading(), admin, placed.id).summary.id == placed.id
    assert [o.id for o in orders.orders_by_id(reading(), admin, [placed.id])] == [placed.id]


def test_the_queue_window_reads_down_to_the_last_order_shown(uow_factory, admin, kitchen):
    placed = [_place(uow_factory(), admin, kitchen) for _ in range(5)]
    first = orders.list_orders(uow_factory(), admin, page_size=2)
    assert [o.id for o in first.orders] == [placed[4].id, placed[3].id] and first.has_more
    last = first.orders[-1]
    second = orders.list_orders(uow_factory(), admin, page_size=2,
                                after=(last.placed_at, last.id))  # fmt: skip
    shown = first.orders + second.orders
    bottom = (shown[-1].placed_at, shown[-1].id)
    newer = _place(uow_factory(), admin, kitchen)
    window = orders.list_orders(uow_factory(), admin, page_size=2, down_to=bottom)
    assert [o.id for o in window.orders] == [newer.id] + [o.id for o in shown]
    assert window.has_more
    everything = orders.list_orders(uow_factory(), admin, down_to=(placed[0].placed_at,
                                                                    placed[0].id))  # fmt: skip
    assert len(everything.orders) == 6 and not everything.has_more
