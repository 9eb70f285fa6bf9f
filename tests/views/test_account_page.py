"""Anyone can change their own password from My account."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dusangire_desktop.services import auth
from dusangire_desktop.services.accounts import Role

from .conftest import STAFF_PASSWORD


def test_change_own_password(qtbot, open_main_window, uow_factory):
    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("account")
    qtbot.keyClicks(page.current, STAFF_PASSWORD)
    qtbot.keyClicks(page.new, "Brand-new-2026")
    qtbot.keyClicks(page.confirm, "Brand-new-2026")
    with qtbot.waitSignal(page.password_changed):
        qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert auth.sign_in(uow_factory(), "user.frontdesk", "Brand-new-2026")


def test_wrong_current_password_is_shown_at_its_field(qtbot, open_main_window):
    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("account")
    qtbot.keyClicks(page.current, "not-my-password-1")
    qtbot.keyClicks(page.new, "Brand-new-2026")
    qtbot.keyClicks(page.confirm, "Brand-new-2026")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.errors.text("current_password") != "")
    assert "wrong" in page.errors.text("current_password")
    assert page.new.text() == "Brand-new-2026"


def test_temporary_password_leads_to_my_account(qtbot, uow_factory, admin):
    from dusangire_desktop.services import accounts
    from dusangire_desktop.views.areas import ViewContext
    from dusangire_desktop.views.main_window import MainWindow

    accounts.create_staff(uow_factory(), admin, username="new.desk", full_name="New Desk",
                          role=Role.FRONT_DESK, password="Temporary-2026")  # fmt: skip
    actor = auth.sign_in(uow_factory(), "new.desk", "Temporary-2026")
    assert actor.must_change_password
    window = MainWindow(ViewContext(uow_factory, actor))
    qtbot.addWidget(window)
    assert window.current_area() == "account"
    assert "temporary password" in window.banner.text
    page = window.open_area("account")
    qtbot.keyClicks(page.current, "Temporary-2026")
    qtbot.keyClicks(page.new, "My-own-pass-77")
    qtbot.keyClicks(page.confirm, "My-own-pass-77")
    with qtbot.waitSignal(page.password_changed):
        qtbot.keyClick(page.confirm, Qt.Key.Key_Return)
    assert not auth.sign_in(uow_factory(), "new.desk", "My-own-pass-77").must_change_password


def test_a_temporary_password_keeps_the_other_areas_closed_until_it_is_replaced(
    qtbot, uow_factory, admin
):
    from dusangire_desktop.services import accounts
    from dusangire_desktop.views.areas import ViewContext
    from dusangire_desktop.views.main_window import MainWindow

    accounts.create_staff(uow_factory(), admin, username="k.keza", full_name="Keza Ingabire",
                          role=Role.ADMIN, password="Temporary-2026")  # fmt: skip
    actor = auth.sign_in(uow_factory(), "k.keza", "Temporary-2026")
    window = MainWindow(ViewContext(uow_factory, actor))
    qtbot.addWidget(window)
    with pytest.raises(KeyError):
        window.open_area("staff")
    page = window.open_area("account")
    qtbot.keyClicks(page.current, "Temporary-2026")
    qtbot.keyClicks(page.new, "My-own-pass-77")
    qtbot.keyClicks(page.confirm, "My-own-pass-77")
    with qtbot.waitSignal(page.password_changed):
        qtbot.keyClick(page.confirm, Qt.Key.Key_Return)
    assert "every area" in window.banner.text
    staff = window.open_area("staff")
    qtbot.waitUntil(lambda: staff.model.rowCount() == 2)
    assert staff.banner.text == ""
