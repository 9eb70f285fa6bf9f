"""A nutritionist reads their desk and writes a meal plan from a completed consultation."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from dusangire_desktop.services import scheduling
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.scheduling import (
    ConsultationStatus,
    DietTag,
    Interval,
    MealPlanStatus,
    TherapeuticCategory,
)
from dusangire_desktop.views.areas import ViewContext
from dusangire_desktop.views.main_window import MainWindow

from ..conftest import KIGALI


def test_nutritionist_writes_and_activates_a_plan(
    qtbot, uow_factory, admin, sign_in_as, kitchen, clock, snapshot
):
    me = sign_in_as(Role.NUTRITIONIST)
    scheduling.set_weekly_availability(
        uow_factory(), admin, me.staff_id, [Interval(1, time(8), time(12))]
    )
    consultation = scheduling.book(
        uow_factory(),
        admin,
        nutritionist_id=me.staff_id,
        customer_id=kitchen.patient,
        reason="Diabetes follow-up",
        starts_at=datetime(2026, 3, 3, 9, 0, tzinfo=KIGALI).astimezone(UTC),
    )
    clock.set_local(2026, 3, 3, 9, 40)
    scheduling.mark(
        uow_factory(), admin, consultation.id, consultation.version, ConsultationStatus.COMPLETED
    )
    window = MainWindow(ViewContext(uow_factory, me))
    qtbot.addWidget(window)
    window.show()
    assert "nutrition" in window.area_keys() and "calendar" in window.area_keys()
    page = window.open_area("nutrition")
    qtbot.waitUntil(lambda: page.to_write_model.rowCount() == 1, timeout=10000)
    assert not page.who.isEnabled() and page.who.currentText() == "Test nutritionist"
    page.to_write_table.selectRow(0)
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.write_plan(
            page.to_write_model.record(0),
            category=TherapeuticCategory.DIABETIC_FRIENDLY,
            daily_calories=1800,
            allowed=(DietTag.LOW_SUGAR,),
            forbidden=(DietTag.HIGH_SUGAR,),
            notes="",
        )
    qtbot.waitUntil(
        lambda: page.plans_model.rowCount() == 1 and page.to_write_model.rowCount() == 0
    )
    assert page.kpis["Pending plans"].value.text() == "1"
    page.plans_table.selectRow(0)
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.move_plan(MealPlanStatus.ACTIVE)
    qtbot.waitUntil(lambda: page.plans_model.record(0).status == MealPlanStatus.ACTIVE)
    assert page.kpis["Pending plans"].value.text() == "0"
    snapshot(page, "nutrition-desk")


@pytest.mark.parametrize("role", [Role.ADMIN, Role.MANAGER])
def test_an_administrator_manages_any_nutritionist_s_plans_and_a_manager_reads_the_desk(
    qtbot, uow_factory, admin, sign_in_as, kitchen, clock, role
):
    nutritionist = sign_in_as(Role.NUTRITIONIST)
    scheduling.set_weekly_availability(
        uow_factory(), admin, nutritionist.staff_id, [Interval(1, time(8), time(12))]
    )
    consultation = scheduling.book(
        uow_factory(),
        admin,
        nutritionist_id=nutritionist.staff_id,
        customer_id=kitchen.patient,
        starts_at=datetime(2026, 3, 3, 9, 0, tzinfo=KIGALI).astimezone(UTC),
    )
    clock.set_local(2026, 3, 3, 9, 40)
    scheduling.mark(
        uow_factory(), admin, consultation.id, consultation.version, ConsultationStatus.COMPLETED
    )
    scheduling.open_meal_plan(
        uow_factory(), nutritionist, consultation.id, category=TherapeuticCategory.RENAL
    )
    window = MainWindow(ViewContext(uow_factory, sign_in_as(role)))
    qtbot.addWidget(window)
    window.show()
    page = window.open_area("nutrition")
    qtbot.waitUntil(lambda: page.summary is not None, timeout=10000)
    assert page.who.isEnabled() and page.who.currentText() == "Test nutritionist"
    assert page.kpis["Pending plans"].value.text() == "1"
    if role == Role.MANAGER:
        assert page.activate.isHidden() and page.plans_model.rowCount() == 0
        assert page.banner.text == ""
        return
    qtbot.waitUntil(lambda: page.plans_model.rowCount() == 1, timeout=10000)
    page.plans_table.selectRow(0)
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.move_plan(MealPlanStatus.ACTIVE)
    qtbot.waitUntil(lambda: page.plans_model.record(0).status == MealPlanStatus.ACTIVE)
    assert "plan is active" in page.banner.text
