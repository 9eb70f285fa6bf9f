"""SQL building blocks over counted orders, shared by every dashboard."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import numpy as np
from sqlalchemy import ColumnElement, Text, and_, case, cast, func, select
from sqlalchemy.orm import Session

from ...models.orders import Channel, Order, OrderStatus

NOT_COUNTED = (OrderStatus.CANCELLED, OrderStatus.REFUNDED)


def counted(order=Order) -> ColumnElement[bool]:  # type: ignore[no-untyped-def]
    """METRICS.md: a counted order is neither cancelled nor refunded."""
    return order.status.notin_(NOT_COUNTED)


def placed_between(start: datetime, end: datetime, order=Order) -> ColumnElement[bool]:  # type: ignore[no-untyped-def]
    return and_(order.placed_at >= start, order.placed_at < end)


def order_totals(session: Session, start: datetime, end: datetime) -> tuple[int, int, int]:
    """(counted orders, their value, the corporate part of it), in one pass."""
    corporate = case((Order.channel == Channel.CORPORATE, Order.total_rwf), else_=0)
    count, revenue, corporate_revenue = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(Order.total_rwf), 0),
            func.coalesce(func.sum(corporate), 0),
        ).where(counted(), placed_between(start, end))
    ).one()
    return int(count), int(revenue), int(corporate_revenue)


def bucket_index(column, ends: list[datetime], offset: int = 0) -> ColumnElement[int]:  # type: ignore[no-untyped-def]
    """Index of the first bucket whose end is after `column`, -1 past the last (or for NULL),
    the same SQL on both databases. Long lists nest as a binary search, so two years of days
    cost each row about ten comparisons rather than hundreds."""
    if len(ends) <= 8:
        return case(*[(column < end, offset + index) for index, end in enumerate(ends)], else_=-1)
    middle = len(ends) // 2
    return case(
        (column < ends[middle - 1], bucket_index(column, ends[:middle], offset)),
        else_=bucket_index(column, ends[middle:], offset + middle),
    )


def first_counted_at(session: Session) -> datetime | None:
    """When the first counted order was placed: the first one along the index on placed_at
    (the trigger-kept totals have no index on it, so their minimum reads every customer)."""
    from .stored import per_transaction

    return per_transaction(
        session,
        "first counted order",
        lambda: session.scalar(
            select(Order.placed_at).where(counted()).order_by(Order.placed_at).limit(1)
        ),
    )


def joined(session: Session, column: Any) -> ColumnElement[str]:
    """A whole column as one comma-separated string (see `integers`): a hundred thousand values
    cross over as one row, several times faster than as rows."""
    if session.get_bind().dialect.name == "postgresql":
        return func.string_agg(cast(column, Text), ",")
    return func.group_concat(column, ",")


def integers(text: str | None) -> np.ndarray:
    return np.fromstring(text, dtype=np.int64, sep=",") if text else np.empty(0, np.int64)
