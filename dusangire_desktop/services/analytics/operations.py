"""Operations: revenue today and month to date by channel, adding up to the BI total; and the
day's activity: orders by state, late orders, time to deliver, catering events, consultations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from ...models.catering import CateringPackage, CateringRequest, CateringStatus
from ...models.food_service import Tray
from ...models.orders import Order, OrderStatus
from ...models.scheduling import Consultation, ConsultationStatus
from .. import targets
from ..auth import Actor, Permission
from ..uow import UnitOfWork
from .bi import revenue_by_channel
from .bi_figures import RevenueByChannel
from .periods import Period, local_midnight_utc, require_aware


@dataclass(frozen=True)
class OperationsSummary:
    as_of: datetime
    today: RevenueByChannel
    month_to_date: RevenueByChannel


def operations_summary(uow: UnitOfWork, actor: Actor, as_of: datetime) -> OperationsSummary:
    require_aware(as_of)
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_OPERATIONS)
        today = as_of.astimezone(uow.zone).date()
        day_start = local_midnight_utc(today, uow.zone)
        day_end = local_midnight_utc(today + timedelta(days=1), uow.zone)
        month_start, _ = Period.month(today).utc_bounds(uow.zone)
        return OperationsSummary(
            as_of,
            revenue_by_channel(uow.session, day_start, min(day_end, as_of)),
            revenue_by_channel(uow.session, month_start, as_of),
        )


@dataclass(frozen=True)
class CateringToday:
    number: str
    event_at: datetime
    package: str
    guests: int
    venue: str
    status: CateringStatus


@dataclass(frozen=True)
class ActivityToday:
    """What the floor is doing today (the local day of `as_of`), beyond money."""

    as_of: datetime
    orders_by_state: dict[OrderStatus, int]  # orders placed today, every state listed
    late: int  # orders placed today, not yet delivered, past their target (services/targets);
    # ward trays are left to rounds.tray_lateness here and below
    delivered: int  # orders delivered today
    mean_minutes_to_deliver: Decimal | None  # placed → delivered over those; None without any
    catering: list[CateringToday]  # events today, not cancelled, by time
    consultations_by_state: dict[ConsultationStatus, int]  # consultations starting today


def activity_today(uow: UnitOfWork, actor: Actor, as_of: datetime) -> ActivityToday:
    """Orders by state, late orders and time to deliver, catering events and consultations of
    the local day of `as_of` (in the hospital's zone)."""
    require_aware(as_of)
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_OPERATIONS)
        session = uow.session
        today = as_of.astimezone(uow.zone).date()
        start = local_midnight_utc(today, uow.zone)
        end = local_midnight_utc(today + timedelta(days=1), uow.zone)
        # A ward tray is ordered ahead for its meal and judged against the meal's due time
        # (rounds.tray_lateness, on the same dashboard), not against its time of ordering.
        tray = Order.id.in_(select(Tray.order_id))
        placed = session.execute(
            select(Order.status, Order.fulfilment, Order.placed_at, tray)
            .where(Order.placed_at >= start, Order.placed_at < end)
        ).all()  # fmt: skip
        by_state = dict.fromkeys(OrderStatus, 0)
        for status, _fulfilment, _placed_at, _tray in placed:
            by_state[status] += 1
        late = sum(
            targets.is_late(status, fulfilment, placed_at, as_of)
            for status, fulfilment, placed_at, is_tray in placed
            if not is_tray
        )
        delivered = session.execute(
            select(Order.placed_at, Order.status_changed_at).where(
                Order.status == OrderStatus.DELIVERED,
                Order.status_changed_at >= start, Order.status_changed_at < end,
                ~tray,
            )
        ).all()  # fmt: skip
        seconds = sum(int((done - placed_at).total_seconds()) for placed_at, done in delivered)
        mean = (
            (Decimal(seconds) / 60 / len(delivered)).quantize(Decimal("0.1"))
            if delivered else None
        )  # fmt: skip
        events = [
            CateringToday(number, event_at, package, guests, venue, status)
            for number, event_at, package, guests, venue, status in session.execute(
                select(CateringRequest.number, CateringRequest.event_at, CateringPackage.name,
                       CateringRequest.guests, CateringRequest.venue, CateringRequest.status)
                .join(CateringPackage, CateringPackage.id == CateringRequest.package_id)
                .where(CateringRequest.event_at >= start, CateringRequest.event_at < end,
                       CateringRequest.status != CateringStatus.CANCELLED)
                .order_by(CateringRequest.event_at, CateringRequest.number)
            )
        ]  # fmt: skip
        consultations = dict.fromkeys(ConsultationStatus, 0)
        for consultation_status, count in session.execute(
            select(Consultation.status, func.count())
            .where(Consultation.starts_at >= start, Consultation.starts_at < end)
            .group_by(Consultation.status)
        ):  # fmt: skip
            consultations[consultation_status] = count
        return ActivityToday(as_of, by_state, late, len(delivered), mean, events, consultations)
