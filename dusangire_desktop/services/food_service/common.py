"""What the food-service modules share: the views of a stay and of a diet order, and lookups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models.customers import Customer
from ...models.food_service import DietOrder, FoodTexture, Stay, TrayStatus, Ward
from ...models.menu import Allergen, MealPeriod
from ...models.subscriptions import TherapeuticCategory
from ..errors import NotFound, ValidationError
from ..messages import QT_TRANSLATE_NOOP

__all__ = ["Allergen", "FoodTexture", "MealPeriod", "TherapeuticCategory", "TrayStatus"]

# Marked: a refusal names the level in the desk's language (Text(TEXTURE_WORDS[...])).
TEXTURE_WORDS = {
    FoodTexture.LIQUIDISED: QT_TRANSLATE_NOOP("errors", "3 liquidised"),
    FoodTexture.PUREED: QT_TRANSLATE_NOOP("errors", "4 puréed"),
    FoodTexture.MINCED_MOIST: QT_TRANSLATE_NOOP("errors", "5 minced and moist"),
    FoodTexture.SOFT_BITE_SIZED: QT_TRANSLATE_NOOP("errors", "6 soft and bite-sized"),
    FoodTexture.EASY_TO_CHEW: QT_TRANSLATE_NOOP("errors", "7 easy to chew"),
    FoodTexture.REGULAR: QT_TRANSLATE_NOOP("errors", "7 regular"),
}
DRINK_WORDS = {
    0: QT_TRANSLATE_NOOP("errors", "0 thin"),
    1: QT_TRANSLATE_NOOP("errors", "1 slightly thick"),
    2: QT_TRANSLATE_NOOP("errors", "2 mildly thick"),
    3: QT_TRANSLATE_NOOP("errors", "3 moderately thick"),
    4: QT_TRANSLATE_NOOP("errors", "4 extremely thick"),
}
# Diets a desk calls before the cut-off when the patient has not ordered.
HIGH_RISK_DIETS = frozenset({TherapeuticCategory.DIABETIC_FRIENDLY, TherapeuticCategory.RENAL})


@dataclass(frozen=True)
class StayView:
    id: int
    customer_id: int
    patient: str
    reference: str
    ward: str
    bed: str
    admitted_at: datetime
    discharged_at: datetime | None
    guest_trays_per_meal: int
    version: int

    @property
    def place(self) -> str:
        return f"{self.ward} · {self.bed}"


@dataclass(frozen=True)
class DietView:
    """The diet order in force for a stay (a regular diet when none was written)."""

    id: int | None
    diets: tuple[TherapeuticCategory, ...]
    texture: FoodTexture
    drink_level: int
    npo: bool
    npo_reason: str | None
    npo_until: datetime | None
    allergens: tuple[Allergen, ...]
    intolerances: str
    notes: str
    written_at: datetime | None
    written_by: str

    @property
    def high_risk(self) -> bool:
        return bool(HIGH_RISK_DIETS & set(self.diets))

    def npo_at(self, moment: datetime) -> bool:
        return self.npo and self.npo_until is not None and moment < self.npo_until


REGULAR_DIET = DietView(None, (), FoodTexture.REGULAR, 0, False, None, None, (), "", "", None, "")


def split(values: str) -> list[str]:
    return [v for v in values.split(",") if v]


def diet_view(order: DietOrder | None, written_by: str = "") -> DietView:
    if order is None:
        return REGULAR_DIET
    return DietView(
        order.id,
        tuple(TherapeuticCategory(d) for d in split(order.diets)),
        order.texture,
        order.drink_level,
        order.npo,
        order.npo_reason,
        order.npo_until,
        tuple(Allergen(a) for a in split(order.allergens)),
        order.intolerances,
        order.notes,
        order.written_at,
        written_by,
    )


def current_diet(session: Session, stay_id: int) -> DietView:
    order = session.scalar(
        select(DietOrder).where(DietOrder.stay_id == stay_id, DietOrder.replaced_at.is_(None))
    )
    return diet_view(order)


def stay_view(session: Session, stay: Stay) -> StayView:
    customer = session.get(Customer, stay.customer_id)
    ward = session.get(Ward, stay.ward_id)
    assert customer is not None and ward is not None  # foreign keys
    return StayView(
        stay.id,
        customer.id,
        customer.full_name,
        customer.reference,
        ward.name,
        stay.bed,
        stay.admitted_at,
        stay.discharged_at,
        stay.guest_trays_per_meal,
        stay.version,
    )


def open_stay_of(session: Session, customer_id: int) -> Stay | None:
    return session.scalar(
        select(Stay).where(Stay.customer_id == customer_id, Stay.discharged_at.is_(None))
    )


def occupant(session: Session, ward_id: int, bed: str) -> Stay | None:
    return session.scalar(
        select(Stay).where(Stay.ward_id == ward_id, Stay.bed == bed, Stay.discharged_at.is_(None))
    )


def ward_named(session: Session, name: str, field: str = "ward") -> Ward:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the ward."), field=field)
    ward = session.scalar(select(Ward).where(Ward.name == cleaned, Ward.is_active))
    if ward is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "There is no ward called {cleaned!r}; choose one from the list."
            ),
            field=field,
            cleaned=cleaned,
        )
    return ward


def clean_bed(bed: str, field: str = "bed") -> str:
    cleaned = " ".join(bed.split())
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the bed."), field=field)
    if len(cleaned) > 10:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A bed has at most 10 characters."), field=field
        )
    return cleaned


def get_stay(session: Session, stay_id: int) -> Stay:
    stay = session.get(Stay, stay_id)
    if stay is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "That stay does not exist."))
    return stay


def name_of(session: Session, customer_id: int) -> str:
    customer = session.get(Customer, customer_id)
    return customer.full_name if customer else "?"
