"""Admission, transfer and discharge of a patient; who lies in which bed.

A bed holds one admitted patient and a patient one open stay: the services say who is there, and
partial unique indexes keep it so when two desks act at once. A transfer re-routes the patient's
pending trays; a discharge cancels future deliveries (listed first by `discharge_preview`),
pauses meal packages and settles the meals charged to the patient's account.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ...models.customers import Customer, CustomerKind
from ...models.food_service import Stay, StayMove, Tray, TrayStatus, Ward
from ...models.orders import Order, OrderStatus
from ...models.subscriptions import Subscription, SubscriptionPause, SubscriptionStatus
from .. import audit
from ..auth import Actor, Permission
from ..changes import Area
from ..errors import Conflict, NotFound, ValidationError
from ..messages import QT_TRANSLATE_NOOP, Text
from ..records import load_current
from ..uow import UnitOfWork, retried_once
from . import patient_account
from .common import (
    StayView,
    clean_bed,
    get_stay,
    name_of,
    occupant,
    open_stay_of,
    stay_view,
    ward_named,
)
from .meals import slot

PENDING = (TrayStatus.AWAITING_APPROVAL, TrayStatus.ORDERED, TrayStatus.PREPARED)


class BedTaken(Conflict):
    pass


def _when(moment: datetime, zone: ZoneInfo) -> str:
    return f"{moment.astimezone(zone):%a %d %b %H:%M}"


def _bed_taken(session: Session, stay: Stay, zone: ZoneInfo) -> BedTaken:
    ward = session.get(Ward, stay.ward_id)
    return BedTaken(
        QT_TRANSLATE_NOOP(
            "errors",
            "Bed {bed} on {ward} is occupied by {patient} (admitted {admitted:%a %d %b %H:%M}). "
            "Choose another bed, or discharge or move that patient first.",
        ),
        field="bed",
        bed=stay.bed,
        ward=ward.name if ward else "?",
        patient=name_of(session, stay.customer_id),
        admitted=stay.admitted_at.astimezone(zone),
    )


def _free_bed(session: Session, ward_id: int, bed: str, zone: ZoneInfo) -> None:
    taken = occupant(session, ward_id, bed)
    if taken is not None:
        raise _bed_taken(session, taken, zone)


def _point_customer_at(session: Session, customer_id: int, ward: str, bed: str) -> None:
    customer = session.get(Customer, customer_id)
    assert customer is not None
    customer.kind, customer.ward, customer.bed = CustomerKind.PATIENT, ward, bed


@retried_once
def admit(
    uow: UnitOfWork,
    actor: Actor,
    customer_id: int,
    ward: str,
    bed: str,
    guest_trays_per_meal: int = 1,
) -> StayView:
    bed = clean_bed(bed)
    if not isinstance(guest_trays_per_meal, int) or not 0 <= guest_trays_per_meal <= 5:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Guest trays on the patient's account: 0 to 5 a meal."),
            field="guests",
        )
    with uow:
        actor = uow.authorize(actor, Permission.ADMIT_PATIENTS)
        session = uow.session
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "That customer no longer exists. Search again.")
            )
        found = ward_named(session, ward)
        already = open_stay_of(session, customer_id)
        if already is not None:
            there = stay_view(session, already)
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{full_name} is already admitted to {place} since {admitted:%a %d %b %H:%M}; "
                    "transfer them "
                    "instead.",
                ),
                field="ward",
                full_name=customer.full_name,
                place=there.place,
                admitted=already.admitted_at.astimezone(uow.zone),
            )
        _free_bed(session, found.id, bed, uow.zone)
        stay = Stay(
            customer_id=customer_id,
            ward_id=found.id,
            bed=bed,
            admitted_at=uow.now(),
            admitted_by_id=actor.staff_id,
            guest_trays_per_meal=guest_trays_per_meal,
        )
        session.add(stay)
        _point_customer_at(session, customer_id, found.name, bed)
        try:
            uow.flush()
        except IntegrityError:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Another desk has just admitted {full_name} or someone to bed {bed} on "
                    "{name}. Look again and choose a free bed.",
                ),
                field="bed",
                full_name=customer.full_name,
                bed=bed,
                name=found.name,
            ) from None
        audit.record(
            session,
            actor,
            "patient_admitted",
            "stay",
            stay.id,
            customer_id=customer_id,
            ward=found.name,
            bed=bed,
        )
        uow.record(Area.WARDS, [stay.id])
        uow.record(Area.CUSTOMERS, [customer_id])
        uow.commit()
        return stay_view(session, stay)


def _locked(uow: UnitOfWork, stay_id: int, version: int) -> Stay:
    return load_current(
        uow,
        Stay,
        stay_id,
        version,
        missing=QT_TRANSLATE_NOOP("errors", "That stay does not exist."),
        what=lambda _s: Text(QT_TRANSLATE_NOOP("errors", "This patient's stay")),
    )


def _still_admitted(session: Session, stay: Stay, zone: ZoneInfo) -> None:
    if stay.discharged_at is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{patient} was discharged on {discharged:%a %d %b %H:%M}; nothing more can be "
                "done on that stay.",
            ),
            patient=name_of(session, stay.customer_id),
            discharged=stay.discharged_at.astimezone(zone),
        )


@retried_once
def transfer(
    uow: UnitOfWork, actor: Actor, stay_id: int, version: int, ward: str, bed: str
) -> StayView:
    """Move the patient; every pending tray goes to the new ward and bed."""
    bed = clean_bed(bed)
    with uow:
        actor = uow.authorize(actor, Permission.ADMIT_PATIENTS)
        session = uow.session
        stay = _locked(uow, stay_id, version)
        _still_admitted(session, stay, uow.zone)
        found = ward_named(session, ward)
        if (found.id, bed) == (stay.ward_id, stay.bed):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The patient already lies in that bed."), field="bed"
            )
        _free_bed(session, found.id, bed, uow.zone)
        now = uow.now()
        session.add(
            StayMove(
                stay_id=stay.id,
                from_ward_id=stay.ward_id,
                from_bed=stay.bed,
                to_ward_id=found.id,
                to_bed=bed,
                moved_at=now,
                moved_by_id=actor.staff_id,
            )
        )
        stay.ward_id, stay.bed = found.id, bed
        _point_customer_at(session, stay.customer_id, found.name, bed)
        rerouted = []
        for _tray, order in session.execute(
            select(Tray, Order)
            .join(Order, Order.id == Tray.order_id)
            .where(Tray.stay_id == stay.id, Tray.status.in_(PENDING))
        ):
            order.ward, order.bed = found.name, bed
            rerouted.append(order.id)
        try:
            uow.flush()
        except IntegrityError:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "errors", "Another desk has just put a patient in bed {bed} on {name}."
                ),
                field="bed",
                bed=bed,
                name=found.name,
            ) from None
        audit.record(
            session,
            actor,
            "patient_transferred",
            "stay",
            stay.id,
            ward=found.name,
            bed=bed,
            rerouted_orders=rerouted,
        )
        uow.record(Area.WARDS, [stay.id])
        uow.record(Area.CUSTOMERS, [stay.customer_id])
        uow.record(Area.TRAYS)
        if rerouted:
            uow.record(Area.ORDERS, rerouted)
        uow.commit()
        return stay_view(session, stay)


@dataclass(frozen=True)
class FutureDelivery:
    tray_id: int
    order_number: str
    meal: str
    serves_from: datetime
    total_rwf: int
    paid_at_counter: bool  # paid in cash, mobile money or card: a manager cancels and refunds it


@dataclass(frozen=True)
class DischargePreview:
    stay: StayView
    deliveries: tuple[FutureDelivery, ...]
    account_due_rwf: int
    paused_packages: int

    @property
    def blocking(self) -> tuple[FutureDelivery, ...]:
        return tuple(d for d in self.deliveries if d.paid_at_counter)


def _future(
    session: Session, stay: Stay, zone: ZoneInfo, now: datetime
) -> list[tuple[Tray, Order, datetime]]:
    rows = []
    for tray, order in session.execute(
        select(Tray, Order)
        .join(Order, Order.id == Tray.order_id)
        .where(Tray.stay_id == stay.id, Tray.status.in_(PENDING))
        .order_by(Tray.meal_date, Tray.id)
    ):
        starts = slot(session, zone, stay.ward_id, tray.meal, tray.meal_date).serves_from
        if starts > now:
            rows.append((tray, order, starts))
    return sorted(rows, key=lambda r: (r[2], r[0].id))


def _paid_at_counter(order: Order) -> bool:
    return any(not p.is_refund and p.amount_rwf for p in order.payments)


def _active_packages(session: Session, customer_id: int) -> list[Subscription]:
    return list(
        session.scalars(
            select(Subscription).where(
                Subscription.customer_id == customer_id,
                Subscription.status == SubscriptionStatus.ACTIVE,
            )
        )
    )


def _preview(uow: UnitOfWork, stay: Stay) -> DischargePreview:
    session = uow.session
    deliveries = tuple(
        FutureDelivery(
            tray.id, order.number, tray.meal.value, starts, order.total_rwf, _paid_at_counter(order)
        )
        for tray, order, starts in _future(session, stay, uow.zone, uow.now())
    )
    # Meals still to come on the account are cancelled, not charged.
    due = patient_account.balance(session, stay.id) - sum(
        order.customer_share_rwf
        for tray, order, _starts in _future(session, stay, uow.zone, uow.now())
        if tray.on_account
    )
    return DischargePreview(
        stay_view(session, stay), deliveries, due, len(_active_packages(session, stay.customer_id))
    )


def discharge_preview(uow: UnitOfWork, actor: Actor, stay_id: int) -> DischargePreview:
    """What discharging now would do: the deliveries cancelled, the account to settle."""
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.ADMIT_PATIENTS)
        stay = get_stay(uow.session, stay_id)
        _still_admitted(uow.session, stay, uow.zone)
        return _preview(uow, stay)


@retried_once
def discharge(
    uow: UnitOfWork,
    actor: Actor,
    stay_id: int,
    version: int,
    settlement: patient_account.SettlementInput | None = None,
) -> DischargePreview:
    """Discharge: cancel future deliveries with the reason, pause meal packages, settle the
    account. A delivery already paid at the counter must be cancelled (refunded) first."""
    with uow:
        actor = uow.authorize(actor, Permission.ADMIT_PATIENTS)
        session = uow.session
        stay = _locked(uow, stay_id, version)
        _still_admitted(session, stay, uow.zone)
        preview = _preview(uow, stay)
        if preview.blocking:
            numbers = ", ".join(d.order_number for d in preview.blocking)
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Order {numbers} was paid at the counter for a meal still to come: "
                    "cancel it in the order queue (a manager gives the money back), then "
                    "discharge.",
                ),
                numbers=numbers,
            )
        now = uow.now()
        cancelled = []
        for tray, order, _starts in _future(session, stay, uow.zone, now):
            tray.status, tray.status_changed_at = TrayStatus.CANCELLED, now
            order.status, order.status_changed_at = OrderStatus.CANCELLED, now
            order.cancel_reason = "Patient discharged"
            cancelled.append(order.id)
            audit.record(
                session,
                actor,
                "order_cancelled",
                "order",
                order.id,
                reason="Patient discharged",
                total_rwf=order.total_rwf,
                refunded=[],
            )
        paused = []
        for sub in _active_packages(session, stay.customer_id):
            sub.status = SubscriptionStatus.PAUSED
            session.add(
                SubscriptionPause(
                    subscription_id=sub.id, paused_at=now, reason="Patient discharged"
                )
            )
            paused.append(sub.id)
            audit.record(
                session,
                actor,
                "subscription_paused",
                "subscription",
                sub.id,
                reason="Patient discharged",
            )
        settled = patient_account.settle(uow, actor, stay, settlement)
        stay.discharged_at, stay.discharged_by_id = now, actor.staff_id
        uow.flush()
        audit.record(
            session,
            actor,
            "patient_discharged",
            "stay",
            stay.id,
            cancelled_orders=cancelled,
            paused_packages=paused,
            settled_rwf=settled,
        )
        uow.record(Area.WARDS, [stay.id])
        uow.record(Area.TRAYS)
        uow.record(Area.CUSTOMERS, [stay.customer_id])
        uow.record(Area.ORDERS, cancelled + settled_orders(session, stay.id))
        if paused:
            uow.record(Area.SUBSCRIPTIONS, paused)
        uow.commit()
        return preview


def tray_follows_order(uow: UnitOfWork, order: Order) -> None:
    """An order cancelled or refunded takes its tray off the kitchen's list and off the bed's
    one-tray-per-meal count (services/orders.py calls it in its own transaction)."""
    tray = uow.session.scalar(select(Tray).where(Tray.order_id == order.id))
    if tray is not None and tray.status not in (TrayStatus.CANCELLED, TrayStatus.DELIVERED):
        tray.status, tray.status_changed_at = TrayStatus.CANCELLED, uow.now()
        uow.record(Area.TRAYS, [tray.id])


def settled_orders(session: Session, stay_id: int) -> list[int]:
    return list(
        session.scalars(select(Tray.order_id).where(Tray.stay_id == stay_id, Tray.on_account))
    )


@dataclass(frozen=True)
class MoveView:
    moved_at: datetime
    from_place: str
    to_place: str
    moved_by: str


def current_stay(uow: UnitOfWork, actor: Actor, customer_id: int) -> StayView | None:
    """The patient's open stay, or None (the customer record and the order screen show it)."""
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_CUSTOMERS)
        stay = open_stay_of(uow.session, customer_id)
        return stay_view(uow.session, stay) if stay else None


