"""What stored figures have in common: the change counters that date them, and saving them."""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Callable, Hashable
from datetime import UTC, datetime, time, timedelta
from typing import Any, TypeVar, cast

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ...models.rollups import OrderChangeMark
from ..uow import is_read_only_refusal

log = logging.getLogger(__name__)

DAY = timedelta(days=1)


class ChangeMarks:
    """The per-UTC-day counters the order triggers raise, read once for a whole computation."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(
            select(OrderChangeMark.day, OrderChangeMark.version).order_by(OrderChangeMark.day)
        ).all()
        self._starts = [datetime.combine(day, time(0), UTC) for day, _ in rows]
        self._running = [0]
        for _, version in rows:
            self._running.append(self._running[-1] + version)

    @classmethod
    def of(cls, session: Session) -> ChangeMarks:
        """The counters as this transaction sees them, read once however often they are asked."""
        return per_transaction(session, "change marks", lambda: cls(session))

    def stamp(self, start: datetime | None, end: datetime) -> int:
        """Sum of the counters of the UTC days overlapping [start, end) (all before `end` when
        `start` is None). It moves whenever a counted order placed in that span changes."""
        last = bisect_left(self._starts, end)
        first = (
            0
            if start is None
            else bisect_left(self._starts, start - DAY + timedelta(microseconds=1))
        )
        return self._running[last] - self._running[min(first, last)]


T = TypeVar("T")


def per_transaction(session: Session, key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()`, kept for the rest of the session's current transaction (what it read cannot
    change under it there), so the pieces of one dashboard share what they read."""
    transaction = session.get_transaction()
    kept = session.info.setdefault("per transaction", {})
    if kept.get("transaction") is not transaction:
        kept.clear()
        kept["transaction"] = transaction
    if key not in kept:
        kept[key] = compute()
    return cast(T, kept[key])


def store_quietly(session: Session, model: Any, rows: list[dict[str, Any]], key: list[str]) -> None:
    """Upsert freshly computed figures in a transaction of their own, so a report that only reads
    stays read-only; if that fails they are simply computed again next time."""
    if not rows:
        return
    engine = session.get_bind().engine  # its own transaction, not the session's
    insert = pg_insert if engine.dialect.name == "postgresql" else sqlite_insert
    # Rows as parameter sets (executemany), not one VALUES clause: compiling a statement with
    # seven hundred rows of literals took longer than computing them.
    statement = insert(model)
    statement = statement.on_conflict_do_update(
        index_elements=key,
        set_={name: statement.excluded[name] for name in rows[0] if name not in key},
    )
    try:
        with engine.begin() as connection:
            connection.execute(statement, rows)
    except DBAPIError as exc:
        if is_read_only_refusal(exc):  # a read-only copy: computed each time, as expected
            return
        log.warning("could not store %s; computed again next time", model.__tablename__,
                    exc_info=True)  # fmt: skip
