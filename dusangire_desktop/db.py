"""Engine and session factory for a database URL, with per-backend settings."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import sessionmaker

from .services.errors import DatabaseUnavailable
from .services.textsearch import register_sqlite_fold


def make_engine(url: str, *, echo: bool = False) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseUnavailable(
            f"'{url}' is not a database address. Use a file path like "
            "sqlite:///C:/data/dusangire.sqlite or postgresql+psycopg://user@host/dbname."
        ) from None
    try:
        if parsed.get_backend_name() == "sqlite":
            return _sqlite_engine(url, echo)
        if parsed.get_backend_name() == "postgresql":
            if parsed.drivername == "postgresql":
                parsed = parsed.set(drivername="postgresql+psycopg")
            return create_engine(
                parsed,
                echo=echo,
                pool_pre_ping=True,
                pool_size=5,
                max_overflow=5,
                pool_recycle=1800,
                connect_args={"connect_timeout": 5, "application_name": "dusangire-desktop"},
            )
    except NoSuchModuleError:
        pass
    raise DatabaseUnavailable(
        f"Unsupported database '{parsed.drivername}'. "
        "Dusangire runs on SQLite files and PostgreSQL."
    )


def _sqlite_engine(url: str, echo: bool) -> Engine:
    engine = create_engine(url, echo=echo, connect_args={"timeout": 10})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 10000")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode = WAL")
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


def make_session_factory(engine: Engine) -> sessionmaker:
    return sessionmaker(engine, expire_on_commit=False)


def describe(url: str) -> str:
    """A short, password-free description of where the data lives, for the status bar."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite file {parsed.database}"
    host = parsed.host or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    user = f"{parsed.username}@" if parsed.username else ""
    return f"PostgreSQL {user}{host}{port}/{parsed.database}"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def check_reachable(engine: Engine) -> None:
    """Open one connection and read, turning any driver failure into a message a user can act on."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
            if engine.dialect.name == "sqlite":
                connection.execute(text("SELECT count(*) FROM sqlite_master"))
                # A read-only file only shows itself when something tries to write.
                version = connection.exec_driver_sql("PRAGMA user_version").scalar()
                connection.exec_driver_sql(f"PRAGMA user_version = {int(version or 0)}")
    except DBAPIError as exc:
        raise DatabaseUnavailable(explain_database_error(engine, exc)) from None


def explain_database_error(engine: Engine, exc: BaseException) -> str:
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else ""
    where = describe(engine.url.render_as_string(hide_password=False))
    lowered = detail.lower()
    if "not a database" in lowered or "malformed" in lowered:
        return (
            f"{where} is damaged or is not a Dusangire database ({detail}). "
            "Restore it from a backup copy (a .bak file sits beside it after each upgrade) "
            "or choose another file with --database."
        )
    if "readonly" in lowered or "read-only" in lowered:
        return (
            f"{where} is read-only, so nothing can be saved. "
            "Ask IT to give your account write access to the file and its folder."
        )
    if "unable to open" in lowered:
        return f"{where} cannot be opened ({detail}). Check that the folder exists and is writable."
    if engine.dialect.name == "postgresql":
        return (
            f"Cannot reach {where} ({detail}). Check the network cable or Wi-Fi, and that the "
            "database server is running; your work is kept and the app retries."
        )
    return f"{where}: {detail}"
