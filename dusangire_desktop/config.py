"""Where the database is, the hospital's time zone and where bundled files live."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

ORGANIZATION = "Dusangire"
APPLICATION = "Dusangire Desktop"
DATABASE_ENV = "DUSANGIRE_DATABASE_URL"
TIMEZONE_ENV = "DUSANGIRE_TIMEZONE"
DEFAULT_TIMEZONE = "Africa/Kigali"
CURRENCY = "RWF"


def bundle_root() -> Path:
    """The folder holding migrations/ and resources/, in a checkout or a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def migrations_dir() -> Path:
    return bundle_root() / "migrations"


def resources_dir() -> Path:
    return bundle_root() / "resources"


DESK_ENV = "DUSANGIRE_DESK"


def desk_name() -> str:
    """This workstation's till desk: a shift is opened per desk (the machine's name unless set)."""
    import socket

    return (os.environ.get(DESK_ENV) or socket.gethostname() or "Desk")[:40]


def hospital_zone() -> ZoneInfo:
    return ZoneInfo(os.environ.get(TIMEZONE_ENV, DEFAULT_TIMEZONE))


def default_database_path() -> Path:
    """The per-user data folder Qt recommends on this platform."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "dusangire.sqlite"


def resolve_database_url(cli_value: str | None) -> str:
    """--database wins over the environment, which wins over the local SQLite file."""
    if cli_value:
        return cli_value
    if os.environ.get(DATABASE_ENV):
        return os.environ[DATABASE_ENV]
    return f"sqlite:///{default_database_path()}"
