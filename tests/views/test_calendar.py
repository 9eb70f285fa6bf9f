"""The front desk books, moves and cancels consultations in the calendar."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent

from dusangire_desktop import db
from dusangire_desktop.services import scheduling
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.auth import command_line_actor
from dusangire_desktop.services.changes import Area, Change
from dusangire_desktop.services.scheduling import Interval, SlotState, consultations
from dusangire_desktop.services.uow import UnitOfWorkFactory
from dusangire_desktop.views.calendar_page import CalendarPage
from dusangire_desktop.views.changes import changes_hub
from dusangire_desktop.views.context import ViewContext

from ..conftest import KIGALI
from ..scheduling_world import local, uwimana  # noqa: F401  (fixture)


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


def test_day_view_across_nutritionists_is_a_visible_toggle(
    qtbot,
    open_main_window,
    uwimana,  # noqa: F811
):
    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("calendar")
    qtbot.waitUntil(lambda: len(page.slots) == 16, timeout=10000)
    assert [b.text() for b in page.mode_buttons.values()] == ["&Week", "&Day — everyone", "&Month"]
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        qtbot.mouseClick(page.mode_buttons["day"], Qt.MouseButton.LeftButton)
    assert page.grid.columnCount() == 1 and page.title.text() == "Tue 03 Mar 2026"
    assert page.grid.horizontalHeaderItem(0).text() == "Dr. Solange Uwimana"
    assert not page.who.isEnabled()
    assert [page.who.itemText(i) for i in range(page.who.count())] == ["Dr. Solange Uwimana"]


def test_the_month_overview_counts_each_day_and_opens_its_week(
    qtbot,
    open_main_window,
    kitchen,
    uwimana,  # noqa: F811
    uow_factory,
    admin,
    snapshot,
):
    scheduling.book(uow_factory(), admin, nutritionist_id=uwimana, customer_id=kitchen.visitor,
                    starts_at=local(2026, 3, 10, 9, 0))  # fmt: skip
    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("calendar")
    qtbot.waitUntil(lambda: len(page.slots) == 16, timeout=10000)
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        qtbot.mouseClick(page.mode_buttons["month"], Qt.MouseButton.LeftButton)
    assert page.title.text() == "March 2026 — Dr. Solange Uwimana"
    assert page.month_cell(date(2026, 3, 10)).text() == "10\n1 booked\n11 free"
    assert page.month_cell(date(2026, 3, 11)).text() == "11\n4 free"
    assert page.month_cell(date(2026, 3, 9)).text() == "9\nNo consulting hours on Mondays"
    snapshot(page, "calendar-month")
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.open_month_day(*_month_position(page, date(2026, 3, 10)))
    assert page.mode == "week" and page.title.text() == "09 Mar – 15 Mar 2026"
    assert page.slot_state(local(2026, 3, 10, 9, 0)) == SlotState.BOOKED


def _month_position(page, day):
    return next(cell for cell, shown in page._month_days.items() if shown == day)


def _menu_texts(page, slot):
    return [a.text() for a in page.menu_for(slot).actions() if a.isEnabled() and a.text()]


@pytest.mark.parametrize(
    ("role", "marks"),
    [
        (Role.FRONT_DESK, True),
        (Role.MANAGER, True),
        (Role.ADMIN, True),
        (Role.NUTRITIONIST, False),  # a colleague of Dr. Uwimana
    ],
)
def test_a_slot_s_menu_offers_exactly_what_the_services_allow(
    qtbot,
    open_main_window,
    kitchen,
    uwimana,  # noqa: F811
    uow_factory,
    admin,
    clock,
    role,
    marks,
):
    window = open_main_window(role)
    page = window.open_area("calendar")
    qtbot.waitUntil(lambda: bool(page.nutritionists), timeout=10000)
    page.who.setCurrentIndex(page.who.findData(uwimana))
    qtbot.waitUntil(lambda: len(page.slots) == 16, timeout=10000)
    free = _free(page, 1)  # 08:30; the clock says 08:00
    assert _menu_texts(page, free) == ["Book…"]
    scheduling.book(
        uow_factory(), admin, nutritionist_id=uwimana, customer_id=kitchen.visitor,
        starts_at=free.starts_at,
    )  # fmt: skip
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.refresh()
    booked = next(s for s in page.slots if s.consultation_id)
    assert _menu_texts(page, booked) == ["Reschedule…", "Cancel…"]  # not started yet
    clock.advance(minutes=40)
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.refresh()
    booked = next(s for s in page.slots if s.consultation_id)
    expected = ["Reschedule…", "Cancel…"] + (["Mark completed", "Mark no-show"] if marks else [])
    assert _menu_texts(page, booked) == expected
    past = next(s for s in page.slots if s.state == SlotState.PAST)
    assert _menu_texts(page, past) == []
    if marks:
        menu = page.menu_for(booked)
        completed = next(a for a in menu.actions() if a.text() == "Mark completed")
        with qtbot.waitSignal(page.refreshed, timeout=10000):
            completed.trigger()
        assert page.slot_state(booked.starts_at) == SlotState.COMPLETED
        assert _menu_texts(page, page._cells[page.cell_of(booked.starts_at)]) == []


def test_a_nutritionist_is_offered_marking_on_their_own_consultations(
    qtbot, open_main_window, kitchen, uow_factory, admin, clock
):
    window = open_main_window(Role.NUTRITIONIST)
    me = window.ctx.actor.staff_id
    scheduling.set_weekly_availability(
        uow_factory(), admin, me, [Interval(d, time(9), time(10)) for d in range(7)]
    )
    page = window.open_area("calendar")
    qtbot.waitUntil(lambda: page.who.currentData() == me, timeout=10000)
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.refresh()  # the hours were set behind the window's back (no change published)
    assert len(page.slots) == 14
    scheduling.book(
        uow_factory(), admin, nutritionist_id=me, customer_id=kitchen.visitor,
        starts_at=_free(page).starts_at,
    )  # fmt: skip
    clock.set_local(2026, 3, 3, 9, 5)
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.refresh()
    booked = next(s for s in page.slots if s.consultation_id)
    assert page.consultation_actions(booked)[-2:] == ["Mark completed", "Mark no-show"]


def _drop(page, source_at, target_at, target_nutritionist=None, source_nutritionist=None):
    """What the grid receives when a booking's cell is dropped on another cell."""
    grid = page.grid
    source = grid.item(*page.cell_of(source_at, source_nutritionist))
    target = grid.item(*page.cell_of(target_at, target_nutritionist))
    grid.scrollToItem(target)
    point = QPointF(grid.visualItemRect(target).center())
    page.dragged = grid.mimeData([source])  # the event does not own it: keep it alive
    event = QDropEvent(point, Qt.DropAction.MoveAction, page.dragged,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    grid.dropEvent(event)
    return event


def test_dragging_a_booking_onto_a_free_slot_moves_it(
    qtbot,
    calendar,
    kitchen,
    uwimana,  # noqa: F811
    uow_factory,
    admin,
):
    slot = _free(calendar)
    scheduling.book(uow_factory(), admin, nutritionist_id=uwimana, customer_id=kitchen.visitor,
                    starts_at=slot.starts_at)  # fmt: skip
    with qtbot.waitSignal(calendar.refreshed, timeout=10000):
        calendar.refresh()
    booked_item = calendar.grid.item(*calendar.cell_of(slot.starts_at))
    assert booked_item.flags() & Qt.ItemFlag.ItemIsDragEnabled
    target = _free(calendar, 3)
    assert calendar.grid.item(*calendar.cell_of(target.starts_at)).flags() & (
        Qt.ItemFlag.ItemIsDropEnabled
    )
    with qtbot.waitSignal(calendar.refreshed, timeout=10000):
        event = _drop(calendar, slot.starts_at, target.starts_at)
    assert event.isAccepted() and event.dropAction() == Qt.DropAction.IgnoreAction
    assert calendar.slot_state(target.starts_at) == SlotState.BOOKED
    assert calendar.slot_state(slot.starts_at) == SlotState.FREE
    assert calendar.grid.item(*calendar.cell_of(target.starts_at)).text() == "Eric Habimana"
    assert "Eric Habimana moved to Tue 03 Mar 10:00" in calendar.banner.text


def test_a_refused_drop_says_why_and_leaves_the_booking_where_it_was(
    qtbot,
    calendar,
    kitchen,
    uwimana,  # noqa: F811
    uow_factory,
    admin,
    other_desk,
):
    slot = _free(calendar)
    scheduling.book(uow_factory(), admin, nutritionist_id=uwimana, customer_id=kitchen.visitor,
                    starts_at=slot.starts_at)  # fmt: skip
    with qtbot.waitSignal(calendar.refreshed, timeout=10000):
        calendar.refresh()
    target = _free(calendar, 3)
    _booked_elsewhere(other_desk, uwimana, kitchen.patient, target)  # this desk has not seen it
    with qtbot.waitSignal(calendar.refreshed, timeout=10000):
        _drop(calendar, slot.starts_at, target.starts_at)
    assert "Dr. Solange Uwimana is already booked at Tue 3 Mar 10:00" in calendar.banner.text
    assert calendar.grid.item(*calendar.cell_of(slot.starts_at)).text() == "Eric Habimana"
    assert calendar.grid.item(*calendar.cell_of(target.starts_at)).text() == "Jeanne Uwera"
    past = next(s for s in calendar.slots if s.state == SlotState.BOOKED)
    assert not calendar.grid.item(*calendar.cell_of(past.starts_at)).flags() & (
        Qt.ItemFlag.ItemIsDropEnabled
    )


def test_an_empty_column_says_why(
    qtbot,
    calendar,
    uwimana,  # noqa: F811
    uow_factory,
    admin,
    snapshot,
):
    with qtbot.waitSignal(calendar.refreshed, timeout=10000):
        scheduling.add_time_off(uow_factory(), admin, uwimana, local(2026, 3, 4, 0, 0),
                                local(2026, 3, 5, 0, 0), "Training")  # fmt: skip
        calendar.refresh()
    notes = [calendar.column_note(c) for c in range(7)]
    assert notes == [
        "No consulting hours on Mondays",
        "",
        "Time off: Training",
        "No consulting hours on Thursdays",
        "No consulting hours on Fridays",
        "No consulting hours on Saturdays",
        "No consulting hours on Sundays",
    ]
    assert calendar.grid.rowSpan(0, 2) == calendar.grid.rowCount()
    assert calendar.hours_missing.isHidden()
    snapshot(calendar, "calendar-blank-reasons")


def test_a_new_nutritionist_is_led_to_set_their_hours(
    qtbot,
    open_main_window,
    uwimana,  # noqa: F811
    snapshot,
):
    window = open_main_window(Role.NUTRITIONIST)
    assert window.current_area() == "calendar"  # where a nutritionist starts
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: page.column_note(0) == "No consulting hours set yet", timeout=10000)
    assert page.who.currentData() == window.ctx.actor.staff_id
    assert page.hours_missing.isVisible() and page.set_hours.isVisible()
    assert "You have not set your consulting hours yet" in page.hours_text.text()
    assert page.set_hours.text() == "Set my consulting &hours…"
    snapshot(page, "calendar-new-nutritionist")
    qtbot.mouseClick(page.set_hours, Qt.MouseButton.LeftButton)
    assert window.current_area() == "availability"


