"""The rest of the Wards area: meal times and cut-offs, refusing a late tray, printing tickets
and the round sheet, drinks' thickness on the menu, and meals charged to a patient's account on
the receipts."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTime
from PySide6.QtPrintSupport import QPrintPreviewDialog

from dusangire_desktop.services import orders
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.food_service import trays
from dusangire_desktop.services.food_service.patient_account import (
    settlement_receipt,
)
from dusangire_desktop.services.food_service.trays import MealRequest
from dusangire_desktop.services.menu import MealPeriod
from dusangire_desktop.views import receipt
from dusangire_desktop.views.printing import roll
from dusangire_desktop.views.ward_documents import save_settlement_pdf, settlement_html
from tests.conftest import KIGALI

from .test_printed_documents import font_sizes, keep, page_size_mm
from .test_wards import _open, _row_of

TUESDAY = date(2026, 3, 3)


def test_a_manager_sets_meal_times_and_a_wards_cut_off(qtbot, open_main_window, ward, snapshot):
    _window, page = _open(open_main_window, Role.MANAGER)
    page.tabs.setCurrentWidget(page.meal_times)
    tab = page.meal_times
    qtbot.waitUntil(lambda: tab.meals.rowCount() == 4 and tab.cutoffs.rowCount() == 3)
    lunch = _row_of(tab.meals, "Lunch")
    assert [tab.meals.index(lunch, c).data() for c in range(4)] == [
        "Lunch",
        "12:00",
        "13:30",
        "10:30",
    ]
    maternity = _row_of(tab.cutoffs, "Maternity")
    assert tab.cutoffs.index(maternity, 2).data() == "11:00"  # its own lunch cut-off
    assert tab.cutoffs.index(maternity, 2).data(Qt.ItemDataRole.FontRole).bold()
    snapshot(page, "wards-meal-times")
    tab.meal_table.selectRow(lunch)
    dialog = tab.open_meal()
    dialog.cutoff.setTime(QTime(12, 15))
    dialog.submit()
    qtbot.waitUntil(lambda: "at or before serving starts" in dialog.errors.text("cutoff"))
    dialog.serves_until.setTime(QTime(11, 0))
    dialog.submit()
    qtbot.waitUntil(lambda: "ends after it starts" in dialog.errors.text("serves_until"))
    dialog.serves_until.setTime(QTime(14, 0))
    dialog.cutoff.setTime(QTime(10, 0))
    with qtbot.waitSignal(tab.refreshed, timeout=10000):
        dialog.submit()
    qtbot.waitUntil(lambda: tab.meals.index(lunch, 2).data() == "14:00")
    surgical = _row_of(tab.cutoffs, "Surgical")
    assert tab.cutoffs.index(surgical, 2).data() == "10:00"
    tab.cutoff_table.setCurrentIndex(tab.cutoffs.index(surgical, 2))
    cut = tab.open_cutoff()
    assert (cut.ward.currentText(), cut.meal.currentData()) == ("Surgical", MealPeriod.LUNCH)
    cut.own.setChecked(True)
    cut.cutoff.setTime(QTime(12, 30))
    cut.submit()
    qtbot.waitUntil(lambda: "must close at or before then" in cut.errors.text("cutoff"))
    cut.cutoff.setTime(QTime(9, 45))
    with qtbot.waitSignal(tab.refreshed, timeout=10000):
        cut.submit()
    qtbot.waitUntil(lambda: tab.cutoffs.index(surgical, 2).data() == "09:45")
    assert "Ward cut-off saved." in page.banner.text


def test_the_desk_sees_meal_times_but_cannot_change_them(qtbot, open_main_window, ward):
    _window, page = _open(open_main_window, Role.FRONT_DESK)
    tab = page.meal_times
    qtbot.waitUntil(lambda: tab.meals.rowCount() == 4)
    assert not tab.edit_meal.isVisibleTo(tab) and not tab.edit_cutoff.isVisibleTo(tab)
    assert tab.open_meal() is None


def test_a_manager_refuses_a_paid_late_tray_and_the_cash_goes_back(
    qtbot, open_main_window, ward, uow_factory, clock
):
    clock.set_local(2026, 3, 3, 10, 45)
    late = trays.order_meal(
        uow_factory(),
        ward.desk,
        MealRequest(ward.jean_stay, ward.jean, meal=MealPeriod.LUNCH, late_reason="from theatre"),
        ward.lines(ward.isombe),
        ward.cash(),
    )
    _window, page = _open(open_main_window, Role.MANAGER)
    page.tabs.setCurrentWidget(page.trays)
    tab = page.trays
    tab.picker.meal.setCurrentIndex(tab.picker.meal.findData(MealPeriod.LUNCH))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.table.selectRow(0)
    assert tab.refuse_button.isEnabled() and tab.approve_button.isEnabled()
    tab.open_refuse()
    qtbot.waitUntil(lambda: getattr(tab, "refuse_dialog", None) is not None)
    dialog = tab.refuse_dialog
    assert "Paid 3,500 RWF in cash" in dialog.summary.text()
    dialog.submit()
    qtbot.waitUntil(lambda: "Say why" in dialog.errors.text("reason"))
    dialog.reason.setText("kitchen already closed")
    with qtbot.waitSignal(tab.refreshed, timeout=10000):
        dialog.submit()
    qtbot.waitUntil(
        lambda: tab.model.index(0, 3).data() == "Refused by Test manager: kitchen already closed"
    )
    assert "refused; order D-000001 cancelled" in page.banner.text
    order = orders.get_order(uow_factory(), ward.desk, late.order.summary.id)
    assert order.cancel_reason == "Late tray refused by Test manager: kitchen already closed"
    assert order.customer_paid_rwf == 0
    printed = receipt.receipt_html(order, KIGALI)
    assert "Cancelled: Late tray refused by Test manager: kitchen already closed" in printed
    assert "Refund — Cash" in printed
    assert not tab.refuse_button.isEnabled()


def test_tickets_and_the_round_sheet_open_in_print_preview(
    qtbot, open_main_window, ward, uow_factory
):
    trays.order_meal(
        uow_factory(),
        ward.desk,
        MealRequest(ward.jean_stay, ward.jean),
        ward.lines(ward.porridge),
        ward.cash(),
    )
    _window, page = _open(open_main_window, Role.FRONT_DESK)
    page.tabs.setCurrentWidget(page.trays)
    tab = page.trays
    assert [a.text() for a in tab.print_button.menu().actions()] == ["80 mm roll…", "A6 labels…"]
    for paper in ("roll", "a6"):
        tab.print_tickets(paper)
        qtbot.waitUntil(lambda: isinstance(getattr(tab, "preview", None), QPrintPreviewDialog))
        qtbot.waitUntil(tab.preview.isVisible)
        tab.preview.close()
        tab.preview = None
    page.tabs.setCurrentWidget(page.round)
    qtbot.waitUntil(lambda: page.round.sheet is not None)
    page.round.print_sheet()
    assert page.round.preview.isVisible()
    page.round.preview.close()


def test_the_menu_carries_textures_and_drink_levels(qtbot, open_main_window, ward):
    window = open_main_window(Role.ADMIN)
    window.resize(1366, 768)
    page = window.open_area("menu")
    qtbot.waitUntil(lambda: _row_of(page.model, "Sorghum porridge") is not None)
    columns = range(page.model.columnCount())
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in columns]
    textures, drinks = headers.index("Textures"), headers.index("Drink levels")
    porridge = _row_of(page.model, "Sorghum porridge")
    qtbot.waitUntil(lambda: page.model.index(porridge, textures).data() == "3, 4, 7")
    juice = _row_of(page.model, "Passion juice")
    page.table.selectRow(juice)
    dialog = page.open_edit()
    dialog.drinks.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.drinks.item(2).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        dialog.submit()
    qtbot.waitUntil(lambda: page.model.index(juice, drinks).data() == "0, 2", timeout=10000)
    page.table.selectRow(juice)
    again = page.open_edit()
    assert again.drinks.item(2).checkState() == Qt.CheckState.Checked
    assert again.height() <= 768
    again.reject()


def test_a_visitors_receipt_says_whose_account_and_the_settlement_lists_the_meals(
    qtbot, open_main_window, ward, uow_factory, clock, tmp_path
):
    guest = trays.order_meal(
        uow_factory(),
        ward.desk,
        MealRequest(ward.jean_stay, ward.visitor, meal=MealPeriod.LUNCH, on_account=True),
        ward.lines(ward.isombe),
        ward.cash(),
    )
    detail = orders.get_order(uow_factory(), ward.desk, guest.order.summary.id)
    html = receipt.receipt_html(detail, KIGALI)
    assert "Charged to Jean Bosco Nshimiyimana's account (Surgical, bed 4)" in html
    path = tmp_path / "receipt-on-account.pdf"
    receipt.save_pdf(detail, KIGALI, path, roll(80))
    keep(path)
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "Charged to Jean Bosco Nshimiyimana's account (Surgical, bed 4) 3,500" in text
    assert "Cash" not in text
    assert min(s for s, _t in font_sizes(path)) >= 8
    clock.set_local(2026, 3, 3, 13, 45)  # lunch is served: discharge settles it
    _window, page = _open(open_main_window, Role.FRONT_DESK)
    tab = page.admissions
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    tab.table.selectRow(_row_of(tab.model, "Jean Bosco"))
    dialog = tab.open_discharge()
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert "On the patient's account: <b>3,500 RWF</b>" in dialog.summary.text()
    dialog.tendered.setText("5000")
    dialog.submit()
    qtbot.waitUntil(lambda: getattr(tab, "settlement_preview", None) is not None, timeout=10000)
    assert tab.settlement_preview.isVisible()
    tab.settlement_preview.close()
    settled = settlement_receipt(uow_factory(), ward.desk, ward.jean_stay)
    assert settled is not None
    page_html = settlement_html(settled, KIGALI)
    assert "Guest: Eric Habimana" in page_html
    path = tmp_path / "settlement.pdf"
    save_settlement_pdf(settled, KIGALI, path, roll(80))
    keep(path)
    assert round(page_size_mm(path)[0]) == 80
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "Isombe n'umuceri 3,500" in text and "Change 1,500" in text
    assert min(s for s, _t in font_sizes(path)) >= 8
    after = orders.get_order(uow_factory(), ward.desk, guest.order.summary.id)
    assert "settled at discharge" in receipt.receipt_html(after, KIGALI)