def list_stays(uow: UnitOfWork, actor: Actor, ward: str = "") -> list[StayView]:
    """Admitted patients, by ward route and bed."""
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_WARDS)
        query = (
            select(Stay)
            .join(Ward, Ward.id == Stay.ward_id)
            .where(Stay.discharged_at.is_(None))
            .order_by(Ward.route_order, Ward.name)
        )
        if ward:
            query = query.where(Ward.name == ward)
        views = [stay_view(uow.session, s) for s in uow.session.scalars(query)]
        return sorted(views, key=lambda v: (_route(uow.session, v.ward), bed_key(v.bed)))


def _route(session: Session, ward: str) -> tuple[int, str]:
    found = session.scalar(select(Ward).where(Ward.name == ward))
    return (found.route_order if found else 0, ward)


def bed_key(bed: str) -> tuple[int, str]:
    """Beds in the order a trolley passes them: 2 before 10, 12A before 12B."""
    digits = "".join(c for c in bed if c.isdigit())
    return (int(digits) if digits else 10**6, bed)


def moves(uow: UnitOfWork, actor: Actor, stay_id: int) -> list[MoveView]:
    from ...models.staff import Staff

    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_WARDS)
        rows = uow.session.scalars(
            select(StayMove).where(StayMove.stay_id == stay_id).order_by(StayMove.moved_at)
        )
        result = []
        for m in rows:
            a, b = uow.session.get(Ward, m.from_ward_id), uow.session.get(Ward, m.to_ward_id)
            who = uow.session.get(Staff, m.moved_by_id) if m.moved_by_id else None
            result.append(
                MoveView(
                    m.moved_at,
                    f"{a.name if a else '?'} · {m.from_bed}",
                    f"{b.name if b else '?'} · {m.to_bed}",
                    who.full_name if who else "",
                )
            )
        return result


