"""A patient's meal ordered through the stay, and the tray's way to the bed.

Ordering for an admitted patient: the ward and bed come from the stay; a discharged stay is
refused; NPO blocks every meal served before it ends; a dish outside the diet order needs a reason
(audited); after the ward's cut-off the order goes to the next meal or becomes a late tray a
manager approves; a second tray for the same patient and meal needs confirmation with a reason
(a partial unique index refuses it when two desks take it at the same moment). A guest's meal
goes to the patient's bed, paid at once or charged to the patient's account within the stay's
limit of guest trays per meal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ...models.customers import Customer
from ...models.food_service import Stay, Tray, TrayStatus, Ward
from ...models.menu import MealPeriod, MenuItem
from ...models.orders import Order, OrderStatus
from ...models.staff import Staff
from .. import audit, orders
from ..auth import Actor, Permission
from ..changes import Area
from ..errors import Conflict, ValidationError
from ..menu import view_of
from ..orders import DeliveryInput, Fulfilment, OrderDetail, PaymentInput, RefundInput
from ..pricing import LineRequest, Quote
from ..records import load_current
from ..uow import UnitOfWork, retried_once
from . import meals
from .common import (
    DietView,
    StayView,
    current_diet,
    get_stay,
    name_of,
    open_stay_of,
    stay_view,
)
from .diet_orders import drinks_of, outside_diet, textures_of

# Tray status → the order status it carries the order to (never backwards).
ORDER_FOR = {
    TrayStatus.PREPARED: OrderStatus.PREPARING,
    TrayStatus.SENT: OrderStatus.OUT_FOR_DELIVERY,
    TrayStatus.DELIVERED: OrderStatus.DELIVERED,
}
NEXT = {
    TrayStatus.ORDERED: {TrayStatus.PREPARED},
    TrayStatus.PREPARED: {TrayStatus.SENT, TrayStatus.DELIVERED},
    TrayStatus.SENT: {TrayStatus.DELIVERED},
}
ORDER_RANK = [
    OrderStatus.PLACED,
    OrderStatus.PREPARING,
    OrderStatus.OUT_FOR_DELIVERY,
    OrderStatus.DELIVERED,
]


class DuplicateTray(Conflict):
    """The patient already has a tray for this meal; a second needs confirming with a reason."""


class NothingByMouth(ValidationError):
    pass


@dataclass(frozen=True)
class MealRequest:
    stay_id: int
    customer_id: int  # the patient, or the visitor whose meal it is
    meal: MealPeriod | None = None  # None: the next meal whose orders are open
    meal_date: date | None = None
    on_account: bool = False
    next_meal: bool = False  # after the cut-off: send it with the next meal
    late_reason: str = ""  # after the cut-off: a late tray, which a manager approves
    duplicate_reason: str = ""  # confirms a second tray for the same meal
    override_reason: str = ""  # dishes outside the diet order (and allergy flags)


@dataclass(frozen=True)
class TrayView:
    id: int
    order_id: int
    order_number: str
    patient: str
    ward: str
    bed: str
    meal_date: date
    meal: MealPeriod
    for_guest: bool
    on_account: bool
    status: TrayStatus
    late: bool
    approved_by: str
    due_at: datetime
    delivered_at: datetime | None
    dishes: str
    version: int
    refused_by: str = ""
    refusal_reason: str = ""

    def late_by_minutes(self, now: datetime) -> int:
        """Minutes past the delivery target (delivered late, or not delivered and overdue)."""
        end = self.delivered_at or now
        if self.status == TrayStatus.CANCELLED or end <= self.due_at:
            return 0
        return int((end - self.due_at).total_seconds() // 60)


@dataclass(frozen=True)
class TrayOrder:
    order: OrderDetail
    tray: TrayView


def _clean(text: str, field: str, limit: int = 300) -> str:
    cleaned = " ".join(text.split())
    if len(cleaned) > limit:
        raise ValidationError(f"At most {limit} characters.", field=field)
    return cleaned


def _day(moment: datetime, uow: UnitOfWork) -> str:
    return f"{moment.astimezone(uow.zone):%a %d %b}"


def _hm(moment: datetime, uow: UnitOfWork) -> str:
    return f"{moment.astimezone(uow.zone):%H:%M}"


class PatientMeal:
    """The tray side of `orders.place_order` (see `orders.AttachedMeal`)."""

    def __init__(self, request: MealRequest, lines: list[LineRequest]) -> None:
        self.request = request
        self.lines = lines
        self.on_account = request.on_account
        self.stay: Stay | None = None
        self.slot: meals.MealSlot | None = None
        self.late = False
        self.outside: list[str] = []

    def delivery(self, uow: UnitOfWork, actor: Actor, customer: Customer) -> tuple[str, str]:
        r, session, now = self.request, uow.session, uow.now()
        stay = self.stay = session.get(Stay, r.stay_id, with_for_update=True)
        if stay is None:
            raise ValidationError("That stay no longer exists. Look the patient up again.")
        patient = name_of(session, stay.customer_id)
        if stay.discharged_at is not None:
            raise ValidationError(
                f"{patient} was discharged on {_day(stay.discharged_at, uow)} at "
                f"{_hm(stay.discharged_at, uow)}; no meal can be ordered on that stay."
            )
        guest = customer.id != stay.customer_id
        diet = current_diet(session, stay.id)

        def refuse_npo(chosen: meals.MealSlot) -> None:
            if guest or not diet.npo_at(chosen.serves_from) or diet.npo_until is None:
                return
            until = diet.npo_until.astimezone(uow.zone)
            today = until.date() == now.astimezone(uow.zone).date()
            when = f"{until:%H:%M}" if today else f"{until:%a %d %b %H:%M}"
            raise NothingByMouth(
                f"{patient} is NPO until {when} ({diet.npo_reason}): nothing by mouth, so no "
                f"{chosen.meal.value} can be ordered. A nutritionist lifts it.",
                field="npo",
            )

        self._slot(uow, stay, refuse_npo)
        if not guest:
            allergies = frozenset(a.allergen for a in customer.allergies)
            for line in self.lines:
                item = session.get(MenuItem, line.menu_item_id)
                if item is not None:
                    self.outside += outside_diet(
                        diet,
                        view_of(item),
                        textures_of(session, item.id),
                        allergies,
                        drinks_of(session, item.id),
                    )
            if self.outside and len(" ".join(r.override_reason.split())) < 3:
                raise ValidationError(
                    "Outside the diet order: "
                    + "; ".join(self.outside)
                    + ". To order it anyway, give the reason.",
                    field="override",
                )
        ward = session.get(Ward, stay.ward_id)
        assert ward is not None
        return ward.name, stay.bed

    def _slot(
        self, uow: UnitOfWork, stay: Stay, check: Callable[[meals.MealSlot], None]
    ) -> meals.MealSlot:
        """The meal the tray is for; NPO (`check`) is said before the cut-off is."""
        r, session, now = self.request, uow.session, uow.now()
        if r.meal is None:
            chosen = meals.open_slot(session, uow.zone, stay.ward_id, now)
        else:
            day = r.meal_date or now.astimezone(uow.zone).date()
            if MealPeriod(r.meal) == MealPeriod.ALL_DAY:
                raise ValidationError("Choose breakfast, lunch, snack or dinner.", field="meal")
            chosen = meals.slot(session, uow.zone, stay.ward_id, MealPeriod(r.meal), day)
        if now >= chosen.serves_until:
            raise ValidationError(
                f"{chosen.meal.value.title()} of {_day(chosen.serves_from, uow)}"
                " is over; choose a meal still to come.",
                field="meal",
            )
        check(chosen)
        if not chosen.open_at(now):
            late = _clean(r.late_reason, "late_reason")
            if r.next_meal:
                chosen = meals.open_slot(session, uow.zone, stay.ward_id, now)
                check(chosen)
            elif len(late) >= 3:
                self.late = True
            else:
                ward = session.get(Ward, stay.ward_id)
                nxt = meals.open_slot(session, uow.zone, stay.ward_id, now)
                raise ValidationError(
                    f"{chosen.meal.value.title()} orders for {ward.name if ward else 'this ward'} "
                    f"closed at {_hm(chosen.cutoff, uow)}. Send it with {nxt.meal.value} "
                    f"({_day(nxt.serves_from, uow)}), or ask for a late tray with a reason "
                    "(a manager approves it).",
                    field="cutoff",
                )
        self.slot = chosen
        return chosen

    def attach(self, uow: UnitOfWork, actor: Actor, order: Order, quote: Quote) -> None:
        assert self.stay is not None and self.slot is not None
        r, session, now, stay, chosen = self.request, uow.session, uow.now(), self.stay, self.slot
        guest = order.customer_id != stay.customer_id
        if self.on_account and quote.company_share_rwf:
            raise ValidationError(
                "A company pays part of this order; it cannot also go on the patient's account.",
                field="on_account",
            )
        duplicate = _clean(r.duplicate_reason, "duplicate") or None
        if duplicate is not None and len(duplicate) < 3:
            raise ValidationError("Say why a second tray is needed.", field="duplicate")
        number = self._guest_number(uow, stay, chosen) if guest and self.on_account else None
        can_approve = actor.can(Permission.APPROVE_LATE_TRAYS)
        tray = Tray(
            stay_id=stay.id,
            order_id=order.id,
            meal_date=chosen.day,
            meal=chosen.meal,
            guest_number=number,
            for_guest=guest,
            on_account=self.on_account,
            duplicate_reason=duplicate if not guest else None,
            status=TrayStatus.AWAITING_APPROVAL
            if self.late and not can_approve
            else TrayStatus.ORDERED,
            late_reason=_clean(r.late_reason, "late_reason") if self.late else None,
            approved_by_id=actor.staff_id if self.late and can_approve else None,
            approved_at=now if self.late and can_approve else None,
            approval_note="Ordered late by a manager" if self.late and can_approve else None,
            diet_override_reason=_clean(r.override_reason, "override", 500)
            if self.outside
            else None,
            due_at=max(chosen.due_at, now + chosen.delivery_target),
            status_changed_at=now,
        )
        if not guest and duplicate is None:
            self._refuse_duplicate(uow, stay, chosen)
        session.add(tray)
        try:
            uow.flush()
        except IntegrityError:
            if number is not None:
                raise self._guest_limit(uow, stay, chosen) from None
            raise DuplicateTray(
                f"Another desk has just ordered {name_of(session, stay.customer_id)}'s "
                f"{chosen.meal.value} for {_day(chosen.serves_from, uow)}. If a second tray is "
                "really needed, confirm it with a reason.",
                field="duplicate",
            ) from None
        if self.outside:
            audit.record(
                session,
                actor,
                "diet_override",
                "order",
                order.id,
                outside=self.outside,
                reason=tray.diet_override_reason,
            )
        if self.late:
            audit.record(
                session,
                actor,
                "late_tray",
                "tray",
                tray.id,
                reason=tray.late_reason,
                approved=tray.approved_by_id is not None,
            )
        if duplicate:
            audit.record(
                session, actor, "duplicate_tray_confirmed", "tray", tray.id, reason=duplicate
            )
        uow.record(Area.TRAYS, [tray.id])

    def _refuse_duplicate(self, uow: UnitOfWork, stay: Stay, chosen: meals.MealSlot) -> None:
        existing = uow.session.scalar(
            select(Order.number)
            .join(Tray, Tray.order_id == Order.id)
            .where(
                Tray.stay_id == stay.id,
                Tray.meal_date == chosen.day,
                Tray.meal == chosen.meal,
                ~Tray.for_guest,
                Tray.status != TrayStatus.CANCELLED,
            )
        )
        if existing is not None:
            raise DuplicateTray(
                f"{name_of(uow.session, stay.customer_id)} already has a {chosen.meal.value} "
                f"tray for {_day(chosen.serves_from, uow)} (order {existing}). If a second tray "
                "is really needed, confirm it with a reason.",
                field="duplicate",
            )

    def _guest_number(self, uow: UnitOfWork, stay: Stay, chosen: meals.MealSlot) -> int:
        taken = set(
            uow.session.scalars(
                select(Tray.guest_number).where(
                    Tray.stay_id == stay.id,
                    Tray.meal_date == chosen.day,
                    Tray.meal == chosen.meal,
                    Tray.guest_number.is_not(None),
                    Tray.status != TrayStatus.CANCELLED,
                )
            )
        )
        free = [n for n in range(1, stay.guest_trays_per_meal + 1) if n not in taken]
        if not free:
            raise self._guest_limit(uow, stay, chosen)
        return free[0]

    def _guest_limit(self, uow: UnitOfWork, stay: Stay, chosen: meals.MealSlot) -> ValidationError:
        limit = stay.guest_trays_per_meal
        return ValidationError(
            f"{name_of(uow.session, stay.customer_id)}'s account already carries {limit} "
            f"guest tray{'s' if limit != 1 else ''} for this {chosen.meal.value} (the limit); "
            "the visitor pays for this one at once.",
            field="on_account",
        )


def order_meal(
    uow: UnitOfWork,
    actor: Actor,
    request: MealRequest,
    lines: list[LineRequest],
    payment: PaymentInput,
) -> TrayOrder:
    """Place the order and its tray in one transaction (see the module's rules)."""
    meal = PatientMeal(request, lines)
    detail = orders.place_order(
        uow,
        actor,
        customer_id=request.customer_id,
        lines=lines,
        payment=payment,
        delivery=DeliveryInput(Fulfilment.DELIVERY),
        allergy_override=request.override_reason,
        meal=meal,
    )
    with uow.for_reading():
        tray = uow.session.scalar(select(Tray).where(Tray.order_id == detail.summary.id))
        assert tray is not None
        return TrayOrder(detail, _view(uow, tray))


def _view(uow: UnitOfWork, tray: Tray) -> TrayView:
    session = uow.session
    order = session.get(Order, tray.order_id)
    stay = session.get(Stay, tray.stay_id)
    assert order is not None and stay is not None
    approver = session.get(Staff, tray.approved_by_id) if tray.approved_by_id else None
    refuser = session.get(Staff, tray.refused_by_id) if tray.refused_by_id else None
    dishes = ", ".join(
        f"{li.quantity}× {li.item_name}" if li.quantity > 1 else li.item_name for li in order.lines
    )
    return TrayView(
        tray.id,
        order.id,
        order.number,
        name_of(session, order.customer_id),
        order.ward or "",
        order.bed or "",
        tray.meal_date,
        tray.meal,
        tray.for_guest,
        tray.on_account,
        tray.status,
        tray.late_reason is not None,
        approver.full_name if approver else "",
        tray.due_at,
        tray.delivered_at,
        dishes,
        tray.version,
        refuser.full_name if refuser else "",
        tray.refusal_reason or "",
    )


def _locked(uow: UnitOfWork, tray_id: int, version: int) -> Tray:
    return load_current(
        uow,
        Tray,
        tray_id,
        version,
        missing="That tray does not exist.",
        what=lambda _t: "This tray",
    )


@retried_once
def advance_tray(
    uow: UnitOfWork, actor: Actor, tray_id: int, version: int, to: TrayStatus
) -> TrayView:
    """Prepared, sent, delivered; the order follows."""
    to = TrayStatus(to)
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_ORDERS)
        # The order row first, then the tray: the order the cancel of an order takes them in.
        order_id = uow.session.scalar(select(Tray.order_id).where(Tray.id == tray_id))
        if order_id is not None:
            uow.session.get(Order, order_id, with_for_update=True)
        tray = _locked(uow, tray_id, version)
        if tray.status == TrayStatus.AWAITING_APPROVAL:
            raise ValidationError("This late tray waits for a manager's approval.")
        if to not in NEXT.get(tray.status, set()):
            raise ValidationError(
                f"This tray is {tray.status.value.replace('_', ' ')}; it cannot become {to.value}."
            )
        now = uow.now()
        tray.status, tray.status_changed_at = to, now
        if to == TrayStatus.DELIVERED:
            tray.delivered_at = now
        order = uow.session.get(Order, tray.order_id)
        assert order is not None
        target = ORDER_FOR[to]
        if order.status in ORDER_RANK and ORDER_RANK.index(order.status) < ORDER_RANK.index(target):
            order.status, order.status_changed_at = target, now
            uow.record(Area.ORDERS, [order.id])
        audit.record(uow.session, actor, "tray_status", "tray", tray.id, new=to.value)
        uow.record(Area.TRAYS, [tray.id])
        uow.commit()
        return _view(uow, tray)


