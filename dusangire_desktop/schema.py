"""Bringing a database to the app's schema with Alembic: upgrade, downgrade, current, check.

Rules:
- What opens a database says what it is for (`Access`). Commands that only read never create a
  file, a table or a migration: a database without the current schema is refused with what to run.
- The schema is created only in an empty database, or one that already holds it (an
  `alembic_version` table): never beside another application's tables.
- On PostgreSQL an upgrade holds an advisory lock from its check to its end, so workstations
  starting together upgrade once: the others wait, then find the schema current.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from . import db
from .config import migrations_dir
from .db import BUSY_TIMEOUT_MS, sqlite_path
from .revision import HEAD_REVISION as HEAD_REVISION
from .services.errors import DatabaseUnavailable, DomainError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

# How long a desk waits for another desk's migration of the same SQLite file before giving up.
MIGRATION_WAIT_MS = 120_000
# pg_advisory_lock key held while a workstation checks and upgrades the schema ("Dusangir").
MIGRATION_LOCK_KEY = 0x4475_7361_6E67_6972
UPGRADE_HINT = "run `dusangire-desktop db upgrade` on it (with the same --database) first"
COPY_HINT = "it is a read-only copy, so it cannot be upgraded here: take a new snapshot"


class Access(Enum):
    """What a database is opened for."""

    READ = "read"  # commands that only read: nothing created or migrated
    WRITE = "write"  # commands that change data: schema created or upgraded; read-only refused
    DESK = "desk"  # the app: as WRITE, but a read-only copy opens read-only, every save refused
    INSPECT = "inspect"  # the self-test of a named database: as READ, on a read-only connection


def connect(url: str, access: Access) -> Engine:
    """An engine for `url` that answers, opened read-only where `access` and the medium want it.

    A SQLite file is never created by a command that only reads, and a read-only medium (file or
    folder this account cannot write) is opened read-only, or refused to commands that write."""
    db.parse_url(url)
    where = db.describe(url)
    path = sqlite_path(url)
    read_only_medium = db.read_only_medium(url)
    if path is not None:
        if not path.parent.is_dir():
            raise DatabaseUnavailable(db.missing_folder_message(path))
        if access in (Access.READ, Access.INSPECT) and not path.exists():
            raise DatabaseUnavailable(
                f"{where} does not exist, so there is nothing to read. Check the file name; "
                f"to start a new database there, {UPGRADE_HINT}."
            )
        if access is Access.WRITE and read_only_medium:
            raise DatabaseUnavailable(db.read_only_message(where))
    # A SQLite file is read read-only by commands that only read, so they change nothing at all.
    read_only = read_only_medium or access is Access.INSPECT
    read_only = read_only or (access is Access.READ and path is not None)
    engine = db.make_engine(url, read_only=read_only)
    try:
        db.check_reachable(engine)
    except DomainError:
        engine.dispose()
        raise
    return engine


def open_engine(url: str, access: Access) -> Engine:
    """Connect, then bring the schema to the newest revision, or check it is there without
    changing anything (commands that only read, a read-only copy, the self-test)."""
    engine = connect(url, access)
    try:
        if access in (Access.READ, Access.INSPECT) or db.is_read_only(engine):
            if access is Access.WRITE:
                raise DatabaseUnavailable(db.read_only_message(db.describe(url)))
            require_current(engine, COPY_HINT if access is Access.DESK else UPGRADE_HINT)
        else:
            backup = upgrade_if_needed(engine)
            if backup:
                log.info("database upgraded; previous version kept at %s", backup)
    except DomainError:
        engine.dispose()
        raise
    except Exception as exc:
        log.exception("upgrade failed")
        engine.dispose()
        raise DatabaseUnavailable(db.explain_database_error(engine, exc)) from None
    return engine


def _where(engine: Engine) -> str:
    return db.describe(engine.url.render_as_string(hide_password=False))


def _other_tables(connection: Connection) -> list[str]:
    """Tables and views outside the system schemas (on SQLite: the file's own)."""
    inspector = inspect(connection)
    if connection.dialect.name != "postgresql":
        return sorted(inspector.get_table_names() + inspector.get_view_names())
    names = []
    for schema_name in inspector.get_schema_names():
        if schema_name == "information_schema" or schema_name.startswith("pg_"):
            continue
        prefix = "" if schema_name == inspector.default_schema_name else f"{schema_name}."
        found = inspector.get_table_names(schema_name) + inspector.get_view_names(schema_name)
        names += [prefix + name for name in found]
    return sorted(names)


def _listed(names: list[str]) -> str:
    shown = ", ".join(names[:5])
    return shown + (f" and {len(names) - 5} more" if len(names) > 5 else "")


def _revision(connection: Connection) -> tuple[bool, str | None]:
    """(has our version table, the revision it holds)."""
    if not inspect(connection).has_table("alembic_version"):
        return False, None
    return True, connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory(str(migrations_dir())).walk_revisions()}


