"""Orders: place with payment, move through the kitchen, cancel, refund; the paged queue.

Where every franc went — the payments of an order say it:
- They add up to the order's total: the customer's payment (cash, mobile money or card) of the
  customer's share, and one `corporate_account` payment of the company's share when the company
  pays part or all. An order the company pays in full has only the corporate payment.
- Money going back is recorded as refund rows, one for each payment that carried money, with how
  it went back; the refund rows of an order add up to its payments.
- Cancelling an order for which the customer paid anything IS a refund of that money: only
  managers and administrators (`Permission.REFUND_ORDERS`) may do it, and they say how the money
  went back (`RefundInput`). The front desk may cancel an order the customer has not paid (the
  company pays all of it): the corporate payment is refunded and the allowance given back.
- Cash is taken, and given back, only within the desk's open till shift (services/till); every
  payment taken at a desk belongs to that shift. A mobile-money payment carries the provider, the
  payer's number and the provider's transaction id, which pays one order only. Each sale and
  refund is queued for the EBM fiscal controller in the same transaction (services/fiscal).
- The customer's money goes back the way it came — a mobile-money reversal with its transaction
  reference, a card reversal with its reference — or in cash from the drawer if the manager
  chooses so; cash goes back only as cash. The record says what actually happened.

Locks, always taken in this order, so desks working on the same employee never deadlock:
the order row (`SELECT ... FOR UPDATE`), then the employee's monthly allowance row
(`corporate_monthly_usage`), then the customer's totals row and the day's change mark, which the
trigger on `orders` (models/rollups.py) updates when an order is inserted or changes status.
So the allowance is claimed before the new order is inserted, and released before the order's
change is flushed. A deadlock or serialisation failure that still happens is retried once
(`uow.retried_once`), then reported as `SimultaneousChange`.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, Protocol, cast

from sqlalchemy import ColumnElement, CursorResult, and_, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..models.corporate import CorporateMonthlyUsage
from ..models.customers import Customer
from ..models.food_service import Tray
from ..models.orders import (
    Fulfilment,
    Order,
    OrderDiscount,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentMethod,
)
from ..models.staff import Staff
from ..models.till import MobileProvider
from . import amounts, audit
from .auth import Actor, Permission
from .changes import Area
from .clock import local_day_bounds_utc
from .errors import Conflict, NotFound, PermissionDenied, ValidationError
from .fiscal import outbox as fiscal_outbox
from .food_service import patient_account, stays
from .messages import QT_TRANSLATE_NOOP, Text, english, text
from .pricing import LineRequest, Quote, calculate
from .records import load_current
from .textsearch import contains, equals, search_text
from .textsearch import page_size as checked_page_size
from .till import mobile_money
from .till.shifts import shift_for_money
from .uow import UnitOfWork, is_unique_violation, retried_once

__all__ = ["Fulfilment", "MobileProvider", "OrderStatus", "PaymentMethod"]

NEXT_STATUS = {
    OrderStatus.PLACED: {OrderStatus.PREPARING},
    OrderStatus.PREPARING: {OrderStatus.OUT_FOR_DELIVERY, OrderStatus.DELIVERED},
    OrderStatus.OUT_FOR_DELIVERY: {OrderStatus.DELIVERED},
}
CANCELLABLE = {OrderStatus.PLACED, OrderStatus.PREPARING}
REFUNDABLE = {OrderStatus.PLACED, OrderStatus.PREPARING, OrderStatus.OUT_FOR_DELIVERY,
              OrderStatus.DELIVERED}  # fmt: skip
MOBILE_REFERENCE = re.compile(r"^[A-Za-z0-9\-]{6,30}$")
REVERSAL_REFERENCE = MOBILE_REFERENCE
CUSTOMER_METHODS = (PaymentMethod.CASH, PaymentMethod.MOBILE_MONEY, PaymentMethod.CARD)


class SubsidyChanged(Conflict):
    """Another desk used the employee's monthly allowance while this order was being taken."""


@dataclass(frozen=True)
class PaymentInput:
    """For mobile money, `reference` is the provider's transaction id (TxId)."""

    method: PaymentMethod
    tendered_rwf: int | None = None
    reference: str = ""
    provider: MobileProvider | None = None
    payer_number: str = ""


