"""Loading a record to change it: locked for the transaction, refused when it is gone or when
another desk changed it since the person at this desk read it (optimistic locking)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from .errors import ConcurrentChange, NotFound
from .uow import UnitOfWork


class Versioned(Protocol):
    version: Any


R = TypeVar("R", bound=Versioned)


def load_current(
    uow: UnitOfWork,
    model: type[R],
    record_id: int,
    version: int | None,
    *,
    missing: str,
    what: Callable[[R], object] | None = None,
) -> R:
    """The record, locked until the transaction ends. `version` None skips the staleness check
    (the caller did not show the record first); `missing` is the refusal's marked text when the
    record is gone; `what` names a changed record in the refusal, e.g. Text("Order {number}")."""
    record = uow.session.get(model, record_id, with_for_update=True)
    if record is None:
        raise NotFound(missing)
    if version is not None and record.version != version:
        raise ConcurrentChange(what(record) if what else None)
    return record
