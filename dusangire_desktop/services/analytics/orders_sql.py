"""SQL building blocks over counted orders, shared by every dashboard."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from ...models.orders import Channel, Order, OrderStatus
from ...models.rollups import CustomerOrderTotals

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
    """When the first counted order was placed, from the trigger-kept totals."""
    return session.scalar(select(func.min(CustomerOrderTotals.first_counted_at)))