def _unknown_revision_message(where: str, revision: str) -> str:
    return (
        f"{where} holds schema revision {revision}, which this version of Dusangire Desktop "
        "does not know: it was made by a newer version (install that version on this "
        "workstation) or by another application (check the address)."
    )


def require_schema(engine: Engine) -> None:
    """Refuse a database that has no Dusangire schema at all, without changing anything."""
    with engine.connect() as connection:
        ours, _revision_now = _revision(connection)
        if ours:
            return
        others = _other_tables(connection)
    held = f" (it holds other tables: {_listed(others)})" if others else ""
    raise DatabaseUnavailable(
        f"{_where(engine)} has no Dusangire schema{held}; {UPGRADE_HINT}, or check the address."
    )


def require_current(engine: Engine, hint: str = UPGRADE_HINT) -> None:
    """Refuse a database whose schema is missing, older or unknown, without changing anything;
    `hint` says what to do about an older one."""
    require_schema(engine)
    with engine.connect() as connection:
        _ours, current = _revision(connection)
    if current == HEAD_REVISION:
        return
    where = _where(engine)
    if current is not None and current not in _known_revisions():
        raise DatabaseUnavailable(_unknown_revision_message(where, current))
    raise DatabaseUnavailable(
        f"{where} has an older schema ({current or 'empty'}) than this version of the app "
        f"({HEAD_REVISION}); {hint}."
    )


@contextmanager
def migration_lock(engine: Engine) -> Iterator[None]:
    """On PostgreSQL, one workstation at a time checks and migrates (a session advisory lock on
    its own connection, released even if the process dies). On SQLite `_run` takes the write
    lock up front instead."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT")
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK_KEY})


def upgrade_if_needed(engine: Engine) -> Path | None:
    """Upgrade unless the schema is current; the quick check imports no Alembic."""
    with engine.connect() as connection:
        current = _revision(connection)[1]
    return upgrade(engine) if current != HEAD_REVISION else None


def _config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    url = engine.url.render_as_string(hide_password=False)
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))  # ConfigParser escaping
    return config


def _run(engine: Engine, action, *args) -> None:  # type: ignore[no-untyped-def]
    config = _config(engine)
    # On SQLite the write lock is taken up front, so a second process starting at the same time
    # waits for the first migration and Alembic then finds nothing left to do.
    with engine.connect() as connection:
        connection.execution_options(sqlite_begin="IMMEDIATE")
        driver = connection.connection.driver_connection
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:
            # Another desk's migration may hold the file longer than an ordinary write does.
            # (Set on the driver's connection: through SQLAlchemy it would begin a transaction.)
            driver.execute(f"PRAGMA busy_timeout = {MIGRATION_WAIT_MS}")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                action(config, *args)
        finally:
            if sqlite:
                driver.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(migrations_dir())).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> Path | None:
    """Upgrade; a SQLite file with pending migrations is first copied aside. Returns the copy.

    Refuses a database holding other tables but no Dusangire schema, and one made by a newer
    version; on PostgreSQL it runs under `migration_lock`, so a second workstation waits and
    then finds nothing to do."""
    with migration_lock(engine):
        with engine.connect() as connection:
            ours, current = _revision(connection)
            others = [] if ours else _other_tables(connection)
        where = _where(engine)
        if others:
            raise DatabaseUnavailable(
                f"{where} already holds other tables ({_listed(others)}) but no Dusangire "
                "schema, so Dusangire will not put its tables beside them. Choose an empty "
                "database (CREATE DATABASE dusangire) or a new SQLite file with --database."
            )
        if current is not None and current not in _known_revisions():
            raise DatabaseUnavailable(_unknown_revision_message(where, current))
        if current == HEAD_REVISION and revision == "head":
            return None
        backup = None
        path = sqlite_path(engine.url.render_as_string(hide_password=False))
        if path is not None and ours:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            backup = path.with_name(f"{path.name}.{stamp}.bak")
            engine.dispose()
            shutil.copy2(path, backup)
            log.info("copied %s to %s before upgrading", path, backup)
        from alembic import command

        log.info("upgrading %s from %s to %s", where, current or "nothing", revision)
        _run(engine, command.upgrade, revision)
        return backup


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    require_schema(engine)
    with migration_lock(engine):
        _run(engine, command.downgrade, revision)


def stamp(engine: Engine, revision: str = "head") -> None:
    """Record a revision without running it, for a schema made another way (test fixtures)."""
    from alembic import command

    _run(engine, command.stamp, revision)


def check(engine: Engine) -> str | None:
    """None when the database matches the models; otherwise Alembic's description of the drift."""
    from alembic import command
    from alembic.util.exc import CommandError

    try:
        _run(engine, command.check)
    except CommandError as exc:
        return str(exc)
    return None


def autogenerate(engine: Engine, message: str) -> None:
    """Developer tool: write a new revision from the difference between models and database."""
    from alembic import command

    _run(engine, lambda cfg: command.revision(cfg, message=message, autogenerate=True))
