"""What every screen is given: the operations it may run, who is acting, the hospital's clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QWidget

from ..services.auth import Actor
from ..services.uow import UnitOfWorkFactory
from .operations import ErrorHandler, Operation, run_command, run_query

T = TypeVar("T")


@dataclass(frozen=True)
class ViewContext:
    """Screens read through `query` and write through `command` (see views/operations.py); they
    take the time from `now()`, the same clock the services are given, never from the system."""

    uow_factory: UnitOfWorkFactory
    actor: Actor

    @property
    def zone(self) -> ZoneInfo:
        return self.uow_factory.zone

    def now(self) -> datetime:
        """Aware UTC."""
        return self.uow_factory.clock()

    def local_now(self) -> datetime:
        return self.now().astimezone(self.zone)

    def today(self) -> date:
        return self.local_now().date()

    def query(
        self,
        owner: QWidget,
        op: Operation[T],
        on_success: Callable[[T], None],
        *,
        purpose: str = "",
        on_error: ErrorHandler | None = None,
    ) -> None:
        run_query(self.uow_factory, self.actor, owner, op, on_success,
                  purpose=purpose, on_error=on_error)  # fmt: skip

    def command(
        self,
        owner: QWidget,
        op: Operation[T],
        on_success: Callable[[T], None] | None = None,
        *,
        purpose: str = "",
        on_error: ErrorHandler | None = None,
    ) -> bool:
        return run_command(self.uow_factory, self.actor, owner, op, on_success,
                           purpose=purpose, on_error=on_error)  # fmt: skip
