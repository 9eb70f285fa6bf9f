"""The app-wide announcement of what changed, so each screen decides whether to refresh."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal


class ChangeHub(QObject):
    """Connect a bound method of a widget (not a lambda), so Qt drops it with the widget."""

    changed = Signal(str, list)


_hub: ChangeHub | None = None


def changes_hub() -> ChangeHub:
    global _hub
    if _hub is None:
        _hub = ChangeHub()
    return _hub


def announce(area: str, ids: Iterable[int] = ()) -> None:
    changes_hub().changed.emit(area, list(ids))