@dataclass(frozen=True)
class RefundInput:
    """How the customer's money went back: cash from the drawer, or a mobile-money or card
    reversal with its reference. Needed only when the customer paid something."""

    method: PaymentMethod
    reference: str = ""


@dataclass(frozen=True)
class DeliveryInput:
    fulfilment: Fulfilment
    ward: str = ""
    bed: str = ""


@dataclass(frozen=True)
class OrderSummary:
    id: int
    number: str
    placed_at: datetime
    customer: str
    ward: str | None
    bed: str | None
    status: OrderStatus
    fulfilment: Fulfilment
    total_rwf: int
    version: int
    # A ward tray's: when its meal is due on the ward, the time it is late against (targets.py).
    due_at: datetime | None = None


@dataclass(frozen=True)
class DetailLine:
    """A dish as it was ordered, at the price it was placed at."""

    name: str
    quantity: int
    unit_price_rwf: int
    total_rwf: int


@dataclass(frozen=True)
class DiscountLine:
    label: str
    amount_rwf: int


@dataclass(frozen=True)
class PaymentLine:
    """Money in (a payment) or, with `is_refund`, money going back; `tendered_rwf` and
    `change_rwf` are for cash received at the counter."""

    method: PaymentMethod
    amount_rwf: int
    tendered_rwf: int | None = None
    change_rwf: int = 0
    reference: str | None = None
    is_refund: bool = False
    provider: MobileProvider | None = None
    payer_number: str | None = None

    @property
    def by_customer(self) -> bool:
        return self.method != PaymentMethod.CORPORATE_ACCOUNT


@dataclass(frozen=True)
class OrderDetail:
    summary: OrderSummary
    lines: tuple[DetailLine, ...]
    discounts: tuple[DiscountLine, ...]
    subtotal_rwf: int
    discount_rwf: int
    company_share_rwf: int
    customer_share_rwf: int
    payments: tuple[PaymentLine, ...]
    cancel_reason: str | None
    refund_reason: str | None
    placed_by: str
    # A hospital meal charged to a patient's account rather than paid at the counter.
    on_account: patient_account.AccountCharge | None = None
    # The customer's language, which the receipt is printed in.
    customer_language: str = "en"

    @property
    def customer_paid_rwf(self) -> int:
        """What the customer paid (cash, mobile money, card) and has not had back."""
        return sum(
            -p.amount_rwf if p.is_refund else p.amount_rwf for p in self.payments if p.by_customer
        )

    @property
    def customer_payments(self) -> tuple[PaymentLine, ...]:
        """The customer's payments that carried money (not the company's, not refunds)."""
        return tuple(p for p in self.payments if p.by_customer and p.amount_rwf and not p.is_refund)

    @property
    def change_rwf(self) -> int:
        """The change given for cash received when the order was placed."""
        return next((p.change_rwf for p in self.customer_payments
                     if p.method == PaymentMethod.CASH), 0)  # fmt: skip

    @property
    def money_back_methods(self) -> tuple[PaymentMethod, ...]:
        """The ways the customer's money may go back: as it came, or in cash."""
        came = [p.method for p in self.customer_payments if p.method in CUSTOMER_METHODS]
        return tuple(dict.fromkeys([*came, PaymentMethod.CASH]))


def _summary(order: Order, customer: Customer, due_at: datetime | None = None) -> OrderSummary:
    return OrderSummary(
        order.id,
        order.number,
        order.placed_at,
        customer.full_name,
        order.ward,
        order.bed,
        order.status,
        order.fulfilment,
        order.total_rwf,
        order.version,
        due_at,
    )


# What a queue row shows, read as plain columns: loading whole orders would also load every
# order's lines, discounts and payments and every customer's allergies (eager relationships).
_SUMMARY_COLUMNS = (
    Order.id,
    Order.number,
    Order.placed_at,
    Customer.full_name,
    Order.ward,
    Order.bed,
    Order.status,
    Order.fulfilment,
    Order.total_rwf,
    Order.version,
    select(Tray.due_at).where(Tray.order_id == Order.id).scalar_subquery().label("due_at"),
)