def test_the_desk_is_told_whom_to_ask_about_missing_hours(qtbot, open_main_window, uow_factory):
    from ..scheduling_world import add_staff

    add_staff(uow_factory, Role.NUTRITIONIST, "dr.new", "Dr. New Comer")
    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("calendar")
    qtbot.waitUntil(lambda: page.hours_missing.isVisible(), timeout=10000)
    assert "Dr. New Comer: no consulting hours set yet" in page.hours_text.text()
    assert "Ask them, or an administrator" in page.hours_text.text()
    assert not page.set_hours.isVisible()


@pytest.fixture
def other_desk(engine, clock):  # type: ignore[no-untyped-def]
    """A second workstation on the same database: its own sessions, its own origin."""
    return UnitOfWorkFactory(
        db.make_session_factory(engine), description="other desk", clock=clock, zone=KIGALI
    )


@pytest.fixture
def calendar(qtbot, uow_factory, sign_in_as, uwimana):  # noqa: F811
    page = CalendarPage(ViewContext(uow_factory, sign_in_as(Role.FRONT_DESK)))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: len(page.slots) == 16, timeout=10000)
    return page


def _booked_elsewhere(other_desk, uwimana, customer, slot):  # noqa: F811
    uow = other_desk()
    consultations.book(uow, command_line_actor("other desk"), nutritionist_id=uwimana,
                       customer_id=customer, starts_at=slot.starts_at)  # fmt: skip
    return uow.committed


