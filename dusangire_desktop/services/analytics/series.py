"""Monthly series for charts: revenue by channel, orders and AOV per local month, and targets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from ...models.catering import CateringRequest, CateringStatus
from ...models.orders import Channel, Order
from ...models.subscriptions import SubscriptionCharge
from ...models.targets import RevenueTarget
from ..auth import Actor, Permission
from ..uow import UnitOfWork
from .orders_sql import counted
from .periods import add_months, local_midnight_utc, month_start, ratio, require_aware


@dataclass(frozen=True)
class MonthFigures:
    month: date
    provisional: bool
    orders: int
    order_revenue: int
    regular: int
    corporate: int
    catering: int
    subscriptions: int
    target: int | None

    @property
    def total(self) -> int:
        return self.regular + self.corporate + self.catering + self.subscriptions

    @property
    def aov(self) -> Decimal | None:
        return ratio(self.order_revenue, self.orders)


def _bucket(column, bounds: list[datetime]) -> ColumnElement[int]:  # type: ignore[no-untyped-def]
    """Index of the month a timestamp falls in; one CASE scan, the same SQL on both databases."""
    return case(*[(column < end, index) for index, end in enumerate(bounds[1:])], else_=-1)


def monthly_figures(
    session: Session, first: date, months: int, as_of: datetime, zone
) -> list[MonthFigures]:  # type: ignore[no-untyped-def]
    require_aware(as_of)
    starts = [add_months(month_start(first), k) for k in range(months + 1)]
    bounds = [min(local_midnight_utc(day, zone), as_of) for day in starts]
    lo, hi = bounds[0], bounds[-1]

    order_bucket = _bucket(Order.placed_at, bounds)
    order_rows = session.execute(
        select(
            order_bucket,
            func.count(),
            func.sum(Order.total_rwf),
            func.sum(case((Order.channel == Channel.CORPORATE, Order.total_rwf), else_=0)),
        )
        .where(counted(), Order.placed_at >= lo, Order.placed_at < hi)
        .group_by(order_bucket)
    ).all()
    catering_bucket = _bucket(CateringRequest.event_at, bounds)
    catering_rows = dict(
        session.execute(
            select(
                catering_bucket,
                func.sum(
                    func.coalesce(CateringRequest.quoted_price_rwf, CateringRequest.estimate_rwf)
                ),
            )
            .where(
                CateringRequest.status.in_((CateringStatus.CONFIRMED, CateringStatus.COMPLETED)),
                CateringRequest.event_at >= lo,
                CateringRequest.event_at < hi,
            )
            .group_by(catering_bucket)
        ).all()
    )
    charge_bucket = _bucket(SubscriptionCharge.charged_at, bounds)
    charge_rows = dict(
        session.execute(
            select(charge_bucket, func.sum(SubscriptionCharge.amount_rwf))
            .where(SubscriptionCharge.charged_at >= lo, SubscriptionCharge.charged_at < hi)
            .group_by(charge_bucket)
        ).all()
    )
    targets = dict(
        session.execute(
            select(RevenueTarget.month_start, RevenueTarget.amount_rwf).where(
                RevenueTarget.channel == "total",
                RevenueTarget.month_start >= starts[0],
                RevenueTarget.month_start < starts[-1],
            )
        ).all()
    )
    orders = {index: (count, total or 0, corp or 0) for index, count, total, corp in order_rows}
    result = []
    for index, month in enumerate(starts[:-1]):
        count, total, corporate = orders.get(index, (0, 0, 0))
        result.append(MonthFigures(
            month=month, provisional=local_midnight_utc(starts[index + 1], zone) > as_of,
            orders=int(count), order_revenue=int(total), regular=int(total) - int(corporate),
            corporate=int(corporate), catering=int(catering_rows.get(index) or 0),
            subscriptions=int(charge_rows.get(index) or 0), target=targets.get(month),
        ))  # fmt: skip
    return result


def last_months(uow: UnitOfWork, actor: Actor, months: int, as_of: datetime) -> list[MonthFigures]:
    """The `months` local months up to and including the current (provisional) one."""
    actor.require(Permission.VIEW_BI)
    with uow.for_reading():
        current = month_start(as_of.astimezone(uow.zone).date())
        return monthly_figures(
            uow.session, add_months(current, 1 - months), months, as_of, uow.zone
        )


@dataclass(frozen=True)
class CohortTable:
    """Row m: customers whose first counted order fell in local month m; column k: the share of
    them with a counted order in month m + k. None where month m + k has not started."""

    months: list[date]
    sizes: list[int]
    shares: list[list[Decimal | None]]


def cohort_retention(
    session: Session, first: date, months: int, as_of: datetime, zone
) -> CohortTable:  # type: ignore[no-untyped-def]
    require_aware(as_of)
    starts = [add_months(month_start(first), k) for k in range(months + 1)]
    bounds = [min(local_midnight_utc(day, zone), as_of) for day in starts]
    lo, hi = bounds[0], bounds[-1]
    first_orders = (
        select(Order.customer_id, func.min(Order.placed_at).label("first_at"))
        .where(counted(), Order.placed_at < hi)
        .group_by(Order.customer_id)
        .subquery()
    )
    cohort = _bucket(first_orders.c.first_at, bounds)
    sizes = dict(
        session.execute(
            select(cohort, func.count()).where(first_orders.c.first_at >= lo).group_by(cohort)
        ).all()
    )
    month = _bucket(Order.placed_at, bounds)
    activity = (
        select(Order.customer_id, month.label("month"))
        .where(counted(), Order.placed_at >= lo, Order.placed_at < hi)
        .distinct()
        .subquery()
    )
    cohort_of_active = _bucket(first_orders.c.first_at, bounds)
    counts = {
        (c, m): n
        for c, m, n in session.execute(
            select(cohort_of_active, activity.c.month, func.count())
            .select_from(activity)
            .join(first_orders, first_orders.c.customer_id == activity.c.customer_id)
            .where(first_orders.c.first_at >= lo)
            .group_by(cohort_of_active, activity.c.month)
        ).all()
    }
    started = sum(1 for day in starts[:-1] if local_midnight_utc(day, zone) <= as_of)
    shares = []
    for m in range(months):
        row: list[Decimal | None] = []
        for k in range(months - m):
            row.append(ratio(counts.get((m, m + k), 0), sizes.get(m, 0)) if m + k < started
                       else None)  # fmt: skip
        shares.append(row)
    return CohortTable(starts[:-1], [int(sizes.get(m, 0)) for m in range(months)], shares)


def last_months_cohorts(uow: UnitOfWork, actor: Actor, months: int, as_of: datetime) -> CohortTable:
    actor.require(Permission.VIEW_BI)
    with uow.for_reading():
        current = month_start(as_of.astimezone(uow.zone).date())
        return cohort_retention(
            uow.session, add_months(current, 1 - months), months, as_of, uow.zone
        )
