"""What the wards and the kitchen read: the ward round sheet, kitchen counts, tray tickets in
delivery order, and trays' lateness against the delivery target."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ...models.customers import Customer
from ...models.food_service import FoodTexture, Stay, Tray, TrayStatus, Ward
from ...models.menu import Allergen, MealPeriod
from ...models.orders import Order, OrderLine
from ..auth import Actor, Permission
from ..errors import ValidationError
from ..messages import QT_TRANSLATE_NOOP, text
from ..uow import UnitOfWork
from . import meals
from .common import DRINK_WORDS, TEXTURE_WORDS, DietView, current_diet
from .stays import bed_key

KITCHEN = (TrayStatus.ORDERED, TrayStatus.PREPARED, TrayStatus.SENT, TrayStatus.DELIVERED)


def _meal(meal: MealPeriod | str) -> MealPeriod:
    try:
        found = MealPeriod(meal)
    except ValueError:
        found = None
    if found is None or found == MealPeriod.ALL_DAY:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The meal is breakfast, lunch, snack or dinner."),
            field="meal",
        )
    return found


def _diet_words(diet: DietView) -> str:
    return ", ".join(d.value.replace("_", " ") for d in diet.diets) or "regular"


@dataclass(frozen=True)
class RoundRow:
    ward: str
    bed: str
    patient: str
    reference: str
    diet: str
    texture: str
    drink: str
    allergens: tuple[Allergen, ...]
    npo: str  # "until 14:00 (surgery)", or empty
    ordered: str  # the dishes of the patient's own tray(s), or empty
    guests: int
    high_risk: bool

    @property
    def no_order(self) -> bool:
        return not self.ordered and not self.npo


@dataclass(frozen=True)
class RoundSheet:
    day: date
    meal: MealPeriod
    cutoffs: dict[str, datetime]  # ward → when its orders close
    rows: tuple[RoundRow, ...]

    @property
    def not_ordered(self) -> tuple[RoundRow, ...]:
        return tuple(r for r in self.rows if r.no_order)


def _stays_at(
    session: Session, slot: meals.MealSlot, ward: str
) -> list[tuple[Stay, Ward, Customer]]:
    query = (
        select(Stay, Ward, Customer)
        .join(Ward, Ward.id == Stay.ward_id)
        .join(Customer, Customer.id == Stay.customer_id)
        .where(
            Stay.admitted_at < slot.serves_until,
            or_(Stay.discharged_at.is_(None), Stay.discharged_at > slot.serves_from),
        )
    )
    if ward:
        query = query.where(Ward.name == ward)
    rows = [(s, w, c) for s, w, c in session.execute(query)]
    return sorted(rows, key=lambda r: (r[1].route_order, r[1].name, bed_key(r[0].bed)))


def _dishes(session: Session, order_ids: list[int]) -> str:
    counts: Counter[str] = Counter()
    for line in session.scalars(
        select(OrderLine).where(OrderLine.order_id.in_(order_ids)).order_by(OrderLine.id)
    ):
        counts[line.item_name] += line.quantity
    return ", ".join(f"{n}× {name}" if n > 1 else name for name, n in counts.items())


def round_sheet(
    uow: UnitOfWork, actor: Actor, day: date, meal: MealPeriod | str, ward: str = ""
) -> RoundSheet:
    """Every admitted patient of the meal: what they ordered, who is NPO, who has not ordered
    (high-risk diets marked, so the desk calls them before the cut-off)."""
    meal = _meal(meal)
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_WARDS)
        session = uow.session
        general = meals.slot(session, uow.zone, None, meal, day)
        rows, cutoffs = [], {}
        for stay, w, customer in _stays_at(session, general, ward):
            slot = meals.slot(session, uow.zone, w.id, meal, day)
            cutoffs[w.name] = slot.cutoff
            diet = current_diet(session, stay.id)
            trays = list(
                session.scalars(
                    select(Tray).where(
                        Tray.stay_id == stay.id,
                        Tray.meal_date == day,
                        Tray.meal == meal,
                        Tray.status != TrayStatus.CANCELLED,
                    )
                )
            )
            own = [t.order_id for t in trays if not t.for_guest]
            npo = ""
            if diet.npo_at(slot.serves_from) and diet.npo_until is not None:
                npo = text(
                    QT_TRANSLATE_NOOP("errors", "until {until:%d %b %H:%M} ({reason})"),
                    until=diet.npo_until.astimezone(uow.zone),
                    reason=diet.npo_reason,
                )
            allergens = tuple(
                sorted(set(diet.allergens) | {a.allergen for a in customer.allergies})
            )
            rows.append(
                RoundRow(
                    w.name,
                    stay.bed,
                    customer.full_name,
                    customer.reference,
                    _diet_words(diet),
                    TEXTURE_WORDS[diet.texture],
                    DRINK_WORDS[diet.drink_level],
                    allergens,
                    npo,
                    _dishes(session, own) if own else "",
                    sum(t.for_guest for t in trays),
                    diet.high_risk or w.high_risk,
                )
            )
        return RoundSheet(day, meal, cutoffs, tuple(rows))


@dataclass(frozen=True)
class CountRow:
    dish: str
    texture: str
    ward: str
    quantity: int


@dataclass(frozen=True)
class KitchenCounts:
    day: date
    meal: MealPeriod
    rows: tuple[CountRow, ...]

    @property
    def by_dish(self) -> dict[str, int]:
        totals: Counter[str] = Counter()
        for row in self.rows:
            totals[row.dish] += row.quantity
        return dict(sorted(totals.items()))

    @property
    def total(self) -> int:
        return sum(r.quantity for r in self.rows)


def kitchen_counts(
    uow: UnitOfWork, actor: Actor, day: date, meal: MealPeriod | str
) -> KitchenCounts:
    """Dishes to cook for a meal by texture level and ward (approved trays only)."""
    meal = _meal(meal)
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_WARDS)
        session = uow.session
        counts: Counter[tuple[str, str, str]] = Counter()
        diets: dict[int, DietView] = {}
        for tray, order in session.execute(
            select(Tray, Order)
            .join(Order, Order.id == Tray.order_id)
            .where(Tray.meal_date == day, Tray.meal == meal, Tray.status.in_(KITCHEN))
        ):
            if tray.for_guest:
                texture = TEXTURE_WORDS[FoodTexture.REGULAR]
            else:
                diet = diets.setdefault(tray.stay_id, current_diet(session, tray.stay_id))
                texture = TEXTURE_WORDS[diet.texture]
            for line in order.lines:
                counts[(line.item_name, texture, order.ward or "")] += line.quantity
        route = {w.name: (w.route_order, w.name) for w in session.scalars(select(Ward))}
        rows = sorted(
            (CountRow(d, t, w, n) for (d, t, w), n in counts.items()),
            key=lambda r: (r.dish, r.texture, route.get(r.ward, (0, r.ward))),
        )
        return KitchenCounts(day, meal, tuple(rows))


@dataclass(frozen=True)
class TrayTicket:
    order_number: str
    patient: str
    ward: str
    bed: str
    day: date
    meal: MealPeriod
    guest: bool
    diet: str
    texture: str
    drink: str
    allergens: tuple[Allergen, ...]
    npo: str
    notes: str
    dishes: str
    late: bool
    due_at: datetime
    # The patient's language, which the ticket is printed in.
    language: str = "en"


def tray_tickets(
    uow: UnitOfWork, actor: Actor, day: date, meal: MealPeriod | str, ward: str = ""
) -> list[TrayTicket]:
    """One ticket per tray for the kitchen, in delivery order (ward route, then bed)."""
    meal = _meal(meal)
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_WARDS)
        session = uow.session
        query = (
            select(Tray, Order, Ward, Customer)
            .join(Order, Order.id == Tray.order_id)
            .join(Ward, Ward.name == Order.ward)
            .join(Stay, Stay.id == Tray.stay_id)
            .join(Customer, Customer.id == Stay.customer_id)
            .where(Tray.meal_date == day, Tray.meal == meal, Tray.status.in_(KITCHEN))
        )
        if ward:
            query = query.where(Ward.name == ward)
        tickets = []
        for tray, order, w, patient in session.execute(query):
            diet = current_diet(session, tray.stay_id)
            guest = tray.for_guest
            allergens = (
                ()
                if guest
                else tuple(sorted(set(diet.allergens) | {a.allergen for a in patient.allergies}))
            )
            npo = ""
            if not guest and diet.npo and diet.npo_until is not None:
                npo = text(
                    QT_TRANSLATE_NOOP("errors", "NPO until {until:%d %b %H:%M}"),
                    until=diet.npo_until.astimezone(uow.zone),
                )
            notes = "; ".join(x for x in (diet.intolerances, diet.notes) if x) if not guest else ""
            tickets.append(
                (
                    w.route_order,
                    w.name,
                    bed_key(order.bed or ""),
                    guest,
                    TrayTicket(
                        order.number,
                        patient.full_name,
                        w.name,
                        order.bed or "",
                        day,
                        meal,
                        guest,
                        "guest meal" if guest else _diet_words(diet),
                        TEXTURE_WORDS[FoodTexture.REGULAR if guest else diet.texture],
                        DRINK_WORDS[0 if guest else diet.drink_level],
                        allergens,
                        npo,
                        notes,
                        _dishes(session, [order.id]),
                        tray.late_reason is not None,
                        tray.due_at,
                        patient.language.value,
                    ),
                )
            )
        tickets.sort(key=lambda t: t[:4])
        return [t[-1] for t in tickets]


@dataclass(frozen=True)
class TrayLateness:
    """Trays of a day against their delivery target (for the operations dashboard)."""

    trays: int
    delivered: int
    delivered_late: int
    overdue_now: int
    worst_minutes_late: int


def tray_lateness(uow: UnitOfWork, actor: Actor, day: date) -> TrayLateness:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_WARDS)
        now = uow.now()
        rows = list(
            uow.session.scalars(select(Tray).where(Tray.meal_date == day, Tray.status.in_(KITCHEN)))
        )
        delivered = [t for t in rows if t.delivered_at is not None]
        late = [t for t in delivered if t.delivered_at and t.delivered_at > t.due_at]
        overdue = [t for t in rows if t.delivered_at is None and now > t.due_at]
        worst = max(
            [
                int(((t.delivered_at or now) - t.due_at).total_seconds() // 60)
                for t in late + overdue
            ]
            or [0]
        )
        return TrayLateness(len(rows), len(delivered), len(late), len(overdue), worst)
