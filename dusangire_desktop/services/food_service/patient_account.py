"""Meals charged to a patient's account (guests' trays within the limit, and the patient's own
when the desk chooses so), settled at discharge.

A meal on the account is an order with no payment yet. Settling pays each such order in full by
the settlement's method, so after discharge every order's payments add up to its total again;
the settlement row keeps what was handed over (cash tendered and change, or the reference).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models.customers import Customer
from ...models.food_service import Stay, StaySettlement, Tray, Ward
from ...models.menu import MealPeriod
from ...models.orders import Order, OrderStatus, Payment, PaymentMethod
from ...models.staff import Staff
from .. import amounts
from ..auth import Actor, Permission
from ..errors import ValidationError
from ..messages import QT_TRANSLATE_NOOP
from ..uow import UnitOfWork
from .common import get_stay, name_of

REFERENCE = re.compile(r"^[A-Za-z0-9\-]{6,30}$")
LIVE = (
    OrderStatus.PLACED,
    OrderStatus.PREPARING,
    OrderStatus.OUT_FOR_DELIVERY,
    OrderStatus.DELIVERED,
)


@dataclass(frozen=True)
class SettlementInput:
    method: PaymentMethod
    tendered_rwf: int | None = None
    reference: str = ""


@dataclass(frozen=True)
class AccountLine:
    order_number: str
    meal_date: date
    meal: MealPeriod
    guest: bool
    total_rwf: int


@dataclass(frozen=True)
class Account:
    lines: tuple[AccountLine, ...]

    @property
    def due_rwf(self) -> int:
        return sum(line.total_rwf for line in self.lines)


def _open_charges(session: Session, stay_id: int) -> list[tuple[Tray, Order]]:
    return [
        (t, o)
        for t, o in session.execute(
            select(Tray, Order)
            .join(Order, Order.id == Tray.order_id)
            .where(
                Tray.stay_id == stay_id,
                Tray.on_account,
                Tray.settlement_id.is_(None),
                Order.status.in_(LIVE),
            )
            .order_by(Tray.meal_date, Tray.id)
        )
    ]


def balance(session: Session, stay_id: int) -> int:
    return int(
        session.scalar(
            select(func.coalesce(func.sum(Order.customer_share_rwf), 0))
            .join(Tray, Tray.order_id == Order.id)
            .where(
                Tray.stay_id == stay_id,
                Tray.on_account,
                Tray.settlement_id.is_(None),
                Order.status.in_(LIVE),
            )
        )
        or 0
    )


def account(uow: UnitOfWork, actor: Actor, stay_id: int) -> Account:
    """What is on the patient's account and not settled yet."""
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_WARDS)
        get_stay(uow.session, stay_id)
        return Account(
            tuple(
                AccountLine(o.number, t.meal_date, t.meal, t.for_guest, o.customer_share_rwf)
                for t, o in _open_charges(uow.session, stay_id)
            )
        )


def settle(uow: UnitOfWork, actor: Actor, stay: Stay, how: SettlementInput | None) -> int:
    """Pay what is on the account, inside the caller's transaction (the discharge); the amount."""
    actor = uow.authorize(actor, Permission.ADMIT_PATIENTS)
    session = uow.session
    charges = _open_charges(session, stay.id)
    due = sum(o.customer_share_rwf for _t, o in charges)
    if not due:
        return 0
    if how is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{due:,} RWF of meals is on the patient's account: take the payment to discharge.",
            ),
            field="settlement",
            due=due,
        )
    method = PaymentMethod(how.method)
    tendered, change, reference = None, 0, None
    if method == PaymentMethod.CASH:
        tendered = amounts.optional_rwf(
            how.tendered_rwf,
            field="tendered",
            what=QT_TRANSLATE_NOOP("errors", "the cash received"),
            maximum=amounts.MAX_PAYMENT_RWF,
        )
        if tendered is None or tendered < due:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Enter the cash received: at least {due:,} RWF."),
                field="tendered",
                due=due,
            )
        change = tendered - due
    elif method in (PaymentMethod.MOBILE_MONEY, PaymentMethod.CARD):
        reference = how.reference.strip()
        if not REFERENCE.match(reference):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Enter the payment reference (6 to 30 letters and digits)."
                ),
                field="reference",
            )
    else:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Settle in cash, by mobile money or by card."),
            field="settlement",
        )
    now = uow.now()
    settlement = StaySettlement(
        stay_id=stay.id,
        amount_rwf=due,
        method=method,
        reference=reference,
        tendered_rwf=tendered,
        change_rwf=change,
        settled_at=now,
        settled_by_id=actor.staff_id,
    )
    session.add(settlement)
    session.flush()
    for tray, order in charges:
        tray.settlement_id = settlement.id
        order.payments.append(
            Payment(
                method=method,
                amount_rwf=order.customer_share_rwf,
                reference=reference,
                received_at=now,
                received_by_id=actor.staff_id,
            )
        )
    return due


