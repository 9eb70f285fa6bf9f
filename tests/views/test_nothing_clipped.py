"""Every page of every role at 1366×768, on demo data: no label, button or table header is
narrower than its text needs, nothing scrolls sideways, and the window's minimum size fits the
screen (and 1920×1080 at 150 % scaling)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt

from dusangire_desktop.services import auth, demo
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.views.areas import ViewContext
from dusangire_desktop.views.main_window import MainWindow
from tools import layout_check, screens

SCREEN = QSize(1366, 768)
# 1920×1080 at 150 % scaling leaves 1280×720 logical pixels; the taskbar and title take ~40.
SCALED_SCREEN = QSize(1280, 680)
SIZES = demo.DemoSizes(customers=80, orders=600, months=3)


@pytest.fixture
def demo_desk(uow_factory, admin):  # type: ignore[no-untyped-def]
    demo.generate(uow_factory(), admin, sizes=SIZES)
    return uow_factory


def test_every_page_of_every_role_fits_1366_by_768(qtbot, demo_desk, admin):  # type: ignore[no-untyped-def]
    problems = []
    for role in Role:
        actor = (
            admin
            if role == Role.ADMIN
            else auth.sign_in(demo_desk(), screens.DEMO_USER[role], demo.DEMO_PASSWORD)
        )
        window = MainWindow(ViewContext(demo_desk, actor))
        qtbot.addWidget(window)
        window.setStyleSheet(screens.style_sheet())
        window.resize(SCREEN)
        window.show()
        screens.settle()
        for page in screens.every_page(window):
            problems += [
                f"{role.value} / {page}: {p}"
                for p in layout_check.clipped_widgets(window)
                + layout_check.sideways_scrolling(window)
            ]
        minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
        if minimum.width() > SCALED_SCREEN.width() or minimum.height() > SCALED_SCREEN.height():
            problems.append(f"{role.value}: the window needs at least {minimum.width()}×"
                            f"{minimum.height()}, more than {SCALED_SCREEN.width()}×"
                            f"{SCALED_SCREEN.height()}")  # fmt: skip
        window.close()
    assert not problems, "\n".join(problems)


def test_no_page_scrolls_sideways_at_150_percent(qtbot, demo_desk, admin):  # type: ignore[no-untyped-def]
    window = MainWindow(ViewContext(demo_desk, admin))
    qtbot.addWidget(window)
    window.setStyleSheet(screens.style_sheet())
    window.resize(SCALED_SCREEN)
    window.show()
    screens.settle()
    problems = []
    for page in screens.every_page(window):
        problems += [f"{page}: {p}" for p in layout_check.sideways_scrolling(window)]
    window.close()
    assert not problems, "\n".join(problems)


def test_lock_out_message_wraps_without_squashing_the_fields(qtbot, uow_factory, admin):  # type: ignore[no-untyped-def]
    from dusangire_desktop.services.errors import AuthenticationFailed
    from dusangire_desktop.views.login import LoginDialog

    from ..conftest import ADMIN_PASSWORD

    for _attempt in range(5):
        with pytest.raises(AuthenticationFailed):
            auth.sign_in(uow_factory(), "admin", "not-the-password-1")
    dialog = LoginDialog(uow_factory)
    qtbot.addWidget(dialog)
    dialog.setStyleSheet(screens.style_sheet())
    dialog.show()
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: "locked" in dialog.banner.text)
    qtbot.wait(50)
    assert layout_check.clipped_widgets(dialog) == []
    for field in (dialog.username, dialog.password):
        assert field.height() >= field.sizeHint().height()


def test_a_cell_too_narrow_for_its_text_shows_it_whole_as_tooltip(qtbot):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    from dusangire_desktop.views.table_model import Column, RecordTableModel
    from dusangire_desktop.views.widgets import cell_is_elided, record_table

    text = "Hypertension, low-salt diet with a weekly weighing and a call to the family"
    model = RecordTableModel([Column("Number", lambda r: r[0]),
                              Column("Reason", lambda r: r[1], stretch=True)])  # fmt: skip
    model.set_records([("C-000001", text), ("C-000002", "Short")])
    table = record_table(model)
    qtbot.addWidget(table)
    table.resize(300, 200)
    table.show()
    qtbot.waitExposed(table)
    header = table.horizontalHeader()
    assert header.sectionSize(0) >= header.sectionSizeFromContents(0).width()
    assert cell_is_elided(table, 0, 1) and not cell_is_elided(table, 1, 1)
    rect = table.visualRect(model.index(0, 1))
    event = QHelpEvent(
        QEvent.Type.ToolTip, rect.center(), table.viewport().mapToGlobal(rect.center())
    )
    table.viewportEvent(event)
    qtbot.waitUntil(lambda: QToolTip.isVisible() and QToolTip.text() == text)


def test_ticket_subjects_plans_and_the_float_read_whole_at_1366_by_768(qtbot, demo_desk, admin):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from dusangire_desktop.views.till_shift import ShiftTab
    from dusangire_desktop.views.widgets import cell_is_elided

    window = MainWindow(ViewContext(demo_desk, admin))
    qtbot.addWidget(window)
    window.setStyleSheet(screens.style_sheet())
    window.resize(SCREEN)
    window.show()
    screens.settle()
    assert window.width() == SCREEN.width()

    tickets = window.open_area("tickets")
    screens.settle()
    subject = 1
    assert tickets.model.headerData(subject, Qt.Orientation.Horizontal) == "Subject"
    rows = tickets.proxy.rowCount()
    assert rows, "the demo's queue has unfinished tickets"
    elided = [tickets.proxy.index(r, subject).data() for r in range(rows)
              if cell_is_elided(tickets.table, r, subject)]  # fmt: skip
    assert elided == []

    nutrition = window.open_area("nutrition")
    screens.settle()
    assert nutrition.plans_model.rowCount()
    assert nutrition.plans_table.horizontalScrollBar().maximum() == 0

    window.open_area("till")
    screens.settle()
    shift = window.findChild(ShiftTab)
    labels = [lb for lb in shift.findChildren(QLabel) if lb.buddy() is shift.float_amount]
    assert len(labels) == 1 and labels[0].isVisible() and "float" in labels[0].text().lower()
    window.close()
