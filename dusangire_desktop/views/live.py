"""Other workstations' changes, followed on a thread of their own and published on this one."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from ..services.changes import ChangeFollower
from ..services.uow import UnitOfWorkFactory
from .changes import changes_hub


class LiveChanges(QObject):
    arrived = Signal(object)
    # True when the database answers the follower again, False when it stopped answering.
    connection_changed = Signal(bool)

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        super().__init__()
        # The signal crosses from the follower's thread to this object's (the UI) thread.
        self.arrived.connect(changes_hub().publish)
        self._follower = ChangeFollower(
            uow_factory,
            self.arrived.emit,
            skip_origin=uow_factory.origin,
            on_connection=self.connection_changed.emit,
        )
        self._thread = threading.Thread(target=self._follower.run, name="changes", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait_until_listening(self, seconds: float) -> bool:
        return self._follower.listening.wait(seconds)

    def stop(self) -> None:
        self._follower.stop()
        self._thread.join(3)
