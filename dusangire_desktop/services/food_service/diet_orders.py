"""Diet orders: therapeutic diets, IDDSI texture and drink levels, NPO, allergies; every change
kept (a new version closes the one before), and what a diet allows from the menu."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models.customers import Customer
from ...models.food_service import DietOrder, FoodTexture, MenuItemDrinkLevel, MenuItemTexture
from ...models.menu import Allergen, DietTag, MenuItem
from ...models.staff import Staff
from ...models.subscriptions import TherapeuticCategory
from .. import audit
from ..auth import Actor, Permission
from ..changes import Area
from ..errors import ValidationError
from ..menu import MenuItemView, view_of
from ..uow import UnitOfWork, retried_once
from .common import DRINK_WORDS, TEXTURE_WORDS, DietView, current_diet, diet_view, get_stay, name_of

T = TherapeuticCategory
# A diet needs dishes carrying these tags, and refuses dishes carrying those.
DIET_NEEDS: dict[TherapeuticCategory, frozenset[DietTag]] = {
    T.DIABETIC_FRIENDLY: frozenset({DietTag.LOW_SUGAR}),
    T.RENAL: frozenset({DietTag.RENAL_SAFE}),
    T.LOW_SODIUM: frozenset({DietTag.LOW_SODIUM}),
    T.GLUTEN_FREE: frozenset({DietTag.GLUTEN_FREE}),
    T.VEGETARIAN: frozenset({DietTag.VEGETARIAN}),
    T.KETO: frozenset({DietTag.LOW_CARB}),
}
DIET_REFUSES: dict[TherapeuticCategory, frozenset[DietTag]] = {
    T.DIABETIC_FRIENDLY: frozenset({DietTag.HIGH_SUGAR}),
    T.VEGETARIAN: frozenset({DietTag.CONTAINS_MEAT}),
    T.KETO: frozenset({DietTag.HIGH_SUGAR}),
    T.LOW_SODIUM: frozenset({DietTag.FRIED}),
}
SCALE = ", ".join(TEXTURE_WORDS.values())


@dataclass(frozen=True)
class DietOrderInput:
    diets: tuple[TherapeuticCategory, ...] = ()
    texture: str = FoodTexture.REGULAR.value  # IDDSI food level: 3, 4, 5, 6, 7ec or 7
    drink_level: int = 0  # IDDSI drink level 0 (thin) to 4 (extremely thick)
    npo: bool = False
    npo_reason: str = ""
    npo_until: datetime | None = None
    allergens: tuple[Allergen, ...] = ()
    intolerances: str = ""
    notes: str = ""


def parse_texture(value: object) -> FoodTexture:
    text = str(value).strip().lower().replace(" ", "")
    try:
        return FoodTexture(text)
    except ValueError:
        raise ValidationError(
            f"Texture level {value!s} is not on the IDDSI food scale; choose one of: {SCALE}.",
            field="texture",
        ) from None


def _checked(data: DietOrderInput, now: datetime) -> dict[str, object]:
    texture = parse_texture(data.texture)
    if (
        not isinstance(data.drink_level, int)
        or isinstance(data.drink_level, bool)
        or not (0 <= data.drink_level <= 4)
    ):
        raise ValidationError(
            f"Drink level {data.drink_level} is not on the IDDSI drink scale: 0 thin to 4 "
            "extremely thick.",
            field="drink_level",
        )
    reason = " ".join(data.npo_reason.split())
    if data.npo:
        if len(reason) < 3:
            raise ValidationError(
                "Give the reason for nothing by mouth (e.g. surgery).", field="npo_reason"
            )
        if data.npo_until is None:
            raise ValidationError(
                "Say until when the patient takes nothing by mouth.", field="npo_until"
            )
        if data.npo_until.tzinfo is None or data.npo_until <= now:
            raise ValidationError(
                "Nothing by mouth must last until a time still to come.", field="npo_until"
            )
    for text, field, limit in (
        (reason, "npo_reason", 200),
        (data.intolerances, "intolerances", 300),
        (data.notes, "notes", 1000),
    ):
        if len(text) > limit:
            raise ValidationError(f"At most {limit} characters.", field=field)
    return {
        "diets": ",".join(sorted({TherapeuticCategory(d).value for d in data.diets})),
        "texture": texture,
        "drink_level": data.drink_level,
        "npo": data.npo,
        "npo_reason": reason if data.npo else None,
        "npo_until": data.npo_until if data.npo else None,
        "allergens": ",".join(sorted({Allergen(a).value for a in data.allergens})),
        "intolerances": " ".join(data.intolerances.split()),
        "notes": data.notes.strip(),
    }


def _write(
    uow: UnitOfWork, actor: Actor, stay_id: int, values: dict[str, object], action: str
) -> DietView:
    session = uow.session
    stay = get_stay(session, stay_id)
    if stay.discharged_at is not None:
        raise ValidationError(
            f"{name_of(session, stay.customer_id)} has been discharged; "
            "a diet order is written for an admitted patient."
        )
    now = uow.now()
    old = session.scalar(
        select(DietOrder)
        .where(DietOrder.stay_id == stay_id, DietOrder.replaced_at.is_(None))
        .with_for_update()
    )
    if old is not None:
        old.replaced_at = now
        session.flush()
    order = DietOrder(stay_id=stay_id, written_at=now, written_by_id=actor.staff_id, **values)
    session.add(order)
    uow.flush()
    audit.record(
        session,
        actor,
        action,
        "stay",
        stay_id,
        diet_order=order.id,
        written={k: str(v) for k, v in values.items() if v not in (None, "")},
    )
    uow.record(Area.WARDS, [stay_id])
    uow.commit()
    return diet_view(order, actor.full_name)


@retried_once
def write_diet_order(uow: UnitOfWork, actor: Actor, stay_id: int, data: DietOrderInput) -> DietView:
    """A new version of the stay's diet order (nutritionists and administrators)."""
    with uow:
        actor = uow.authorize(actor, Permission.WRITE_DIET_ORDERS)
        return _write(uow, actor, stay_id, _checked(data, uow.now()), "diet_order_written")


