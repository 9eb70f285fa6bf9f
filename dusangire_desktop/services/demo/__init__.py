"""Demo data: a realistic, deterministic hospital, generated in bulk."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models.staff import Role, Staff
from ..auth import Actor, Permission
from ..changes import Area
from ..errors import Conflict
from ..uow import UnitOfWork

DEMO_PASSWORD = "Dusangire-2026"


@dataclass(frozen=True)
class DemoSizes:
    customers: int = 2000
    orders: int = 20000
    months: int = 12


@dataclass
class DemoContext:
    session: Session
    rng: random.Random
    sizes: DemoSizes
    now: datetime
    zone: ZoneInfo
    staff_by_role: dict[Role, list[int]] = field(default_factory=dict)
    customer_ids: list[int] = field(default_factory=list)
    menu_item_ids: list[int] = field(default_factory=list)
    progress: Callable[[str], None] = lambda _message: None


@dataclass(frozen=True)
class DemoSummary:
    counts: dict[str, int]
    passwords: dict[str, str]


def _steps() -> list[Callable[[DemoContext], None]]:
    from . import desk, ordering, people, scheduling, till

    return [people.populate, ordering.populate, scheduling.populate, desk.populate, till.populate]


def generate(
    uow: UnitOfWork,
    actor: Actor,
    *,
    seed: int = 7,
    sizes: DemoSizes | None = None,
    progress: Callable[[str], None] = lambda _message: None,
) -> DemoSummary:
    """Fill an empty database; refuses a database that already holds customers or orders."""
    from ...models.customers import Customer

    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_SETTINGS)
        if uow.session.scalar(select(func.count()).select_from(Customer)):
            raise Conflict(
                "This database already holds customers; demo data goes only into a new one."
            )
        ctx = DemoContext(uow.session, random.Random(seed), sizes or DemoSizes(), uow.now(),
                          uow.zone, progress=progress)  # fmt: skip
        ctx.staff_by_role = {
            role: list(uow.session.scalars(select(Staff.id).where(Staff.role == role)))
            for role in Role
        }
        for step in _steps():
            step(ctx)
        for area in Area:
            uow.record(area)
        uow.commit()
        from ...models import metadata

        counts = {
            table.name: uow.session.scalar(select(func.count()).select_from(table)) or 0
            for table in metadata.sorted_tables
        }
    from .people import DEMO_USERNAMES

    return DemoSummary(counts, {name: DEMO_PASSWORD for name in DEMO_USERNAMES})
