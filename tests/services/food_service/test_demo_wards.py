"""Demo data fills the Wards: admitted patients on several wards, diet orders, NPO, visitors."""

from __future__ import annotations

from sqlalchemy import func, select

from dusangire_desktop.models.food_service import (
    DietOrder,
    MenuItemDrinkLevel,
    Stay,
    Tray,
    TrayStatus,
)
from dusangire_desktop.services import auth, demo
from dusangire_desktop.services.food_service import rounds, stays

from ...money_checks import payment_problems

SMALL = demo.DemoSizes(customers=150, orders=300, months=2)


def test_demo_has_admitted_patients_diet_orders_npo_visitors_and_late_trays(uow_factory, clock):
    actor = auth.command_line_actor("test")
    demo.generate(uow_factory(), actor, seed=5, sizes=SMALL)
    admitted = stays.list_stays(uow_factory(), actor)
    assert len(admitted) >= 20 and len({s.ward for s in admitted}) >= 5
    with uow_factory() as uow:
        count = lambda q: uow.session.scalar(select(func.count()).select_from(q))  # noqa: E731
        assert count(select(DietOrder).subquery()) >= 10
        assert count(select(DietOrder).where(DietOrder.npo).subquery()) >= 2
        assert count(select(Tray).where(Tray.for_guest, Tray.on_account).subquery()) >= 5
        assert count(select(Stay).where(Stay.discharged_at.is_(None)).subquery()) == len(admitted)
        assert payment_problems(uow.session) == []
        # Late trays after the morning's cut-off: one approved, one refused, one waiting.
        late = select(Tray).where(Tray.late_reason.is_not(None))
        assert count(late.where(Tray.approved_by_id.is_not(None)).subquery()) == 1
        refused = late.where(Tray.refusal_reason.is_not(None), Tray.status == "cancelled")
        assert count(refused.subquery()) == 1
        assert count(late.where(Tray.status == TrayStatus.AWAITING_APPROVAL).subquery()) == 1
        assert count(select(MenuItemDrinkLevel.menu_item_id).distinct().subquery()) >= 3
    today = clock.now.astimezone(uow_factory.zone).date()
    sheet = rounds.round_sheet(uow_factory(), actor, today, "lunch")
    assert sheet.not_ordered and any(r.npo for r in sheet.rows)
    assert rounds.kitchen_counts(uow_factory(), actor, today, "lunch").total > 0
