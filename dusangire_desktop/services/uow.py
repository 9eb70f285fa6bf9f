"""Unit of work: one session, one transaction, database failures turned into domain errors."""

from __future__ import annotations

import functools
import logging
import uuid
from collections.abc import Callable, Iterable
from datetime import datetime
from types import TracebackType
from typing import ParamSpec, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ..config import desk_name, hospital_zone
from . import auth
from .auth import Actor, Permission
from .changes import Area, Change, PendingChanges
from .clock import Clock, system_clock
from .errors import ConcurrentChange, DatabaseUnavailable, ReadOnlyDatabase, SimultaneousChange

log = logging.getLogger(__name__)
P = ParamSpec("P")
R = TypeVar("R")
# PostgreSQL's deadlock_detected and serialization_failure: the server undid the transaction.
UNDONE_BY_THE_SERVER = {"40P01", "40001"}

UNAVAILABLE = (
    "The database cannot be reached right now, so nothing was saved. "
    "Your form is kept; try again in a moment."
)


class UnitOfWork:
    """`with uow:` opens a session; leaving without `commit()` rolls everything back.

    A service records what it changed with `record(area, ids)`; `commit()` writes those records in
    the same transaction (see services/changes.py) and keeps them in `committed`, for the caller
    to publish on this workstation at once.
    """

    session: Session

    def __init__(
        self,
        session_factory: sessionmaker,
        clock: Clock = system_clock,
        zone: ZoneInfo | None = None,
        origin: str = "",
        desk: str = "",
    ) -> None:
        self._session_factory = session_factory
        self.desk = desk or desk_name()  # the till desk this workstation is
        self._clock = clock
        self.zone = zone or hospital_zone()
        self.origin = origin
        self._pending = PendingChanges()
        self.committed: list[Change] = []

    read_only = False

    def for_reading(self) -> UnitOfWork:
        """Mark this unit of work as reads only: SQLite's write lock is never taken, PostgreSQL
        runs a READ ONLY transaction, and `commit()` is refused."""
        self.read_only = True
        return self

    def __enter__(self) -> UnitOfWork:
        self.session = self._session_factory()
        # What is stamped "now" in this transaction (e.g. an audit event) reads this unit's clock.
        self.session.info["clock"] = self._clock
        self._pending.clear()
        sqlite = self.session.get_bind().dialect.name == "sqlite"
        options = {"sqlite_begin": "DEFERRED" if self.read_only else "IMMEDIATE"} if sqlite else {}
        try:
            connection = self.session.connection(execution_options=options)
            if self.read_only and not sqlite:
                # psycopg then begins READ ONLY; db.py hands the connection back to the pool with
                # the server's default again (never READ WRITE, which would override a connection
                # opened read-only on purpose).
                driver = connection.connection.driver_connection
                assert driver is not None
                driver.read_only = True
        except DBAPIError as exc:
            self.session.close()
            raise DatabaseUnavailable(UNAVAILABLE) from exc
        return self

    def record(self, area: Area, ids: Iterable[int] = ()) -> None:
        """Note that this transaction changed `ids` in `area` (no ids: anything in the area)."""
        self._pending.add(Area(area), ids)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.session.rollback()
        except DBAPIError:
            log.warning("rollback failed; the connection is already gone", exc_info=True)
        finally:
            self.session.close()
        if isinstance(exc, DBAPIError) and is_read_only_refusal(exc) and not self.read_only:
            raise ReadOnlyDatabase() from exc
        if getattr(getattr(exc, "orig", None), "sqlstate", None) in UNDONE_BY_THE_SERVER:
            log.warning("transaction undone by the database: %s", exc)
            raise SimultaneousChange() from exc
        if isinstance(exc, OperationalError) or (
            isinstance(exc, DBAPIError) and exc.connection_invalidated
        ):
            log.warning("database unavailable", exc_info=exc)
            raise DatabaseUnavailable(UNAVAILABLE) from exc

    def commit(self) -> None:
        if self.read_only:
            raise RuntimeError("a unit of work opened for reading cannot commit")
        try:
            written = (
                self._pending.write(self.session, self.now(), self.origin) if self._pending else []
            )
            self.session.commit()
        except StaleDataError:
            self.session.rollback()
            raise ConcurrentChange() from None
        except DBAPIError as exc:
            if is_read_only_refusal(exc):
                self.session.rollback()
                raise ReadOnlyDatabase() from exc
            raise
        self._pending.clear()
        self.committed.extend(written)

    def commit_record(self) -> None:
        """Commit what only records that something happened (a sign-in, a failed attempt). A
        read-only copy cannot keep it, and that must not stop the reading the copy is for."""
        try:
            self.commit()
        except ReadOnlyDatabase:
            log.info("read-only database: the event is not recorded")

    def flush(self) -> None:
        self.session.flush()

    def now(self) -> datetime:
        return self._clock()

    def authorize(self, actor: Actor, permission: Permission) -> Actor:
        """The acting account as it is now, re-read in this transaction, if it may do this.

        Call it first thing inside `with uow:` and act on the returned actor from then on:
        `actor = uow.authorize(actor, Permission.TAKE_ORDERS)`. Refuses an account deactivated
        since sign-in (AuthenticationFailed), one whose role no longer has `permission`, and one
        that must still replace a temporary password (PermissionDenied). The command line (no
        staff row) passes as the administrator it is.
        """
        return auth.authorize(self.session, actor, permission)

    def current_actor(self, actor: Actor, *, temporary_password_ok: bool = False) -> Actor:
        """Like `authorize` without a permission, for functions that decide on several
        (`actor.can(...)`, `actor.require(...)` on the returned actor)."""
        return auth.current_actor(self.session, actor, temporary_password_ok=temporary_password_ok)

    @property
    def dialect(self) -> str:
        return self.session.get_bind().dialect.name


