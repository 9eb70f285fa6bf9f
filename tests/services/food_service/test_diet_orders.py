"""Diet orders: IDDSI levels and NPO checked, every version kept, what the desk may order."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from dusangire_desktop.models.audit import AuditEvent
from dusangire_desktop.models.food_service import FoodTexture
from dusangire_desktop.models.subscriptions import TherapeuticCategory
from dusangire_desktop.services.errors import PermissionDenied, ValidationError
from dusangire_desktop.services.food_service import diet_orders, trays
from dusangire_desktop.services.food_service.diet_orders import DietOrderInput
from dusangire_desktop.services.food_service.trays import MealRequest, NothingByMouth
from dusangire_desktop.services.menu import MealPeriod

TWO_PM = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)  # 14:00 in Kigali


@pytest.mark.parametrize("level", ["2", "8", "7x", "regular"])
def test_a_texture_level_outside_the_iddsi_scale_is_refused(uow_factory, ward, level):
    with pytest.raises(ValidationError, match="not on the IDDSI food scale") as refused:
        diet_orders.write_diet_order(
            uow_factory(), ward.nutritionist, ward.jean_stay, DietOrderInput(texture=level)
        )
    assert refused.value.field == "texture"


def test_a_drink_level_outside_the_scale_is_refused(uow_factory, ward):
    with pytest.raises(ValidationError, match="0 thin to 4 extremely thick"):
        diet_orders.write_diet_order(
            uow_factory(), ward.nutritionist, ward.jean_stay, DietOrderInput(drink_level=5)
        )


def test_npo_needs_a_reason_and_an_end(uow_factory, ward):
    with pytest.raises(ValidationError, match="reason for nothing by mouth") as no_reason:
        diet_orders.write_diet_order(
            uow_factory(),
            ward.nutritionist,
            ward.jean_stay,
            DietOrderInput(npo=True, npo_until=TWO_PM),
        )
    assert no_reason.value.field == "npo_reason"
    with pytest.raises(ValidationError, match="until when") as no_end:
        diet_orders.write_diet_order(
            uow_factory(),
            ward.nutritionist,
            ward.jean_stay,
            DietOrderInput(npo=True, npo_reason="surgery"),
        )
    assert no_end.value.field == "npo_until"


def test_only_nutritionists_and_administrators_write_diet_orders(uow_factory, ward):
    with pytest.raises(PermissionDenied):
        diet_orders.write_diet_order(uow_factory(), ward.desk, ward.jean_stay, DietOrderInput())


def test_every_change_is_kept_with_who_and_when(uow_factory, ward, clock):
    diet_orders.write_diet_order(
        uow_factory(),
        ward.nutritionist,
        ward.jean_stay,
        DietOrderInput(diets=(TherapeuticCategory.DIABETIC_FRIENDLY,), texture="5", drink_level=2),
    )
    clock.advance(hours=1)
    diet_orders.write_diet_order(
        uow_factory(),
        ward.nutritionist,
        ward.jean_stay,
        DietOrderInput(diets=(TherapeuticCategory.DIABETIC_FRIENDLY,), texture="6", drink_level=1),
    )
    versions = diet_orders.history(uow_factory(), ward.desk, ward.jean_stay)
    assert [(v.texture, v.drink_level, v.written_by) for v in versions] == [
        (FoodTexture.SOFT_BITE_SIZED, 1, "Dr. Alice Uwase"),
        (FoodTexture.MINCED_MOIST, 2, "Dr. Alice Uwase"),
    ]
    assert diet_orders.diet_of(uow_factory(), ward.desk, ward.jean_stay).texture == "6"


def test_npo_blocks_every_meal_until_it_ends_with_a_clear_sentence(uow_factory, ward):
    diet_orders.write_diet_order(
        uow_factory(),
        ward.nutritionist,
        ward.jean_stay,
        DietOrderInput(npo=True, npo_reason="surgery", npo_until=TWO_PM),
    )
    with pytest.raises(
        NothingByMouth, match=r"Jean Bosco Nshimiyimana is NPO until 14:00 \(surgery\)"
    ):
        trays.order_meal(
            uow_factory(),
            ward.desk,
            MealRequest(ward.jean_stay, ward.jean),
            ward.lines(ward.porridge),
            ward.cash(),
        )
    dinner = trays.order_meal(
        uow_factory(),
        ward.desk,
        MealRequest(ward.jean_stay, ward.jean, meal=MealPeriod.DINNER),
        ward.lines(ward.porridge),
        ward.cash(),
    )
    assert dinner.tray.meal == MealPeriod.DINNER
    guest = trays.order_meal(
        uow_factory(),
        ward.desk,
        MealRequest(ward.jean_stay, ward.visitor),
        ward.lines(ward.isombe),
        ward.cash(),
    )
    assert guest.tray.for_guest
    diet_orders.lift_npo(uow_factory(), ward.nutritionist, ward.jean_stay)
    lunch = trays.order_meal(
        uow_factory(),
        ward.desk,
        MealRequest(ward.jean_stay, ward.jean),
        ward.lines(ward.porridge),
        ward.cash(),
    )
    assert lunch.tray.meal == MealPeriod.LUNCH


def test_a_dish_outside_the_diet_order_needs_a_reason_which_is_audited(uow_factory, ward):
    diet_orders.write_diet_order(
        uow_factory(),
        ward.nutritionist,
        ward.jean_stay,
        DietOrderInput(diets=(TherapeuticCategory.DIABETIC_FRIENDLY,), texture="4"),
    )
    menu = {m.item.name: m for m in diet_orders.diet_menu(uow_factory(), ward.desk, ward.jean_stay)}
    assert menu["Sorghum porridge"].allowed
    assert menu["Passion juice"].reasons == (
        "Passion juice is not diabetic friendly",
        "Passion juice is not served 4 puréed",
    )
    with pytest.raises(ValidationError, match="Outside the diet order: Passion juice is not") as e:
        trays.order_meal(
            uow_factory(),
            ward.desk,
            MealRequest(ward.jean_stay, ward.jean),
            ward.lines(ward.juice),
            ward.cash(),
        )
    assert e.value.field == "override"
    placed = trays.order_meal(
        uow_factory(),
        ward.desk,
        MealRequest(ward.jean_stay, ward.jean, override_reason="doctor allows a treat"),
        ward.lines(ward.juice),
        ward.cash(),
    )
    with uow_factory() as uow:
        event = uow.session.query(AuditEvent).filter_by(action="diet_override").one()
        assert event.entity_id == str(placed.order.summary.id)
        assert "doctor allows a treat" in str(event.details)


def test_the_patients_allergies_guard_the_tray(uow_factory, ward):
    menu = {
        m.item.name: m for m in diet_orders.diet_menu(uow_factory(), ward.desk, ward.jeanne_stay)
    }
    assert menu["Peanut stew"].reasons == ("Peanut stew contains peanuts",)
    with pytest.raises(ValidationError, match="peanut"):
        trays.order_meal(
            uow_factory(),
            ward.desk,
            MealRequest(ward.jeanne_stay, ward.jeanne),
            ward.lines(ward.stew),
            ward.cash(),
        )
