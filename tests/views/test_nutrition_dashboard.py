"""A nutritionist reads their desk and writes a meal plan from a completed consultation."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest
from PySide6.QtCore import Qt

from dusangire_desktop import db
from dusangire_desktop.services import scheduling
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.scheduling import (
    ConsultationStatus,
    DietTag,
    Interval,
    MealPlanStatus,
    TherapeuticCategory,
)
from dusangire_desktop.services.uow import UnitOfWorkFactory
from dusangire_desktop.views.areas import ViewContext
from dusangire_desktop.views.changes import changes_hub
from dusangire_desktop.views.main_window import MainWindow
from dusangire_desktop.views.nutrition_dashboard import NutritionDashboard

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


@pytest.fixture
def desk(qtbot, uow_factory, admin, sign_in_as, clock):  # type: ignore[no-untyped-def]
    """A nutritionist consulting on Tuesday mornings, at her desk at 09:40 on Tue 3 Mar."""
    me = sign_in_as(Role.NUTRITIONIST)
    scheduling.set_weekly_availability(
        uow_factory(), admin, me.staff_id, [Interval(1, time(8), time(12))]
    )
    clock.set_local(2026, 3, 3, 9, 40)
    page = NutritionDashboard(ViewContext(uow_factory, me))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.summary is not None, timeout=10000)
    return page


def _completed_elsewhere(engine, clock, admin, nutritionist_id, customer_id):  # type: ignore[no-untyped-def]
    """Booked and marked completed at another workstation; what that desk committed."""
    other_desk = UnitOfWorkFactory(
        db.make_session_factory(engine), description="other desk", clock=clock, zone=KIGALI
    )
    clock.set_local(2026, 3, 3, 8, 0)
    booked = scheduling.book(other_desk(), admin, nutritionist_id=nutritionist_id,
                             customer_id=customer_id,
                             starts_at=datetime(2026, 3, 3, 9, 0, tzinfo=KIGALI))  # fmt: skip
    clock.set_local(2026, 3, 3, 9, 40)
    uow = other_desk()
    scheduling.mark(uow, admin, booked.id, booked.version, ConsultationStatus.COMPLETED)
    return uow.committed


def test_a_consultation_completed_at_another_desk_reaches_the_plans_to_write(
    qtbot, desk, engine, clock, admin, kitchen
):
    assert desk.to_write_model.rowCount() == 0
    changes = _completed_elsewhere(engine, clock, admin, desk.ctx.actor.staff_id, kitchen.patient)
    changes_hub().publish(changes)
    qtbot.waitUntil(lambda: desk.to_write_model.rowCount() == 1, timeout=2000)
    assert desk.to_write_model.record(0).customer == "Jeanne Uwera"
    assert desk.today_model.record(0).status == ConsultationStatus.COMPLETED


def test_a_hidden_desk_reads_again_when_shown(qtbot, desk, engine, clock, admin, kitchen):
    desk.hide()
    changes_hub().publish(
        _completed_elsewhere(engine, clock, admin, desk.ctx.actor.staff_id, kitchen.patient)
    )
    qtbot.wait(300)
    assert desk.to_write_model.rowCount() == 0
    with qtbot.waitSignal(desk.refreshed, timeout=10000):
        desk.show()
    assert desk.to_write_model.rowCount() == 1


def test_the_plan_form_keeps_what_was_typed_when_the_calorie_target_is_refused(
    qtbot, desk, uow_factory, admin, kitchen, clock
):
    me = desk.ctx.actor.staff_id
    booked = scheduling.book(uow_factory(), admin, nutritionist_id=me, customer_id=kitchen.patient,
                             starts_at=datetime(2026, 3, 3, 10, 0, tzinfo=KIGALI))  # fmt: skip
    clock.set_local(2026, 3, 3, 10, 40)
    scheduling.mark(uow_factory(), admin, booked.id, booked.version, ConsultationStatus.COMPLETED)
    with qtbot.waitSignal(desk.refreshed, timeout=10000):
        desk.refresh()
    desk.to_write_table.selectRow(0)
    dialog = desk._ask_plan()
    dialog.category.setCurrentIndex(dialog.category.findText("Renal"))
    dialog.calories.setValue(300)
    dialog.notes.setText("Low potassium")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "between 500 and 6,000" in dialog.errors.text("daily_calories"))
    assert dialog.isVisible() and dialog.notes.text() == "Low potassium"
    dialog.calories.setValue(1800)
    with qtbot.waitSignal(desk.refreshed, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.plans_model.rowCount() == 1)
    assert desk.plans_model.data(desk.plans_model.index(0, 1)) == "Renal"
    assert "Plan opened for Jeanne Uwera (pending)." in desk.banner.text