def _summary_of_row(row: Any) -> OrderSummary:
    """A row of `_SUMMARY_COLUMNS`."""
    return OrderSummary(row.id, row.number, row.placed_at, row.full_name, row.ward, row.bed,
                        row.status, row.fulfilment, row.total_rwf, row.version,
                        row.due_at)  # fmt: skip


def _claim_subsidy(uow: UnitOfWork, quote: Quote) -> None:
    """Raise the month's usage atomically, never past the cap, or refuse."""
    if not quote.company_share_rwf:
        return
    session = uow.session
    key = {"employee_id": quote.employee_id, "month_start": quote.subsidy_month}
    insert = pg_insert if uow.dialect == "postgresql" else sqlite_insert
    session.execute(
        insert(CorporateMonthlyUsage).values(**key, subsidy_used_rwf=0).on_conflict_do_nothing()
    )
    claimed = cast(
        CursorResult[tuple[()]],
        session.execute(
            update(CorporateMonthlyUsage)
            .where(
                CorporateMonthlyUsage.employee_id == quote.employee_id,
                CorporateMonthlyUsage.month_start == quote.subsidy_month,
                CorporateMonthlyUsage.subsidy_used_rwf + quote.company_share_rwf
                <= quote.subsidy_cap_rwf,
                CorporateMonthlyUsage.subsidy_used_rwf == quote.subsidy_used_before_rwf,
            )
            .values(
                subsidy_used_rwf=CorporateMonthlyUsage.subsidy_used_rwf + quote.company_share_rwf
            )
        ),
    ).rowcount
    if claimed != 1:
        raise SubsidyChanged(
            QT_TRANSLATE_NOOP(
                "errors",
                "This employee's monthly company allowance was just used at another "
                "desk. The price has been recalculated; check the new split and place "
                "the order again.",
            )
        )


def _release_subsidy(uow: UnitOfWork, order: Order) -> None:
    if not order.company_share_rwf or order.corporate_employee_id is None:
        return
    month = order.placed_at.astimezone(uow.zone).date().replace(day=1)
    uow.session.execute(
        update(CorporateMonthlyUsage)
        .where(
            CorporateMonthlyUsage.employee_id == order.corporate_employee_id,
            CorporateMonthlyUsage.month_start == month,
        )
        .values(
            subsidy_used_rwf=func.max(
                0, CorporateMonthlyUsage.subsidy_used_rwf - order.company_share_rwf
            )
            if uow.dialect == "sqlite"
            else func.greatest(0, CorporateMonthlyUsage.subsidy_used_rwf - order.company_share_rwf)
        )
    )


def _payments(quote: Quote, payment: PaymentInput) -> list[Payment]:
    """The customer's payment of their share and the company's of its share; an order the
    company pays in full has only the company's."""
    company = (
        [Payment(method=PaymentMethod.CORPORATE_ACCOUNT, amount_rwf=quote.company_share_rwf)]
        if quote.company_share_rwf
        else []
    )
    due = quote.customer_share_rwf
    if due == 0 and company:
        return company
    method = PaymentMethod(payment.method)
    reference = payment.reference.strip() or None
    tendered = None
    change = 0
    if method == PaymentMethod.CASH:
        tendered = payment.tendered_rwf
        if tendered is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Enter the cash received (at least {due:,} RWF)."),
                field="tendered",
                due=due,
            )
        if tendered < due:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Cash received ({tendered:,} RWF) is less than the {due:,} RWF to pay; "
                    "{short:,} RWF short.",
                ),
                field="tendered",
                tendered=tendered,
                due=due,
                short=due - tendered,
            )
        if tendered > due + 100_000:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "That is more than 100,000 RWF over the amount due; check the cash received.",
                ),
                field="tendered",
            )
        change = tendered - due
    elif method == PaymentMethod.MOBILE_MONEY:
        momo = mobile_money.check(payment.provider, payment.payer_number, payment.reference)
        customer = Payment(method=method, amount_rwf=due, reference=momo.transaction_id,
                           provider=momo.provider, payer_number=momo.number)  # fmt: skip
        return [customer, *company]
    elif method == PaymentMethod.CORPORATE_ACCOUNT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The corporate account covers only the company's share."),
            field="payment_method",
        )
    customer = Payment(
        method=method, amount_rwf=due, tendered_rwf=tendered, change_rwf=change, reference=reference
    )
    return [customer, *company]


