"""What each dish can be served at for the diet rules: IDDSI food textures (3 liquidised to 7
regular) and, for a drink, IDDSI drink thicknesses (0 thin to 4 extremely thick)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models.food_service import FoodTexture, MenuItemDrinkLevel, MenuItemTexture
from ...models.menu import MenuItem
from .. import audit, menu
from ..auth import Actor, Permission
from ..changes import Area
from ..errors import ValidationError
from ..menu import MenuItemInput, MenuItemView
from ..uow import UnitOfWork
from .diet_orders import parse_texture

TEXTURE_ORDER = tuple(FoodTexture)


@dataclass(frozen=True)
class DishLevels:
    """A dish's serving levels; no textures means regular only, no drink levels: not a drink."""

    textures: tuple[FoodTexture, ...] = ()
    drink_levels: tuple[int, ...] = ()

    @property
    def is_drink(self) -> bool:
        return bool(self.drink_levels)


def _textures(values: Iterable[object]) -> tuple[FoodTexture, ...]:
    chosen = {parse_texture(v) for v in values}
    return tuple(t for t in TEXTURE_ORDER if t in chosen)


def _drinks(values: Iterable[object]) -> tuple[int, ...]:
    levels = set()
    for value in values:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 4:
            raise ValidationError(
                f"Drink level {value!s} is not on the IDDSI drink scale (0 thin to 4 extremely "
                "thick).",
                field="drink_levels",
            )
        levels.add(value)
    return tuple(sorted(levels))


def levels(textures: Iterable[object], drink_levels: Iterable[object]) -> DishLevels:
    """Checked serving levels (refused with the field named)."""
    return DishLevels(_textures(textures), _drinks(drink_levels))


def _write(uow: UnitOfWork, actor: Actor, item: MenuItem, chosen: DishLevels) -> None:
    session = uow.session
    for old in session.scalars(
        select(MenuItemTexture).where(MenuItemTexture.menu_item_id == item.id)
    ):
        session.delete(old)
    for old_drink in session.scalars(
        select(MenuItemDrinkLevel).where(MenuItemDrinkLevel.menu_item_id == item.id)
    ):
        session.delete(old_drink)
    session.flush()
    session.add_all(MenuItemTexture(menu_item_id=item.id, texture=t) for t in chosen.textures)
    session.add_all(MenuItemDrinkLevel(menu_item_id=item.id, level=d) for d in chosen.drink_levels)
    audit.record(
        session,
        actor,
        "dish_levels_set",
        "menu_item",
        item.id,
        textures=[t.value for t in chosen.textures],
        drink_levels=list(chosen.drink_levels),
    )


def save_dish(
    uow: UnitOfWork,
    actor: Actor,
    data: MenuItemInput,
    item_id: int | None,
    chosen: DishLevels,
) -> MenuItemView:
    """The menu item and its serving levels in one transaction: nothing half-saved."""
    return menu.save_item(
        uow, actor, data, item_id, also=lambda u, a, item: _write(u, a, item, chosen)
    )


def set_dish_levels(uow: UnitOfWork, actor: Actor, item_id: int, chosen: DishLevels) -> None:
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_MENU)
        item = uow.session.get(MenuItem, item_id, with_for_update=True)
        if item is None:
            raise ValidationError("That dish no longer exists. Refresh the menu.")
        _write(uow, actor, item, chosen)
        uow.record(Area.MENU, [item_id])
        uow.commit()


def _all_levels(session: Session) -> dict[int, DishLevels]:
    textures: dict[int, set[FoodTexture]] = {}
    drinks: dict[int, set[int]] = {}
    for item_id, texture in session.execute(
        select(MenuItemTexture.menu_item_id, MenuItemTexture.texture)
    ):
        textures.setdefault(item_id, set()).add(texture)
    for item_id, level in session.execute(
        select(MenuItemDrinkLevel.menu_item_id, MenuItemDrinkLevel.level)
    ):
        drinks.setdefault(item_id, set()).add(level)
    return {
        item_id: DishLevels(
            tuple(t for t in TEXTURE_ORDER if t in textures.get(item_id, set())),
            tuple(sorted(drinks.get(item_id, set()))),
        )
        for item_id in textures.keys() | drinks.keys()
    }


def dish_levels(uow: UnitOfWork, actor: Actor) -> dict[int, DishLevels]:
    """Every dish's serving levels by menu item id (dishes not listed: regular, not a drink)."""
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_CUSTOMERS)
        return _all_levels(uow.session)
