"""Monthly series for charts: revenue by channel, orders and AOV per local month, and targets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models.catering import CateringRequest, CateringStatus
from ...models.subscriptions import SubscriptionCharge
from ...models.targets import RevenueTarget
from ..auth import Actor, Permission
from ..uow import UnitOfWork
from .months import DEFAULT_ACTIVE_DAYS, month_orders
from .orders_sql import bucket_index
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


def monthly_figures(
    session: Session, first: date, months: int, as_of: datetime, zone: ZoneInfo
) -> list[MonthFigures]:
    require_aware(as_of)
    starts = [add_months(month_start(first), k) for k in range(months + 1)]
    bounds = [min(local_midnight_utc(day, zone), as_of) for day in starts]
    lo, hi = bounds[0], bounds[-1]

    order_months = month_orders(session, starts[:-1], zone, DEFAULT_ACTIVE_DAYS, as_of)
    catering_bucket = bucket_index(CateringRequest.event_at, bounds[1:])
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
    charge_bucket = bucket_index(SubscriptionCharge.charged_at, bounds[1:])
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
    result = []
    for index, (month, figures) in enumerate(zip(starts[:-1], order_months, strict=True)):
        result.append(MonthFigures(
            month=month, provisional=local_midnight_utc(starts[index + 1], zone) > as_of,
            orders=figures.orders, order_revenue=figures.revenue,
            regular=figures.revenue - figures.corporate, corporate=figures.corporate,
            catering=int(catering_rows.get(index) or 0),
            subscriptions=int(charge_rows.get(index) or 0), target=targets.get(month),
        ))  # fmt: skip
    return result


def last_months(uow: UnitOfWork, actor: Actor, months: int, as_of: datetime) -> list[MonthFigures]:
    """The `months` local months up to and including the current (provisional) one."""
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_BI)
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
    session: Session, first: date, months: int, as_of: datetime, zone: ZoneInfo
) -> CohortTable:
    require_aware(as_of)
    starts = [add_months(month_start(first), k) for k in range(months + 1)]
    figures = month_orders(session, starts[:-1], zone, DEFAULT_ACTIVE_DAYS, as_of)
    cohorts = [month.cohorts for month in figures]
    sizes = {m: cohorts[m].get(day, 0) for m, day in enumerate(starts[:-1])}
    counts = {
        (c, m): cohorts[m].get(day, 0)
        for m in range(months)
        for c, day in enumerate(starts[: m + 1])
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
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_BI)
        current = month_start(as_of.astimezone(uow.zone).date())
        return cohort_retention(
            uow.session, add_months(current, 1 - months), months, as_of, uow.zone
        )