@retried_once
def lift_npo(uow: UnitOfWork, actor: Actor, stay_id: int) -> DietView:
    with uow:
        actor = uow.authorize(actor, Permission.WRITE_DIET_ORDERS)
        old = current_diet(uow.session, stay_id)
        if not old.npo:
            raise ValidationError("This patient is not on nothing by mouth.")
        data = DietOrderInput(
            old.diets,
            old.texture.value,
            old.drink_level,
            False,
            "",
            None,
            old.allergens,
            old.intolerances,
            old.notes,
        )
        return _write(uow, actor, stay_id, _checked(data, uow.now()), "npo_lifted")


def diet_of(uow: UnitOfWork, actor: Actor, stay_id: int) -> DietView:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_WARDS)
        get_stay(uow.session, stay_id)
        return _with_writer(uow.session, current_diet(uow.session, stay_id))


def _with_writer(session: Session, diet: DietView) -> DietView:
    if diet.id is None:
        return diet
    order = session.get(DietOrder, diet.id)
    staff = session.get(Staff, order.written_by_id) if order and order.written_by_id else None
    return diet_view(order, staff.full_name if staff else "command line")


def history(uow: UnitOfWork, actor: Actor, stay_id: int) -> list[DietView]:
    """Every version, newest first, with who wrote it and when."""
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_WARDS)
        rows = uow.session.scalars(
            select(DietOrder)
            .where(DietOrder.stay_id == stay_id)
            .order_by(DietOrder.written_at.desc(), DietOrder.id.desc())
        )
        return [_with_writer(uow.session, diet_view(r)) for r in rows]


