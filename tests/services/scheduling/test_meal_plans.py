"""Meal plans: opened from a completed consultation, moved by their own nutritionist or an
administrator, one active per customer (which the order screens check)."""

from __future__ import annotations

import pytest

from dusangire_desktop.services import pricing
from dusangire_desktop.services.changes import Area
from dusangire_desktop.services.errors import Conflict, PermissionDenied, ValidationError
from dusangire_desktop.services.scheduling import consultations, meal_plans
from dusangire_desktop.services.scheduling.common import ConsultationStatus
from dusangire_desktop.services.scheduling.meal_plans import (
    DietTag,
    MealPlanStatus,
    TherapeuticCategory,
)

from ...scheduling_world import DESK, book


def test_meal_plan_life_and_the_order_screen_check(uow_factory, admin, uwimana, kitchen, clock):
    c = book(uow_factory, uwimana, kitchen.visitor, 2026, 3, 3, 8, 0)
    with pytest.raises(ValidationError, match="completed consultation"):
        meal_plans.open_meal_plan(
            uow_factory(), admin, c.id, category=TherapeuticCategory.DIABETIC_FRIENDLY
        )
    clock.set_local(2026, 3, 3, 8, 40)
    c = consultations.mark(uow_factory(), admin, c.id, c.version, ConsultationStatus.COMPLETED)
    with pytest.raises(ValidationError, match="between 500 and 6,000"):
        meal_plans.open_meal_plan(
            uow_factory(), admin, c.id, category=TherapeuticCategory.KETO, daily_calories=100
        )
    plan = meal_plans.open_meal_plan(
        uow_factory(),
        admin,
        c.id,
        category=TherapeuticCategory.DIABETIC_FRIENDLY,
        daily_calories=1800,
        forbidden=(DietTag.HIGH_SUGAR,),
        allowed=(DietTag.LOW_SUGAR,),
    )
    assert plan.status == MealPlanStatus.PENDING
    quote = pricing.quote(
        uow_factory(), admin, kitchen.visitor, [pricing.LineRequest(kitchen.juice, 1)]
    )
    assert quote.conflicts == ()
    plan = meal_plans.move_meal_plan(
        uow_factory(), admin, plan.id, plan.version, MealPlanStatus.ACTIVE
    )
    quote = pricing.quote(
        uow_factory(), admin, kitchen.visitor, [pricing.LineRequest(kitchen.juice, 1)]
    )
    assert quote.conflicts == (
        "Passion juice is high sugar, which the active diabetic friendly meal plan forbids",
    )
    second = meal_plans.open_meal_plan(
        uow_factory(), admin, c.id, category=TherapeuticCategory.KETO
    )
    with pytest.raises(Conflict, match="already has an active meal plan"):
        meal_plans.move_meal_plan(
            uow_factory(), admin, second.id, second.version, MealPlanStatus.ACTIVE
        )
    meal_plans.move_meal_plan(uow_factory(), admin, plan.id, plan.version, MealPlanStatus.COMPLETED)
    plans = meal_plans.customer_meal_plans(uow_factory(), admin, kitchen.visitor)
    assert [p.status for p in plans] == [MealPlanStatus.PENDING, MealPlanStatus.COMPLETED]


def _completed(uow_factory, uwimana, kitchen, clock, *at):
    c = book(uow_factory, uwimana, kitchen.visitor, *at)
    clock.set_local(*at[:3], at[3] + 1, 0)
    return consultations.mark(uow_factory(), DESK, c.id, c.version, ConsultationStatus.COMPLETED)


def test_only_the_plan_s_own_nutritionist_or_an_administrator_manages_a_meal_plan(
    uow_factory, uwimana, kitchen, clock, people
):
    her, colleague, admin = people["her"], people["colleague"], people["admin"]
    consultation = _completed(uow_factory, uwimana, kitchen, clock, 2026, 3, 3, 8, 0)
    keto = TherapeuticCategory.KETO
    with pytest.raises(PermissionDenied, match=r"Dr\. Solange Uwimana"):
        meal_plans.open_meal_plan(uow_factory(), colleague, consultation.id, category=keto)
    for reader in (meal_plans.nutritionist_plans, meal_plans.completed_without_plan):
        with pytest.raises(PermissionDenied):
            reader(uow_factory(), colleague, uwimana)
    plan = meal_plans.open_meal_plan(uow_factory(), her, consultation.id, category=keto)
    for to in (MealPlanStatus.ACTIVE, MealPlanStatus.CANCELLED):
        with pytest.raises(PermissionDenied, match=r"Dr\. Solange Uwimana"):
            meal_plans.move_meal_plan(uow_factory(), colleague, plan.id, plan.version, to)
    plan = meal_plans.move_meal_plan(
        uow_factory(), her, plan.id, plan.version, MealPlanStatus.ACTIVE
    )
    with pytest.raises(PermissionDenied):
        meal_plans.move_meal_plan(
            uow_factory(), colleague, plan.id, plan.version, MealPlanStatus.COMPLETED
        )
    plan = meal_plans.move_meal_plan(
        uow_factory(), admin, plan.id, plan.version, MealPlanStatus.COMPLETED
    )
    assert plan.status == MealPlanStatus.COMPLETED
    assert [p.id for p in meal_plans.nutritionist_plans(uow_factory(), her, uwimana)] == [plan.id]
    assert meal_plans.nutritionist_plans(uow_factory(), admin, uwimana)[0].id == plan.id
    assert meal_plans.nutritionist_plans(uow_factory(), colleague, colleague.staff_id) == []
    second = meal_plans.open_meal_plan(uow_factory(), admin, consultation.id, category=keto)
    assert second.nutritionist == "Dr. Solange Uwimana"
    for role in ("front desk", "manager", "support"):
        with pytest.raises(PermissionDenied):
            meal_plans.move_meal_plan(
                uow_factory(), people[role], second.id, second.version, MealPlanStatus.ACTIVE
            )


def test_each_change_is_recorded_under_meal_plans_with_the_plan_s_id(
    uow_factory, admin, uwimana, kitchen, clock
):
    consultation = _completed(uow_factory, uwimana, kitchen, clock, 2026, 3, 3, 8, 0)
    uow = uow_factory()
    plan = meal_plans.open_meal_plan(uow, admin, consultation.id,
                                     category=TherapeuticCategory.RENAL)  # fmt: skip
    assert [(c.area, c.ids) for c in uow.committed] == [(Area.MEAL_PLANS, {plan.id})]
    uow = uow_factory()
    meal_plans.move_meal_plan(uow, admin, plan.id, plan.version, MealPlanStatus.ACTIVE)
    assert [(c.area, c.ids) for c in uow.committed] == [(Area.MEAL_PLANS, {plan.id})]
    with pytest.raises(Conflict, match="This plan was changed at another desk"):
        meal_plans.move_meal_plan(
            uow_factory(), admin, plan.id, plan.version, MealPlanStatus.CANCELLED
        )
