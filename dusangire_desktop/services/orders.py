"""Orders: place with payment, move through the kitchen, cancel, refund; the paged queue."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ..models.corporate import CorporateMonthlyUsage
from ..models.customers import Customer
from ..models.orders import (
    Fulfilment,
    Order,
    OrderDiscount,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentMethod,
)
from . import audit
from .auth import Actor, Permission
from .clock import local_day_bounds_utc
from .errors import Conflict, NotFound, PermissionDenied, ValidationError
from .pricing import LineRequest, Quote, calculate
from .textsearch import contains, equals, search_text
from .textsearch import page_size as checked_page_size
from .uow import UnitOfWork

__all__ = ["Fulfilment", "OrderStatus", "PaymentMethod"]

NEXT_STATUS = {
    OrderStatus.PLACED: {OrderStatus.PREPARING},
    OrderStatus.PREPARING: {OrderStatus.OUT_FOR_DELIVERY, OrderStatus.DELIVERED},
    OrderStatus.OUT_FOR_DELIVERY: {OrderStatus.DELIVERED},
}
CANCELLABLE = {OrderStatus.PLACED, OrderStatus.PREPARING}
REFUNDABLE = {OrderStatus.PLACED, OrderStatus.PREPARING, OrderStatus.OUT_FOR_DELIVERY,
              OrderStatus.DELIVERED}  # fmt: skip
MOBILE_REFERENCE = re.compile(r"^[A-Za-z0-9\-]{6,30}$")


class SubsidyChanged(Conflict):
    """Another desk used the employee's monthly allowance while this order was being taken."""


@dataclass(frozen=True)
class PaymentInput:
    method: PaymentMethod
    tendered_rwf: int | None = None
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


@dataclass(frozen=True)
class OrderDetail:
    summary: OrderSummary
    lines: tuple[tuple[str, int, int, int], ...]
    discounts: tuple[tuple[str, int], ...]
    subtotal_rwf: int
    discount_rwf: int
    company_share_rwf: int
    customer_share_rwf: int
    payments: tuple[tuple[PaymentMethod, int, int | None, int, str | None, bool], ...]
    cancel_reason: str | None
    refund_reason: str | None
    placed_by: str


