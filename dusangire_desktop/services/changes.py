"""What changed, for every workstation: recorded by services on their unit of work, committed as
rows of `recorded_changes` in the same transaction, and followed from anywhere.

Services call `uow.record(Area.ORDERS, [order.id])`; the commit writes one row per area and, on
PostgreSQL, a `NOTIFY dusangire_changes` carrying the newest row's id (delivered only if the
transaction commits). A `ChangeFollower` wakes on that notification (its own autocommit
connection) or, on SQLite, reads the table every second, and hands each batch of new rows to
its caller. Rows older than a day are pruned; a follower that was away longer than that is told
"anything may have changed" (`Change.area is None`), so nothing is silently missed. This is how
Odoo's bus works: a table plus `pg_notify`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from ..models.changes import ChangeArea, RecordedChange
from .errors import DomainError

if TYPE_CHECKING:
    from .uow import UnitOfWork, UnitOfWorkFactory

Area = ChangeArea
log = logging.getLogger(__name__)

CHANNEL = "dusangire_changes"
KEPT_FOR = timedelta(days=1)
MAX_IDS_PER_ROW = 500
# Read every second so that, with the read itself, a change is seen within the two seconds promised.
SQLITE_POLL_SECONDS = 1.0
PG_HEALTH_CHECK_SECONDS = 30.0
PRUNE_EVERY = 256

__all__ = ["Area", "Change", "ChangeFollower", "changes_after", "latest_change_id"]


@dataclass(frozen=True)
class Change:
    """One committed change. `area is None` means anything may have changed (a follower's gap);
    empty `ids` means anything in that area."""

    id: int
    area: Area | None
    ids: frozenset[int]
    at: datetime | None
    origin: str

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "area": self.area.value if self.area else "everything",
            "ids": sorted(self.ids),
            "at": self.at.isoformat() if self.at else None,
            "origin": self.origin,
        }


class PendingChanges:
    """What a unit of work changed so far; written out by `write` just before it commits."""

    def __init__(self) -> None:
        self._areas: dict[Area, set[int] | None] = {}

    def add(self, area: Area, ids: Iterable[int]) -> None:
        wanted = {int(i) for i in ids}
        current = self._areas.get(area, set())
        if not wanted or current is None or len(current) + len(wanted) > MAX_IDS_PER_ROW:
            self._areas[area] = None
        else:
            current |= wanted
            self._areas[area] = current

    def __bool__(self) -> bool:
        return bool(self._areas)

    def clear(self) -> None:
        self._areas.clear()

    def write(self, session: Session, at: datetime, origin: str) -> list[Change]:
        """Insert the rows (and queue the notification) inside the caller's transaction."""
        rows = [
            RecordedChange(
                area=area.value,
                ids=",".join(str(i) for i in sorted(ids or ())),
                committed_at=at,
                origin=origin,
            )
            for area, ids in sorted(self._areas.items())
        ]
        session.add_all(rows)
        session.flush()
        newest = max(row.id for row in rows)
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_notify(:channel, :payload)"),
                            {"channel": CHANNEL, "payload": str(newest)})  # fmt: skip
        if newest % PRUNE_EVERY == 0:
            stale = RecordedChange.committed_at < at - KEPT_FOR
            session.execute(delete(RecordedChange).where(stale))
        return [_change(row) for row in rows]


def _change(row: RecordedChange) -> Change:
    try:
        area: Area | None = Area(row.area)
    except ValueError:  # recorded by a newer version of the app: treat it as "anything".
        area = None
    ids = frozenset(int(i) for i in row.ids.split(",") if i)
    return Change(row.id, area, ids, row.committed_at, row.origin)


def latest_change_id(uow: UnitOfWork) -> int:
    """The newest recorded change; a follower starts after it."""
    with uow.for_reading():
        return int(uow.session.scalar(select(func.max(RecordedChange.id))) or 0)


def changes_after(uow: UnitOfWork, after_id: int, limit: int = 1000) -> list[Change]:
    """Committed changes newer than `after_id`, oldest first."""
    if not isinstance(after_id, int) or isinstance(after_id, bool) or after_id < 0:
        raise ValueError("after_id must be a non-negative int")
    with uow.for_reading():
        rows = uow.session.scalars(
            select(RecordedChange)
            .where(RecordedChange.id > after_id)
            .order_by(RecordedChange.id)
            .limit(limit)
        ).all()
        return [_change(row) for row in rows]


