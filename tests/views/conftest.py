"""View fixtures: a main window signed in as a given role, on the parametrized database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from dusangire_desktop.services import accounts, auth
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.views.areas import ViewContext
from dusangire_desktop.views.main_window import MainWindow

STAFF_PASSWORD = "Hospital-desk-42"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path):  # type: ignore[no-untyped-def]
    QCoreApplication.setOrganizationName("DusangireTests")
    QCoreApplication.setApplicationName("DusangireTests")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings().clear()


@pytest.fixture(autouse=True)
def english_after_each_test():  # type: ignore[no-untyped-def]
    """A test that switches the language leaves the next one in English."""
    yield
    from dusangire_desktop.views import language

    language.uninstall()


@pytest.fixture
def sign_in_as(uow_factory, admin):  # type: ignore[no-untyped-def]
    def make(role: Role) -> auth.Actor:
        """A colleague with this role who has replaced the temporary password, signed in."""
        if role == Role.ADMIN:
            return admin
        username = f"user.{role.value.replace('_', '')}"
        accounts.create_staff(
            uow_factory(), admin, username=username, full_name=f"Test {role.value}",
            role=role, password="Temporary-2026",
        )  # fmt: skip
        first = auth.sign_in(uow_factory(), username, "Temporary-2026")
        accounts.change_own_password(uow_factory(), first, "Temporary-2026", STAFF_PASSWORD)
        return auth.sign_in(uow_factory(), username, STAFF_PASSWORD)

    return make


@pytest.fixture
def open_main_window(qtbot, uow_factory, sign_in_as):  # type: ignore[no-untyped-def]
    def make(role: Role) -> MainWindow:
        actor = sign_in_as(role)
        window = MainWindow(ViewContext(uow_factory, actor))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.connected is True)
        return window

    return make


@pytest.fixture
def snapshot():  # type: ignore[no-untyped-def]
    """With DUSANGIRE_SCREENSHOTS set to a folder, save what the user sees there (to look at)."""
    import os
    from pathlib import Path

    folder = os.environ.get("DUSANGIRE_SCREENSHOTS")

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            widget.window().grab().save(str(Path(folder) / f"{name}.png"))

    return save


from ..ordering_world import kitchen, promotion  # noqa: E402, F401
from ..till_world import another_desk, manager, sell  # noqa: E402, F401
from ..ward_world import ward  # noqa: E402, F401
