"""Writing and reading the audit log."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..models.audit import AuditEvent
from .auth import Actor, Permission
from .textsearch import contains, page_size, search_text
from .uow import UnitOfWork


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    entity: str,
    entity_id: object = None,
    at: datetime | None = None,
    **details: Any,
) -> None:
    """Add an audit event to the caller's transaction, so it is saved exactly when the change is."""
    event = AuditEvent(
        actor_id=actor.staff_id if actor else None,
        actor_name=actor.display if actor else "unknown",
        action=action,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        details=json.dumps(details, default=str, ensure_ascii=False, sort_keys=True),
    )
    clock = session.info.get("clock")
    if at is None and clock is not None:
        at = clock()
    if at is not None:
        event.at = at
    session.add(event)


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str | None
    details: dict[str, Any]
    # How people name the record: "D-020001", "Jeanne Uwera (C-000004)"; "" when it is gone.
    record: str = ""


def _labels(session: Session, wanted: dict[str, set[int]]) -> dict[tuple[str, int], str]:
    """People's names for the records the events point at: one query per kind of record."""
    from ..models.catering import CateringPackage, CateringRequest
    from ..models.corporate import CorporateContract, CorporateEmployee, CorporatePartner
    from ..models.customers import Customer
    from ..models.food_service import Stay, Tray, Ward
    from ..models.menu import MenuItem
    from ..models.orders import Order
    from ..models.scheduling import Consultation, MealPlan
    from ..models.staff import Staff
    from ..models.subscriptions import Subscription, SubscriptionPlan
    from ..models.support import SupportTicket

    def customer(name: Any, reference: Any) -> str:
        return f"{name} ({reference})"

    queries: dict[str, Any] = {
        "order": select(Order.id, Order.number),
        "customer": select(Customer.id, Customer.full_name, Customer.reference),
        "ticket": select(SupportTicket.id, SupportTicket.number),
        "staff": select(Staff.id, Staff.full_name),
        "nutritionist": select(Staff.id, Staff.full_name),
        "catering_request": select(CateringRequest.id, CateringRequest.number),
        "catering_package": select(CateringPackage.id, CateringPackage.name),
        "corporate_partner": select(CorporatePartner.id, CorporatePartner.name),
        "corporate_contract": select(CorporateContract.id, CorporateContract.code),
        "corporate_employee": select(CorporateEmployee.id, CorporateEmployee.employee_number),
        "menu_item": select(MenuItem.id, MenuItem.name),
        "subscription_plan": select(SubscriptionPlan.id, SubscriptionPlan.name),
        "subscription": select(Subscription.id, Customer.full_name, Customer.reference)
        .join(Customer, Customer.id == Subscription.customer_id),
        "meal_plan": select(MealPlan.id, Customer.full_name, Customer.reference)
        .join(Customer, Customer.id == MealPlan.customer_id),
        "consultation": select(Consultation.id, Customer.full_name, Customer.reference)
        .join(Customer, Customer.id == Consultation.customer_id),
        "stay": select(Stay.id, Customer.full_name, Customer.reference)
        .join(Customer, Customer.id == Stay.customer_id),
        "tray": select(Tray.id, Customer.full_name, Customer.reference)
        .join(Stay, Stay.id == Tray.stay_id).join(Customer, Customer.id == Stay.customer_id),
        "ward": select(Ward.id, Ward.name),
    }  # fmt: skip
    labels: dict[tuple[str, int], str] = {}
    for entity, ids in wanted.items():
        query = queries.get(entity)
        if query is None or not ids:
            continue
        key = query.selected_columns[0]
        for row in session.execute(query.where(key.in_(sorted(ids)))):
            labels[(entity, row[0])] = customer(*row[1:]) if len(row) == 3 else str(row[1])
    return labels


def list_events(
    uow: UnitOfWork, actor: Actor, *, search: str = "", limit: int = 500
) -> list[AuditEntry]:
    """Newest first; `search` is looked for in the action, who, the record and the details
    (case and accents folded, see `textsearch`)."""
    search = search_text(search)
    limit = page_size(limit, field="limit")
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_AUDIT)
        query = select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit)
        if search:
            query = query.where(
                or_(
                    contains(AuditEvent.action.expression, search),
                    contains(AuditEvent.actor_name.expression, search),
                    contains(AuditEvent.entity.expression, search),
                    contains(AuditEvent.details.expression, search),
                )
            )
        events = list(uow.session.scalars(query))
        wanted: dict[str, set[int]] = {}
        for e in events:
            if e.entity_id and e.entity_id.isdigit():
                wanted.setdefault(e.entity, set()).add(int(e.entity_id))
        labels = _labels(uow.session, wanted)
        return [
            AuditEntry(
                e.at, e.actor_name, e.action, e.entity, e.entity_id, json.loads(e.details or "{}"),
                labels.get((e.entity, int(e.entity_id)), "")
                if e.entity_id and e.entity_id.isdigit() else "",
            )
            for e in events
        ]  # fmt: skip
