"""Long work in a progress dialog, with Cancel where cancelling is safe.

The work runs as a command (`operations.run_command`), off the UI thread; the service is handed
a `progress` callable (`services.progress`) that moves the bar from the worker thread through a
queued signal. Cancel is offered only for work done in one transaction: the next progress report
raises `Cancelled`, the transaction rolls back and nothing is saved."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from ..services.auth import Actor
from ..services.errors import DomainError
from ..services.progress import Cancelled, Progress, Step
from ..services.uow import UnitOfWork, UnitOfWorkFactory
from .operations import run_command

T = TypeVar("T")
STEPS = 1000


class _Relay(QObject):
    step = Signal(str, float)


def run_with_progress(
    uow_factory: UnitOfWorkFactory,
    actor: Actor,
    title: str,
    work: Callable[[UnitOfWork, Actor, Progress], T],
    on_done: Callable[[T], None],
    on_error: Callable[[DomainError], None],
    *,
    what: str,
    cancellable: bool = True,
    parent: QWidget | None = None,
) -> QProgressDialog:
    """Show the dialog and start the work; `what` names it in the cancellation message."""
    dialog = QProgressDialog(title, "", 0, STEPS, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(460)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    cancel_button = (
        QPushButton(QCoreApplication.translate("long_work", "Cancel")) if cancellable else None
    )
    dialog.setCancelButton(cancel_button)
    stop = threading.Event()
    relay = _Relay(dialog)
    reached = [0]

    def moved(message: str, done: float) -> None:
        if not stop.is_set():
            # The label first: a modal dialog's setValue handles the next queued step at once.
            dialog.setLabelText(f"{title}\n{message}")
            reached[0] = int(done * STEPS)
            dialog.setValue(reached[0])

    def cancel() -> None:
        stop.set()
        # QProgressDialog resets and hides itself on Cancel; keep it, as it was, until it stops.
        dialog.setLabelText(
            QCoreApplication.translate("long_work", "Cancelling… nothing will be saved.")
        )
        dialog.setValue(reached[0])
        dialog.show()
        if cancel_button is not None:
            cancel_button.setEnabled(False)

    relay.step.connect(moved)
    dialog.canceled.connect(cancel)

    def progress(step: Step) -> None:
        if stop.is_set():
            raise Cancelled(what)
        relay.step.emit(step.message, step.done)

    def finished(result: T) -> None:
        dialog.close()
        on_done(result)

    def failed(error: DomainError) -> None:
        dialog.close()
        on_error(error)

    dialog.show()
    run_command(uow_factory, actor, dialog, lambda uow, who: work(uow, who, progress), finished,
                purpose="long work", on_error=failed)  # fmt: skip
    return dialog
