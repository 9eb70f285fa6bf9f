"""Run service calls off the UI thread and hand results back on it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..services.errors import DomainError

log = logging.getLogger(__name__)
T = TypeVar("T")

APOLOGY = "Sorry, something went wrong and nothing was changed. The details are in the log file."


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except DomainError as error:
            self._relay.failed.emit(error)
        except Exception as error:
            log.exception("unexpected error in background work")
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


_pending: set[_Relay] = set()


def run_in_background(
    owner: QObject,
    work: Callable[[], T],
    on_success: Callable[[T], None],
    on_error: Callable[[DomainError], None] | None = None,
) -> None:
    """Run `work` on the thread pool; callbacks run on the UI thread, and not at all if
    `owner` has been destroyed meanwhile. Unexpected errors become a short apology."""
    relay = _Relay()
    _pending.add(relay)
    alive = [True]
    owner.destroyed.connect(lambda *_: alive.__setitem__(0, False))

    def succeeded(result: object) -> None:
        _pending.discard(relay)
        if alive[0]:
            on_success(result)  # type: ignore[arg-type]

    def failed(error: BaseException) -> None:
        _pending.discard(relay)
        if not alive[0]:
            return
        if not isinstance(error, DomainError):
            error = DomainError(APOLOGY)
        if on_error is not None:
            on_error(error)
        else:
            from .banner import report_error

            report_error(error.message)

    relay.succeeded.connect(succeeded)
    relay.failed.connect(failed)
    QThreadPool.globalInstance().start(_Task(work, relay))


def wait_for_background_work(timeout_ms: int = 30000) -> bool:
    """Used by the self-test and at shutdown: let running tasks finish."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def run_latest(
    owner: QObject,
    channel: str,
    work: Callable[[], T],
    on_success: Callable[[T], None],
    on_error: Callable[[DomainError], None] | None = None,
) -> None:
    """Like `run_in_background`, but only the newest call on `channel` reports back, so a slow
    older refresh can never overwrite a newer one."""
    counters: dict[str, int] = owner.__dict__.setdefault("_latest_requests", {})
    counters[channel] = ticket = counters.get(channel, 0) + 1

    def succeeded(result: T) -> None:
        if counters[channel] == ticket:
            on_success(result)

    def failed(error: DomainError) -> None:
        if counters[channel] == ticket and on_error is not None:
            on_error(error)

    run_in_background(owner, work, succeeded, failed)