@dataclass(frozen=True)
class AccountCharge:
    """On an order's receipt: whose account the meal was charged to, and whether it is settled."""

    patient: str
    ward: str
    bed: str
    settled: bool


def charge_of(session: Session, order_id: int) -> AccountCharge | None:
    """The account an order was charged to (None: paid at the counter, or no tray)."""
    row = session.execute(
        select(Tray.settlement_id, Stay.customer_id, Ward.name, Stay.bed)
        .join(Stay, Stay.id == Tray.stay_id)
        .join(Ward, Ward.id == Stay.ward_id)
        .where(Tray.order_id == order_id, Tray.on_account)
    ).first()
    if row is None:
        return None
    settlement_id, customer_id, ward, bed = row
    order = session.get(Order, order_id)
    # The ward and bed the tray went to, which a later transfer does not change.
    if order is not None and order.ward:
        ward, bed = order.ward, order.bed or bed
    return AccountCharge(name_of(session, customer_id), ward, bed, settlement_id is not None)


@dataclass(frozen=True)
class SettledLine:
    order_number: str
    meal_date: date
    meal: MealPeriod
    eaten_by: str  # the patient, or the visitor whose meal it was
    guest: bool
    dishes: str
    total_rwf: int


@dataclass(frozen=True)
class SettlementReceipt:
    """The receipt of a settlement at discharge: every meal charged and how it was paid."""

    number: int
    patient: str
    reference: str
    ward: str
    bed: str
    settled_at: datetime
    settled_by: str
    method: PaymentMethod
    payment_reference: str
    tendered_rwf: int | None
    change_rwf: int
    amount_rwf: int
    lines: tuple[SettledLine, ...]
    language: str = "en"  # the patient's, which the receipt is printed in


def settlement_receipt(uow: UnitOfWork, actor: Actor, stay_id: int) -> SettlementReceipt | None:
    """The stay's latest settlement (None: nothing was on the account)."""
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_WARDS)
        session = uow.session
        stay = get_stay(session, stay_id)
        settlement = session.scalar(
            select(StaySettlement)
            .where(StaySettlement.stay_id == stay_id)
            .order_by(StaySettlement.settled_at.desc(), StaySettlement.id.desc())
            .limit(1)
        )
        if settlement is None:
            return None
        patient = session.get(Customer, stay.customer_id)
        ward = session.get(Ward, stay.ward_id)
        staff = session.get(Staff, settlement.settled_by_id) if settlement.settled_by_id else None
        assert patient is not None and ward is not None  # foreign keys
        lines = tuple(
            SettledLine(
                order.number,
                tray.meal_date,
                tray.meal,
                name_of(session, order.customer_id),
                tray.for_guest,
                ", ".join(
                    f"{li.quantity}× {li.item_name}" if li.quantity > 1 else li.item_name
                    for li in order.lines
                ),
                order.customer_share_rwf,
            )
            for tray, order in session.execute(
                select(Tray, Order)
                .join(Order, Order.id == Tray.order_id)
                .where(Tray.settlement_id == settlement.id)
                .order_by(Tray.meal_date, Tray.id)
            )
        )
        return SettlementReceipt(
            settlement.id,
            patient.full_name,
            patient.reference,
            ward.name,
            stay.bed,
            settlement.settled_at,
            staff.full_name if staff else "",
            settlement.method,
            settlement.reference or "",
            settlement.tendered_rwf,
            settlement.change_rwf,
            settlement.amount_rwf,
            lines,
            patient.language.value,
        )
