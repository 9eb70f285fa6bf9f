"""SQL building blocks over counted orders, shared by every dashboard."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, select
from sqlalchemy.orm import Session, aliased

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


def customers_ordering(start: datetime, end: datetime) -> Select:
    return select(Order.customer_id).where(counted(), placed_between(start, end)).distinct()


def count_customers(session: Session, start: datetime, end: datetime) -> int:
    inner = customers_ordering(start, end).subquery()
    return int(session.scalar(select(func.count()).select_from(inner)) or 0)


def count_kept(
    session: Session, base: tuple[datetime, datetime], later: tuple[datetime, datetime]
) -> tuple[int, int]:
    """(customers with a counted order in `base`, how many of them also ordered in `later`)."""
    base_customers = customers_ordering(*base).subquery()
    again = aliased(Order)
    ordered_again = exists().where(
        again.customer_id == base_customers.c.customer_id,
        counted(again),
        placed_between(*later, order=again),
    )
    total, kept = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((ordered_again, 1), else_=0)), 0),
        ).select_from(base_customers)
    ).one()
    return int(total), int(kept)
