"""Customer search as the desk types, shared by every screen that looks a customer up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ..services import customers
from ..services.auth import Actor
from ..services.customers import CustomerView
from ..services.uow import UnitOfWork
from .context import ViewContext

TYPING_PAUSE_MS = 200

Found = tuple[str, list[CustomerView]]


class CustomerSearch(QObject):
    """Searches once the typing pauses, shows only the answer for the text as it is now, and lets
    Enter act on that answer: pressed before it arrived, Enter waits for it, never for an older
    one. `found` carries the customers for the current text."""

    found = Signal(list)

    def __init__(
        self, ctx: ViewContext, owner: QWidget, field: QLineEdit, *, limit: int = 25
    ) -> None:
        super().__init__(owner)
        self._ctx = ctx
        self._owner = owner
        self._field = field
        self._limit = limit
        self.answered_for: str | None = None
        self.results: list[CustomerView] = []
        self._then: Callable[[list[CustomerView]], None] | None = None
        self._pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.search_now)
        field.textChanged.connect(self._typed)

    def _typed(self, _text: str) -> None:
        self.answered_for = None
        self._then = None
        self._pause.start()

    def search_now(self) -> None:
        self._pause.stop()
        text, limit = self._field.text(), self._limit
        if not text.strip():
            self._answered((text, []))
            return

        def search(uow: UnitOfWork, actor: Actor) -> Found:
            return text, customers.search_customers(uow, actor, text, limit)

        self._ctx.query(self._owner, search, self._answered, purpose="customer_search")

    def _answered(self, answer: Found) -> None:
        text, found = answer
        if text != self._field.text():
            return  # the typing went on; the search for the newer text follows
        self.answered_for, self.results = text, found
        self.found.emit(found)
        then, self._then = self._then, None
        if then is not None:
            then(found)

    def when_current(self, then: Callable[[list[CustomerView]], None]) -> None:
        """`then(customers)` for the text as it is now: at once when that answer is shown,
        otherwise as soon as it arrives."""
        if self.answered_for == self._field.text() and not self._pause.isActive():
            then(self.results)
            return
        self._then = then
        self.search_now()
