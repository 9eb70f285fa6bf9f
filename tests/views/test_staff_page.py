"""An administrator manages staff accounts in the app."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dusangire_desktop.services import accounts, auth
from dusangire_desktop.services.accounts import Role


def _open_staff(open_main_window, qtbot, accounts_listed=1):
    window = open_main_window(Role.ADMIN)
    page = window.open_area("staff")
    qtbot.waitUntil(lambda: page.model.rowCount() == accounts_listed)
    return page


def _usernames(page):
    return [s.username for s in page.model.records]


def test_create_an_account_from_the_dialog(qtbot, open_main_window, uow_factory):
    page = _open_staff(open_main_window, qtbot)
    dialog = page.open_new_dialog()
    qtbot.keyClicks(dialog.full_name, "Jean Mugisha")
    qtbot.keyClicks(dialog.username, "j.mugisha")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.FRONT_DESK))
    qtbot.keyClicks(dialog.password, "Temporary-2026")
    with qtbot.waitSignal(page.refreshed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "j.mugisha" in _usernames(page)
    assert "created" in page.banner.text
    assert auth.sign_in(uow_factory(), "j.mugisha", "Temporary-2026").role == Role.FRONT_DESK


def test_duplicate_username_keeps_the_form(qtbot, open_main_window, uow_factory):
    page = _open_staff(open_main_window, qtbot)
    dialog = page.open_new_dialog()
    qtbot.keyClicks(dialog.full_name, "Another Admin")
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "Temporary-2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text("username") != "")
    assert "already taken" in dialog.errors.text("username")
    assert dialog.isVisible() and dialog.full_name.text() == "Another Admin"


def test_over_long_name_is_refused_at_the_field(qtbot, open_main_window):
    page = _open_staff(open_main_window, qtbot)
    dialog = page.open_new_dialog()
    dialog.full_name.setText("N" * 130)
    qtbot.keyClicks(dialog.username, "long.name")
    qtbot.keyClicks(dialog.password, "Temporary-2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text("full_name") != "")
    assert "at most 120" in dialog.errors.text("full_name")


def test_change_role_deactivate_and_reset(qtbot, open_main_window, uow_factory, admin):
    accounts.create_staff(uow_factory(), admin, username="j.mugisha", full_name="Jean Mugisha",
                          role=Role.FRONT_DESK, password="Temporary-2026")  # fmt: skip
    page = _open_staff(open_main_window, qtbot, accounts_listed=2)
    page.select("j.mugisha")
    account = page.selected()
    assert page.active_button.isEnabled() and page.active_button.text() == "&Deactivate"

    with qtbot.waitSignal(page.refreshed):
        page.change_role(account, Role.SUPPORT)
    page.select("j.mugisha")
    assert page.selected().role == Role.SUPPORT

    with qtbot.waitSignal(page.refreshed):
        qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    page.select("j.mugisha")
    assert not page.selected().is_active
    assert page.active_button.text() == "&Reactivate"

    with qtbot.waitSignal(page.refreshed):
        page.reset_password(page.selected(), "Fresh-start-99")
    assert "password was reset" in page.banner.text


def test_refusal_from_the_service_shows_in_the_banner(qtbot, open_main_window):
    page = _open_staff(open_main_window, qtbot)
    page.select("admin")
    page.set_active(page.selected(), False)
    qtbot.waitUntil(lambda: page.banner.text != "")
    assert "cannot deactivate your own account" in page.banner.text
