"""The front desk books, moves and cancels consultations in the calendar."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt

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
