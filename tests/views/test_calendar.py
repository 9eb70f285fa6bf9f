"""The front desk books, moves and cancels consultations in the calendar."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt

from dusangire_desktop.services import scheduling
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.scheduling import Interval, SlotState

from ..scheduling_world import uwimana  # noqa: F401  (fixture)


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


@pytest.mark.parametrize(
    ("role", "marks"),
    [
        (Role.FRONT_DESK, True),
        (Role.MANAGER, True),
        (Role.ADMIN, True),
        (Role.NUTRITIONIST, False),  # a colleague of Dr. Uwimana
    ],
)
def test_the_calendar_offers_marking_only_to_whom_the_service_allows_it(
    qtbot,
    open_main_window,
    kitchen,
    uwimana,  # noqa: F811
    uow_factory,
    admin,
    role,
    marks,
):
    window = open_main_window(role)
    page = window.open_area("calendar")
    qtbot.waitUntil(lambda: bool(page.nutritionists), timeout=10000)
    page.who.setCurrentIndex(page.who.findData(uwimana))
    qtbot.waitUntil(lambda: len(page.slots) == 16, timeout=10000)
    slot = _free(page)
    scheduling.book(
        uow_factory(), admin, nutritionist_id=uwimana, customer_id=kitchen.visitor,
        starts_at=slot.starts_at,
    )  # fmt: skip
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.refresh()
    booked = next(s for s in page.slots if s.consultation_id)
    expected = ["Reschedule…", "Cancel…"] + (["Mark completed", "Mark no-show"] if marks else [])
    assert page.consultation_actions(booked) == expected


def test_a_nutritionist_is_offered_marking_on_their_own_consultations(
    qtbot, open_main_window, kitchen, uow_factory, admin
):
    window = open_main_window(Role.NUTRITIONIST)
    me = window.ctx.actor.staff_id
    scheduling.set_weekly_availability(
        uow_factory(), admin, me, [Interval(d, time(9), time(10)) for d in range(7)]
    )
    page = window.open_area("calendar")
    qtbot.waitUntil(lambda: len(page.slots) == 14, timeout=10000)
    assert page.who.currentData() == me
    scheduling.book(
        uow_factory(), admin, nutritionist_id=me, customer_id=kitchen.visitor,
        starts_at=_free(page).starts_at,
    )  # fmt: skip
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.refresh()
    booked = next(s for s in page.slots if s.consultation_id)
    assert page.consultation_actions(booked)[-2:] == ["Mark completed", "Mark no-show"]
