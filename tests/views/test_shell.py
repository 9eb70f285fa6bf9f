"""First run, sign-in and the main window, driven as staff would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from dusangire_desktop.services import accounts, auth
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.views.login import FirstRunDialog, LoginDialog

from ..conftest import ADMIN_PASSWORD


def test_first_run_creates_the_administrator(qtbot, uow_factory):
    dialog = FirstRunDialog(uow_factory)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.full_name, "Aline Uwase")
    qtbot.keyClicks(dialog.username, "a.uwase")
    qtbot.keyClicks(dialog.password, "Umuganda-2026")
    qtbot.keyClicks(dialog.confirm, "Umuganda-2026")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.actor.role == Role.ADMIN
    assert not accounts.needs_first_administrator(uow_factory())


def test_first_run_weak_password_is_shown_at_the_field_and_typing_kept(qtbot, uow_factory):
    dialog = FirstRunDialog(uow_factory)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.full_name, "Aline Uwase")
    qtbot.keyClicks(dialog.username, "a.uwase")
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.confirm, "short")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text("password") != "")
    assert "at least 10 characters" in dialog.errors.text("password")
    assert dialog.full_name.text() == "Aline Uwase" and dialog.username.text() == "a.uwase"
    assert accounts.needs_first_administrator(uow_factory())


def test_first_run_mismatched_confirmation(qtbot, uow_factory):
    dialog = FirstRunDialog(uow_factory)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "Umuganda-2026")
    qtbot.keyClicks(dialog.confirm, "Umuganda-2027")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.errors.text("confirm")


def _type_login(qtbot, dialog, username, password):
    dialog.username.clear()
    dialog.password.clear()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_sign_in_with_enter(qtbot, uow_factory, admin):
    dialog = LoginDialog(uow_factory)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.signed_in):
        _type_login(qtbot, dialog, "admin", ADMIN_PASSWORD)
    assert dialog.actor.full_name == "Aline Uwase"


def test_wrong_password_then_locked(qtbot, uow_factory, admin):
    dialog = LoginDialog(uow_factory)
    qtbot.addWidget(dialog)
    dialog.show()
    for attempt in range(5):
        _type_login(qtbot, dialog, "admin", "not-the-password-1")
        qtbot.waitUntil(lambda: dialog.sign_in_button.isEnabled() and dialog.banner.text != "")
        if attempt == 0:
            assert dialog.banner.text == auth.WRONG_CREDENTIALS
            assert dialog.username.text() == "admin" and dialog.password.text() == ""
        dialog.banner.clear()
    assert dialog.actor is None
    _type_login(qtbot, dialog, "admin", ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: "locked" in dialog.banner.text)
    assert dialog.actor is None


def test_login_shows_where_the_data_lives(qtbot, uow_factory):
    dialog = LoginDialog(uow_factory)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "databaseLabel").text() == "Database: test"


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        (Role.ADMIN, ["Staff accounts", "Audit log", "My account"]),
        (Role.MANAGER, ["Audit log", "My account"]),
        (Role.FRONT_DESK, ["My account"]),
        (Role.SUPPORT, ["My account"]),
    ],
)
def test_navigation_shows_only_what_the_role_may_open(open_main_window, role, expected):
    window = open_main_window(role)
    titles = window.area_titles()
    for title in expected:
        assert title in titles
    if role != Role.ADMIN:
        assert "Staff accounts" not in titles
        with pytest.raises(KeyError):
            window.open_area("staff")


def test_status_bar_shows_person_role_and_database(open_main_window):
    window = open_main_window(Role.FRONT_DESK)
    assert window.user_label.text() == "Test front_desk — Front desk"
    assert window.database_label.text() == "test"
    assert "connected" in window.connection_label.text()


@pytest.fixture
def presentation_layer():
    """The app's hooks, installed as app.py does, and the previous ones put back afterwards."""
    import sys
    import threading

    from PySide6.QtCore import qInstallMessageHandler

    from dusangire_desktop.views import presentation

    hooks = sys.excepthook, threading.excepthook
    presentation.install()
    yield
    sys.excepthook, threading.excepthook = hooks
    qInstallMessageHandler(None)


@pytest.mark.qt_no_exception_capture
def test_an_uncaught_error_on_the_ui_thread_is_logged_and_apologised_for(
    qtbot, open_main_window, presentation_layer, caplog
):
    from PySide6.QtCore import QTimer

    window = open_main_window(Role.FRONT_DESK)

    def broken_slot() -> None:
        raise ZeroDivisionError("a defect in a screen")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: "Sorry" in window.banner.text)
    assert "nothing was changed" in window.banner.text
    assert window.isVisible()
    logged = [r for r in caplog.records if r.name == "dusangire_desktop.ui"]
    assert logged and logged[0].exc_info[0] is ZeroDivisionError


def test_the_status_bar_shows_busy_while_an_operation_runs(qtbot, open_main_window):
    import threading

    window = open_main_window(Role.FRONT_DESK)
    qtbot.waitUntil(lambda: window.busy_label.isHidden())
    release = threading.Event()
    answers = []

    def slow_read(_uow, _actor):
        release.wait(10)
        return "done"

    window.ctx.query(window, slow_read, answers.append, purpose="slow")
    qtbot.waitUntil(lambda: window.busy_label.isVisible())
    assert window.busy_label.text() == "Working…"
    release.set()
    qtbot.waitUntil(lambda: answers == ["done"])
    qtbot.waitUntil(lambda: window.busy_label.isHidden())