def _delivery(customer: Customer, delivery: DeliveryInput) -> tuple[str | None, str | None]:
    if Fulfilment(delivery.fulfilment) == Fulfilment.PICKUP:
        return None, None
    ward = " ".join(delivery.ward.split()) or customer.ward
    bed = " ".join(delivery.bed.split()) or customer.bed
    if not ward or not bed:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Delivery needs a ward and bed; enter them or choose pickup."
            ),
            field="ward",
        )
    if len(ward) > 40 or len(bed) > 10:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Ward (40) or bed (10 characters) is too long."),
            field="ward",
        )
    return ward, bed


class AttachedMeal(Protocol):
    """A patient's meal taken with this order (services/food_service/trays.py): it says where the
    order goes and whether it is paid now or charged to the patient's account, and records the
    tray in the same transaction."""

    on_account: bool

    def delivery(self, uow: UnitOfWork, actor: Actor, customer: Customer) -> tuple[str, str]: ...

    def attach(self, uow: UnitOfWork, actor: Actor, order: Order, quote: Quote) -> None: ...


@retried_once
def place_order(
    uow: UnitOfWork,
    actor: Actor,
    *,
    customer_id: int,
    lines: list[LineRequest],
    payment: PaymentInput,
    delivery: DeliveryInput,
    allergy_override: str = "",
    meal: AttachedMeal | None = None,
    customer_tin: str = "",
) -> OrderDetail:
    tendered = amounts.optional_rwf(
        payment.tendered_rwf,
        field="tendered",
        what=QT_TRANSLATE_NOOP("errors", "the cash received"),
        maximum=amounts.MAX_PAYMENT_RWF,
    )
    payment = replace(payment, tendered_rwf=tendered)
    with uow:
        actor = uow.authorize(actor, Permission.TAKE_ORDERS)
        session = uow.session
        now = uow.now()
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "That customer no longer exists. Search again.")
            )
        if meal is None:
            ward, bed = _delivery(customer, delivery)
            stays.check_delivery(session, customer_id, ward, bed, uow.zone)
        else:
            ward, bed = meal.delivery(uow, actor, customer)
        quote = calculate(
            session,
            customer_id=customer_id,
            lines=lines,
            moment=now,
            zone=uow.zone,
            payment_method=payment.method,
        )
        override = " ".join(allergy_override.split())
        if quote.conflicts and not override:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Check with the customer before placing: {conflicts}. To place it anyway, "
                    "give the reason.",
                ),
                field="override",
                conflicts="; ".join(quote.conflicts),
            )
        if len(override) > 500:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The reason may have at most 500 characters."),
                field="override",
            )
        paid = [] if meal is not None and meal.on_account else _payments(quote, payment)
        takes_cash = any(p.method == PaymentMethod.CASH and p.amount_rwf for p in paid)
        shift = shift_for_money(uow, cash=takes_cash)
        for row in paid:
            if row.provider is not None:
                mobile_money.refuse_if_used(
                    session, mobile_money.MobilePayment(row.provider, "", row.reference or "")
                )
        _claim_subsidy(uow, quote)
        order = Order(
            number=f"tmp-{uuid.uuid4().hex[:12]}",
            customer_id=customer_id,
            placed_at=now,
            placed_by_id=actor.staff_id,
            status=OrderStatus.PLACED,
            channel=quote.channel,
            fulfilment=Fulfilment.DELIVERY if meal else Fulfilment(delivery.fulfilment),
            ward=ward,
            bed=bed,
            contract_id=quote.contract_id,
            corporate_employee_id=quote.employee_id if quote.company_share_rwf else None,
            subtotal_rwf=quote.subtotal_rwf,
            discount_rwf=quote.discount_rwf,
            total_rwf=quote.total_rwf,
            company_share_rwf=quote.company_share_rwf,
            customer_share_rwf=quote.customer_share_rwf,
            allergy_override_reason=override or None,
            status_changed_at=now,
            lines=[
                OrderLine(
                    menu_item_id=li.menu_item_id,
                    item_name=li.name,
                    unit_price_rwf=li.unit_price_rwf,
                    quantity=li.quantity,
                    line_total_rwf=li.line_total_rwf,
                )
                for li in quote.lines
            ],
            discounts=[
                OrderDiscount(
                    kind=c.key.split(":")[0], description=english(c.label), amount_rwf=c.amount_rwf
                )
                for c in quote.applied
            ],
            payments=paid,
        )
        for payment_row in paid:
            payment_row.received_at, payment_row.received_by_id = now, actor.staff_id
            payment_row.shift_id = shift.id if shift else None
        session.add(order)
        _flush_payments(uow, paid)
        order.number = f"D-{order.id:06d}"
        if meal is not None:
            meal.attach(uow, actor, order, quote)
        fiscal_outbox.queue_sale(uow, order, customer_tin)
        audit.record(
            session,
            actor,
            "order_placed",
            "order",
            order.id,
            number=order.number,
            total_rwf=order.total_rwf,
            company_share_rwf=order.company_share_rwf,
        )
        if quote.conflicts:
            audit.record(
                session,
                actor,
                "allergy_override",
                "order",
                order.id,
                conflicts=[english(c) for c in quote.conflicts],
                reason=override,
            )
        uow.record(Area.ORDERS, [order.id])
        uow.commit()
        return _detail(session, order)


