"""A screen that shows data: it refreshes for the changes it shows, and only while visible."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ..services.changes import Area
from .changes import ChangeSet, changes_hub


class Page(QWidget):
    """Subclasses set `watches` and implement `refresh()`; a change to a watched area refreshes a
    visible page at once and a hidden one when it is next shown. No page polls on a timer."""

    refreshed = Signal()
    watches: ClassVar[frozenset[Area]] = frozenset()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = False
        changes_hub().published.connect(self._on_changes)

    def _on_changes(self, changes: ChangeSet) -> None:
        if not changes.touches(self.watches):
            return
        if self.isVisible():
            self.on_changes(changes)
        else:
            self._stale = True

    def on_changes(self, changes: ChangeSet) -> None:
        """What a visible page does about a change it watches; by default, read everything again."""
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError
