"""The menu: categories, items, meal periods, diet tags and allergens."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UtcDateTime, enum_column, utcnow


class MealPeriod(enum.StrEnum):
    BREAKFAST = "breakfast"
    LUNCH = "lunch"
    DINNER = "dinner"
    SNACK = "snack"
    ALL_DAY = "all_day"


class Allergen(enum.StrEnum):
    GLUTEN = "gluten"
    MILK = "milk"
    EGGS = "eggs"
    PEANUTS = "peanuts"
    TREE_NUTS = "tree_nuts"
    SOY = "soy"
    FISH = "fish"
    SHELLFISH = "shellfish"
    SESAME = "sesame"
    CELERY = "celery"
    MUSTARD = "mustard"


class DietTag(enum.StrEnum):
    """Properties of a dish; meal plans allow or forbid them."""

    VEGETARIAN = "vegetarian"
    VEGAN = "vegan"
    GLUTEN_FREE = "gluten_free"
    LOW_SODIUM = "low_sodium"
    LOW_SUGAR = "low_sugar"
    HIGH_PROTEIN = "high_protein"
    LOW_CARB = "low_carb"
    RENAL_SAFE = "renal_safe"
    FRIED = "fried"
    SPICY = "spicy"
    CONTAINS_MEAT = "contains_meat"
    HIGH_SUGAR = "high_sugar"


class TaxType(enum.StrEnum):
    """The VAT treatment of a dish on its EBM fiscal receipt (the RRA's tax type codes)."""

    EXEMPT = "A"
    STANDARD = "B"  # 18 % VAT
    ZERO_RATED = "C"
    NON_VAT = "D"


# The RRA item classification code a dish has until someone gives it its own (prepared meals).
DEFAULT_ITEM_CLASS_CODE = "5020230100"


class MenuCategory(Base):
    __tablename__ = "menu_categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    sort_order: Mapped[int] = mapped_column(default=0)


class MenuItem(Base):
    __tablename__ = "menu_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("menu_categories.id"))
    meal_period: Mapped[MealPeriod] = mapped_column(enum_column(MealPeriod, "meal_period"))
    price_rwf: Mapped[int]
    description: Mapped[str] = mapped_column(Text, default="")
    is_available: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # Fiscal receipts: the dish's tax type (a TaxType value) and RRA item classification code.
    tax_type: Mapped[str] = mapped_column(String(1), default=TaxType.STANDARD.value)
    item_class_code: Mapped[str] = mapped_column(String(10), default=DEFAULT_ITEM_CLASS_CODE)

    category: Mapped[MenuCategory] = relationship(lazy="selectin")
    diet_tags: Mapped[list[MenuItemDietTag]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )
    allergens: Mapped[list[MenuItemAllergen]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )

    __table_args__ = (
        CheckConstraint("price_rwf >= 0", name="price_not_negative"),
        CheckConstraint("tax_type IN ('A', 'B', 'C', 'D')", name="tax_type_known"),
    )


class MenuItemDietTag(Base):
    __tablename__ = "menu_item_diet_tags"

    menu_item_id: Mapped[int] = mapped_column(
        ForeignKey("menu_items.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[DietTag] = mapped_column(enum_column(DietTag, "menu_diet_tag"), primary_key=True)


class MenuItemAllergen(Base):
    __tablename__ = "menu_item_allergens"

    menu_item_id: Mapped[int] = mapped_column(
        ForeignKey("menu_items.id", ondelete="CASCADE"), primary_key=True
    )
    allergen: Mapped[Allergen] = mapped_column(
        enum_column(Allergen, "menu_allergen"), primary_key=True
    )