def _flush_payments(uow: UnitOfWork, paid: list[Payment]) -> None:
    """Flush, turning a transaction id typed at two desks at the same instant into a refusal."""
    try:
        uow.flush()
    except IntegrityError as exc:
        if not is_unique_violation(
            exc, "uq_payments_mobile_transaction", "payments.provider, payments.reference"
        ):
            raise
        momo = next(p for p in paid if p.provider is not None)
        raise mobile_money.already_used(
            mobile_money.MobilePayment(momo.provider, "", momo.reference or "")  # type: ignore[arg-type]
        ) from None


def _customer_of(session: Session, order: Order) -> Customer:
    customer = session.get(Customer, order.customer_id)
    if customer is None:  # the foreign key forbids it
        raise NotFound(QT_TRANSLATE_NOOP("errors", "That order's customer no longer exists."))
    return customer


def _order_summary(session: Session, order: Order) -> OrderSummary:
    due_at = session.scalar(select(Tray.due_at).where(Tray.order_id == order.id))
    return _summary(order, _customer_of(session, order), due_at)


def _detail(session: Session, order: Order) -> OrderDetail:
    staff = session.get(Staff, order.placed_by_id) if order.placed_by_id else None
    return OrderDetail(
        summary=_order_summary(session, order),
        lines=tuple(
            DetailLine(li.item_name, li.quantity, li.unit_price_rwf, li.line_total_rwf)
            for li in order.lines
        ),
        discounts=tuple(DiscountLine(d.description, d.amount_rwf) for d in order.discounts),
        subtotal_rwf=order.subtotal_rwf,
        discount_rwf=order.discount_rwf,
        company_share_rwf=order.company_share_rwf,
        customer_share_rwf=order.customer_share_rwf,
        payments=tuple(
            PaymentLine(
                p.method,
                p.amount_rwf,
                p.tendered_rwf,
                p.change_rwf,
                p.reference,
                p.is_refund,
                p.provider,
                p.payer_number,
            )
            for p in order.payments
        ),
        cancel_reason=order.cancel_reason,
        refund_reason=order.refund_reason,
        placed_by=staff.full_name if staff else "",
        on_account=patient_account.charge_of(session, order.id),
        customer_language=_customer_language(session, order),
    )


def _customer_language(session: Session, order: Order) -> str:
    customer = session.get(Customer, order.customer_id)
    return customer.language.value if customer else "en"


def get_order(uow: UnitOfWork, actor: Actor, order_id: int) -> OrderDetail:
    with uow:
        actor = uow.authorize(actor, Permission.TAKE_ORDERS)
        order = uow.session.get(Order, order_id)
        if order is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That order does not exist."))
        return _detail(uow.session, order)


def _locked(uow: UnitOfWork, order_id: int, version: int) -> Order:
    return load_current(
        uow,
        Order,
        order_id,
        version,
        missing=QT_TRANSLATE_NOOP("errors", "That order does not exist."),
        what=lambda o: Text(
            QT_TRANSLATE_NOOP("errors", "Order {number} (now {status})"),
            number=o.number,
            status=o.status,
        ),
    )


