"""Logging to a rotating file in the user's data folder; tracebacks go there, not on screen."""

from __future__ import annotations

import logging
from pathlib import Path


def configure(folder: Path | None, verbose: bool = False) -> Path | None:
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(console)
    if folder is None:
        return None
    return add_file(folder)


def add_file(folder: Path) -> Path | None:
    """Also log to a rotating file in `folder`; None if it cannot be written."""
    import logging.handlers

    root = logging.getLogger()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "dusangire.log"
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path