def textures_of(session: Session, item_id: int) -> frozenset[FoodTexture]:
    rows = session.scalars(
        select(MenuItemTexture.texture).where(MenuItemTexture.menu_item_id == item_id)
    )
    return frozenset(rows) or frozenset({FoodTexture.REGULAR})


def drinks_of(session: Session, item_id: int) -> frozenset[int]:
    """The IDDSI drink levels a drink is served at (empty: the item is not a drink)."""
    rows = session.scalars(
        select(MenuItemDrinkLevel.level).where(MenuItemDrinkLevel.menu_item_id == item_id)
    )
    return frozenset(rows)


def outside_diet(
    diet: DietView,
    item: MenuItemView,
    textures: frozenset[FoodTexture],
    patient_allergies: frozenset[Allergen] = frozenset(),
    drinks: frozenset[int] = frozenset(),
) -> list[str]:
    """Why a dish is outside the diet order, in words for the desk (empty: it is allowed).
    A drink (`drinks` not empty) must be served at the patient's drink level exactly: a thinner
    drink is unsafe to swallow, a thicker one is not what was prescribed."""
    reasons = []
    tags = set(item.diet_tags)
    for d in diet.diets:
        missing = DIET_NEEDS.get(d, frozenset()) - tags
        refused = DIET_REFUSES.get(d, frozenset()) & tags
        if missing or refused:
            reasons.append(f"{item.name} is not {d.value.replace('_', ' ')}")
    # A drink is judged by its thickness, a dish by its texture.
    if not drinks and diet.texture != FoodTexture.REGULAR and diet.texture not in textures:
        reasons.append(f"{item.name} is not served {TEXTURE_WORDS[diet.texture]}")
    if drinks and diet.drink_level not in drinks:
        reasons.append(f"{item.name} is not served at drink level {DRINK_WORDS[diet.drink_level]}")
    for allergen in sorted(set(item.allergens) & (set(diet.allergens) | patient_allergies)):
        reasons.append(f"{item.name} contains {allergen.value.replace('_', ' ')}")
    return reasons


@dataclass(frozen=True)
class DietMenuItem:
    item: MenuItemView
    reasons: tuple[str, ...]  # empty: allowed by the diet order

    @property
    def allowed(self) -> bool:
        return not self.reasons


def diet_menu(uow: UnitOfWork, actor: Actor, stay_id: int) -> list[DietMenuItem]:
    """The available menu marked with what the stay's diet order allows."""
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.TAKE_ORDERS)
        diet = current_diet(uow.session, stay_id)
        patient = uow.session.get(Customer, get_stay(uow.session, stay_id).customer_id)
        allergies = frozenset(a.allergen for a in patient.allergies) if patient else frozenset()
        items = uow.session.scalars(
            select(MenuItem).where(MenuItem.is_available).order_by(MenuItem.name)
        )
        return [
            DietMenuItem(
                view,
                tuple(
                    outside_diet(
                        diet,
                        view,
                        textures_of(uow.session, i.id),
                        allergies,
                        drinks_of(uow.session, i.id),
                    )
                ),
            )
            for i in items
            for view in (view_of(i),)
        ]


def set_dish_textures(
    uow: UnitOfWork, actor: Actor, item_id: int, textures: tuple[str, ...]
) -> None:
    """The IDDSI levels a dish can be served at (regular only when none)."""
    levels = {parse_texture(t) for t in textures}
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_MENU)
        if uow.session.get(MenuItem, item_id) is None:
            raise ValidationError("That dish no longer exists.")
        for row in uow.session.scalars(
            select(MenuItemTexture).where(MenuItemTexture.menu_item_id == item_id)
        ):
            uow.session.delete(row)
        uow.session.flush()
        uow.session.add_all(MenuItemTexture(menu_item_id=item_id, texture=t) for t in levels)
        audit.record(
            uow.session,
            actor,
            "dish_textures_set",
            "menu_item",
            item_id,
            textures=sorted(t.value for t in levels),
        )
        uow.record(Area.MENU, [item_id])
        uow.commit()