@retried_once
def advance(
    uow: UnitOfWork, actor: Actor, order_id: int, version: int, to: OrderStatus
) -> OrderSummary:
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_ORDERS)
        order = _locked(uow, order_id, version)
        to = OrderStatus(to)
        if to not in NEXT_STATUS.get(order.status, set()):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Order {number} is {status}; it cannot move to {to}."),
                number=order.number,
                status=order.status,
                to=to,
            )
        if to == OrderStatus.OUT_FOR_DELIVERY and order.fulfilment == Fulfilment.PICKUP:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Order {number} is for pickup; mark it delivered when collected."
                ),
                number=order.number,
            )
        old = order.status
        order.status = to
        order.status_changed_at = uow.now()
        audit.record(
            uow.session, actor, "order_status", "order", order.id, old=old.value, new=to.value
        )
        uow.record(Area.ORDERS, [order.id])
        uow.commit()
        return _order_summary(uow.session, order)


def _reason(reason: str, what: Text) -> str:
    cleaned = " ".join(reason.split())
    if len(cleaned) < 3:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give the reason for the {what}."),
            field="reason",
            what=what,
        )
    if len(cleaned) > 500:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The reason may have at most 500 characters."),
            field="reason",
        )
    return cleaned


def _customer_paid(order: Order) -> list[Payment]:
    return [
        p
        for p in order.payments
        if not p.is_refund and p.amount_rwf and p.method != PaymentMethod.CORPORATE_ACCOUNT
    ]


def _by(method: PaymentMethod) -> Text:
    if method == PaymentMethod.CASH:
        return Text(QT_TRANSLATE_NOOP("errors", "in cash"))
    return Text(QT_TRANSLATE_NOOP("errors", "by {method}"), method=method)


def _manager_must_cancel(
    number: str, paid: Sequence[tuple[PaymentMethod, int]]
) -> PermissionDenied:
    words = text(QT_TRANSLATE_NOOP("errors", " and ")).join(
        text(QT_TRANSLATE_NOOP("errors", "{amount:,} RWF {by}"), amount=amount, by=_by(method))
        for method, amount in paid
    )
    return PermissionDenied(
        QT_TRANSLATE_NOOP(
            "errors",
            "The customer paid {words} for order {number}. Cancelling it gives that "
            "money back, so a manager must cancel it: ask a manager or an "
            "administrator.",
        ),
        words=words,
        number=number,
    )


def require_may_cancel(actor: Actor, detail: OrderDetail) -> None:
    """Refuse, as `cancel` would, a desk that may not cancel this order, so the screen can say
    so before it asks for a reason."""
    actor.require(Permission.MANAGE_ORDERS)
    if detail.customer_paid_rwf and not actor.can(Permission.REFUND_ORDERS):
        paid = [(p.method, p.amount_rwf) for p in detail.customer_payments]
        raise _manager_must_cancel(detail.summary.number, paid)


def _money_back(order: Order, how: RefundInput | None) -> tuple[PaymentMethod, str | None]:
    """Check how the customer's money went back; the method and reference to record."""
    paid = _customer_paid(order)
    owed = sum(p.amount_rwf for p in paid)
    if how is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Say how the {owed:,} RWF went back to the customer: cash from the "
                "drawer, or a reversal of their payment with its reference.",
            ),
            field="refund_method",
            owed=owed,
        )
    for p in paid:
        if how.method not in (p.method, PaymentMethod.CASH):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The customer paid {amount_rwf:,} RWF in cash; give it back in cash."
                )
                if p.method == PaymentMethod.CASH
                else QT_TRANSLATE_NOOP(
                    "errors",
                    "The customer paid {amount_rwf:,} RWF {by}; give it back {by} or in cash.",
                ),
                field="refund_method",
                amount_rwf=p.amount_rwf,
                by=_by(p.method),
            )
    method = PaymentMethod(how.method)
    if method == PaymentMethod.CASH:
        return method, None
    reference = how.reference.strip()
    if not REVERSAL_REFERENCE.match(reference):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Enter the mobile-money reversal reference (6 to 30 letters and digits) that "
                "shows the {owed:,} RWF went back.",
            )
            if method == PaymentMethod.MOBILE_MONEY
            else QT_TRANSLATE_NOOP(
                "errors",
                "Enter the card reversal reference (6 to 30 letters and digits) that shows the "
                "{owed:,} RWF went back.",
            ),
            field="refund_reference",
            owed=owed,
        )
    return method, reference