@retried_once
def approve_late_tray(
    uow: UnitOfWork, actor: Actor, tray_id: int, version: int, note: str
) -> TrayView:
    """A manager lets a late tray go to the kitchen (who, when and why are kept)."""
    why = _clean(note, "note")
    if len(why) < 3:
        raise ValidationError("Say why the late tray is approved.", field="note")
    with uow:
        actor = uow.authorize(actor, Permission.APPROVE_LATE_TRAYS)
        tray = _locked(uow, tray_id, version)
        if tray.status != TrayStatus.AWAITING_APPROVAL:
            raise ValidationError("This tray does not wait for approval.")
        now = uow.now()
        tray.status, tray.status_changed_at = TrayStatus.ORDERED, now
        tray.approved_by_id, tray.approved_at, tray.approval_note = actor.staff_id, now, why
        target = meals.meal_times(uow.session)[tray.meal].delivery_target_minutes
        tray.due_at = max(tray.due_at, now + timedelta(minutes=target))
        audit.record(uow.session, actor, "late_tray_approved", "tray", tray.id, note=why)
        uow.record(Area.TRAYS, [tray.id])
        uow.commit()
        return _view(uow, tray)


@retried_once
def refuse_late_tray(
    uow: UnitOfWork,
    actor: Actor,
    tray_id: int,
    version: int,
    reason: str,
    how: RefundInput | None = None,
) -> TrayView:
    """A manager refuses a late tray: the refusal is kept (who, when, why) and the order is
    cancelled with that reason, the customer's money going back by the order-cancel rules (`how`
    when they paid; a meal on the patient's account simply leaves the account)."""
    why = _clean(reason, "reason")
    if len(why) < 3:
        raise ValidationError("Say why the late tray is refused.", field="reason")
    with uow:
        actor = uow.authorize(actor, Permission.APPROVE_LATE_TRAYS)
        # The order row first, then the tray: the order the cancel of an order takes them in.
        order_id = uow.session.scalar(select(Tray.order_id).where(Tray.id == tray_id))
        order = uow.session.get(Order, order_id, with_for_update=True) if order_id else None
        tray = _locked(uow, tray_id, version)
        assert order is not None  # a tray's order is a foreign key
        if tray.status != TrayStatus.AWAITING_APPROVAL:
            raise ValidationError("This tray does not wait for approval.")
        now = uow.now()
        tray.refused_by_id, tray.refused_at, tray.refusal_reason = actor.staff_id, now, why
        refuser = uow.session.get(Staff, actor.staff_id) if actor.staff_id else None
        by = refuser.full_name if refuser else "a manager"
        orders.cancel_locked(uow, actor, order, f"Late tray refused by {by}: {why}", how)
        audit.record(uow.session, actor, "late_tray_refused", "tray", tray.id, reason=why)
        uow.record(Area.ORDERS, [order.id])
        uow.record(Area.TRAYS, [tray.id])
        uow.commit()
        return _view(uow, tray)