def test_a_booking_at_another_desk_appears_on_a_visible_calendar(
    qtbot,
    calendar,
    other_desk,
    kitchen,
    uwimana,  # noqa: F811
):
    slot = _free(calendar)
    changes = _booked_elsewhere(other_desk, uwimana, kitchen.patient, slot)
    changes_hub().publish(changes)  # what the change follower does when the other desk commits
    qtbot.waitUntil(lambda: calendar.slot_state(slot.starts_at) == SlotState.BOOKED, timeout=2000)
    assert calendar.grid.item(*calendar.cell_of(slot.starts_at)).text() == "Jeanne Uwera"


def test_a_hidden_calendar_refreshes_when_it_is_shown_again(
    qtbot,
    calendar,
    other_desk,
    kitchen,
    uwimana,  # noqa: F811
):
    refreshes = []
    calendar.refreshed.connect(lambda: refreshes.append(1))
    calendar.hide()
    slot = _free(calendar)
    changes_hub().publish(_booked_elsewhere(other_desk, uwimana, kitchen.patient, slot))
    qtbot.wait(300)
    assert refreshes == [] and calendar.slot_state(slot.starts_at) == SlotState.FREE
    with qtbot.waitSignal(calendar.refreshed, timeout=10000):
        calendar.show()
    assert calendar.slot_state(slot.starts_at) == SlotState.BOOKED


