"""Recorded changes: written with the transaction that made them, and followed by other desks."""

from __future__ import annotations

import queue
import threading

import pytest
from sqlalchemy import text

from dusangire_desktop import db
from dusangire_desktop.services.changes import Area, Change, ChangeFollower, changes_after
from dusangire_desktop.services.uow import UnitOfWorkFactory

PROPAGATION_LIMIT_S = 2.0


def _commit_change(uow_factory: UnitOfWorkFactory, area: Area, ids: list[int]) -> list[Change]:
    uow = uow_factory()
    with uow:
        uow.record(area, ids)
        uow.commit()
    return uow.committed


def test_a_commit_writes_what_it_changed_and_a_rollback_writes_nothing(uow_factory):
    committed = _commit_change(uow_factory, Area.ORDERS, [3, 1])
    uow = uow_factory()
    with uow:
        uow.record(Area.CUSTOMERS, [9])
    assert [(c.area, c.ids) for c in committed] == [(Area.ORDERS, frozenset({1, 3}))]
    rows = changes_after(uow_factory(), 0)
    assert [(c.area, c.ids, c.origin) for c in rows] == [
        (Area.ORDERS, frozenset({1, 3}), uow_factory.origin)
    ]


def test_recording_an_area_without_ids_means_anything_in_it(uow_factory):
    uow = uow_factory()
    with uow:
        uow.record(Area.MENU, [4])
        uow.record(Area.MENU)
        uow.record(Area.STAFF, range(10_000))
        uow.commit()
    assert {c.area: c.ids for c in uow.committed} == {
        Area.MENU: frozenset(),
        Area.STAFF: frozenset(),
    }


def test_a_unit_of_work_opened_for_reading_cannot_commit(uow_factory):
    uow = uow_factory().for_reading()
    with uow, pytest.raises(RuntimeError, match="reading"):
        uow.commit()


def test_postgresql_refuses_a_write_in_a_reading_transaction(pg_uow_factory):
    from sqlalchemy.exc import InternalError

    uow = pg_uow_factory().for_reading()
    with uow, pytest.raises(InternalError, match="read-only"):
        uow.session.execute(text("DELETE FROM recorded_changes"))


def _second_desk(engine, clock) -> UnitOfWorkFactory:  # type: ignore[no-untyped-def]
    """Another workstation: its own engine (own connections) on the same database."""
    other = db.make_engine(engine.url.render_as_string(hide_password=False))
    return UnitOfWorkFactory(db.make_session_factory(other), description="desk 2", clock=clock)


def _follow(uow_factory: UnitOfWorkFactory, **options):  # type: ignore[no-untyped-def]
    arrived: queue.Queue[Change] = queue.Queue()
    follower = ChangeFollower(uow_factory, lambda batch: [arrived.put(c) for c in batch], **options)
    thread = threading.Thread(target=follower.run, daemon=True)
    thread.start()
    assert follower.listening.wait(10)
    return follower, thread, arrived


def test_a_change_at_one_desk_reaches_another_within_two_seconds(engine, clock, uow_factory):
    desk_two = _second_desk(engine, clock)
    follower, thread, arrived = _follow(desk_two, skip_origin=desk_two.origin)
    try:
        _commit_change(desk_two, Area.CATERING, [77])  # its own: already published locally
        _commit_change(uow_factory, Area.ORDERS, [42])
        change = arrived.get(timeout=PROPAGATION_LIMIT_S)
        assert (change.area, change.ids, change.origin) == (
            Area.ORDERS, frozenset({42}), uow_factory.origin
        )  # fmt: skip
        assert arrived.empty()
    finally:
        follower.stop()
        thread.join(5)


@pytest.mark.postgres_only
def test_the_listener_catches_up_after_the_server_dropped_its_connection(pg_engine, clock):
    desk_one = UnitOfWorkFactory(db.make_session_factory(pg_engine), description="1", clock=clock)
    desk_two = _second_desk(pg_engine, clock)
    follower, thread, arrived = _follow(desk_two)
    try:
        with pg_engine.connect() as connection:
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE application_name = 'dusangire-desktop changes'"
                )
            )
            connection.commit()
        _commit_change(desk_one, Area.TICKETS, [5])  # committed while nobody listens
        change = arrived.get(timeout=20)
        assert (change.area, change.ids) == (Area.TICKETS, frozenset({5}))
    finally:
        follower.stop()
        thread.join(5)


def test_changes_older_than_a_day_are_pruned(uow_factory, clock):
    from dusangire_desktop.services.changes import PRUNE_EVERY

    for number in range(1, PRUNE_EVERY):
        _commit_change(uow_factory, Area.ORDERS, [number])
    clock.advance(days=2)
    _commit_change(uow_factory, Area.ORDERS, [PRUNE_EVERY])
    left = changes_after(uow_factory(), 0)
    assert [c.ids for c in left] == [frozenset({PRUNE_EVERY})]


def test_changes_follow_prints_each_committed_change_as_a_json_line(
    engine, database_url, uow_factory
):
    import json
    import os
    import select
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    follower = subprocess.Popen(
        [sys.executable, "-m", "dusangire_desktop", "--database", database_url,
         "changes", "--follow", "--after", "0"],
        cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    try:
        _commit_change(uow_factory, Area.TICKETS, [12, 3])
        ready, _, _ = select.select([follower.stdout], [], [], 30)
        assert ready, "nothing printed within 30 s"
        line = follower.stdout.readline()  # type: ignore[union-attr]
        printed = json.loads(line)
        assert (printed["area"], printed["ids"]) == ("tickets", [3, 12])
        assert printed["at"].startswith("2026-03-03T06:00")
    finally:
        follower.terminate()
        follower.wait(10)


def test_the_follower_says_when_the_database_stops_and_starts_answering(engine, clock):
    desk = _second_desk(engine, clock)
    reports: queue.Queue[bool] = queue.Queue()
    follower, thread, _arrived = _follow(desk, on_connection=reports.put)
    gone = db.make_engine("postgresql+psycopg://postgres@127.0.0.1:1/gone")
    try:
        assert reports.get(timeout=5) is True
        reachable, desk.session_factory = desk.session_factory, db.make_session_factory(gone)
        if engine.dialect.name == "postgresql":  # the listener's own connection goes too
            with engine.connect() as connection:
                connection.execute(text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE application_name = 'dusangire-desktop changes' "
                    "AND datname = current_database()"
                ))  # fmt: skip
                connection.commit()
        assert reports.get(timeout=20) is False
        desk.session_factory = reachable
        assert reports.get(timeout=20) is True
        assert reports.empty()  # told once per change of state, not at every read
    finally:
        follower.stop()
        thread.join(5)
        gone.dispose()
