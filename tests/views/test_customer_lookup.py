"""Enter takes the first customer found: an employee number and Enter picks the employee."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.scheduling import SlotState

from ..scheduling_world import uwimana  # noqa: F401  (fixture)
from ..search_world import crowd  # noqa: F401  (fixture)


def test_employee_number_then_enter_takes_the_order_for_the_employee(
    qtbot,
    open_main_window,
    crowd,  # noqa: F811
):
    page = open_main_window(Role.FRONT_DESK).open_area("order_entry")
    page.customer_search.setFocus()
    qtbot.keyClicks(page.customer_search, "BOK-0001")
    qtbot.waitUntil(lambda: page.customer_results.count() > 0)
    qtbot.keyClick(page.customer_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.customer is not None)
    assert page.customer.full_name == "Zawadi Uwimana"


def test_employee_number_then_enter_in_the_customer_picker_books_the_employee(
    qtbot,
    open_main_window,
    crowd,  # noqa: F811
    uwimana,  # noqa: F811
):
    page = open_main_window(Role.FRONT_DESK).open_area("calendar")
    qtbot.waitUntil(lambda: len(page.slots) == 16, timeout=10000)
    slot = next(s for s in page.slots if s.state == SlotState.FREE)
    dialog = page.open_booking(slot)
    qtbot.keyClicks(dialog.picker.search, "BOK-0001")
    qtbot.waitUntil(lambda: dialog.book_button.isEnabled())
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.slot_state(slot.starts_at) == SlotState.BOOKED)
    assert page.grid.item(*page.cell_of(slot.starts_at)).text() == "Zawadi Uwimana"
