"""A small hospital for the food service: wards, a diet-aware menu, staff and patients."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

import pytest

from dusangire_desktop.models.staff import Role, Staff
from dusangire_desktop.services import customers, menu
from dusangire_desktop.services.auth import Actor, hash_password
from dusangire_desktop.services.customers import Allergen, CustomerInput, CustomerKind
from dusangire_desktop.services.food_service import diet_orders, stays, wards
from dusangire_desktop.services.menu import DietTag, MealPeriod, MenuItemInput
from dusangire_desktop.services.orders import PaymentInput, PaymentMethod
from dusangire_desktop.services.pricing import LineRequest


@dataclass
class Ward:
    desk: Actor
    manager: Actor
    nutritionist: Actor
    isombe: int  # vegetarian, regular texture
    brochette: int  # meat, fried
    porridge: int  # low sugar, served puréed and liquidised too
    juice: int  # high sugar
    stew: int  # peanuts
    jean: int  # customer ids
    jeanne: int
    visitor: int
    jean_stay: int
    jeanne_stay: int

    def cash(self, amount: int = 10_000) -> PaymentInput:
        return PaymentInput(PaymentMethod.CASH, amount)

    def lines(self, *items: int) -> list[LineRequest]:
        return [LineRequest(i, 1) for i in items]


def _staff(uow_factory, username: str, name: str, role: Role) -> Actor:
    with uow_factory() as uow:
        staff = Staff(
            username=username,
            full_name=name,
            role=role,
            password_hash=hash_password("Secret-pass-2026"),
            must_change_password=False,
            created_at=uow.now(),
        )
        uow.session.add(staff)
        uow.commit()
        return Actor.from_staff(staff)


@pytest.fixture
def ward(uow_factory, admin) -> Ward:
    wards.save_ward(uow_factory(), admin, "Surgical", 1, high_risk=False)
    wards.save_ward(uow_factory(), admin, "Maternity", 2)
    wards.save_ward(uow_factory(), admin, "Paediatrics", 3)
    wards.set_ward_cutoff(uow_factory(), admin, "Maternity", MealPeriod.LUNCH, time(11, 0))

    def dish(name, price, tags=(), allergens=(), period=MealPeriod.LUNCH):
        return menu.save_item(
            uow_factory(),
            admin,
            MenuItemInput(
                name, "Mains", period, price, diet_tags=tuple(tags), allergens=tuple(allergens)
            ),
        ).id

    isombe = dish("Isombe n'umuceri", 3500, [DietTag.VEGETARIAN, DietTag.LOW_SUGAR])
    brochette = dish("Goat brochette", 2000, [DietTag.CONTAINS_MEAT, DietTag.FRIED])
    porridge = dish(
        "Sorghum porridge", 1500, [DietTag.LOW_SUGAR, DietTag.VEGETARIAN], period=MealPeriod.ALL_DAY
    )
    juice = dish("Passion juice", 1000, [DietTag.HIGH_SUGAR], period=MealPeriod.ALL_DAY)
    stew = dish("Peanut stew", 3000, allergens=[Allergen.PEANUTS])
    diet_orders.set_dish_textures(uow_factory(), admin, porridge, ("3", "4", "7"))

    def patient(name, ward_name, bed, allergies=()):
        return customers.create_customer(
            uow_factory(),
            admin,
            CustomerInput(
                CustomerKind.PATIENT, name, ward=ward_name, bed=bed, allergies=tuple(allergies)
            ),
        ).id

    jean = patient("Jean Bosco Nshimiyimana", "Surgical", "4")
    jeanne = patient("Jeanne Uwera", "Maternity", "12A", [Allergen.PEANUTS])
    visitor = customers.create_customer(
        uow_factory(), admin, CustomerInput(CustomerKind.VISITOR, "Eric Habimana", "0788123456")
    ).id
    desk = _staff(uow_factory, "desk", "Claudine Mukeshimana", Role.FRONT_DESK)
    manager = _staff(uow_factory, "boss", "Patrick Kagame", Role.MANAGER)
    nutritionist = _staff(uow_factory, "nutri", "Dr. Alice Uwase", Role.NUTRITIONIST)
    jean_stay = stays.admit(uow_factory(), desk, jean, "Surgical", "4").id
    jeanne_stay = stays.admit(uow_factory(), desk, jeanne, "Maternity", "12A").id
    return Ward(
        desk,
        manager,
        nutritionist,
        isombe,
        brochette,
        porridge,
        juice,
        stew,
        jean,
        jeanne,
        visitor,
        jean_stay,
        jeanne_stay,
    )
