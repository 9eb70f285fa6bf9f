"""The desk's most ordered dishes are one key away, and the customer's kind is shown right."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dusangire_desktop.services import orders
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.orders import DeliveryInput, Fulfilment, PaymentInput, PaymentMethod
from dusangire_desktop.services.pricing import LineRequest


def test_a_digit_in_the_empty_dish_search_adds_that_quick_dish(
    qtbot, open_main_window, kitchen, uow_factory, admin
):
    orders.place_order(
        uow_factory(), admin, customer_id=kitchen.visitor,
        lines=[LineRequest(kitchen.juice, 3), LineRequest(kitchen.isombe, 1)],
        payment=PaymentInput(PaymentMethod.CASH, 20_000), delivery=DeliveryInput(Fulfilment.PICKUP),
    )  # fmt: skip
    page = open_main_window(Role.FRONT_DESK).open_area("order_entry")
    qtbot.waitUntil(lambda: len(page.quick.dishes) == 2)
    assert [d.id for d in page.quick.dishes] == [kitchen.juice, kitchen.isombe]
    assert page.quick.tile_texts()[0].startswith("1  ")
    page.menu_search.setFocus()
    qtbot.keyClick(page.menu_search, Qt.Key.Key_2)
    assert [(line.item.id, line.quantity) for line in page.cart] == [(kitchen.isombe, 1)]
    assert page.menu_search.text() == ""
    qtbot.keyClick(page.menu_search, Qt.Key.Key_9)  # no ninth tile: nothing happens
    assert len(page.cart) == 1
    qtbot.keyClicks(page.menu_search, "is")  # with text typed, a digit is just a character
    qtbot.keyClick(page.menu_search, Qt.Key.Key_1)
    assert page.menu_search.text() == "is1" and len(page.cart) == 1


def test_an_enrolled_employee_is_a_company_employee_at_the_desk(qtbot, open_main_window, kitchen):
    page = open_main_window(Role.FRONT_DESK).open_area("order_entry")
    page.customer_search.setFocus()
    qtbot.keyClicks(page.customer_search, "Diane")
    qtbot.waitUntil(lambda: page.customer_results.count() == 1)
    assert "Company employee (Bank of Kigali)" in page.customer_results.item(0).text()
    qtbot.keyClick(page.customer_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.customer is not None)
    assert "Company employee (Bank of Kigali)" in page.customer_label.text()
    assert "Outside guest" not in page.customer_label.text()