def _give_back(
    uow: UnitOfWork, actor: Actor, order: Order, how: RefundInput | None, status: OrderStatus
) -> list[str]:
    """Refund every payment that carried money, release the allowance and set the status; what
    went back, for the audit log. The allowance is released first, before anything of the order
    is changed, so no autoflush can reach the totals row before it (the lock order above)."""
    paid = [p for p in order.payments if not p.is_refund and p.amount_rwf]
    method, reference = (
        _money_back(order, how) if _customer_paid(order) else (PaymentMethod.CASH, None)
    )
    cash_back = any(
        p.method != PaymentMethod.CORPORATE_ACCOUNT and method == PaymentMethod.CASH for p in paid
    )
    shift = shift_for_money(uow, cash=cash_back, what=QT_TRANSLATE_NOOP("errors", "give cash back"))
    _release_subsidy(uow, order)
    now = uow.now()
    gone_back = []
    for p in paid:
        company = p.method == PaymentMethod.CORPORATE_ACCOUNT
        back = Payment(
            method=p.method if company else method,
            amount_rwf=p.amount_rwf,
            is_refund=True,
            received_at=now,
            received_by_id=actor.staff_id,
            reference=None if company else reference,
            provider=p.provider if not company and method == PaymentMethod.MOBILE_MONEY else None,
            shift_id=shift.id if shift else None,
        )
        order.payments.append(back)
        gone_back.append(f"{back.amount_rwf} {back.method.value} {back.reference or ''}".rstrip())
    order.status = status
    order.status_changed_at = now
    return gone_back


@retried_once
def cancel(
    uow: UnitOfWork,
    actor: Actor,
    order_id: int,
    version: int,
    reason: str,
    how: RefundInput | None = None,
) -> OrderSummary:
    """Cancel a placed or preparing order; when the customer paid, it is a refund (see above)."""
    reason = _reason(reason, Text(QT_TRANSLATE_NOOP("errors", "cancellation")))
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_ORDERS)
        order = _locked(uow, order_id, version)
        cancel_locked(uow, actor, order, reason, how)
        uow.record(Area.ORDERS, [order.id])
        uow.commit()
        return _order_summary(uow.session, order)


def cancel_locked(
    uow: UnitOfWork, actor: Actor, order: Order, reason: str, how: RefundInput | None
) -> None:
    """`cancel` inside the caller's transaction, on an order it has locked (a refused late tray
    cancels its order this way, with the money back by the same rules). The caller records the
    change and commits."""
    actor = uow.authorize(actor, Permission.MANAGE_ORDERS)
    if order.status not in CANCELLABLE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Order {number} is {status} and can no longer be cancelled; a manager can "
                "refund it.",
            ),
            number=order.number,
            status=order.status,
        )
    paid = _customer_paid(order)
    if paid and not actor.can(Permission.REFUND_ORDERS):
        raise _manager_must_cancel(order.number, [(p.method, p.amount_rwf) for p in paid])
    refunded = _give_back(uow, actor, order, how, OrderStatus.CANCELLED)
    fiscal_outbox.queue_refund(uow, order)
    order.cancel_reason = reason
    stays.tray_follows_order(uow, order)
    audit.record(
        uow.session,
        actor,
        "order_cancelled",
        "order",
        order.id,
        reason=reason,
        total_rwf=order.total_rwf,
        refunded=refunded,
    )


@retried_once
def refund(
    uow: UnitOfWork,
    actor: Actor,
    order_id: int,
    version: int,
    reason: str,
    how: RefundInput | None = None,
) -> OrderSummary:
    """Give back every payment of an order (managers and administrators), saying how the
    customer's money went back."""
    reason = _reason(reason, Text(QT_TRANSLATE_NOOP("errors", "refund")))
    with uow:
        actor = uow.current_actor(actor)
        if not actor.can(Permission.REFUND_ORDERS):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "errors", "Only a manager or an administrator can refund an order."
                )
            )
        order = _locked(uow, order_id, version)
        if order.status not in REFUNDABLE:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Order {number} is {status}; there is nothing to refund."
                ),
                number=order.number,
                status=order.status,
            )
        refunded = _give_back(uow, actor, order, how, OrderStatus.REFUNDED)
        fiscal_outbox.queue_refund(uow, order)
        order.refund_reason = reason
        stays.tray_follows_order(uow, order)
        audit.record(
            uow.session,
            actor,
            "order_refunded",
            "order",
            order.id,
            reason=reason,
            total_rwf=order.total_rwf,
            refunded=refunded,
        )
        uow.record(Area.ORDERS, [order.id])
        uow.commit()
        return _order_summary(uow.session, order)


