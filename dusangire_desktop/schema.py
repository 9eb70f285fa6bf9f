"""Bringing a database to the app's schema with Alembic: upgrade, downgrade, current, check."""

from __future__ import annotations

import logging
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from .config import migrations_dir
from .db import sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

# The newest revision in migrations/versions; a test keeps it equal to Alembic's head. Knowing it
# lets start-up skip importing Alembic (a third of a second) when nothing needs migrating.
HEAD_REVISION = "0005"


def needs_upgrade(engine: Engine) -> bool:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return True
        current = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return current != HEAD_REVISION


def upgrade_if_needed(engine: Engine) -> Path | None:
    return upgrade(engine) if needs_upgrade(engine) else None


def _config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return config


def _run(engine: Engine, action, *args) -> None:  # type: ignore[no-untyped-def]
    config = _config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        action(config, *args)


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(migrations_dir())).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def is_up_to_date(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()


def upgrade(engine: Engine, revision: str = "head") -> Path | None:
    """Upgrade; a SQLite file with pending migrations is first copied aside. Returns the copy."""
    backup = None
    path = sqlite_path(engine.url.render_as_string(hide_password=False))
    if path is not None and path.exists() and path.stat().st_size > 0 and not is_up_to_date(engine):
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = path.with_name(f"{path.name}.{stamp}.bak")
        engine.dispose()
        shutil.copy2(path, backup)
        log.info("copied %s to %s before upgrading", path, backup)
    from alembic import command

    _run(engine, command.upgrade, revision)
    return backup


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

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
