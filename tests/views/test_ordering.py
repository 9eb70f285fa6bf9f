"""A front-desk person takes orders from the keyboard, flags allergies, cancels and refunds."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt

from dusangire_desktop.services import orders
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.orders import (
    MobileProvider,
    OrderStatus,
    PaymentInput,
    PaymentLine,
    PaymentMethod,
)


def type_keys(qtbot, widget, text):
    qtbot.keyClicks(widget, text)


def _choose_customer(qtbot, page, text):
    page.customer_search.setFocus()
    qtbot.keyClicks(page.customer_search, text)
    qtbot.waitUntil(lambda: page.customer_results.count() > 0)
    qtbot.keyClick(page.customer_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.customer is not None)


def _add_dish(qtbot, page, text, times=1):
    for _ in range(times):
        qtbot.keyClicks(page.menu_search, text)
        qtbot.keyClick(page.menu_search, Qt.Key.Key_Return)


def test_order_taken_entirely_from_the_keyboard(
    qtbot, open_main_window, kitchen, tmp_path, snapshot
):
    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("order_entry")
    qtbot.waitUntil(lambda: page.menu_model.rowCount() == 5)
    _choose_customer(qtbot, page, "Habimana")
    assert page.menu_search.hasFocus()
    _add_dish(qtbot, page, "isombe", times=2)
    _add_dish(qtbot, page, "icyayi")
    qtbot.waitUntil(lambda: page.quote is not None and page.quote.total_rwf == 7800)
    page.cart_table.setFocus()
    page.cart_table.selectRow(1)
    qtbot.keyClick(page.cart_table, Qt.Key.Key_Plus)
    qtbot.waitUntil(lambda: page.quote is not None and page.quote.total_rwf == 8600)
    assert "Total: <b>8,600 RWF</b>" in page.breakdown.text()
    page.tendered.setFocus()
    qtbot.keyClicks(page.tendered, "10000")
    assert "1,400 RWF" in page.change_label.text()
    snapshot(page, "order-entry")
    with qtbot.waitSignal(page.placed) as placed:
        qtbot.keyClick(page.tendered, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    order = placed.args[0]
    assert order.summary.total_rwf == 8600 and order.payments[0].change_rwf == 1400
    assert "change 1,400 RWF" in page.banner.text
    assert page.cart == [] and page.customer is None
    page.save_receipt_pdf(tmp_path / "receipt.pdf")
    text = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "receipt.pdf").pages
    )
    assert order.summary.number in text and "8,600 RWF" in text and "Change" in text


def test_allergy_is_flagged_and_needs_a_reason(qtbot, open_main_window, kitchen):
    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("order_entry")
    qtbot.waitUntil(lambda: page.menu_model.rowCount() == 5)
    _choose_customer(qtbot, page, "Uwera")
    assert "Allergic to: Peanuts" in page.customer_label.text()
    _add_dish(qtbot, page, "peanut")
    qtbot.waitUntil(lambda: page.quote is not None)
    assert "contains peanuts" in page.conflicts.text()
    page.tendered.setText("5000")
    page.place()
    qtbot.waitUntil(lambda: page.banner.text != "")
    assert "give the reason" in page.banner.text and page.override.hasFocus()
    assert len(page.cart) == 1
    qtbot.keyClicks(page.override, "Ward doctor approved")
    with qtbot.waitSignal(page.placed):
        page.place()


def test_cash_short_keeps_the_order_on_screen(qtbot, open_main_window, kitchen):
    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("order_entry")
    qtbot.waitUntil(lambda: page.menu_model.rowCount() == 5)
    _choose_customer(qtbot, page, "Habimana")
    _add_dish(qtbot, page, "isombe")
    qtbot.waitUntil(lambda: page.quote is not None)
    qtbot.keyClicks(page.tendered, "3000")
    assert "500 RWF short" in page.change_label.text()
    page.place()
    qtbot.waitUntil(lambda: page.banner.text != "")
    assert "500 RWF short" in page.banner.text
    assert page.customer is not None and len(page.cart) == 1 and page.tendered.text() == "3000"


def _place(uow_factory, actor, kitchen, payment, customer=None, quantity=1):
    from dusangire_desktop.services.orders import DeliveryInput, Fulfilment
    from dusangire_desktop.services.pricing import LineRequest

    return orders.place_order(
        uow_factory(),
        actor,
        customer_id=customer or kitchen.visitor,
        lines=[LineRequest(kitchen.isombe, quantity)],
        payment=payment,
        delivery=DeliveryInput(Fulfilment.PICKUP),
    ).summary


def _open_queue(qtbot, open_main_window, role, count):
    window = open_main_window(role)
    page = window.open_area("order_queue")
    page.any_day.setChecked(True)  # the test clock places them on 3 March
    # Settled: the read for the new filter done, so each later step refreshes exactly once.
    qtbot.waitUntil(
        lambda: (
            page.model.rowCount() == count
            and not page._debounce.isActive()
            and page.property("busy") is False
        )
    )
    return page


def _money_back_form(qtbot, page, button):
    page.money_back = None
    button.click()
    qtbot.waitUntil(lambda: page.money_back is not None and page.money_back.isVisible())
    return page.money_back


def test_queue_moves_cancels_and_refunds(qtbot, open_main_window, kitchen, uow_factory, admin):
    first = _place(uow_factory, admin, kitchen, PaymentInput(PaymentMethod.CASH, 5000))
    second = _place(uow_factory, admin, kitchen, PaymentInput(PaymentMethod.CASH, 5000))
    page = _open_queue(qtbot, open_main_window, Role.MANAGER, 2)
    page.select(first.id)
    assert page.next_button.text() == "&Next: Preparing"
    with qtbot.waitSignal(page.refreshed):
        page.advance_selected()
    page.select(first.id)
    assert page.selected().status == OrderStatus.PREPARING
    assert page.next_button.text() == "&Next: Delivered"
    page.select(second.id)
    form = _money_back_form(qtbot, page, page.cancel_button)
    assert "Paid 3,500 RWF in cash" in form.summary.text()
    assert form.method.currentText() == "Cash from the drawer"
    assert not form.reference.isEnabled()
    qtbot.keyClicks(form.reason, "Customer changed their mind")
    with qtbot.waitSignal(page.refreshed):
        form.confirm_button.click()
    assert "cancelled" in page.banner.text
    assert [o.id for o in page.model.records] == [first.id]
    page.select(first.id)
    form = _money_back_form(qtbot, page, page.refund_button)
    qtbot.keyClicks(form.reason, "Food arrived cold")
    with qtbot.waitSignal(page.refreshed):
        form.confirm_button.click()
    assert page.model.rowCount() == 0
    page.status.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert {o.status for o in page.model.records} == {OrderStatus.CANCELLED, OrderStatus.REFUNDED}
    cash_back = orders.get_order(uow_factory(), admin, second.id).payments[-1]
    assert cash_back == PaymentLine(PaymentMethod.CASH, 3500, is_refund=True)


def test_refund_form_keeps_the_typing_until_the_reversal_reference_is_given(
    qtbot, open_main_window, kitchen, uow_factory, admin
):
    momo = PaymentInput(PaymentMethod.MOBILE_MONEY, reference="17818959211",
                        provider=MobileProvider.MTN_MOMO, payer_number="0788123456")  # fmt: skip
    paid = _place(uow_factory, admin, kitchen, momo)
    page = _open_queue(qtbot, open_main_window, Role.MANAGER, 1)
    page.select(paid.id)
    form = _money_back_form(qtbot, page, page.refund_button)
    assert [form.method.itemText(i) for i in range(form.method.count())] == [
        "Mobile-money reversal", "Cash from the drawer",
    ]  # fmt: skip
    qtbot.keyClicks(form.reason, "Wrong dish served")
    form.confirm_button.click()
    qtbot.waitUntil(lambda: form.errors.text("refund_reference") != "")
    assert "mobile-money reversal reference" in form.errors.text("refund_reference")
    assert form.isVisible() and form.reason.text() == "Wrong dish served"
    assert form.reference.hasFocus()
    qtbot.keyClicks(form.reference, "RV2603039876")
    with qtbot.waitSignal(page.refreshed):
        form.confirm_button.click()
    assert not form.isVisible()
    back = orders.get_order(uow_factory(), admin, paid.id).payments[-1]
    assert back == PaymentLine(
        PaymentMethod.MOBILE_MONEY,
        3500,
        reference="RV2603039876",
        is_refund=True,
        provider=MobileProvider.MTN_MOMO,
    )


def test_front_desk_is_told_a_manager_must_cancel_a_paid_order(
    qtbot, open_main_window, kitchen, uow_factory, admin
):
    _place(uow_factory, admin, kitchen, PaymentInput(PaymentMethod.CASH, 5000))
    page = _open_queue(qtbot, open_main_window, Role.FRONT_DESK, 1)
    page.table.selectRow(0)
    page.cancel_button.click()
    qtbot.waitUntil(lambda: page.banner.text != "")
    assert "3,500 RWF in cash" in page.banner.text and "manager must cancel" in page.banner.text
    assert page.money_back is None


def test_front_desk_cancels_an_order_the_company_paid(
    qtbot, open_main_window, kitchen, uow_factory, admin
):
    _place(uow_factory, admin, kitchen, PaymentInput(PaymentMethod.CASH), kitchen.employee, 2)
    page = _open_queue(qtbot, open_main_window, Role.FRONT_DESK, 1)
    page.table.selectRow(0)
    form = _money_back_form(qtbot, page, page.cancel_button)
    assert "6,300 RWF on the corporate account" in form.summary.text()
    assert not form.method.isVisibleTo(form)
    qtbot.keyClicks(form.reason, "Patient discharged")
    with qtbot.waitSignal(page.refreshed):
        form.confirm_button.click()
    assert page.model.rowCount() == 0


def test_receipt_shows_what_the_company_paid(uow_factory, admin, kitchen):
    import re

    from dusangire_desktop.views.receipt import receipt_html

    s = _place(uow_factory, admin, kitchen, PaymentInput(PaymentMethod.CASH), kitchen.employee, 2)
    html = receipt_html(orders.get_order(uow_factory(), admin, s.id), uow_factory.zone)
    text = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    assert "Corporate account 6,300" in text
    assert "Corporate account 0 " not in text


def test_front_desk_cannot_see_refund(qtbot, open_main_window, kitchen):
    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("order_queue")
    assert not page.refund_button.isVisible()
