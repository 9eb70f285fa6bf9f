"""This workstation's announcement of what changed, so each screen decides whether to refresh.

Fed by the operations (a command's own changes, the moment it commits) and by the change follower
(everything other workstations commit). Screens never announce anything themselves.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from ..services.changes import Area, Change


@dataclass(frozen=True)
class ChangeSet:
    """The areas a batch of changes touched, with their ids (an empty set: anything there)."""

    areas: dict[Area, frozenset[int]] = field(default_factory=dict)
    everything: bool = False

    @classmethod
    def of(cls, changes: Iterable[Change]) -> ChangeSet:
        areas: dict[Area, frozenset[int]] = {}
        everything = False
        for change in changes:
            if change.area is None:
                everything = True
            elif change.area in areas and (not areas[change.area] or not change.ids):
                areas[change.area] = frozenset()
            else:
                areas[change.area] = areas.get(change.area, frozenset()) | change.ids
        return cls(areas, everything)

    def touches(self, watched: Iterable[Area]) -> bool:
        return self.everything or any(area in self.areas for area in watched)

    def ids(self, area: Area) -> frozenset[int] | None:
        """The ids changed in `area`; None when anything there may have changed."""
        if self.everything or not self.areas.get(area, frozenset()):
            return None
        return self.areas[area]


class ChangeHub(QObject):
    """Connect a bound method of a widget (not a lambda), so Qt drops it with the widget."""

    published = Signal(object)

    def publish(self, changes: Iterable[Change]) -> None:
        batch = list(changes)
        if not batch:
            return
        self.published.emit(ChangeSet.of(batch))


_hub: ChangeHub | None = None


def changes_hub() -> ChangeHub:
    global _hub
    if _hub is None:
        _hub = ChangeHub()
    return _hub
