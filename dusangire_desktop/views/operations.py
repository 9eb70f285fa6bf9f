"""Reads and writes from screens, as Anki's `QueryOp` / `CollectionOp` do it.

A screen never builds a unit of work, a thread or an error handler of its own. It asks its view
context:

    ctx.query(self, lambda uow, actor: orders.list_orders(uow, actor, ...), self._show,
              purpose="queue")
    ctx.command(self, lambda uow, actor: orders.cancel(uow, actor, ...), self._cancelled)

Each operation gets a fresh unit of work (opened for reading for a query, so SQLite's write lock
is only taken to write) and the signed-in account, which the service checks as it is now. It runs
on the thread pool; only the newest answer per screen and purpose is handed back, and not at all
once the screen is gone. While anything runs for a screen, the screen shows a busy cursor. A
domain error goes to `on_error`, or else to the nearest `show_domain_error` (a form puts it at the
field) or banner; anything else is logged with its traceback and shown as a short apology. After a
command commits, what it changed is published to every screen of this workstation at once (other
workstations learn it from the change follower).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from ..services.auth import Actor
from ..services.errors import DomainError
from ..services.uow import UnitOfWork, UnitOfWorkFactory
from .banner import MessageBanner, report_error
from .changes import changes_hub
from .presentation import apology

log = logging.getLogger(__name__)
T = TypeVar("T")

Operation = Callable[[UnitOfWork, Actor], T]
ErrorHandler = Callable[[DomainError], None]


class _Relay(QObject):
    finished = Signal(object, object, object)  # result, error, unit of work


class _Task(QRunnable):
    def __init__(self, call: Callable[[], tuple[Any, UnitOfWork]], relay: _Relay) -> None:
        super().__init__()
        self._call = call
        self._relay = relay

    def run(self) -> None:
        uow = None
        try:
            result, uow = self._call()
        except DomainError as error:
            self._relay.finished.emit(None, error, None)
        except Exception as error:
            log.exception("unexpected error in an operation")
            self._relay.finished.emit(None, error, None)
        else:
            self._relay.finished.emit(result, None, uow)


class Activity(QObject):
    """Tells the main window when screens are busy, for its status bar."""

    busy_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.running = 0

    def started(self) -> None:
        self.running += 1
        if self.running == 1:
            self.busy_changed.emit(True)

    def ended(self) -> None:
        self.running -= 1
        if self.running == 0:
            self.busy_changed.emit(False)


activity = Activity()
_in_flight: set[_Relay] = set()


def show_domain_error(owner: QWidget | None, error: DomainError) -> None:
    """The nearest screen that can show it: a form's field, a page's banner, else the window's."""
    widget = owner
    while widget is not None and shiboken6.isValid(widget):
        handler = getattr(widget, "show_domain_error", None)
        if callable(handler):
            handler(error)
            return
        banner = getattr(widget, "banner", None)
        if isinstance(banner, MessageBanner):
            banner.show_error(error.message)
            return
        widget = widget.parentWidget()
    report_error(error.message)


def _state(owner: QWidget) -> dict[str, Any]:
    return owner.__dict__.setdefault("_operations", {"tickets": {}, "busy": 0, "commands": set()})


def _set_busy(owner: QWidget, delta: int) -> None:
    state = _state(owner)
    state["busy"] += delta
    busy = state["busy"] > 0
    if busy and delta > 0 and state["busy"] == 1:
        owner.setCursor(Qt.CursorShape.BusyCursor)
    elif not busy:
        owner.unsetCursor()
    owner.setProperty("busy", busy)


def _run(
    owner: QWidget,
    call: Callable[[], tuple[T, UnitOfWork]],
    on_success: Callable[[T, UnitOfWork], None],
    on_error: ErrorHandler | None,
    purpose: str,
    *,
    newest_only: bool,
) -> None:
    state = _state(owner)
    state["tickets"][purpose] = ticket = state["tickets"].get(purpose, 0) + 1
    relay = _Relay()
    _in_flight.add(relay)
    _set_busy(owner, +1)
    activity.started()

    def finished(result: Any, error: BaseException | None, uow: UnitOfWork | None) -> None:
        _in_flight.discard(relay)
        activity.ended()
        if not shiboken6.isValid(owner):
            return
        _set_busy(owner, -1)
        if newest_only and state["tickets"][purpose] != ticket:
            return
        if error is None:
            assert uow is not None
            on_success(result, uow)
            return
        domain = error if isinstance(error, DomainError) else DomainError(apology())
        if on_error is not None:
            on_error(domain)
        else:
            show_domain_error(owner, domain)

    relay.finished.connect(finished)
    QThreadPool.globalInstance().start(_Task(call, relay))


def run_query(
    uow_factory: UnitOfWorkFactory,
    actor: Actor,
    owner: QWidget,
    op: Operation[T],
    on_success: Callable[[T], None],
    *,
    purpose: str = "",
    on_error: ErrorHandler | None = None,
) -> None:
    def call() -> tuple[T, UnitOfWork]:
        uow = uow_factory().for_reading()
        return op(uow, actor), uow

    _run(owner, call, lambda result, _uow: on_success(result), on_error, purpose,
         newest_only=True)  # fmt: skip


def run_command(
    uow_factory: UnitOfWorkFactory,
    actor: Actor,
    owner: QWidget,
    op: Operation[T],
    on_success: Callable[[T], None] | None = None,
    *,
    purpose: str = "",
    on_error: ErrorHandler | None = None,
) -> bool:
    """False (and nothing runs) while the same command of this screen is still running, so a
    double click can never charge twice."""
    return _command(uow_factory, owner, lambda uow: op(uow, actor), on_success,
                    purpose=purpose, on_error=on_error)  # fmt: skip


def run_signed_out(
    uow_factory: UnitOfWorkFactory,
    owner: QWidget,
    op: Callable[[UnitOfWork], T],
    on_success: Callable[[T], None] | None = None,
    *,
    purpose: str = "",
    on_error: ErrorHandler | None = None,
) -> bool:
    """A command before anyone is signed in (the sign-in and first-run windows): the service is
    given no actor, because there is none yet; otherwise exactly like `run_command`."""
    return _command(uow_factory, owner, op, on_success, purpose=purpose, on_error=on_error)


def _command(
    uow_factory: UnitOfWorkFactory,
    owner: QWidget,
    op: Callable[[UnitOfWork], T],
    on_success: Callable[[T], None] | None,
    *,
    purpose: str,
    on_error: ErrorHandler | None,
) -> bool:
    running: set[str] = _state(owner)["commands"]
    if purpose in running:
        return False
    running.add(purpose)

    def call() -> tuple[T, UnitOfWork]:
        uow = uow_factory()
        return op(uow), uow

    def succeeded(result: T, uow: UnitOfWork) -> None:
        changes_hub().publish(uow.committed)
        if on_success is not None:
            on_success(result)

    def done_then(handler: Callable[..., None]) -> Callable[..., None]:
        def wrapped(*args: Any) -> None:
            running.discard(purpose)
            handler(*args)

        return wrapped

    def failed(error: DomainError) -> None:
        if on_error is not None:
            on_error(error)
        else:
            show_domain_error(owner, error)

    _run(owner, call, done_then(succeeded), done_then(failed), purpose, newest_only=False)
    return True


def wait_for_operations(timeout_ms: int = 30000) -> bool:
    """For the self-test and shutdown: let running operations finish."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
