"""The Wards area: patients, transfers, diet orders, the round sheet, trays, tickets on paper."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import Qt

from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.food_service import trays
from dusangire_desktop.services.food_service.common import TrayStatus
from dusangire_desktop.services.food_service.trays import MealRequest

from .test_printed_documents import font_sizes, keep, page_size_mm

TUESDAY = date(2026, 3, 3)


def _open(open_main_window, role):  # type: ignore[no-untyped-def]
    window = open_main_window(role)
    window.resize(1366, 768)
    return window, window.open_area("wards")


def _row_of(model, text):  # type: ignore[no-untyped-def]
    for row in range(model.rowCount()):
        if any(text in (model.index(row, c).data() or "") for c in range(model.columnCount())):
            return row
    return None


def test_the_desk_sees_admitted_patients_and_transfers_one(qtbot, open_main_window, ward, snapshot):
    window, page = _open(open_main_window, Role.FRONT_DESK)
    tab = page.admissions
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    assert window.width() <= 1366 and window.height() <= 768
    tab.table.selectRow(_row_of(tab.model, "Jean Bosco"))
    qtbot.waitUntil(lambda: "Texture: 7 regular" in tab.details.text())
    assert not tab.diet_button.isVisible()  # nutritionists write diet orders
    snapshot(page, "wards-patients")
    dialog = tab.open_transfer()
    dialog.ward.setCurrentText("Maternity")
    dialog.bed.setText("12A")
    dialog.submit()
    qtbot.waitUntil(lambda: "occupied by Jeanne Uwera" in dialog.errors.text("bed"))
    dialog.bed.setText("14")
    with qtbot.waitSignal(tab.refreshed, timeout=10000):
        dialog.submit()
    qtbot.waitUntil(lambda: _row_of(tab.model, "14") is not None)
    assert "moved to Maternity · 14" in page.banner.text


def test_a_nutritionist_writes_an_npo_diet_order(qtbot, open_main_window, ward):
    _window, page = _open(open_main_window, Role.NUTRITIONIST)
    tab = page.admissions
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    tab.table.selectRow(_row_of(tab.model, "Jean Bosco"))
    qtbot.waitUntil(lambda: tab.diet is not None)
    dialog = tab.open_diet()
    dialog.texture.setCurrentIndex(1)  # 4 puréed
    dialog.npo.setChecked(True)
    dialog.submit()
    qtbot.waitUntil(lambda: "reason for nothing by mouth" in dialog.errors.text("npo_reason"))
    dialog.npo_reason.setText("surgery")
    dialog.submit()
    qtbot.waitUntil(lambda: "NPO until" in tab.details.text(), timeout=10000)
    assert "4 puréed" in tab.details.text()


def test_the_round_sheet_marks_who_has_not_ordered_and_prints_on_a4(
    qtbot, open_main_window, ward, uow_factory, tmp_path, snapshot
):
    trays.order_meal(
        uow_factory(),
        ward.desk,
        MealRequest(ward.jeanne_stay, ward.jeanne),
        ward.lines(ward.isombe),
        ward.cash(),
    )
    _window, page = _open(open_main_window, Role.FRONT_DESK)
    page.tabs.setCurrentWidget(page.round)
    tab = page.round
    tab.picker.meal.setCurrentIndex(tab.picker.meal.findData(trays.MealPeriod.LUNCH))
    qtbot.waitUntil(
        lambda: (
            tab.model.rowCount() == 2
            and tab.sheet is not None
            and tab.sheet.meal == trays.MealPeriod.LUNCH
        )
    )
    jean = _row_of(tab.model, "Jean Bosco")
    assert tab.model.index(jean, 5).data() == "NO ORDER YET"
    assert tab.model.index(jean, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "1 without an order" in tab.summary.text()
    snapshot(page, "wards-round-sheet")
    path = tmp_path / "ward-round.pdf"
    tab.save_pdf(path)
    keep(path)
    width, height = page_size_mm(path)
    assert (round(width), round(height)) == (210, 297)
    assert min(size for size, _text in font_sizes(path)) >= 8
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "NO ORDER YET" in text and "Jeanne Uwera" in text


def test_trays_move_on_and_tickets_print_on_a_roll_and_on_a6(
    qtbot, open_main_window, ward, uow_factory, tmp_path, snapshot
):
    for stay, customer in (
        (ward.jean_stay, ward.jean),
        (ward.jeanne_stay, ward.jeanne),
        (ward.jean_stay, ward.visitor),
    ):
        trays.order_meal(
            uow_factory(),
            ward.desk,
            MealRequest(stay, customer),
            ward.lines(ward.porridge),
            ward.cash(),
        )
    _window, page = _open(open_main_window, Role.MANAGER)
    page.tabs.setCurrentWidget(page.trays)
    tab = page.trays
    tab.picker.meal.setCurrentIndex(tab.picker.meal.findData(trays.MealPeriod.LUNCH))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3 and tab.counts.rowCount() == 2)
    assert [tab.model.index(r, 0).data() for r in range(3)] == [
        "Surgical · 4",
        "Surgical · 4",
        "Maternity · 12A",
    ]
    snapshot(page, "wards-trays")
    tab.table.selectRow(0)
    assert tab.buttons[TrayStatus.PREPARED].isEnabled()
    assert not tab.buttons[TrayStatus.DELIVERED].isEnabled()
    tab.buttons[TrayStatus.PREPARED].click()
    qtbot.waitUntil(lambda: tab.model.index(0, 3).data() == "Prepared", timeout=10000)
    for paper, size in (("roll", 80), ("a6", 105)):
        path = tmp_path / f"tickets-{paper}.pdf"
        tab.save_tickets(path, paper)
        qtbot.waitUntil(path.exists, timeout=10000)
        keep(path)
        assert round(page_size_mm(path)[0]) == size
        assert min(s for s, _t in font_sizes(path)) >= 8
    pages = PdfReader(tmp_path / "tickets-a6.pdf").pages
    assert len(pages) == 3
    assert "ALLERGENS: Peanuts" in " ".join(pages[2].extract_text().split())


def test_discharge_lists_what_it_cancels_and_settles_the_account(
    qtbot, open_main_window, ward, uow_factory
):
    trays.order_meal(
        uow_factory(),
        ward.desk,
        MealRequest(ward.jean_stay, ward.visitor, on_account=True),
        ward.lines(ward.isombe),
        ward.cash(),
    )
    _window, page = _open(open_main_window, Role.FRONT_DESK)
    tab = page.admissions
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    tab.table.selectRow(_row_of(tab.model, "Jean Bosco"))
    dialog = tab.open_discharge()
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert "D-000001: lunch" in dialog.summary.text()
    assert "On the patient's account: <b>0 RWF</b>" in dialog.summary.text()
    with qtbot.waitSignal(tab.refreshed, timeout=10000):
        dialog.submit()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert "Jean Bosco Nshimiyimana discharged." in page.banner.text


def test_operations_shows_trays_against_their_delivery_target(
    qtbot, open_main_window, ward, uow_factory, clock
):
    trays.order_meal(
        uow_factory(),
        ward.desk,
        MealRequest(ward.jean_stay, ward.jean),
        ward.lines(ward.isombe),
        ward.cash(),
    )
    clock.set_local(2026, 3, 3, 13, 0)
    window = open_main_window(Role.MANAGER)
    page = window.open_area("operations")
    qtbot.waitUntil(lambda: "Ward trays today: 1" in page.trays.text(), timeout=10000)
    assert "overdue now 1 · worst 15 min late" in page.trays.text()


def test_the_customer_record_shows_the_current_stay(qtbot, open_main_window, ward, uow_factory):
    from dusangire_desktop.services import customers

    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("customers")
    page.record.show_customer(customers.get_customer(uow_factory(), ward.desk, ward.jean))
    qtbot.waitUntil(lambda: "Admitted to Surgical · 4 since" in page.record.stay.text())
