"""A workstation that loses the database keeps its window and its form, and says so plainly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dusangire_desktop import db
from dusangire_desktop.services.accounts import Role

GONE = "postgresql+psycopg://postgres@127.0.0.1:1/gone"


@pytest.fixture
def unreachable_sessions():
    engine = db.make_engine(GONE)
    yield db.make_session_factory(engine)
    engine.dispose()


def test_status_bar_and_banner_follow_the_connection(
    qtbot, open_main_window, uow_factory, unreachable_sessions
):
    window = open_main_window(Role.ADMIN)
    reachable = uow_factory.session_factory
    uow_factory.session_factory = unreachable_sessions
    with qtbot.waitSignal(window.connection_changed, timeout=15000) as lost:
        window.check_connection()
    assert lost.args == [False]
    assert "unreachable" in window.connection_label.text()
    assert "cannot be reached" in window.banner.text

    uow_factory.session_factory = reachable
    with qtbot.waitSignal(window.connection_changed, timeout=15000) as back:
        window.check_connection()
    assert back.args == [True]
    assert "connected" in window.connection_label.text()
    assert "back" in window.banner.text


def test_form_keeps_the_typing_when_saving_fails(
    qtbot, open_main_window, uow_factory, unreachable_sessions
):
    window = open_main_window(Role.ADMIN)
    page = window.open_area("staff")
    dialog = page.open_new_dialog()
    qtbot.keyClicks(dialog.full_name, "Jean Mugisha")
    qtbot.keyClicks(dialog.username, "j.mugisha")
    qtbot.keyClicks(dialog.password, "Temporary-2026")
    uow_factory.session_factory = unreachable_sessions
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.text != "", timeout=15000)
    assert "cannot be reached" in dialog.banner.text and "nothing was saved" in dialog.banner.text
    assert dialog.isVisible()
    assert (dialog.full_name.text(), dialog.username.text()) == ("Jean Mugisha", "j.mugisha")
    assert dialog.save_button.isEnabled()


def _drop_the_followers_connection(engine) -> None:
    """What a server restart does to the listener's connection (PostgreSQL)."""
    from sqlalchemy import text

    with engine.connect() as connection:
        connection.execute(text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE application_name = 'dusangire-desktop changes' "
            "AND datname = current_database()"
        ))  # fmt: skip
        connection.commit()


def test_the_status_bar_shows_what_the_change_follower_knows_without_polling(
    qtbot, open_main_window, uow_factory, unreachable_sessions, backend, engine
):
    from dusangire_desktop.views.live import LiveChanges

    window = open_main_window(Role.ADMIN)
    live = LiveChanges(uow_factory)
    window.follow_connection(live)
    live.start()
    try:
        assert live.wait_until_listening(10)
        reachable = uow_factory.session_factory
        with qtbot.waitSignal(window.connection_changed, timeout=20000) as lost:
            uow_factory.session_factory = unreachable_sessions
            if backend == "postgresql":
                _drop_the_followers_connection(engine)
        assert lost.args == [False]
        assert "unreachable" in window.connection_label.text()
        assert "cannot be reached" in window.banner.text

        with qtbot.waitSignal(window.connection_changed, timeout=20000) as back:
            uow_factory.session_factory = reachable
        assert back.args == [True]
        assert "connected" in window.connection_label.text()
        assert "back" in window.banner.text
    finally:
        live.stop()
