"""How long work says how far it has got, and how it is stopped.

A service that takes seconds accepts `progress`, a callable it hands a `Step` now and then. A
`Step` prints as its message, so a caller that only wants the words keeps working. The caller
stops the work by raising `Cancelled` from its callable: the service is inside its one
transaction, so nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .errors import DomainError
from .messages import QT_TRANSLATE_NOOP, text


@dataclass(frozen=True)
class Step:
    message: str
    done: float  # of the whole work, 0.0 to 1.0

    def __str__(self) -> str:
        return self.message


Progress = Callable[[Step], None]


def ignore(_step: Step) -> None:
    """For callers that do not watch."""


class Cancelled(DomainError):
    def __init__(self, what: object = None) -> None:
        if what is None:
            super().__init__(
                QT_TRANSLATE_NOOP("errors", "The work was cancelled; nothing was saved.")
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP("errors", "{what} was cancelled; nothing was saved."), what=what
            )


class Stages:
    """Reports the stages of one piece of work as parts of the whole.

    `weights` are the stages' relative lengths; `stage(i, message, within)` reports `message`
    with stage `i` `within` (0 to 1) done."""

    def __init__(self, progress: Progress, weights: list[float]) -> None:
        self._progress = progress
        total = sum(weights) or 1.0
        self._starts = [sum(weights[:i]) / total for i in range(len(weights))]
        self._shares = [w / total for w in weights]
        self.current = 0

    def __call__(self, message: str, within: float = 0.0, **params: Any) -> None:
        """`message` a marked template (messages), shown in the language in use."""
        i = self.current
        done = self._starts[i] + self._shares[i] * min(max(within, 0.0), 1.0)
        self._progress(Step(text(message, **params), round(done, 4)))

    def finish(self, message: str) -> None:
        self._progress(Step(text(message), 1.0))
