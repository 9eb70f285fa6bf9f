"""Engine and session factory for a database URL, with per-backend settings.

Nothing here writes to decide anything: whether a SQLite file is read-only is read from the file
system (the file and its folder), so a desk starting while another one writes never needs the
write lock; reads wait on the busy timeout like everything else.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from enum import Enum
from pathlib import Path
from urllib.parse import unquote, urlsplit

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import sessionmaker

from .services.errors import DatabaseUnavailable
from .services.textsearch import register_sqlite_fold

CONNECT_TIMEOUT_SECONDS = 5
# How long a SQLite write waits for another desk's before "database is locked".
BUSY_TIMEOUT_MS = 10_000


def make_engine(url: str, *, echo: bool = False, read_only: bool = False) -> Engine:
    """An engine for `url`; `read_only` opens a SQLite file with mode=ro (immutable=1 when its
    folder cannot hold the -shm file either) and a PostgreSQL session in read-only transactions."""
    parsed = parse_url(url)
    try:
        if parsed.get_backend_name() == "sqlite":
            if read_only:
                parsed = _read_only_sqlite_url(parsed)
            return _sqlite_engine(parsed, echo)
        if parsed.get_backend_name() == "postgresql":
            if parsed.drivername == "postgresql":
                parsed = parsed.set(drivername="postgresql+psycopg")
            connect_args: dict[str, object] = {"application_name": "dusangire-desktop"}
            if "connect_timeout" not in parsed.query:
                connect_args["connect_timeout"] = CONNECT_TIMEOUT_SECONDS
            if read_only:
                connect_args["options"] = "-c default_transaction_read_only=on"
            return _postgresql_engine(parsed, echo, connect_args)
    except NoSuchModuleError:
        pass
    raise DatabaseUnavailable(
        f"Unsupported database '{parsed.drivername}'. "
        "Dusangire runs on SQLite files and PostgreSQL."
    )


def _postgresql_engine(url: URL, echo: bool, connect_args: dict[str, object]) -> Engine:
    engine = create_engine(
        url,
        echo=echo,
        pool_pre_ping=True,
        pool_size=5,
        max_overflow=5,
        pool_recycle=1800,
        connect_args=connect_args,
    )

    @event.listens_for(engine, "checkin")
    def _back_to_the_default(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # A unit of work opened for reading asked for READ ONLY; the next one gets the default.
        if (
            dbapi_connection is not None
            and not dbapi_connection.closed
            and (dbapi_connection.read_only is not None)
        ):
            dbapi_connection.read_only = None

    return engine


def parse_url(url: str) -> URL:
    try:
        return make_url(url)
    except ArgumentError:
        raise DatabaseUnavailable(
            f"'{url}' is not a database address. Use a file path like "
            "sqlite:///C:/data/dusangire.sqlite or postgresql+psycopg://user@host/dbname."
        ) from None


def _sqlite_engine(url: URL, echo: bool) -> Engine:
    engine = create_engine(url, echo=echo, connect_args={"timeout": 10})
    read_only = _asks_read_only(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if engine.url.database not in (None, "", ":memory:") and not read_only:
            _use_write_ahead_log(cursor)
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()
        register_sqlite_fold(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection):  # type: ignore[no-untyped-def]
        # A write transaction takes the write lock up front, so two writers queue behind the
        # busy timeout instead of one failing with "database is locked" when it upgrades.
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _use_write_ahead_log(cursor: sqlite3.Cursor) -> None:
    """Switch the file to WAL (a no-op once it is). Switching a new file needs it to itself for a
    moment, and SQLite answers "database is locked" at once, without its busy timeout, when
    another desk opening the same new file holds it then: so wait here as the timeout would."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _asks_read_only(url: URL) -> bool:
    return url.query.get("mode") == "ro" or url.query.get("immutable") in ("1", "true")


