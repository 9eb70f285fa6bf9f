"""The order screen shows the price of the cart as it is now, and each order starts clean."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.orders import Fulfilment, PaymentMethod
from dusangire_desktop.views.operations import wait_for_operations

from .test_connection_loss import unreachable_sessions  # noqa: F401  (fixture)
from .test_ordering import _add_dish, _choose_customer


@pytest.fixture
def page(qtbot, open_main_window, kitchen):
    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("order_entry")
    qtbot.waitUntil(lambda: page.menu_model.rowCount() == 5)
    return page


def _total(page) -> str:
    text = page.breakdown.text()
    return text.split("Total: <b>", 1)[1].split("</b>", 1)[0] if "Total: <b>" in text else ""


def _settle() -> None:
    """Let every background answer arrive on the UI thread."""
    assert wait_for_operations()
    QCoreApplication.processEvents()


def test_total_is_a_dash_while_the_database_is_gone_and_right_once_it_is_back(
    qtbot,
    page,
    uow_factory,
    unreachable_sessions,  # noqa: F811  (the imported fixture)
    snapshot,
):
    _choose_customer(qtbot, page, "Habimana")
    _add_dish(qtbot, page, "icyayi")
    qtbot.waitUntil(lambda: _total(page) == "800 RWF")

    reachable = uow_factory.session_factory
    uow_factory.session_factory = unreachable_sessions
    _add_dish(qtbot, page, "passion")
    qtbot.waitUntil(lambda: "cannot be reached" in page.breakdown.text(), timeout=15000)
    assert _total(page) == "—" and page.quote is None
    assert "800 RWF" not in page.breakdown.text()
    snapshot(page, "order-entry-price-unavailable")

    uow_factory.session_factory = reachable  # the database is back: the page asks again
    qtbot.waitUntil(lambda: _total(page) == "1,800 RWF", timeout=15000)
    assert page.quote.total_rwf == 1_800


def test_a_price_for_an_older_cart_is_never_shown(qtbot, page):
    _choose_customer(qtbot, page, "Habimana")
    _settle()
    _add_dish(qtbot, page, "icyayi")
    page.change_quantity(0, 0)  # removed before its price came back
    _settle()
    assert page.quote is None and _total(page) == ""
    assert "800" not in page.breakdown.text()

    _add_dish(qtbot, page, "icyayi")
    assert _total(page) == "—"  # while pricing the new cart
    page.clear_order()  # Escape, before the price came back
    _settle()
    assert page.quote is None and "800" not in page.breakdown.text()


def _place(qtbot, page):
    with qtbot.waitSignal(page.placed, timeout=15000) as placed:
        page.place()
    return placed.args[0]


def test_a_corporate_order_then_a_visitor_paying_cash(qtbot, page):
    _choose_customer(qtbot, page, "Mukamana")
    _add_dish(qtbot, page, "isombe")
    qtbot.waitUntil(lambda: page.quote is not None)
    page.method.setCurrentIndex(page.method.findData(PaymentMethod.CORPORATE_ACCOUNT))
    page.reference.setText("BK-HR-7")
    corporate = _place(qtbot, page)
    assert corporate.company_share_rwf == 3_150

    assert page.method.currentData() == PaymentMethod.CASH
    assert (page.tendered.text(), page.reference.text()) == ("", "")
    _choose_customer(qtbot, page, "Habimana")
    _add_dish(qtbot, page, "isombe")
    qtbot.waitUntil(lambda: page.quote is not None)
    assert (
        not page.method.model()
        .item(page.method.findData(PaymentMethod.CORPORATE_ACCOUNT))
        .isEnabled()
    )
    qtbot.keyClicks(page.tendered, "4000")
    visitor = _place(qtbot, page)
    p = visitor.payments[0]
    assert (p.method, p.amount_rwf, p.tendered_rwf, p.change_rwf) == (
        PaymentMethod.CASH,
        3_500,
        4_000,
        500,
    )


def test_a_ward_delivery_then_a_visitor_at_the_counter(qtbot, page):
    _choose_customer(qtbot, page, "Uwera")
    assert page.fulfilment.currentData() == Fulfilment.DELIVERY
    _add_dish(qtbot, page, "brochette")
    qtbot.waitUntil(lambda: page.quote is not None)
    page.method.setCurrentIndex(page.method.findData(PaymentMethod.MOBILE_MONEY))
    page.reference.setText("17818959211")
    page.mobile.number.setText("0788123456")
    assert _place(qtbot, page).summary.ward == "Maternity"

    assert page.fulfilment.currentData() == Fulfilment.PICKUP
    assert page.method.currentData() == PaymentMethod.CASH and page.reference.text() == ""
    assert page.mobile.number.text() == ""
    _choose_customer(qtbot, page, "Habimana")
    _add_dish(qtbot, page, "brochette")
    qtbot.waitUntil(lambda: page.quote is not None)
    qtbot.keyClicks(page.tendered, "2000")
    assert _place(qtbot, page).summary.ward is None
