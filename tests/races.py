"""Real races: the same work on several threads, released at the same instant."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Outcome(Generic[R]):
    value: R | None
    error: BaseException | None

    @property
    def ok(self) -> bool:
        return self.error is None


def race(work: Callable[[T], R], inputs: Sequence[T], *, timeout: float = 120) -> list[Outcome[R]]:
    """Run `work(x)` for every x on a thread of its own, all starting together behind a barrier;
    the outcomes come back in the order of `inputs`."""
    barrier = threading.Barrier(len(inputs))
    outcomes: list[Outcome[R] | None] = [None] * len(inputs)

    def run(index: int, item: T) -> None:
        barrier.wait()
        try:
            outcomes[index] = Outcome(work(item), None)
        except BaseException as error:
            outcomes[index] = Outcome(None, error)

    threads = [threading.Thread(target=run, args=(i, x)) for i, x in enumerate(inputs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
    if any(thread.is_alive() for thread in threads):
        raise AssertionError(f"a racing thread was still running after {timeout} s")
    return [outcome for outcome in outcomes if outcome is not None]
