"""The app opened on a read-only copy tells the user so, in the status bar."""

from __future__ import annotations

from dusangire_desktop.app import open_database
from dusangire_desktop.services import auth
from dusangire_desktop.views.areas import ViewContext
from dusangire_desktop.views.main_window import MainWindow

from .. import read_only_medium
from ..conftest import ADMIN_PASSWORD

read_only_copy = read_only_medium.read_only_copy


def test_status_bar_says_it_is_a_read_only_copy(read_only_copy, qtbot):
    url, _online = read_only_copy
    uow_factory = open_database(url)
    actor = auth.sign_in(uow_factory(), "admin", ADMIN_PASSWORD)
    window = MainWindow(ViewContext(uow_factory, actor))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.connected is True)
    assert "read-only copy, nothing can be saved" in window.database_label.text()