def trays_for(
    uow: UnitOfWork, actor: Actor, day: date, meal: MealPeriod | None = None, ward: str = ""
) -> list[TrayView]:
    """The day's trays (of one meal, one ward), in delivery order."""
    from .stays import bed_key

    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_WARDS)
        query = (
            select(Tray, Ward.route_order)
            .join(Order, Order.id == Tray.order_id)
            .join(Ward, Ward.name == Order.ward)
            .where(Tray.meal_date == day)
        )
        if meal is not None:
            query = query.where(Tray.meal == MealPeriod(meal))
        if ward:
            query = query.where(Ward.name == ward)
        rows = uow.session.execute(query).all()
        order = list(meals.meal_times(uow.session))
        views = [(_view(uow, t), route) for t, route in rows]
        views.sort(
            key=lambda vr: (
                order.index(vr[0].meal),
                vr[1],
                vr[0].ward,
                bed_key(vr[0].bed),
                vr[0].for_guest,
                vr[0].id,
            )
        )
        return [v for v, _r in views]


@dataclass(frozen=True)
class MealContext:
    """What the order screen shows for an admitted patient (or a guest at their bed): the stay,
    the diet order in force, the meal being ordered for and what the diet keeps off the tray."""

    stay: StayView
    diet: DietView
    clock: meals.MealClock
    outside: dict[int, tuple[str, ...]]  # menu item id → why it is outside the diet order


