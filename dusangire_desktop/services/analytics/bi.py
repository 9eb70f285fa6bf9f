"""Business intelligence: AOV, retention, churn, lifetime value, revenue by channel and target."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import numpy as np
from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import Session

from ...models.catering import CateringRequest, CateringStatus
from ...models.orders import Order
from ...models.rollups import CustomerOrderTotals
from ...models.subscriptions import Subscription, SubscriptionCharge, SubscriptionPause
from ...models.targets import RevenueTarget
from ..auth import Actor, Permission
from ..uow import UnitOfWork
from . import series
from .bi_figures import (
    BiSummary,
    Churn,
    RevenueByChannel,
    TargetProgress,
    predictive_clv_months,
    progress,
    whole_months,
)
from .days import kept, span_orders
from .months import DEFAULT_ACTIVE_DAYS, month_orders
from .orders_sql import counted, first_counted_at, integers, joined, order_totals
from .periods import Period, add_months, month_start, ratio, require_aware


def revenue_by_channel(
    session: Session, start: datetime, end: datetime, orders: tuple[int, int] | None = None
) -> RevenueByChannel:
    """`orders` is (order revenue, its corporate part) when the caller already has it."""
    if orders is None:
        _, revenue, corporate = order_totals(session, start, end)
    else:
        revenue, corporate = orders
    catering = session.scalar(
        select(
            func.coalesce(
                func.sum(
                    func.coalesce(CateringRequest.quoted_price_rwf, CateringRequest.estimate_rwf)
                ),
                0,
            )
        ).where(
            CateringRequest.status.in_((CateringStatus.CONFIRMED, CateringStatus.COMPLETED)),
            CateringRequest.event_at >= start,
            CateringRequest.event_at < end,
        )
    )
    subscriptions = session.scalar(
        select(func.coalesce(func.sum(SubscriptionCharge.amount_rwf), 0)).where(
            SubscriptionCharge.charged_at >= start, SubscriptionCharge.charged_at < end
        )
    )
    return RevenueByChannel(
        revenue - corporate, corporate, int(catering or 0), int(subscriptions or 0)
    )


def order_churn(
    session: Session,
    start: datetime,
    end: datetime,
    active_days: int,
    zone: ZoneInfo,
    as_of: datetime,
) -> Churn:
    """Customers active at `start` and no longer active at `end` ÷ customers active at `start`."""
    window = timedelta(days=active_days)
    active, still_active = kept(
        span_orders(session, start - window, start, zone, as_of),
        span_orders(session, end - window, end, zone, as_of),
    )
    return Churn(ratio(active - still_active, active), active, active - still_active)


def subscription_churn(session: Session, start: datetime, end: datetime) -> Churn:
    """Active at start (started, not cancelled, not paused) and cancelled during the period."""
    paused_at_start = exists().where(
        SubscriptionPause.subscription_id == Subscription.id,
        SubscriptionPause.paused_at <= start,
        or_(SubscriptionPause.resumed_at.is_(None), SubscriptionPause.resumed_at > start),
    )
    active = and_(
        Subscription.started_at <= start,
        or_(Subscription.cancelled_at.is_(None), Subscription.cancelled_at > start),
        ~paused_at_start,
    )
    cancelled_during = and_(Subscription.cancelled_at > start, Subscription.cancelled_at < end)
    base, churned = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((cancelled_during, 1), else_=0)), 0),
        ).where(active)
    ).one()
    return Churn(ratio(int(churned), int(base)), int(base), int(churned))


def historical_clv(session: Session, as_of: datetime) -> tuple[Decimal | None, Decimal | None]:
    """Mean and median counted-order revenue per customer who has one, up to `as_of`.

    The trigger-kept totals hold every order to date; orders placed at or after `as_of` (none,
    when `as_of` is now) are taken back out."""
    totals = CustomerOrderTotals
    # Asked first on its own: grouped, SQLite would walk the whole customer index to find none.
    if session.scalar(select(Order.id).where(Order.placed_at >= as_of).limit(1)) is None:
        return _mean_and_median(session)
    late = dict(
        (customer, (int(n), int(revenue)))
        for customer, n, revenue in session.execute(
            select(Order.customer_id, func.count(), func.sum(Order.total_rwf))
            .where(counted(), Order.placed_at >= as_of)
            .group_by(Order.customer_id)
        )
    )
    per_customer = []
    for customer, n, revenue in session.connection().execute(
        select(totals.customer_id, totals.counted_orders, totals.counted_revenue_rwf).where(
            totals.counted_orders > 0
        )
    ):
        later_orders, later_revenue = late.get(customer, (0, 0))
        if n > later_orders:
            per_customer.append(revenue - later_revenue)
    if not per_customer:
        return None, None
    mean = Decimal(sum(per_customer)) / Decimal(len(per_customer))
    return mean, Decimal(statistics.median(per_customer))


def _mean_and_median(session: Session) -> tuple[Decimal | None, Decimal | None]:
    """Over the totals as they stand: one column read, the middle found by partitioning (the
    database would sort every customer for the median's OFFSET)."""
    totals = CustomerOrderTotals
    revenue = integers(
        session.scalar(
            select(joined(session, totals.counted_revenue_rwf)).where(totals.counted_orders > 0)
        )
    )
    customers = int(revenue.size)
    if not customers:
        return None, None
    half = (customers - 1) // 2
    middle = np.partition(revenue, [half, customers // 2])[[half, customers // 2]]
    middle_sum = int(middle[0]) + int(middle[1]) if customers % 2 == 0 else int(middle[0])
    return (
        Decimal(int(revenue.sum())) / customers,
        Decimal(middle_sum) / (2 - customers % 2),
    )


def predictive_clv(
    session: Session, as_of: datetime, zone: ZoneInfo, active_days: int = DEFAULT_ACTIVE_DAYS
) -> Decimal | None:
    """AOV × orders per customer per month ÷ pooled monthly churn, over the last 12 complete
    months, cut to where the data begins."""
    first = first_counted_at(session)
    if first is None:
        return None
    this_month = month_start(as_of.astimezone(zone).date())
    first_month = month_start(first.astimezone(zone).date())
    months = predictive_clv_months(this_month, first_month)
    if not months:
        return None
    window_start = months[0]
    figures = month_orders(session, months, zone, active_days, as_of)
    orders = sum(month.orders for month in figures)
    revenue = sum(month.revenue for month in figures)
    customers = sum(month.new_since(window_start) for month in figures)
    if not orders or not customers:
        return None
    active = sum(month.active_at_start or 0 for month in figures)
    churned = sum(month.churned or 0 for month in figures)
    if not active or not churned:
        return None
    aov = Decimal(revenue) / orders
    frequency = Decimal(orders) / customers / len(months)
    return aov * frequency * active / churned


def target_for(session: Session, first_month: date, end: date) -> int | None:
    """Sum of the 'total' targets of months starting in [first_month, end); None if none set."""
    count, amount = session.execute(
        select(func.count(), func.coalesce(func.sum(RevenueTarget.amount_rwf), 0)).where(
            RevenueTarget.channel == "total",
            RevenueTarget.month_start >= first_month,
            RevenueTarget.month_start < end,
        )
    ).one()
    return int(amount) if count else None


def target_progress(
    session: Session, period: Period, as_of: datetime, zone: ZoneInfo, actual: int | None = None
) -> TargetProgress:
    """Revenue against target, the one computation every screen and report uses (METRICS.md).

    Targets are set per month, so this is measured over the whole local months `period` touches:
    actual = revenue (all channels) from their start to `as_of`; target = the sum of their total
    targets. Days elapsed are whole local days counting today (on the 20th of a month, 20; on the
    first morning, 1, so the projection never extrapolates hours), all of them once the months are
    over and none before they begin. projection = actual ÷ days elapsed × days in the months;
    pace = actual ÷ (target × elapsed ÷ days); needed per remaining day = (target − actual) ÷ days
    remaining. Each is None where its denominator is zero or no target is set. `actual` is the
    revenue of those months to `as_of` when the caller already has it.
    """
    months = whole_months(period)
    start, end = months.utc_bounds(zone)
    if actual is None:
        until = min(end, max(start, as_of))
        orders = span_orders(session, start, until, zone, as_of)
        actual = revenue_by_channel(session, start, until, (orders.revenue, orders.corporate)).total
    return progress(months, actual, target_for(session, months.start, months.end), as_of, zone)


def summarize(
    session: Session,
    period: Period,
    as_of: datetime,
    zone: ZoneInfo,
    active_days: int = DEFAULT_ACTIVE_DAYS,
) -> BiSummary:
    require_aware(as_of)
    # The months first: when days are missing (nothing stored yet) they are computed in one read
    # of the orders, and the spans below then find them at hand.
    clv_predictive = predictive_clv(session, as_of, zone, active_days)
    start, end = period.clipped_utc_bounds(zone, as_of)
    now = span_orders(session, start, end, zone, as_of)
    orders, order_revenue = now.orders, now.revenue
    before = span_orders(session, *period.previous().utc_bounds(zone), zone, as_of)
    retention_base, retained = kept(before, now)
    revenue = revenue_by_channel(session, start, end, (now.revenue, now.corporate))
    mean, median = historical_clv(session, as_of)
    same_span = whole_months(period) == period
    return BiSummary(
        period=period, as_of=as_of, provisional=period.is_provisional(zone, as_of),
        orders=orders, order_revenue=order_revenue, aov=ratio(order_revenue, orders),
        retention_rate=ratio(retained, retention_base), retention_base=retention_base,
        churn=order_churn(session, start, end, active_days, zone, as_of),
        subscription_churn=subscription_churn(session, start, end),
        active_days=active_days,
        clv_historical_mean=mean, clv_historical_median=median,
        clv_predictive=clv_predictive,
        revenue=revenue,
        target_progress=target_progress(
            session, period, as_of, zone, revenue.total if same_span else None
        ),
    )  # fmt: skip


def bi_summary(
    uow: UnitOfWork, actor: Actor, period: Period, as_of: datetime,
    active_days: int = DEFAULT_ACTIVE_DAYS,
) -> BiSummary:  # fmt: skip
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_BI)
        return summarize(uow.session, period, as_of, uow.zone, active_days)


@dataclass(frozen=True)
class BiDashboardData:
    summary: BiSummary
    months: list[series.MonthFigures]
    cohorts: series.CohortTable


def bi_dashboard(
    uow: UnitOfWork, actor: Actor, period: Period, months: int, as_of: datetime,
    active_days: int = DEFAULT_ACTIVE_DAYS,
) -> BiDashboardData:  # fmt: skip
    """Everything the BI screen shows, read together so the running month is computed once."""
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_BI)
        session, zone = uow.session, uow.zone
        current = month_start(as_of.astimezone(zone).date())
        first = add_months(current, 1 - months)
        return BiDashboardData(
            summarize(session, period, as_of, zone, active_days),
            series.monthly_figures(session, first, months, as_of, zone),
            series.cohort_retention(session, first, months, as_of, zone),
        )


def figures_need_preparing(uow: UnitOfWork, actor: Actor) -> bool:
    """Orders but no stored days: the first start after an upgrade (or a database filled some
    other way), when the BI screen's first opening would compute two years of days."""
    from ...models.rollups import DayOrders

    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_BI)
        session = uow.session
        return (
            session.scalar(select(DayOrders.day).where(DayOrders.zone == uow.zone.key).limit(1))
            is None
            and session.scalar(select(Order.id).where(counted()).limit(1)) is not None
        )


def prepare_stored_figures(
    uow: UnitOfWork, actor: Actor, as_of: datetime, months: int = 12
) -> None:
    """Store the days and months the BI screen reads, after loading a lot of history at once,
    so the first manager to open it does not wait for them."""
    bi_dashboard(uow, actor, Period.month(as_of.astimezone(uow.zone).date()), months, as_of)
