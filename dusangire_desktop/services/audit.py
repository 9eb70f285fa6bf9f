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
        return [
            AuditEntry(
                e.at, e.actor_name, e.action, e.entity, e.entity_id, json.loads(e.details or "{}")
            )
            for e in uow.session.scalars(query)
        ]
