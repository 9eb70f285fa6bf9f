"""What each dish can be served at (IDDSI textures, drink thickness) and the diet menu that
follows from it: outside the patient's levels, a dish needs a reason."""

from __future__ import annotations

import pytest

from dusangire_desktop.models.food_service import FoodTexture
from dusangire_desktop.services import audit
from dusangire_desktop.services.errors import PermissionDenied, ValidationError
from dusangire_desktop.services.food_service import diet_orders, dish_levels, trays
from dusangire_desktop.services.food_service.diet_orders import DietOrderInput
from dusangire_desktop.services.food_service.dish_levels import DishLevels
from dusangire_desktop.services.food_service.trays import MealRequest
from dusangire_desktop.services.menu import MealPeriod, MenuItemInput


def _drink(uow_factory, ward, name: str, levels: tuple[int, ...]) -> int:
    return dish_levels.save_dish(
        uow_factory(),
        ward.admin,
        MenuItemInput(name, "Drinks", MealPeriod.ALL_DAY, 800),
        None,
        dish_levels.levels((), levels),
    ).id


@pytest.fixture
def menu_admin(ward, admin):  # type: ignore[no-untyped-def]
    ward.admin = admin
    return ward


def test_a_dish_and_its_serving_levels_are_saved_together_and_listed(uow_factory, menu_admin):
    ward = menu_admin
    milk = _drink(uow_factory, ward, "Thickened milk", (2, 3))
    listed = dish_levels.dish_levels(uow_factory(), ward.desk)
    assert listed[milk] == DishLevels((), (2, 3))
    assert listed[ward.porridge].textures == (
        FoodTexture.LIQUIDISED,
        FoodTexture.PUREED,
        FoodTexture.REGULAR,
    )
    assert ward.isombe not in listed  # regular only, not a drink
    assert "dish_levels_set" in [e.action for e in audit.list_events(uow_factory(), ward.admin)]


def test_levels_off_the_iddsi_scales_are_refused_and_nothing_is_half_saved(uow_factory, menu_admin):
    ward = menu_admin
    with pytest.raises(ValidationError, match="Texture level 8 is not on the IDDSI") as bad:
        dish_levels.levels(("8",), ())
    assert bad.value.field == "texture"
    with pytest.raises(ValidationError, match="Drink level 5 is not on the IDDSI") as bad:
        dish_levels.levels((), (5,))
    assert bad.value.field == "drink_levels"
    # A name clash refuses the dish, and its levels are not written either.
    with pytest.raises(ValidationError, match="already on the menu"):
        dish_levels.save_dish(
            uow_factory(),
            ward.admin,
            MenuItemInput("Passion juice", "Drinks", MealPeriod.ALL_DAY, 900),
            None,
            dish_levels.levels((), (1,)),
        )
    assert ward.juice not in dish_levels.dish_levels(uow_factory(), ward.desk)
    with pytest.raises(PermissionDenied):
        dish_levels.set_dish_levels(
            uow_factory(), ward.desk, ward.juice, dish_levels.levels((), (0,))
        )


def test_a_drink_or_dish_outside_the_patients_levels_needs_a_reason(uow_factory, menu_admin):
    ward = menu_admin
    thick = _drink(uow_factory, ward, "Thickened milk", (2,))
    thin = _drink(uow_factory, ward, "Tea", (0,))
    diet_orders.write_diet_order(
        uow_factory(),
        ward.nutritionist,
        ward.jean_stay,
        DietOrderInput(texture="4", drink_level=2),
    )
    menu = {m.item.id: m for m in diet_orders.diet_menu(uow_factory(), ward.desk, ward.jean_stay)}
    assert menu[thick].allowed
    assert menu[thin].reasons == ("Tea is not served at drink level 2 mildly thick",)
    assert menu[ward.isombe].reasons == ("Isombe n'umuceri is not served 4 puréed",)
    assert menu[ward.porridge].allowed
    request = MealRequest(ward.jean_stay, ward.jean, meal=MealPeriod.LUNCH)
    with pytest.raises(ValidationError, match="Tea is not served at drink level 2") as refused:
        trays.order_meal(
            uow_factory(), ward.desk, request, ward.lines(ward.porridge, thin), ward.cash()
        )
    assert refused.value.field == "override"
    allowed = trays.order_meal(
        uow_factory(), ward.desk, request, ward.lines(ward.porridge, thick), ward.cash()
    )
    assert allowed.tray.meal == MealPeriod.LUNCH
    second = MealRequest(
        ward.jean_stay,
        ward.jean,
        meal=MealPeriod.DINNER,
        override_reason="speech therapist cleared thin tea today",
    )
    served = trays.order_meal(uow_factory(), ward.desk, second, ward.lines(thin), ward.cash())
    assert served.tray.meal == MealPeriod.DINNER
    override = next(
        e for e in audit.list_events(uow_factory(), ward.manager) if e.action == "diet_override"
    )
    assert "speech therapist" in str(override.details)
