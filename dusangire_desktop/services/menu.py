"""The menu: categories and items with meal periods, RWF prices, diet tags and allergens."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from ..models.menu import (
    DEFAULT_ITEM_CLASS_CODE,
    Allergen,
    DietTag,
    MealPeriod,
    MenuCategory,
    MenuItem,
    MenuItemAllergen,
    MenuItemDietTag,
    TaxType,
)
from ..models.orders import Order, OrderLine, OrderStatus
from . import audit
from .amounts import MAX_PRICE_RWF, count, whole_rwf
from .auth import Actor, Permission
from .changes import Area
from .errors import NotFound, ValidationError
from .textsearch import contains, search_text
from .uow import UnitOfWork

__all__ = [
    "DEFAULT_ITEM_CLASS_CODE",
    "MAX_PRICE_RWF",
    "Allergen",
    "DietTag",
    "MealPeriod",
    "TaxType",
]


@dataclass(frozen=True)
class MenuItemView:
    id: int
    name: str
    category: str
    meal_period: MealPeriod
    price_rwf: int
    description: str
    is_available: bool
    diet_tags: tuple[DietTag, ...]
    allergens: tuple[Allergen, ...]
    tax_type: TaxType = TaxType.STANDARD
    item_class_code: str = DEFAULT_ITEM_CLASS_CODE


@dataclass(frozen=True)
class MenuItemInput:
    name: str
    category: str
    meal_period: MealPeriod
    price_rwf: int
    description: str = ""
    diet_tags: tuple[DietTag, ...] = ()
    allergens: tuple[Allergen, ...] = ()
    is_available: bool = True
    tax_type: TaxType | str = TaxType.STANDARD
    item_class_code: str = DEFAULT_ITEM_CLASS_CODE


def view_of(item: MenuItem) -> MenuItemView:
    return MenuItemView(
        item.id,
        item.name,
        item.category.name,
        item.meal_period,
        item.price_rwf,
        item.description,
        item.is_available,
        tuple(sorted((t.tag for t in item.diet_tags), key=lambda t: t.value)),
        tuple(sorted((a.allergen for a in item.allergens), key=lambda a: a.value)),
        tax_type=TaxType(item.tax_type),
        item_class_code=item.item_class_code,
    )


def list_categories(uow: UnitOfWork, actor: Actor) -> list[str]:
    with uow:
        actor = uow.authorize(actor, Permission.VIEW_CUSTOMERS)
        return list(
            uow.session.scalars(
                select(MenuCategory.name).order_by(MenuCategory.sort_order, MenuCategory.name)
            )
        )


def most_ordered(
    uow: UnitOfWork, actor: Actor, *, limit: int = 8, days: int = 28
) -> list[MenuItemView]:
    """The available dishes ordered most (by quantity) in the last `days` days, most first: the
    desk's quick keys."""
    limit = count(limit, field="limit", what="number of dishes", maximum=50)
    days = count(days, field="days", what="number of days", maximum=366)
    with uow:
        actor = uow.authorize(actor, Permission.TAKE_ORDERS)
        since = uow.now() - timedelta(days=days)
        ordered = (
            select(OrderLine.menu_item_id, func.sum(OrderLine.quantity).label("quantity"))
            .join(Order, Order.id == OrderLine.order_id)
            .where(Order.placed_at >= since,
                   Order.status.not_in((OrderStatus.CANCELLED, OrderStatus.REFUNDED)))
            .group_by(OrderLine.menu_item_id)
            .subquery()
        )  # fmt: skip
        query = (
            select(MenuItem)
            .join(ordered, ordered.c.menu_item_id == MenuItem.id)
            .where(MenuItem.is_available)
            .order_by(ordered.c.quantity.desc(), MenuItem.name)
            .limit(limit)
        )
        return [view_of(item) for item in uow.session.scalars(query)]


def list_menu(
    uow: UnitOfWork,
    actor: Actor,
    *,
    text: str = "",
    category: str | None = None,
    meal_period: MealPeriod | None = None,
    diet_tag: DietTag | None = None,
    include_unavailable: bool = False,
) -> list[MenuItemView]:
    """The dishes whose name holds `text` (case and accents folded, see `textsearch`)."""
    text = search_text(text, field="text")
    query = select(MenuItem).join(MenuCategory).order_by(MenuCategory.sort_order, MenuItem.name)
    if text:
        query = query.where(contains(MenuItem.name, text))
    if category:
        query = query.where(MenuCategory.name == category)
    if meal_period:
        query = query.where(MenuItem.meal_period.in_((meal_period, MealPeriod.ALL_DAY)))
    if diet_tag:
        query = query.where(
            MenuItem.id.in_(
                select(MenuItemDietTag.menu_item_id).where(MenuItemDietTag.tag == diet_tag)
            )
        )
    if not include_unavailable:
        query = query.where(MenuItem.is_available)
    with uow:
        actor = uow.authorize(actor, Permission.VIEW_CUSTOMERS)
        return [view_of(item) for item in uow.session.scalars(query)]