def retried_once(service: Callable[P, R]) -> Callable[P, R]:
    """For a write service two desks may run on the same rows at once: when the database undoes
    it (a deadlock or serialisation failure), run it once more on a fresh transaction; a second
    such failure reaches the desk as `SimultaneousChange`. Safe because the unit of work rolled
    everything back and starts a new session on each `with uow:`."""

    @functools.wraps(service)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return service(*args, **kwargs)
        except SimultaneousChange:
            log.info("%s undone by the database; trying once more", service.__name__)
            return service(*args, **kwargs)

    return run


class UnitOfWorkFactory:
    """What the views hold: a way to start a unit of work, and nothing else of the database."""

    def __init__(
        self,
        session_factory: sessionmaker,
        *,
        description: str,
        clock: Clock = system_clock,
        zone: ZoneInfo | None = None,
        read_only: bool = False,
        desk: str = "",
    ) -> None:
        self.session_factory = session_factory
        self.desk = desk or desk_name()
        self.description = description
        self.read_only = read_only  # a copy that can be read, where every save is refused
        self.clock = clock
        self.zone = zone or hospital_zone()
        # Names this workstation's changes, so its follower can skip what it published itself.
        self.origin = uuid.uuid4().hex[:16]

    def __call__(self) -> UnitOfWork:
        return UnitOfWork(self.session_factory, self.clock, self.zone, self.origin, self.desk)


def is_read_only_refusal(exc: DBAPIError) -> bool:
    """True when the database refused a write because it is read-only (SQLite opened read-only or
    on a read-only medium; PostgreSQL in read-only transactions or a standby)."""
    orig = exc.orig
    if getattr(orig, "sqlstate", None) == "25006":
        return True
    return str(getattr(orig, "sqlite_errorname", "")).startswith("SQLITE_READONLY")


def is_unique_violation(exc: IntegrityError, constraint_name: str, columns: str) -> bool:
    """True when the IntegrityError came from the named unique constraint or index.

    PostgreSQL names the constraint; SQLite only lists its columns, as "table.col, table.col".
    """
    diag = getattr(exc.orig, "diag", None)
    if getattr(diag, "constraint_name", None) == constraint_name:
        return True
    text = str(exc.orig)
    return constraint_name in text or f"UNIQUE constraint failed: {columns}" in text
