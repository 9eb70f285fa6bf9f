"""The till at the desk: open a shift, take cash, read the X report, count the drawer and close;
a manager approves a variance; mobile money typed with its provider, number and TxId."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dusangire_desktop.services import orders
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.orders import MobileProvider, PaymentMethod
from dusangire_desktop.services.till import closing, shifts

from ..till_world import cash


def _till(qtbot, window):
    page = window.open_area("till")
    qtbot.waitUntil(lambda: page.shift.state is not None)
    return page


def test_a_desk_opens_its_shift_takes_cash_and_closes_it_counted(
    qtbot, open_main_window, uow_factory, admin, kitchen, sell, snapshot
):
    # The kitchen's desk has a shift: close it so this desk starts with none.
    open_now = shifts.desk_state(uow_factory(), admin).shift
    closing.force_close(uow_factory(), admin, open_now.id, open_now.version, "Start of the test")
    window = open_main_window(Role.FRONT_DESK)
    window.resize(1366, 768)
    page = _till(qtbot, window)
    tab = page.shift
    assert "has no open shift" in tab.heading.text()
    assert tab.open_button.isVisible() and not tab.close_button.isEnabled()
    tab.float_amount.clear()
    qtbot.keyClicks(tab.float_amount, "15000")
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        qtbot.keyClick(tab.float_amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.close_button.isEnabled())
    assert "float of 15,000 RWF" in tab.heading.text()
    sell(cash(5000))
    tab.x_button.click()
    qtbot.waitUntil(lambda: tab.report is not None)
    assert "X REPORT" in tab.view.toPlainText() and tab.report.sales_rwf == 3500
    snapshot(window, "till-x-report")
    with qtbot.waitSignal(tab.closing_opened, timeout=10000) as opened:
        tab.close_button.click()
    dialog = opened.args[0]
    dialog.counts[5000].setValue(3)
    dialog.counts[1000].setValue(3)
    dialog.counts[500].setValue(1)
    assert "18,500 RWF" in dialog.total.text()
    snapshot(dialog, "till-close")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: tab.report is not None and tab.report.final)
    assert "Z REPORT" in tab.view.toPlainText()
    assert "Shift closed. Variance 0 RWF." in page.banner.text
    qtbot.waitUntil(lambda: tab.open_button.isVisible())
    assert window.width() <= 1366 and window.height() <= 768


def test_a_count_far_off_waits_for_a_manager_who_approves_it(
    qtbot, open_main_window, uow_factory, admin, kitchen, sell, manager
):
    closing.save_settings(uow_factory(), admin, 500, False)
    sell(cash(5000))
    shift = shifts.desk_state(uow_factory(), admin).shift
    result = closing.submit_count(uow_factory(), admin, shift.id, shift.version, {5000: 2})
    assert result.needs_approval
    from dusangire_desktop.views.areas import ViewContext
    from dusangire_desktop.views.main_window import MainWindow

    window = MainWindow(ViewContext(uow_factory, manager))
    qtbot.addWidget(window)
    window.show()
    page = _till(qtbot, window)
    tab = page.shifts
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.table.selectRow(0)
    assert tab.approve_button.isEnabled()
    dialog = tab.decide(force=False)
    qtbot.keyClicks(dialog.reason, "ok")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.errors.text("reason") != "")
    assert "at least 5 characters" in dialog.errors.text("reason")
    qtbot.keyClicks(dialog.reason, ": counted twice, a 5,000 note was missing")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: page.shift.report is not None and page.shift.report.final)
    assert page.shift.report.variance_rwf == 10_000 - 23_500
    page.tabs.setCurrentWidget(tab)  # a hidden tab reads again when shown
    qtbot.waitUntil(lambda: tab.model.records[0].status == "closed")


def test_mobile_money_is_typed_with_its_provider_number_and_transaction_id(
    qtbot, open_main_window, uow_factory, admin, kitchen
):
    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("order_entry")
    qtbot.waitUntil(lambda: page.menu_model.rowCount() == 5)
    page.customer_search.setFocus()
    qtbot.keyClicks(page.customer_search, "Habimana")
    qtbot.waitUntil(lambda: page.customer_results.count() > 0)
    qtbot.keyClick(page.customer_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.customer is not None)
    qtbot.keyClicks(page.menu_search, "isombe")
    qtbot.keyClick(page.menu_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.quote is not None and page.quote.total_rwf == 3500)
    page.method.setCurrentIndex(page.method.findData(PaymentMethod.MOBILE_MONEY))
    assert page.mobile.isEnabled() and not page.tendered.isEnabled()
    qtbot.keyClicks(page.reference, "1781895921")
    assert "11 digits" in page.mobile.hint.text()
    qtbot.keyClicks(page.reference, "1")
    assert page.mobile.hint.text() == ""
    qtbot.keyClicks(page.mobile.number, "0788 123 456")
    with qtbot.waitSignal(page.placed, timeout=10000) as placed:
        page.place_button.click()
    paid = placed.args[0].payments[0]
    assert (paid.provider, paid.payer_number, paid.reference) == (
        MobileProvider.MTN_MOMO,
        "0788123456",
        "17818959211",
    )
    # The same SMS shown again is refused, at the field.
    qtbot.keyClicks(page.customer_search, "Habimana")
    qtbot.waitUntil(lambda: page.customer_results.count() > 0)
    qtbot.keyClick(page.customer_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.customer is not None)
    qtbot.keyClicks(page.menu_search, "isombe")
    qtbot.keyClick(page.menu_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.quote is not None and page.quote.total_rwf == 3500)
    page.method.setCurrentIndex(page.method.findData(PaymentMethod.MOBILE_MONEY))
    qtbot.keyClicks(page.reference, "17818959211")
    qtbot.keyClicks(page.mobile.number, "0788123456")
    page.place_button.click()
    qtbot.waitUntil(lambda: "already paid order" in page.banner.text)
    assert page.reference.hasFocus()
    assert len(orders.list_orders(uow_factory(), admin).orders) == 1


def test_an_administrator_points_the_desks_at_the_ebm_controller_and_sets_the_till_rules(
    qtbot, open_main_window, uow_factory, admin, kitchen
):
    from dusangire_desktop.services.fiscal import device
    from dusangire_desktop.services.fiscal.device import ReceiptMode

    window = open_main_window(Role.ADMIN)
    page = _till(qtbot, window)
    page.tabs.setCurrentWidget(page.fiscal)
    with qtbot.waitSignal(page.fiscal.loaded, timeout=10000):
        page.fiscal.refresh()
    page.fiscal.open_device()
    qtbot.waitUntil(lambda: getattr(page.fiscal, "device_dialog", None) is not None)
    dialog = page.fiscal.device_dialog
    qtbot.keyClicks(dialog.url, "http://127.0.0.1:8765")
    qtbot.keyClicks(dialog.tin, "10060057")
    qtbot.keyClicks(dialog.serial, "DSG-VSDC-01")
    dialog.mode.setCurrentIndex(dialog.mode.findData(ReceiptMode.TRAINING))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.errors.text("tin") != "")
    assert "9 digits" in dialog.errors.text("tin")
    qtbot.keyClicks(dialog.tin, "0")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    config = device.read_config(uow_factory(), admin)
    assert (config.tin, config.mode) == ("100600570", ReceiptMode.TRAINING)
    page.tabs.setCurrentWidget(page.shifts)
    page.shifts.open_rules()
    qtbot.waitUntil(lambda: getattr(page.shifts, "rules_dialog", None) is not None)
    rules = page.shifts.rules_dialog
    rules.threshold.setText("2500")
    rules.blind.setChecked(True)
    rules.save_button.click()
    qtbot.waitUntil(lambda: not rules.isVisible())
    assert closing.read_settings(uow_factory(), admin) == closing.SettingsView(2500, True)
