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
from ..messages import QT_TRANSLATE_NOOP
from ..progress import Progress, Stages, ignore
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
    # Called as progress("what is being made", within=fraction of this step done).
    progress: Callable[..., None] = lambda _message, within=0.0: None


@dataclass(frozen=True)
class DemoSummary:
    counts: dict[str, int]
    passwords: dict[str, str]


def _steps() -> list[tuple[Callable[[DemoContext], None], float]]:
    """Each step and its rough share of the time (orders are most of it)."""
    from . import desk, food_service, ordering, people, scheduling, targets, till

    return [(people.populate, 5), (ordering.populate, 71), (scheduling.populate, 10),
            (desk.populate, 8), (food_service.populate, 3), (till.populate, 1),
            (targets.populate, 2)]  # fmt: skip


def generate(
    uow: UnitOfWork,
    actor: Actor,
    *,
    seed: int = 7,
    sizes: DemoSizes | None = None,
    progress: Progress = ignore,
) -> DemoSummary:
    """Fill an empty database; refuses a database that already holds customers or orders.

    `progress` is told how far it has got (`services.progress`); raising `Cancelled` from it
    stops the work with nothing saved."""
    from ...models.customers import Customer

    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_SETTINGS)
        if uow.session.scalar(select(func.count()).select_from(Customer)):
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This database already holds customers; demo data goes only into a new one.",
                )
            )
        steps = _steps()
        stages = Stages(progress, [weight for _step, weight in steps])
        ctx = DemoContext(uow.session, random.Random(seed), sizes or DemoSizes(), uow.now(),
                          uow.zone, progress=stages)  # fmt: skip
        ctx.staff_by_role = {
            role: list(uow.session.scalars(select(Staff.id).where(Staff.role == role)))
            for role in Role
        }
        for number, (step, _weight) in enumerate(steps):
            stages.current = number
            step(ctx)
        stages(QT_TRANSLATE_NOOP("errors", "saving"), within=1.0)
        for area in Area:
            uow.record(area)
        uow.commit()
        stages.finish(QT_TRANSLATE_NOOP("errors", "done"))
        from ...models import metadata

        counts = {
            table.name: uow.session.scalar(select(func.count()).select_from(table)) or 0
            for table in metadata.sorted_tables
        }
    from .people import DEMO_USERNAMES

    return DemoSummary(counts, {name: DEMO_PASSWORD for name in DEMO_USERNAMES})
