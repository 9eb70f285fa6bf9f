"""Operations from screens: read-only reads, newest answer only, errors where a person sees them,
and a command's changes reaching every screen that shows them."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from dusangire_desktop.services.changes import Area
from dusangire_desktop.services.errors import ValidationError
from dusangire_desktop.views import presentation
from dusangire_desktop.views.banner import MessageBanner, error_channel
from dusangire_desktop.views.context import ViewContext
from dusangire_desktop.views.page import Page


class Screen(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.banner = MessageBanner()
        QVBoxLayout(self).addWidget(self.banner)


class OrdersPage(Page):
    watches = frozenset({Area.ORDERS})

    def __init__(self) -> None:
        super().__init__()
        self.refreshes = 0

    def refresh(self) -> None:
        self.refreshes += 1
        self.refreshed.emit()


@pytest.fixture
def ctx(uow_factory, admin) -> ViewContext:
    return ViewContext(uow_factory, admin)


def test_a_query_reads_in_a_unit_of_work_opened_for_reading(qtbot, ctx):
    screen = Screen()
    qtbot.addWidget(screen)
    seen = []
    ctx.query(screen, lambda uow, actor: (uow.read_only, actor.username), seen.append)
    qtbot.waitUntil(lambda: seen == [(True, "admin")])
    assert screen.property("busy") is False


def test_only_the_newest_answer_for_a_purpose_is_shown(qtbot, ctx):
    screen = Screen()
    qtbot.addWidget(screen)
    release = threading.Event()
    shown = []

    def slow(_uow, _actor):  # type: ignore[no-untyped-def]
        release.wait(5)
        return "old"

    ctx.query(screen, slow, shown.append, purpose="list")
    ctx.query(screen, lambda _uow, _actor: "new", shown.append, purpose="list")
    qtbot.waitUntil(lambda: shown == ["new"])
    assert screen.property("busy") is True  # the old read is still running
    release.set()
    qtbot.waitUntil(lambda: screen.property("busy") is False)
    assert shown == ["new"]


def test_a_domain_error_goes_to_the_screens_banner(qtbot, ctx):
    screen = Screen()
    qtbot.addWidget(screen)
    screen.show()

    def refuse(_uow, _actor):  # type: ignore[no-untyped-def]
        raise ValidationError("Give the reason for the cancellation.", field="reason")

    ctx.command(screen, refuse)
    qtbot.waitUntil(lambda: screen.banner.text == "Give the reason for the cancellation.")


def test_an_unexpected_error_is_logged_and_shown_as_an_apology(qtbot, ctx, caplog):
    screen = Screen()
    qtbot.addWidget(screen)
    screen.show()

    def crash(_uow, _actor):  # type: ignore[no-untyped-def]
        raise ZeroDivisionError("boom")

    with caplog.at_level(logging.ERROR):
        ctx.query(screen, crash, lambda _r: None)
        qtbot.waitUntil(lambda: screen.banner.text.startswith("Sorry, something went wrong"))
    assert "ZeroDivisionError" in caplog.text


def test_the_same_command_cannot_run_twice_at_once(qtbot, ctx):
    screen = Screen()
    qtbot.addWidget(screen)
    release = threading.Event()
    runs = []

    def charge(_uow, _actor):  # type: ignore[no-untyped-def]
        runs.append(1)
        release.wait(5)

    assert ctx.command(screen, charge, purpose="charge") is True
    assert ctx.command(screen, charge, purpose="charge") is False
    release.set()
    qtbot.waitUntil(lambda: screen.property("busy") is False)
    assert ctx.command(screen, lambda _u, _a: None, purpose="charge") is True
    assert len(runs) == 1


def _record_order(uow, _actor):  # type: ignore[no-untyped-def]
    with uow:
        uow.record(Area.ORDERS, [7])
        uow.commit()


def test_a_commands_changes_refresh_a_visible_page_at_once_and_a_hidden_one_when_shown(qtbot, ctx):
    visible, hidden = OrdersPage(), OrdersPage()
    qtbot.addWidget(visible)
    qtbot.addWidget(hidden)
    visible.show()
    with qtbot.wait_signal(visible.refreshed):
        ctx.command(visible, _record_order)
    assert hidden.refreshes == 0
    hidden.show()
    assert hidden.refreshes == 1


def test_a_change_to_another_area_does_not_refresh(qtbot, ctx):
    page = OrdersPage()
    qtbot.addWidget(page)
    page.show()

    def record_menu(uow, _actor):  # type: ignore[no-untyped-def]
        with uow:
            uow.record(Area.MENU, [1])
            uow.commit()

    done = []
    ctx.command(page, record_menu, done.append)
    qtbot.waitUntil(lambda: done == [None])
    assert page.refreshes == 0


def test_an_error_in_a_ui_callback_is_logged_and_apologised_for(qtbot, caplog, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    presentation.install()
    shown = []
    error_channel.message.connect(shown.append)

    def broken() -> None:
        raise KeyError("missing")

    with caplog.at_level(logging.CRITICAL):
        QTimer.singleShot(0, broken)
        qtbot.waitUntil(lambda: bool(shown))
    assert shown[0].startswith("Sorry")
    assert "KeyError" in caplog.text