def _validated(data: MenuItemInput) -> tuple[str, str, int]:
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError("Enter the dish's name.", field="name")
    if len(name) > 80:
        raise ValidationError("The name may have at most 80 characters.", field="name")
    category = " ".join(data.category.split())
    if not category:
        raise ValidationError("Choose or type a category.", field="category")
    if len(category) > 60:
        raise ValidationError("The category may have at most 60 characters.", field="category")
    price = whole_rwf(data.price_rwf, field="price_rwf", what="the price", maximum=MAX_PRICE_RWF)
    return name, category, price


def fiscal_fields(tax_type: TaxType | str, item_class_code: str) -> tuple[TaxType, str]:
    """A dish's tax type and RRA item classification code, checked: a type the EBM knows (A to
    D) and a code of 10 digits, as the RRA's classification list writes them."""
    try:
        checked = TaxType(tax_type)
    except ValueError:
        raise ValidationError(
            "The tax type is A (exempt), B (18 % VAT), C (zero-rated) or D (non-VAT).",
            field="tax_type",
        ) from None
    code = item_class_code.strip()
    if not re.fullmatch(r"\d{10}", code):
        raise ValidationError(
            "The item classification code has 10 digits, like 5020230100.",
            field="item_class_code",
        )
    return checked, code


def _category(uow: UnitOfWork, name: str) -> MenuCategory:
    category = uow.session.scalar(select(MenuCategory).where(MenuCategory.name == name))
    if category is None:
        category = MenuCategory(name=name, sort_order=100)
        uow.session.add(category)
        uow.flush()
    return category


def save_item(
    uow: UnitOfWork,
    actor: Actor,
    data: MenuItemInput,
    item_id: int | None = None,
    *,
    also: Callable[[UnitOfWork, Actor, MenuItem], None] | None = None,
) -> MenuItemView:
    """Create or change a dish; orders already placed keep the price they were placed at.
    `also` saves more of the dish in the same transaction (the food service's serving levels)."""
    name, category_name, price = _validated(data)
    tax_type, class_code = fiscal_fields(data.tax_type, data.item_class_code)
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_MENU)
        clash = uow.session.scalar(
            select(MenuItem.id).where(
                func.lower(MenuItem.name) == name.lower(), MenuItem.id != (item_id or -1)
            )
        )
        if clash:
            raise ValidationError(f"A dish called '{name}' is already on the menu.", field="name")
        category = _category(uow, category_name)
        if item_id is None:
            item = MenuItem(name=name, created_at=uow.now())
            uow.session.add(item)
            old_price = None
        else:
            found = uow.session.get(MenuItem, item_id, with_for_update=True)
            if found is None:
                raise NotFound("That dish no longer exists. Refresh the menu.")
            item, old_price = found, found.price_rwf
        item.name = name
        item.category = category
        item.meal_period = MealPeriod(data.meal_period)
        item.price_rwf = price
        item.description = data.description.strip()[:2000]
        item.is_available = data.is_available
        item.diet_tags = [MenuItemDietTag(tag=DietTag(t)) for t in set(data.diet_tags)]
        item.allergens = [MenuItemAllergen(allergen=Allergen(a)) for a in set(data.allergens)]
        old_tax = (item.tax_type, item.item_class_code) if old_price is not None else None
        item.tax_type, item.item_class_code = tax_type.value, class_code
        uow.flush()
        if also is not None:
            also(uow, actor, item)
        audit.record(
            uow.session,
            actor,
            "menu_item_saved",
            "menu_item",
            item.id,
            old_price_rwf=old_price,
            price_rwf=price,
            **_tax_change(old_tax, tax_type, class_code),
        )
        uow.record(Area.MENU, [item.id])
        uow.commit()
        return view_of(item)


def _tax_change(old: tuple[str, str] | None, tax_type: TaxType, code: str) -> dict[str, Any]:
    """The audit's words for a new dish's fiscal fields, or for a change of them."""
    if old is not None and old == (tax_type.value, code):
        return {}
    return {"tax_type": tax_type.value, "item_class_code": code}


def set_available(uow: UnitOfWork, actor: Actor, item_id: int, available: bool) -> MenuItemView:
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_MENU)
        item = uow.session.get(MenuItem, item_id, with_for_update=True)
        if item is None:
            raise NotFound("That dish no longer exists. Refresh the menu.")
        item.is_available = available
        audit.record(
            uow.session, actor, "menu_item_availability", "menu_item", item.id, available=available
        )
        uow.record(Area.MENU, [item.id])
        uow.commit()
        return view_of(item)