def _summary(order: Order, customer: Customer) -> OrderSummary:
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
    )


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
    claimed = session.execute(
        update(CorporateMonthlyUsage)
        .where(
            CorporateMonthlyUsage.employee_id == quote.employee_id,
            CorporateMonthlyUsage.month_start == quote.subsidy_month,
            CorporateMonthlyUsage.subsidy_used_rwf + quote.company_share_rwf
            <= quote.subsidy_cap_rwf,
            CorporateMonthlyUsage.subsidy_used_rwf == quote.subsidy_used_before_rwf,
        )
        .values(subsidy_used_rwf=CorporateMonthlyUsage.subsidy_used_rwf + quote.company_share_rwf)
    ).rowcount
    if claimed != 1:
        raise SubsidyChanged(
            "This employee's monthly company allowance was just used at another desk. "
            "The price has been recalculated; check the new split and place the order again."
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


def _payment(quote: Quote, payment: PaymentInput) -> Payment:
    due = quote.customer_share_rwf
    method = PaymentMethod(payment.method)
    reference = payment.reference.strip() or None
    tendered = None
    change = 0
    if due == 0 and quote.company_share_rwf:
        method = PaymentMethod.CORPORATE_ACCOUNT
    elif method == PaymentMethod.CASH:
        tendered = payment.tendered_rwf
        if tendered is None:
            raise ValidationError(
                f"Enter the cash received (at least {due:,} RWF).", field="tendered"
            )
        if tendered < due:
            raise ValidationError(
                f"Cash received ({tendered:,} RWF) is less than the "
                f"{due:,} RWF to pay; {due - tendered:,} RWF short.",
                field="tendered",
            )
        if tendered > due + 100_000:
            raise ValidationError(
                "That is more than 100,000 RWF over the amount due; check the cash received.",
                field="tendered",
            )
        change = tendered - due
    elif method == PaymentMethod.MOBILE_MONEY:
        if not reference or not MOBILE_REFERENCE.match(reference):
            raise ValidationError(
                "Enter the mobile money transaction reference from the SMS "
                "(6 to 30 letters and digits).",
                field="reference",
            )
    elif method == PaymentMethod.CORPORATE_ACCOUNT:
        raise ValidationError(
            "The corporate account covers only the company's share.", field="payment_method"
        )
    return Payment(
        method=method, amount_rwf=due, tendered_rwf=tendered, change_rwf=change, reference=reference
    )


def _delivery(customer: Customer, delivery: DeliveryInput) -> tuple[str | None, str | None]:
    if Fulfilment(delivery.fulfilment) == Fulfilment.PICKUP:
        return None, None
    ward = " ".join(delivery.ward.split()) or customer.ward
    bed = " ".join(delivery.bed.split()) or customer.bed
    if not ward or not bed:
        raise ValidationError(
            "Delivery needs a ward and bed; enter them or choose pickup.", field="ward"
        )
    if len(ward) > 40 or len(bed) > 10:
        raise ValidationError("Ward (40) or bed (10 characters) is too long.", field="ward")
    return ward, bed


def place_order(
    uow: UnitOfWork,
    actor: Actor,
    *,
    customer_id: int,
    lines: list[LineRequest],
    payment: PaymentInput,
    delivery: DeliveryInput,
    allergy_override: str = "",
) -> OrderDetail:
    actor.require(Permission.TAKE_ORDERS)
    with uow:
        session = uow.session
        now = uow.now()
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
                "Check with the customer before placing: "
                + "; ".join(quote.conflicts)
                + ". To place it anyway, give the reason.",
                field="override",
            )
        if len(override) > 500:
            raise ValidationError("The reason may have at most 500 characters.", field="override")
        customer = session.get(Customer, customer_id)
        ward, bed = _delivery(customer, delivery)
        paid = _payment(quote, payment)
        _claim_subsidy(uow, quote)
        order = Order(
            number=f"tmp-{uuid.uuid4().hex[:12]}",
            customer_id=customer_id,
            placed_at=now,
            placed_by_id=actor.staff_id,
            status=OrderStatus.PLACED,
            channel=quote.channel,
            fulfilment=Fulfilment(delivery.fulfilment),
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
                    kind=c.key.split(":")[0], description=c.label, amount_rwf=c.amount_rwf
                )
                for c in quote.applied
            ],
            payments=[paid],
        )
        paid.received_at = now
        paid.received_by_id = actor.staff_id
        if quote.company_share_rwf and paid.method != PaymentMethod.CORPORATE_ACCOUNT:
            order.payments.append(
                Payment(
                    method=PaymentMethod.CORPORATE_ACCOUNT,
                    amount_rwf=quote.company_share_rwf,
                    received_at=now,
                    received_by_id=actor.staff_id,
                )
            )
        session.add(order)
        uow.flush()
        order.number = f"D-{order.id:06d}"
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
                conflicts=list(quote.conflicts),
                reason=override,
            )
        uow.commit()
        return _detail(session, order)


def _detail(session, order: Order) -> OrderDetail:  # type: ignore[no-untyped-def]
    from ..models.staff import Staff

    customer = session.get(Customer, order.customer_id)
    staff = session.get(Staff, order.placed_by_id) if order.placed_by_id else None
    return OrderDetail(
        summary=_summary(order, customer),
        lines=tuple(
            (li.item_name, li.quantity, li.unit_price_rwf, li.line_total_rwf) for li in order.lines
        ),
        discounts=tuple((d.description, d.amount_rwf) for d in order.discounts),
        subtotal_rwf=order.subtotal_rwf,
        discount_rwf=order.discount_rwf,
        company_share_rwf=order.company_share_rwf,
        customer_share_rwf=order.customer_share_rwf,
        payments=tuple(
            (p.method, p.amount_rwf, p.tendered_rwf, p.change_rwf, p.reference, p.is_refund)
            for p in order.payments
        ),
        cancel_reason=order.cancel_reason,
        refund_reason=order.refund_reason,
        placed_by=staff.full_name if staff else "",
    )


def get_order(uow: UnitOfWork, actor: Actor, order_id: int) -> OrderDetail:
    actor.require(Permission.TAKE_ORDERS)
    with uow:
        order = uow.session.get(Order, order_id)
        if order is None:
            raise NotFound("That order does not exist.")
        return _detail(uow.session, order)


def _locked(uow: UnitOfWork, order_id: int, version: int) -> Order:
    order = uow.session.get(Order, order_id, with_for_update=True)
    if order is None:
        raise NotFound("That order does not exist.")
    if order.version != version:
        raise Conflict(
            f"Order {order.number} was changed at another desk (now "
            f"{order.status.value.replace('_', ' ')}). The queue has been refreshed."
        )
    return order


def advance(
    uow: UnitOfWork, actor: Actor, order_id: int, version: int, to: OrderStatus
) -> OrderSummary:
    actor.require(Permission.MANAGE_ORDERS)
    with uow:
        order = _locked(uow, order_id, version)
        to = OrderStatus(to)
        if to not in NEXT_STATUS.get(order.status, set()):
            raise ValidationError(
                f"Order {order.number} is {order.status.value.replace('_', ' ')}"
                f"; it cannot move to {to.value.replace('_', ' ')}."
            )
        if to == OrderStatus.OUT_FOR_DELIVERY and order.fulfilment == Fulfilment.PICKUP:
            raise ValidationError(
                f"Order {order.number} is for pickup; mark it delivered when collected."
            )
        old = order.status
        order.status = to
        order.status_changed_at = uow.now()
        audit.record(
            uow.session, actor, "order_status", "order", order.id, old=old.value, new=to.value
        )
        uow.commit()
        return _summary(order, uow.session.get(Customer, order.customer_id))


def _reason(reason: str, what: str) -> str:
    cleaned = " ".join(reason.split())
    if len(cleaned) < 3:
        raise ValidationError(f"Give the reason for the {what}.", field="reason")
    if len(cleaned) > 500:
        raise ValidationError("The reason may have at most 500 characters.", field="reason")
    return cleaned


def cancel(uow: UnitOfWork, actor: Actor, order_id: int, version: int, reason: str) -> OrderSummary:
    actor.require(Permission.MANAGE_ORDERS)
    reason = _reason(reason, "cancellation")
    with uow:
        order = _locked(uow, order_id, version)
        if order.status not in CANCELLABLE:
            raise ValidationError(
                f"Order {order.number} is {order.status.value.replace('_', ' ')}"
                " and can no longer be cancelled; a manager can refund it."
            )
        order.status = OrderStatus.CANCELLED
        order.cancel_reason = reason
        order.status_changed_at = uow.now()
        _release_subsidy(uow, order)
        audit.record(
            uow.session,
            actor,
            "order_cancelled",
            "order",
            order.id,
            reason=reason,
            total_rwf=order.total_rwf,
        )
        uow.commit()
        return _summary(order, uow.session.get(Customer, order.customer_id))


def refund(uow: UnitOfWork, actor: Actor, order_id: int, version: int, reason: str) -> OrderSummary:
    if not actor.can(Permission.REFUND_ORDERS):
        raise PermissionDenied("Only a manager or an administrator can refund an order.")
    reason = _reason(reason, "refund")
    with uow:
        order = _locked(uow, order_id, version)
        if order.status not in REFUNDABLE:
            raise ValidationError(
                f"Order {order.number} is {order.status.value}; there is nothing to refund."
            )
        now = uow.now()
        order.status = OrderStatus.REFUNDED
        order.refund_reason = reason
        order.status_changed_at = now
        for paid in [p for p in order.payments if not p.is_refund]:
            order.payments.append(
                Payment(
                    method=paid.method,
                    amount_rwf=paid.amount_rwf,
                    is_refund=True,
                    received_at=now,
                    received_by_id=actor.staff_id,
                    reference=paid.reference,
                )
            )
        _release_subsidy(uow, order)
        audit.record(
            uow.session,
            actor,
            "order_refunded",
            "order",
            order.id,
            reason=reason,
            total_rwf=order.total_rwf,
        )
        uow.commit()
        return _summary(order, uow.session.get(Customer, order.customer_id))


@dataclass(frozen=True)
class QueuePage:
    orders: list[OrderSummary]
    has_more: bool


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
    page_size: int = 100,
) -> QueuePage:
    """Newest first, a page at a time (keyset on placed time and id), so a million orders open
    as fast as a hundred. `search` is looked for in the order number and the customer's name,
    `ward` must be the whole ward name; both fold case and accents (see `textsearch`)."""
    actor.require(Permission.TAKE_ORDERS)
    search = search_text(search)
    ward = search_text(ward, field="ward")
    page_size = checked_page_size(page_size)
    query = (
        select(Order, Customer)
        .join(Customer, Customer.id == Order.customer_id)
        .order_by(Order.placed_at.desc(), Order.id.desc())
        .limit(page_size + 1)
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
    if after is not None:
        placed, order_id = after
        query = query.where(
            or_(Order.placed_at < placed, and_(Order.placed_at == placed, Order.id < order_id))
        )
    with uow:
        rows = uow.session.execute(query).all()
        summaries = [_summary(order, customer) for order, customer in rows[:page_size]]
        return QueuePage(summaries, len(rows) > page_size)
