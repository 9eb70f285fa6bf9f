"""Registering customers and keeping the menu: every kind of bad input gets a clear answer."""

from __future__ import annotations

import pytest

from dusangire_desktop.services import customers, menu, pricing
from dusangire_desktop.services.auth import Actor, Role
from dusangire_desktop.services.customers import CustomerInput, CustomerKind
from dusangire_desktop.services.errors import PermissionDenied, ValidationError
from dusangire_desktop.services.menu import MealPeriod, MenuItemInput

DESK = Actor(None, "desk", "Desk", Role.FRONT_DESK)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0788123456", "+250788123456"),
        ("+250 722 123 456", "+250722123456"),
        ("250-739-123456", "+250739123456"),
        ("(078) 912-3456", "+250789123456"),
    ],
)
def test_rwandan_phone_spellings(typed, stored):
    assert customers.normalise_phone(typed) == stored


@pytest.mark.parametrize("typed", ["0755123456", "078812345", "+254712345678", "phone me"])
def test_phone_that_is_not_rwandan_mobile(typed):
    with pytest.raises(ValidationError, match="not a Rwandan mobile number"):
        customers.normalise_phone(typed)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (CustomerInput(CustomerKind.VISITOR, "", phone="0788123456"), "full_name"),
        (CustomerInput(CustomerKind.VISITOR, "A" * 121, phone="0788123456"), "full_name"),
        (CustomerInput(CustomerKind.VISITOR, "Eric Habimana"), "phone"),
        (CustomerInput(CustomerKind.PATIENT, "Jeanne Uwera", ward="Maternity"), "bed"),
        (CustomerInput(CustomerKind.STAFF, "Jeanne Uwera", email="not-an-email"), "email"),
        (CustomerInput(CustomerKind.PATIENT, "Jeanne Uwera", ward="W" * 41, bed="1"), "ward"),
    ],
)
def test_bad_customer_input_names_the_field(uow_factory, admin, data, field):
    with pytest.raises(ValidationError) as error:
        customers.create_customer(uow_factory(), admin, data)
    assert error.value.field == field


def test_search_by_name_phone_ward_bed_and_employee_number(uow_factory, admin, kitchen):
    def names(text):
        return [c.full_name for c in customers.search_customers(uow_factory(), DESK, text)]

    assert names("uwer") == ["Jeanne Uwera"]
    assert names("0788 123 456") == ["Eric Habimana"]
    assert names("maternity 12a") == ["Jeanne Uwera"]
    assert names("BK-0042") == ["Diane Mukamana"]
    assert names("") == []


def test_the_same_person_is_not_registered_twice(uow_factory, admin, kitchen):
    with pytest.raises(ValidationError, match="already registered as C-") as error:
        customers.create_customer(
            uow_factory(),
            admin,
            CustomerInput(CustomerKind.VISITOR, "eric  habimana", phone="+250788123456"),
        )
    assert error.value.field == "full_name"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (MenuItemInput("", "Mains", MealPeriod.LUNCH, 1000), "name"),
        (MenuItemInput("X" * 81, "Mains", MealPeriod.LUNCH, 1000), "name"),
        (MenuItemInput("Soup", "", MealPeriod.LUNCH, 1000), "category"),
        (MenuItemInput("Soup", "Mains", MealPeriod.LUNCH, -5), "price_rwf"),
        (MenuItemInput("Isombe N'umuceri", "Mains", MealPeriod.LUNCH, 1000), "name"),
    ],
)
def test_bad_menu_input(uow_factory, admin, kitchen, data, field):
    with pytest.raises(ValidationError) as error:
        menu.save_item(uow_factory(), admin, data)
    assert error.value.field == field


def test_only_admins_change_the_menu(uow_factory, kitchen):
    with pytest.raises(PermissionDenied):
        menu.set_available(uow_factory(), DESK, kitchen.juice, False)


def test_unavailable_dish_cannot_be_priced(uow_factory, admin, kitchen):
    menu.set_available(uow_factory(), admin, kitchen.juice, False)
    with pytest.raises(ValidationError, match="Passion juice is not available"):
        pricing.quote(uow_factory(), DESK, kitchen.visitor, [pricing.LineRequest(kitchen.juice, 1)])
