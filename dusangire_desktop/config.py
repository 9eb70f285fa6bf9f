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
DATA_DIR_ENV = "DUSANGIRE_DATA_DIR"
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


def use_data_dir(folder: str | Path) -> None:
    """`--data-dir`: the local database and the logs live in `folder` (for this process and the
    ones it starts), e.g. a demo kept apart from the desk's own file, or a USB stick."""
    os.environ[DATA_DIR_ENV] = str(Path(folder).expanduser().resolve())


def app_data_folder() -> Path:
    """The per-user data folder, where Qt's QStandardPaths.AppDataLocation puts it, worked out
    without importing Qt: the command line (reports, staff, db, import) never loads it."""
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else home / ".local" / "share"
    return base / ORGANIZATION / APPLICATION


def data_dir() -> Path:
    """--data-dir, else $DUSANGIRE_DATA_DIR, else the per-user data folder (on Linux
    ~/.local/share/Dusangire/Dusangire Desktop)."""
    chosen = os.environ.get(DATA_DIR_ENV)
    folder = Path(chosen).expanduser() if chosen else app_data_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database_path() -> Path:
    return data_dir() / "dusangire.sqlite"


def resolve_database_url(cli_value: str | None) -> str:
    """--database wins over the environment, which wins over the local SQLite file."""
    if cli_value:
        return cli_value
    if os.environ.get(DATABASE_ENV):
        return os.environ[DATABASE_ENV]
    return f"sqlite:///{default_database_path()}"
