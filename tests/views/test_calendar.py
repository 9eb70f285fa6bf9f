"""The front desk books, moves and cancels consultations in the calendar."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.scheduling import SlotState

from ..services.scheduling.test_scheduling import uwimana  # noqa: F401  (fixture)


def _free(page, skip=0):
    return [s for s in page.slots if s.state == SlotState.FREE][skip]


def test_book_move_and_cancel_from_the_calendar(
    qtbot,
    open_main_window,
    kitchen,
    uwimana,  # noqa: F811
    snapshot,
):
    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("calendar")
    qtbot.waitUntil(lambda: len(page.slots) == 16, timeout=10000)
    assert page.who.currentText() == "Dr. Solange Uwimana"
    slot = _free(page)
    row, column = page.cell_of(slot.starts_at)
    assert page.grid.item(row, column).text() == "free"
    dialog = page.open_booking(slot)
    qtbot.keyClicks(dialog.search, "Habimana")
    qtbot.waitUntil(lambda: dialog.book_button.isEnabled())
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.slot_state(slot.starts_at) == SlotState.BOOKED)
    assert page.grid.item(*page.cell_of(slot.starts_at)).text() == "Eric Habimana"
    assert "Booked Eric Habimana with Dr. Solange Uwimana" in page.banner.text
    snapshot(page, "calendar-week")

    booked = next(s for s in page.slots if s.consultation_id)
    target = _free(page, 2)
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.reschedule(booked, target.starts_at)
    qtbot.waitUntil(lambda: page.slot_state(target.starts_at) == SlotState.BOOKED)
    assert page.slot_state(slot.starts_at) == SlotState.FREE

    moved = next(s for s in page.slots if s.consultation_id)
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.cancel(moved, "Patient discharged")
    qtbot.waitUntil(lambda: page.slot_state(target.starts_at) == SlotState.FREE)
    assert "cancelled: Eric Habimana" in page.grid.item(*page.cell_of(target.starts_at)).text()


def test_taken_slot_says_so_and_refreshes(
    qtbot,
    open_main_window,
    kitchen,
    uwimana,  # noqa: F811
    uow_factory,
):
    from dusangire_desktop.services import scheduling
    from dusangire_desktop.services.auth import command_line_actor

    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("calendar")
    qtbot.waitUntil(lambda: len(page.slots) == 16, timeout=10000)
    slot = _free(page)
    scheduling.book(
        uow_factory(),
        command_line_actor("other desk"),
        nutritionist_id=uwimana,
        customer_id=kitchen.patient,
        starts_at=slot.starts_at,
    )
    dialog = page.open_booking(slot)
    qtbot.keyClicks(dialog.search, "Habimana")
    qtbot.waitUntil(lambda: dialog.book_button.isEnabled())
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already booked" in page.banner.text, timeout=10000)
    assert "next free:" in page.banner.text
    qtbot.waitUntil(lambda: page.slot_state(slot.starts_at) == SlotState.BOOKED, timeout=10000)


def test_day_view_across_nutritionists(qtbot, open_main_window, uwimana):  # noqa: F811
    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("calendar")
    qtbot.waitUntil(lambda: len(page.slots) == 16, timeout=10000)
    page.who.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.grid.columnCount() == 1 and page.title.text().count(" ") == 3)
    assert page.grid.horizontalHeaderItem(0).text() == "Dr. Solange Uwimana"