def test_the_calendar_reads_again_only_for_what_it_shows(qtbot, calendar):
    refreshes = []
    calendar.refreshed.connect(lambda: refreshes.append(1))
    changes_hub().publish([Change(1, Area.ORDERS, frozenset({7}), None, "elsewhere")])
    another_nutritionist = calendar.who.currentData() + 1
    changes_hub().publish(
        [Change(2, Area.AVAILABILITY, frozenset({another_nutritionist}), None, "elsewhere")]
    )
    qtbot.wait(300)
    assert refreshes == []
    with qtbot.waitSignal(calendar.refreshed, timeout=10000):
        changes_hub().publish([Change(3, Area.AVAILABILITY, frozenset(), None, "elsewhere")])


def test_cancelling_needs_a_reason_and_keeps_the_dialog_open_until_given(
    qtbot,
    calendar,
    kitchen,
    uwimana,  # noqa: F811
    uow_factory,
    admin,
):
    slot = _free(calendar)
    scheduling.book(uow_factory(), admin, nutritionist_id=uwimana, customer_id=kitchen.visitor,
                    starts_at=slot.starts_at)  # fmt: skip
    with qtbot.waitSignal(calendar.refreshed, timeout=10000):
        calendar.refresh()
    booked = next(s for s in calendar.slots if s.consultation_id)
    dialog = calendar.open_cancel(booked)
    dialog.reason.setText("no")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text("reason") == "Give the reason for cancelling.")
    assert dialog.isVisible() and dialog.reason.text() == "no"
    dialog.reason.setText("Patient discharged")
    with qtbot.waitSignal(calendar.refreshed, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert calendar.slot_state(slot.starts_at) == SlotState.FREE
    assert "Consultation with Eric Habimana cancelled." in calendar.banner.text


def test_the_keyboard_opens_a_slot_s_menu(
    qtbot,
    calendar,
    kitchen,
    uwimana,  # noqa: F811
    uow_factory,
    admin,
):
    from PySide6.QtWidgets import QApplication

    slot = _free(calendar, 1)
    scheduling.book(uow_factory(), admin, nutritionist_id=uwimana, customer_id=kitchen.visitor,
                    starts_at=slot.starts_at)  # fmt: skip
    with qtbot.waitSignal(calendar.refreshed, timeout=10000):
        calendar.refresh()
    calendar.grid.setFocus()
    calendar.grid.setCurrentCell(*calendar.cell_of(slot.starts_at))
    qtbot.keyClick(calendar.grid, Qt.Key.Key_Menu)
    menu = QApplication.activePopupWidget()
    assert [a.text() for a in menu.actions() if a.isEnabled() and a.text()] == [
        "Reschedule…",
        "Cancel…",
    ]
    menu.close()


def test_in_the_day_view_a_booking_is_dragged_to_another_nutritionist(
    qtbot,
    calendar,
    kitchen,
    uwimana,  # noqa: F811
    uow_factory,
    admin,
):
    from ..scheduling_world import add_staff

    keza = add_staff(uow_factory, Role.NUTRITIONIST, "dr.keza", "Dr. Keza Ingabire").staff_id
    scheduling.set_weekly_availability(uow_factory(), admin, keza, [Interval(1, time(9), time(11))])
    at = local(2026, 3, 3, 9, 0)
    scheduling.book(uow_factory(), admin, nutritionist_id=uwimana, customer_id=kitchen.visitor,
                    starts_at=at)  # fmt: skip
    calendar._load_nutritionists()
    qtbot.waitUntil(lambda: calendar.who.count() == 2, timeout=10000)
    with qtbot.waitSignal(calendar.refreshed, timeout=10000):
        qtbot.mouseClick(calendar.mode_buttons["day"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(calendar.refreshed, timeout=10000):
        _drop(calendar, at, at, keza, source_nutritionist=uwimana)
    assert calendar.slot_state(at, keza) == SlotState.BOOKED
    assert calendar.slot_state(at, uwimana) == SlotState.FREE
    assert "with Dr. Keza Ingabire" in calendar.banner.text
