"""Operations: revenue today and month to date by channel, adding up to the BI total."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from ..auth import Actor, Permission
from ..uow import UnitOfWork
from .bi import RevenueByChannel, revenue_by_channel
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
