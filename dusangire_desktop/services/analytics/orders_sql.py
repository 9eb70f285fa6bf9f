"""SQL building blocks over counted orders, shared by every dashboard."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, select
from sqlalchemy.orm import Session, aliased

from ...models.orders import Channel, Order, OrderStatus

NOT_COUNTED = (OrderStatus.CANCELLED, OrderStatus.REFUNDED)


def counted(order=Order) -> ColumnElement[bool]:  # type: ignore[no-untyped-def]
    """METRICS.md: a counted order is neither cancelled nor refunded."""
    return order.status.notin_(NOT_COUNTED)


def placed_between(start: datetime, end: datetime, order=Order) -> ColumnElement[bool]:  # type: ignore[no-untyped-def]
    return and_(order.placed_at >= start, order.placed_at < end)


def order_count_and_revenue(
    session: Session, start: datetime, end: datetime, channel: Channel | None = None
) -> tuple[int, int]:
    query = select(func.count(), func.coalesce(func.sum(Order.total_rwf), 0)).where(
        counted(), placed_between(start, end)
    )
    if channel is not None:
        query = query.where(Order.channel == channel)
    count, revenue = session.execute(query).one()
    return int(count), int(revenue)


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


def churn_at_boundaries(
    session: Session, boundaries: list[datetime], active_days: int
) -> list[tuple[int, int]]:
    """For each [b_k, b_k+1): (customers active at b_k, of them not active at b_k+1), in one scan.

    Active at t means a counted order in [t - active_days, t); each customer gets one flag per
    boundary, so twelve months cost one pass over the orders instead of twelve.
    """
    window = timedelta(days=active_days)
    flags = [
        func.max(
            case((and_(Order.placed_at >= b - window, Order.placed_at < b), 1), else_=0)
        ).label(f"a{k}")
        for k, b in enumerate(boundaries)
    ]
    per_customer = (
        select(*flags)
        .where(
            counted(), Order.placed_at >= boundaries[0] - window, Order.placed_at < boundaries[-1]
        )
        .group_by(Order.customer_id)
        .subquery()
    )
    columns = [per_customer.c[f"a{k}"] for k in range(len(boundaries))]
    sums = []
    for k in range(len(boundaries) - 1):
        sums.append(func.coalesce(func.sum(columns[k]), 0))
        sums.append(func.coalesce(func.sum(case((and_(columns[k] == 1, columns[k + 1] == 0), 1),
                                                else_=0)), 0))  # fmt: skip
    row = session.execute(select(*sums)).one()
    return [(int(row[2 * k]), int(row[2 * k + 1])) for k in range(len(boundaries) - 1)]