def _read_only_sqlite_url(url: URL) -> URL:
    path = sqlite_path(url.render_as_string(hide_password=False))
    if path is None or _asks_read_only(url):
        return url
    query = {**url.query, "uri": "true", "mode": "ro"}
    # Reading a WAL file needs its -shm beside it; where none can be made (a read-only folder)
    # and no -wal holds unfinished writes, the file is read as it stands.
    if not os.access(path.parent, os.W_OK) and not Path(f"{path}-wal").exists():
        query["immutable"] = "1"
    return url.set(database=path.resolve().as_uri(), query=query)


def make_session_factory(engine: Engine) -> sessionmaker:
    return sessionmaker(engine, expire_on_commit=False)


def describe(url: str) -> str:
    """A short, password-free description of where the data lives, for the status bar."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite file {sqlite_path(url) or parsed.database}"
    host = parsed.host or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    user = f"{parsed.username}@" if parsed.username else ""
    return f"PostgreSQL {user}{host}{port}/{parsed.database}"


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite address, also when given as a URI (sqlite:///file:...?uri=true)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    name = parsed.database
    if parsed.query.get("uri") in ("true", "1") and name.startswith("file:"):
        name = unquote(urlsplit(name).path)
    return Path(name)


def read_only_medium(url: str) -> bool:
    """True for a SQLite file the address opens read-only, or whose file or folder this account
    cannot write (a manager's copy on a read-only medium). Asks the file system, never writes."""
    parsed = make_url(url)
    path = sqlite_path(url)
    if path is None:
        return False
    if _asks_read_only(parsed):
        return True
    return path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def is_read_only(engine: Engine) -> bool:
    """Whether nothing can be saved through this engine: a SQLite file opened read-only, or a
    PostgreSQL server or session in read-only mode (a standby, a read-only account)."""
    if engine.dialect.name == "sqlite":
        return _asks_read_only(engine.url)
    with engine.connect() as connection:
        return connection.execute(text("SHOW transaction_read_only")).scalar() == "on"


def check_reachable(engine: Engine) -> None:
    """Open one connection and read, turning any driver failure into a message a user can act on.
    Only reads: a writer elsewhere never makes this fail, at most wait on the busy timeout."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
            if engine.dialect.name == "sqlite":
                connection.execute(text("SELECT count(*) FROM sqlite_master"))
    except DBAPIError as exc:
        raise DatabaseUnavailable(explain_database_error(engine, exc)) from None


class ConnectionFault(Enum):
    """Why a database could not be used, each with its own advice."""

    UNREACHABLE = "unreachable"
    TIMEOUT = "timeout"
    UNKNOWN_HOST = "unknown host"
    WRONG_PASSWORD = "wrong password"
    UNKNOWN_USER = "unknown user"
    MISSING_DATABASE = "missing database"
    NOT_ALLOWED = "not allowed"
    DAMAGED = "damaged"
    READ_ONLY = "read-only"
    CANNOT_OPEN = "cannot open"
    OTHER = "other"


# libpq's connection failures carry no SQLSTATE, only the server's or the library's text (in
# English unless the server is set to another language); errors raised later carry both.
_FAULT_SQLSTATES = {
    "28P01": ConnectionFault.WRONG_PASSWORD,
    "3D000": ConnectionFault.MISSING_DATABASE,
    "57P03": ConnectionFault.UNREACHABLE,  # the server is starting up or shutting down
}
_FAULT_TEXTS = [
    (ConnectionFault.WRONG_PASSWORD, r"password authentication failed|no password supplied"),
    (ConnectionFault.UNKNOWN_USER, r'role ".*" does not exist'),
    (ConnectionFault.MISSING_DATABASE, r'database ".*" does not exist'),
    (ConnectionFault.NOT_ALLOWED, r"no pg_hba\.conf entry|not permitted to log in"),
    (ConnectionFault.TIMEOUT, r"timeout expired|timed out"),
    (ConnectionFault.UNKNOWN_HOST, r"failed to resolve host|could not translate host name"
                                   r"|name or service not known|nodename nor servname"),
    (ConnectionFault.DAMAGED, r"not a database|malformed"),
    (ConnectionFault.READ_ONLY, r"readonly|read-only"),
    (ConnectionFault.CANNOT_OPEN, r"unable to open"),
    (ConnectionFault.UNREACHABLE, r"connection refused|could not connect|connection failed"
                                  r"|server closed the connection|no route to host"
                                  r"|network is unreachable|connection reset"
                                  r"|the database system is"),
]  # fmt: skip


def connection_fault(exc: BaseException) -> ConnectionFault:
    """Classify a driver error: by SQLSTATE where the driver has one, else by its text."""
    orig = getattr(exc, "orig", None) or exc
    by_state = _FAULT_SQLSTATES.get(getattr(orig, "sqlstate", None) or "")
    if by_state is not None:
        return by_state
    detail = str(orig).lower()
    return next(
        (fault for fault, pattern in _FAULT_TEXTS if re.search(pattern, detail)),
        ConnectionFault.OTHER,
    )


def explain_database_error(engine: Engine, exc: BaseException) -> str:
    """The message for a database that cannot be used, saying which fault it is and what to do."""
    url = engine.url
    where = describe(url.render_as_string(hide_password=False))
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else ""
    fault = connection_fault(exc)
    user, host, name = url.username or "", url.host or "localhost", url.database or ""
    retry = "; your work is kept and the app retries."
    if fault is ConnectionFault.UNKNOWN_HOST:
        return (
            f"Cannot reach {where}: the server name '{host}' is not known. Check the server name "
            "in the database address, and the network cable or Wi-Fi" + retry
        )
    if fault is ConnectionFault.TIMEOUT:
        seconds = url.query.get("connect_timeout", CONNECT_TIMEOUT_SECONDS)
        return (
            f"Cannot reach {where}: the server did not answer within {seconds} seconds. Check "
            "the network cable or Wi-Fi, and that the database server is running" + retry
        )
    if fault is ConnectionFault.WRONG_PASSWORD:
        return (
            f"{where}: the password for user '{user}' is wrong (or missing). Check the password "
            "in the database address, or ask IT for it."
        )
    if fault is ConnectionFault.UNKNOWN_USER:
        return (
            f"{where}: the server has no user '{user}'. Check the user name in the database "
            f"address, or ask IT to create it (CREATE ROLE \"{user}\" LOGIN PASSWORD '...')."
        )
    if fault is ConnectionFault.MISSING_DATABASE:
        return (
            f"PostgreSQL at {host} has no database '{name}'. Check the name in the database "
            f"address, or create it (CREATE DATABASE {name}; or createdb -h {host} {name}), "
            "then start again: Dusangire creates its tables in it."
        )
    if fault is ConnectionFault.NOT_ALLOWED:
        return (
            f"{where} does not let user '{user}' connect from this workstation ({detail}). "
            "Ask IT to allow it (pg_hba.conf on the server)."
        )
    if fault is ConnectionFault.DAMAGED:
        return (
            f"{where} is damaged or is not a Dusangire database ({detail}). "
            "Restore it from a backup copy (a .bak file sits beside it after each upgrade) "
            "or choose another file with --database."
        )
    if fault is ConnectionFault.READ_ONLY:
        return read_only_message(where)
    if fault is ConnectionFault.CANNOT_OPEN:
        path = sqlite_path(url.render_as_string(hide_password=False))
        if path is not None and not path.parent.is_dir():
            return missing_folder_message(path)
        return f"{where} cannot be opened ({detail}). Check that the folder exists and is writable."
    if engine.dialect.name == "postgresql":
        return (
            f"Cannot reach {where} ({detail}). Check the network cable or Wi-Fi, and that the "
            "database server is running" + retry
        )
    return f"{where}: {detail}"


def read_only_message(where: str) -> str:
    return (
        f"{where} is read-only (the file or its folder), so nothing can be saved there. "
        "Commands that only read (report, staff list) work on it; to change data, ask IT for "
        "write access or use the shared database."
    )


def missing_folder_message(path: Path) -> str:
    return (
        f"The folder {path.parent} does not exist, so SQLite file {path.name} cannot be there. "
        "Create the folder, or choose another file with --database."
    )
