"""A nutritionist's week and time off, edited in the app."""

from __future__ import annotations

from datetime import time

from dusangire_desktop.services import scheduling
from dusangire_desktop.services.accounts import Role

from ..scheduling_world import uwimana  # noqa: F401  (fixture)


def test_admin_edits_the_week_and_adds_time_off(
    qtbot,
    open_main_window,
    uwimana,  # noqa: F811
    uow_factory,
    admin,
    snapshot,
):
    window = open_main_window(Role.ADMIN)
    page = window.open_area("availability")
    qtbot.waitUntil(lambda: page.week.rowCount() == 3, timeout=10000)
    assert page.fee.value() == 5000
    page.add_interval(1, time(11), time(13))
    page.save()
    qtbot.waitUntil(lambda: "overlaps" in page.banner.text)
    page.week.removeRow(3)
    page.add_interval(4, time(9), time(11))
    with qtbot.waitSignal(page.saved, timeout=10000):
        page.save()
    intervals = scheduling.weekly_availability(uow_factory(), admin, uwimana)
    assert [(i.weekday, i.starts, i.ends) for i in intervals][-1] == (4, time(9), time(11))
    page.whole_day.setChecked(True)
    page.off_reason.setText("Training")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.add_time_off()
    assert page.off_model.rowCount() == 1 and page.off_model.record(0).reason == "Training"
    snapshot(page, "availability")


def test_nutritionist_edits_only_their_own(qtbot, open_main_window, uwimana):  # noqa: F811
    window = open_main_window(Role.NUTRITIONIST)
    page = window.open_area("availability")
    qtbot.waitUntil(lambda: page.banner.text != "" or page.who.count() > 0)
    assert page.who.count() == 1 and page.who.currentText() == "Test nutritionist"
    assert not page.who.isEnabled()
