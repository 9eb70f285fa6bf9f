"""A nutritionist's week and time off, edited in the app."""

from __future__ import annotations

from datetime import time

from dusangire_desktop import db
from dusangire_desktop.services import scheduling
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.scheduling import Interval, availability
from dusangire_desktop.services.uow import UnitOfWorkFactory
from dusangire_desktop.views.changes import changes_hub

from ..conftest import KIGALI
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
    page.fee.setValue(6000)
    with qtbot.waitSignals([page.saved, page.loaded], timeout=10000):
        page.save()  # the page then reads back what was saved
    assert page.week.rowCount() == 4 and page.fee.value() == 6000
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


def test_a_week_changed_at_another_desk_is_shown(
    qtbot,
    open_main_window,
    uwimana,  # noqa: F811
    engine,
    clock,
    admin,
):
    window = open_main_window(Role.ADMIN)
    page = window.open_area("availability")
    qtbot.waitUntil(lambda: page.week.rowCount() == 3, timeout=10000)
    other_desk = UnitOfWorkFactory(
        db.make_session_factory(engine), description="other desk", clock=clock, zone=KIGALI
    )
    uow = other_desk()
    availability.set_weekly_availability(uow, admin, uwimana, [Interval(0, time(9), time(10))])
    assert page.week.rowCount() == 3
    changes_hub().publish(uow.committed)
    qtbot.waitUntil(lambda: page.week.rowCount() == 1, timeout=2000)
    assert page.intervals() == [Interval(0, time(9), time(10))]