def meal_context(uow: UnitOfWork, actor: Actor, stay_id: int) -> MealContext:
    from .diet_orders import diet_menu

    with uow.for_reading():
        actor = uow.authorize(actor, Permission.TAKE_ORDERS)
        session = uow.session
        stay = get_stay(session, stay_id)
        view = stay_view(session, stay)
        diet = current_diet(session, stay_id)
    clock = meals.meal_clock(uow, actor, view.ward)
    outside = {m.item.id: m.reasons for m in diet_menu(uow, actor, stay_id) if m.reasons}
    return MealContext(view, diet, clock, outside)


def stay_of(uow: UnitOfWork, actor: Actor, customer_id: int) -> StayView | None:
    """The customer's open stay, for the order screen (which may not see the wards)."""
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.TAKE_ORDERS)
        stay = open_stay_of(uow.session, customer_id)
        return stay_view(uow.session, stay) if stay else None


def admitted(uow: UnitOfWork, actor: Actor) -> list[StayView]:
    """Every admitted patient, for a visitor's meal at their bed."""
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.TAKE_ORDERS)
        rows = uow.session.scalars(select(Stay).where(Stay.discharged_at.is_(None)))
        views = [stay_view(uow.session, s) for s in rows]
        return sorted(views, key=lambda v: (v.ward, v.bed))
