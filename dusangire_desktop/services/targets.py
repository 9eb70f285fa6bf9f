"""How long an order may take from placed to delivered before the desk counts it as late."""

from __future__ import annotations

from datetime import datetime, timedelta

from ..models.orders import Fulfilment, OrderStatus

# Collected at the counter within 20 minutes; carried to a ward bed within 45.
PICKUP_TARGET = timedelta(minutes=20)
DELIVERY_TARGET = timedelta(minutes=45)
ACTIVE = (OrderStatus.PLACED, OrderStatus.PREPARING, OrderStatus.OUT_FOR_DELIVERY)


def target_for(fulfilment: Fulfilment) -> timedelta:
    return DELIVERY_TARGET if fulfilment == Fulfilment.DELIVERY else PICKUP_TARGET


def is_late(
    status: OrderStatus,
    fulfilment: Fulfilment,
    placed_at: datetime,
    now: datetime,
    due_at: datetime | None = None,
) -> bool:
    """An order not yet delivered (nor cancelled) whose target has passed. A ward tray, ordered
    ahead for a meal, is late only once its meal is due (`due_at`), however early it was ordered."""
    if due_at is not None:
        return status in ACTIVE and now > due_at
    return status in ACTIVE and now - placed_at > target_for(fulfilment)