Deliver = Callable[[list[Change]], None]
ConnectionReport = Callable[[bool], None]


class ChangeFollower:
    """Follows committed changes from every workstation until `stop()`; run it on its own thread.

    On PostgreSQL it LISTENs on a dedicated autocommit connection and reads the table when woken
    (and every 30 s, which also notices a silently dead connection); after the server went away it
    connects and listens again, then catches up from the table. On SQLite it reads the table every
    second. `skip_origin` leaves out this workstation's own changes, which it has already
    published the moment they committed. `on_connection` is told, from the follower's thread,
    each time the database stops or starts answering it (True: it answers), so a window can show
    the connection without asking the database on a timer of its own.
    """

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        deliver: Deliver,
        *,
        after_id: int | None = None,
        skip_origin: str | None = None,
        poll_seconds: float = SQLITE_POLL_SECONDS,
        on_connection: ConnectionReport | None = None,
    ) -> None:
        self._uow_factory = uow_factory
        self._deliver = deliver
        self._after_id = after_id
        self._skip_origin = skip_origin
        self._poll_seconds = poll_seconds
        self._stop = threading.Event()
        self._last_read = time.monotonic()
        self._on_connection = on_connection
        self.connected: bool | None = None
        self.listening = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def _report(self, connected: bool) -> None:
        if connected == self.connected:
            return
        self.connected = connected
        if self._on_connection is not None:
            self._on_connection(connected)

    def run(self) -> None:
        if self._after_id is None:
            self._after_id = self._retrying(lambda: latest_change_id(self._uow_factory()))
            if self._after_id is None:
                return
        if self._uow_factory.session_factory.kw["bind"].dialect.name == "postgresql":
            self._follow_postgresql()
        else:
            self.listening.set()
            while not self._stop.wait(self._poll_seconds):
                self._catch_up()

    def _retrying(self, read: Callable[[], int]) -> int | None:
        delay = 1.0
        while not self._stop.is_set():
            try:
                answer = read()
            except DomainError:
                self._report(False)
                self._stop.wait(delay)
                delay = min(delay * 2, 15.0)
            else:
                self._report(True)
                return answer
        return None

    def _catch_up(self) -> bool:
        """Read and deliver what is new; False when the database could not be read."""
        assert self._after_id is not None
        try:
            while True:
                batch = changes_after(self._uow_factory(), self._after_id)
                away = time.monotonic() - self._last_read
                self._last_read = time.monotonic()
                if away > KEPT_FOR.total_seconds() / 2:
                    self._deliver([Change(self._after_id, None, frozenset(), None, "")])
                self._report(True)
                if not batch:
                    return True
                self._after_id = batch[-1].id
                wanted = [c for c in batch if c.origin != self._skip_origin]
                if wanted:
                    self._deliver(wanted)
        except DomainError:
            log.info("changes could not be read; will try again", exc_info=True)
            self._report(False)
            return False

    def _follow_postgresql(self) -> None:
        import psycopg

        delay = 1.0
        while not self._stop.is_set():
            # The database the factory points at now, as the desk's own reads do.
            url = self._uow_factory.session_factory.kw["bind"].url
            conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
            try:
                with psycopg.connect(
                    conninfo,
                    autocommit=True,
                    connect_timeout=5,
                    keepalives=1,
                    keepalives_idle=10,
                    keepalives_interval=5,
                    keepalives_count=3,
                    application_name="dusangire-desktop changes",
                ) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    self._catch_up()
                    delay = 1.0
                    self._listen(connection)
            except psycopg.Error:
                log.info("change listener lost its connection; reconnecting", exc_info=True)
                self.listening.clear()
                self._report(False)
                self._stop.wait(delay)
                delay = min(delay * 2, 15.0)

    def _listen(self, connection) -> None:  # type: ignore[no-untyped-def]
        quiet_since = time.monotonic()
        while not self._stop.is_set():
            woken = False
            for _notification in connection.notifies(timeout=1.0, stop_after=1):
                woken = True
            if woken:
                self._catch_up()
                quiet_since = time.monotonic()
            elif time.monotonic() - quiet_since > PG_HEALTH_CHECK_SECONDS:
                connection.execute("SELECT 1")
                self._catch_up()
                quiet_since = time.monotonic()