def check_delivery(
    session: Session, customer_id: int, ward: str | None, bed: str | None, zone: ZoneInfo
) -> None:
    """Refuse an ordinary order delivered to a bed another admitted patient lies in, or for a
    discharged patient's old bed (services/orders.py calls it; trays check their own)."""
    if not ward or not bed:
        return
    found = session.scalar(select(Ward).where(Ward.name == ward))
    customer = session.get(Customer, customer_id)
    if found is None or customer is None:
        return
    taken = occupant(session, found.id, bed)
    if taken is not None and taken.customer_id != customer_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Bed {bed} on {ward} is occupied by {patient}; {full_name} does not lie "
                "there. Check the ward and bed, or choose pickup.",
            ),
            field="ward",
            bed=bed,
            ward=ward,
            patient=name_of(session, taken.customer_id),
            full_name=customer.full_name,
        )
    if taken is None and customer.kind == CustomerKind.PATIENT:
        last = session.scalar(
            select(Stay)
            .where(Stay.customer_id == customer_id)
            .order_by(Stay.admitted_at.desc())
            .limit(1)
        )
        if last is not None and last.discharged_at is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{full_name} was discharged on {discharged:%a %d %b %H:%M}; nothing can be "
                    "delivered to a "
                    "ward bed for them. Choose pickup.",
                ),
                field="ward",
                full_name=customer.full_name,
                discharged=last.discharged_at.astimezone(zone),
            )