@dataclass(frozen=True)
class QueuePage:
    orders: list[OrderSummary]
    has_more: bool


MAX_WINDOW = 2000  # orders a queue may hold after pages of "more"; a window re-read stops there


def list_orders(
    uow: UnitOfWork,
    actor: Actor,
    *,
    statuses: tuple[OrderStatus, ...] = (),
    day: date | None = None,
    ward: str = "",
    search: str = "",
    customer_id: int | None = None,
    after: tuple[datetime, int] | None = None,
    down_to: tuple[datetime, int] | None = None,
    page_size: int = 100,
) -> QueuePage:
    """Newest first, a page at a time (keyset on placed time and id), so a million orders open
    as fast as a hundred. `search` is looked for in the order number and the customer's name,
    `ward` must be the whole ward name; both fold case and accents (see `textsearch`).

    `after` gives the page after that order; `down_to` instead re-reads everything from the
    newest order down to that one included, as a queue holding several pages does when an order
    changes, so the pages loaded with "more" stay (and orders placed meanwhile appear)."""
    search = search_text(search)
    ward = search_text(ward, field="ward")
    page_size = checked_page_size(page_size)
    query = (
        select(*_SUMMARY_COLUMNS)
        .join(Customer, Customer.id == Order.customer_id)
        .order_by(Order.placed_at.desc(), Order.id.desc())
    )
    if statuses:
        query = query.where(Order.status.in_(statuses))
    if day is not None:
        start, end = local_day_bounds_utc(day, uow.zone)
        query = query.where(Order.placed_at >= start, Order.placed_at < end)
    if ward:
        query = query.where(equals(Order.ward, ward))
    if customer_id is not None:
        query = query.where(Order.customer_id == customer_id)
    if search:
        # The few customers are folded once, not once per order.
        named = select(Customer.id).where(contains(Customer.full_name, search))
        query = query.where(or_(contains(Order.number, search), Order.customer_id.in_(named)))
    if down_to is not None:
        placed, order_id = down_to
        window = query.where(
            or_(Order.placed_at > placed, and_(Order.placed_at == placed, Order.id >= order_id))
        ).limit(MAX_WINDOW)
        older = query.where(_older_than(down_to)).limit(1)
        with uow:
            actor = uow.authorize(actor, Permission.TAKE_ORDERS)
            rows = uow.session.execute(window).all()
            more = uow.session.execute(older).first() is not None
            return QueuePage([_summary_of_row(r) for r in rows], more or len(rows) == MAX_WINDOW)
    if after is not None:
        query = query.where(_older_than(after))
    with uow:
        actor = uow.authorize(actor, Permission.TAKE_ORDERS)
        rows = uow.session.execute(query.limit(page_size + 1)).all()
        summaries = [_summary_of_row(row) for row in rows[:page_size]]
        return QueuePage(summaries, len(rows) > page_size)


def _older_than(mark: tuple[datetime, int]) -> ColumnElement[bool]:
    placed, order_id = mark
    return or_(Order.placed_at < placed, and_(Order.placed_at == placed, Order.id < order_id))


def orders_by_id(uow: UnitOfWork, actor: Actor, ids: Sequence[int]) -> list[OrderSummary]:
    """The orders as they are now (those that still exist), for a queue showing them."""
    with uow:
        actor = uow.authorize(actor, Permission.TAKE_ORDERS)
        rows = uow.session.execute(
            select(*_SUMMARY_COLUMNS)
            .join(Customer, Customer.id == Order.customer_id)
            .where(Order.id.in_(list(ids)))
        ).all()
        return [_summary_of_row(row) for row in rows]
