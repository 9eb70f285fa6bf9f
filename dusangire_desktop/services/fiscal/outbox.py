"""The fiscal outbox: every sale and refund is queued in the transaction that takes the money,
then sent to the controller in order, one request in flight at a time.

A request whose answer was lost (the controller went down, or answered too late) stays the one in
flight; the next attempt, from any desk, first asks the controller whether it holds that invoice
number, and sends it again only if it does not. So a sale is never signed twice, and nothing
queued is lost: it stays pending, and prints once signed. A desk that finds another desk's
request in flight for less than twice the timeout leaves it alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models.customers import Customer
from ...models.fiscal import FiscalDevice, FiscalKind, FiscalReceipt, FiscalStatus
from ...models.menu import MenuItem
from ...models.orders import Order
from .. import audit
from ..auth import Actor, Permission
from ..changes import Area
from ..errors import NotFound, ValidationError
from ..messages import QT_TRANSLATE_NOOP, Text, english, text
from ..uow import UnitOfWork
from .client import Duplicate, Refused, Signature, Unanswered, VsdcClient
from .device import configured
from .receipt_data import (
    FiscalReceiptView,
    copy_request,
    parse_controller_time,
    sales_request,
    view,
)


def _queue(session: Session, uow: UnitOfWork, order: Order, kind: FiscalKind,
           customer_tin: str | None = None) -> FiscalReceipt | None:  # fmt: skip
    device = configured(session, lock=True)
    if device is None:
        return None
    original = None
    if kind == FiscalKind.REFUND:
        original = session.scalars(
            select(FiscalReceipt).where(
                FiscalReceipt.order_id == order.id,
                FiscalReceipt.kind == FiscalKind.SALE,
                FiscalReceipt.copy_of_id.is_(None),
            )
        ).first()
        if original is None:
            return None  # sold before fiscal receipts: nothing to reverse at the controller
        customer_tin = original.customer_tin
    invoice_no = device.next_invoice_no
    device.next_invoice_no += 1
    customer = session.get(Customer, order.customer_id)
    body = sales_request(
        device, order, kind, invoice_no, uow.now(), uow.zone,
        original_invoice_no=original.invoice_no if original else 0,
        customer_tin=customer_tin, customer_name=customer.full_name if customer else "",
        line_taxes=_line_taxes(session, order, original),
    )  # fmt: skip
    receipt = FiscalReceipt(
        device_id=device.id, order_id=order.id, kind=kind, mode=device.mode,
        invoice_no=invoice_no, original_id=original.id if original else None,
        customer_tin=customer_tin, request=json.dumps(body, ensure_ascii=False),
        status=FiscalStatus.PENDING, queued_at=uow.now(),
    )  # fmt: skip
    session.add(receipt)
    return receipt


def _line_taxes(session: Session, order: Order,
                original: FiscalReceipt | None) -> list[tuple[str, str]]:  # fmt: skip
    """Each line's tax type and item classification code: the dish's own on a sale; on a refund,
    what the sale was signed with, so the refund reverses it exactly even if the menu changed."""
    if original is not None:
        return [(i["taxTyCd"], i["itemClsCd"]) for i in json.loads(original.request)["itemList"]]
    ids = {line.menu_item_id for line in order.lines}
    dishes = {
        row.id: (row.tax_type, row.item_class_code)
        for row in session.execute(
            select(MenuItem.id, MenuItem.tax_type, MenuItem.item_class_code).where(
                MenuItem.id.in_(ids)
            )
        )
    }
    return [dishes[line.menu_item_id] for line in order.lines]


def queue_sale(uow: UnitOfWork, order: Order, customer_tin: str = "") -> None:
    """In the caller's transaction: the order's fiscal sale, pending until the outbox sends it
    (nothing when no controller is configured)."""
    tin = customer_tin.strip() or None
    if tin is not None and not (tin.isdigit() and len(tin) == 9):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The customer's TIN has 9 digits."), field="customer_tin"
        )
    if _queue(uow.session, uow, order, FiscalKind.SALE, tin) is not None:
        uow.record(Area.FISCAL)


def queue_refund(uow: UnitOfWork, order: Order) -> None:
    """In the caller's transaction: the refund of the order's fiscal sale, if it had one."""
    if _queue(uow.session, uow, order, FiscalKind.REFUND) is not None:
        uow.record(Area.FISCAL)


@dataclass(frozen=True)
class OutboxResult:
    signed: tuple[int, ...]  # receipt ids signed by this run
    pending: int
    rejected: tuple[int, ...]
    problem: str | None  # why the run stopped early, for the desk


def _pending_count(session: Session) -> int:
    return len(
        session.scalars(
            select(FiscalReceipt.id).where(FiscalReceipt.status == FiscalStatus.PENDING)
        ).all()
    )


def _claim(uow: UnitOfWork) -> tuple[FiscalReceipt, FiscalDevice, bool] | str | None:
    """Take the request to send: the one in flight whose answer was lost (ask first), or the
    oldest pending one. A string says why nothing may be sent now; None: nothing to send."""
    session = uow.session
    device = configured(session, lock=True)
    if device is None:
        return None
    now = uow.now()
    if device.in_flight_id is not None:
        receipt = session.get(FiscalReceipt, device.in_flight_id)
        since = device.in_flight_since or now
        if now - since < timedelta(seconds=2 * device.timeout_seconds):
            return "Another desk is sending a receipt to the controller; try again shortly."
        if receipt is not None and receipt.status == FiscalStatus.PENDING:
            device.in_flight_since = now
            receipt.attempts += 1
            return receipt, device, True
        device.in_flight_id = None
    receipt = session.scalars(
        select(FiscalReceipt)
        .where(FiscalReceipt.status == FiscalStatus.PENDING, FiscalReceipt.device_id == device.id)
        .order_by(FiscalReceipt.id)
        .limit(1)
    ).first()
    if receipt is None:
        return None
    device.in_flight_id, device.in_flight_since = receipt.id, now
    receipt.attempts += 1
    return receipt, device, False


@dataclass(frozen=True)
class _Request:
    """What is sent, read before the transaction that claimed it ends."""

    url: str
    timeout: int
    tin: str
    branch_id: str
    invoice_no: int
    body: str
    ask_first: bool


def _exchange(request: _Request) -> Signature:
    client = VsdcClient(request.url, request.timeout)
    if request.ask_first:
        found = client.find_sale(request.tin, request.branch_id, request.invoice_no)
        if found is not None:
            return found
    try:
        return client.save_sales(json.loads(request.body))
    except Duplicate:
        found = client.find_sale(request.tin, request.branch_id, request.invoice_no)
        if found is None:
            raise Unanswered(
                "the controller calls the invoice a duplicate but cannot find it"
            ) from None
        return found


def send_pending(uow: UnitOfWork, actor: Actor, limit: int = 100) -> OutboxResult:
    """Send queued receipts in order until none is left, the controller stops answering, or
    `limit` were sent. Each step is its own transaction; no transaction is open while waiting
    for the controller."""
    signed: list[int] = []
    rejected: list[int] = []
    problem = None
    for _ in range(limit):
        with uow:
            actor = uow.authorize(actor, Permission.TAKE_ORDERS)
            claimed = _claim(uow)
            if claimed is None or isinstance(claimed, str):
                problem = claimed
                if uow.session.dirty:
                    uow.record(Area.FISCAL)
                    uow.commit()
                break
            receipt, device, ask_first = claimed
            receipt_id = receipt.id
            request = _Request(device.url, device.timeout_seconds, device.tin, device.branch_id,
                               receipt.invoice_no, receipt.request, ask_first)  # fmt: skip
            uow.record(Area.FISCAL, [receipt_id])
            uow.commit()
        try:
            signature = _exchange(request)
        except Unanswered as exc:
            problem = text(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The fiscal controller (EBM) is not answering, so receipts stay pending and "
                    "will print once signed: {reason}",
                ),
                reason=str(exc),
            )
            _note(uow, actor, receipt_id, str(exc), release=False)
            break
        except Refused as exc:
            _note(uow, actor, receipt_id, str(exc), release=True)
            rejected.append(receipt_id)
            continue
        _sign(uow, actor, receipt_id, signature)
        signed.append(receipt_id)
    with uow:
        actor = uow.authorize(actor, Permission.TAKE_ORDERS)
        pending = _pending_count(uow.session)
    return OutboxResult(tuple(signed), pending, tuple(rejected), problem)


def send_for_order(uow: UnitOfWork, actor: Actor, order_id: int) -> list[FiscalReceiptView]:
    """Right after a sale, cancellation or refund commits (off the desk's UI thread): send what
    waits, in order, so the order's newest receipt is signed now rather than at the next sale;
    then the order's receipts as they stand (the newest last)."""
    send_pending(uow, actor)
    return receipts_of_order(uow, actor, order_id)


def _sign(uow: UnitOfWork, actor: Actor, receipt_id: int, signature: Signature) -> None:
    with uow:
        actor = uow.authorize(actor, Permission.TAKE_ORDERS)
        device = configured(uow.session, lock=True)
        receipt = uow.session.get(FiscalReceipt, receipt_id, with_for_update=True)
        assert receipt is not None and device is not None
        if receipt.status != FiscalStatus.SIGNED:
            receipt.status = FiscalStatus.SIGNED
            receipt.sdc_id, receipt.receipt_no = signature.sdc_id, signature.receipt_no
            receipt.total_receipt_no = signature.total_receipt_no
            receipt.internal_data, receipt.signature = signature.internal_data, signature.signature
            receipt.signed_at = parse_controller_time(signature.signed_at, uow.zone)
            receipt.last_error = None
        if device.in_flight_id == receipt_id:
            device.in_flight_id = device.in_flight_since = None
        uow.record(Area.FISCAL, [receipt_id])
        uow.record(Area.ORDERS, [receipt.order_id])
        uow.commit()


def _note(uow: UnitOfWork, actor: Actor, receipt_id: int, error: str, *, release: bool) -> None:
    """Keep why the last attempt failed. `release`: the controller answered no, so the request
    is not in flight any more and the receipt is rejected for a person to look at."""
    with uow:
        actor = uow.authorize(actor, Permission.TAKE_ORDERS)
        device = configured(uow.session, lock=True)
        receipt = uow.session.get(FiscalReceipt, receipt_id, with_for_update=True)
        assert receipt is not None and device is not None
        receipt.last_error = error[:500]
        if release:
            receipt.status = FiscalStatus.REJECTED
            if device.in_flight_id == receipt_id:
                device.in_flight_id = device.in_flight_since = None
            audit.record(uow.session, actor, "fiscal_receipt_rejected", "fiscal_receipt",
                         receipt_id, error=error)  # fmt: skip
        uow.record(Area.FISCAL, [receipt_id])
        uow.commit()


def receipts_of_order(uow: UnitOfWork, actor: Actor, order_id: int) -> list[FiscalReceiptView]:
    """The order's fiscal receipts (sale, then refund), as first printed."""
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.TAKE_ORDERS)
        rows = uow.session.scalars(
            select(FiscalReceipt)
            .where(FiscalReceipt.order_id == order_id, FiscalReceipt.copy_of_id.is_(None))
            .order_by(FiscalReceipt.id)
        ).all()
        return [_view(uow.session, r, uow, copy=False) for r in rows]


def receipts_of_order_number(uow: UnitOfWork, actor: Actor, number: str) -> list[FiscalReceiptView]:
    """The fiscal receipts of the order with this number (as the receipt and queue show it)."""
    cleaned = number.strip().upper()
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.TAKE_ORDERS)
        order_id = uow.session.scalar(select(Order.id).where(Order.number == cleaned))
        if order_id is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "No order is numbered {number}."),
                number=cleaned or Text(QT_TRANSLATE_NOOP("errors", "(empty)")),
            )
        rows = uow.session.scalars(
            select(FiscalReceipt)
            .where(FiscalReceipt.order_id == order_id, FiscalReceipt.copy_of_id.is_(None))
            .order_by(FiscalReceipt.id)
        ).all()
        return [_view(uow.session, r, uow, copy=False) for r in rows]


def _view(session: Session, receipt: FiscalReceipt, uow: UnitOfWork, *,
          copy: bool) -> FiscalReceiptView:  # fmt: skip
    original = session.get(FiscalReceipt, receipt.original_id) if receipt.original_id else None
    copied = session.get(FiscalReceipt, receipt.copy_of_id) if receipt.copy_of_id else None
    customer = session.scalar(
        select(Customer).join(Order, Order.customer_id == Customer.id)
        .where(Order.id == receipt.order_id)
    )  # fmt: skip
    language = customer.language.value if customer is not None else "en"
    return view(receipt, uow.zone, copy=copy, original=original, copied=copied,
                language=language)  # fmt: skip


def print_copy(uow: UnitOfWork, actor: Actor, receipt_id: int) -> FiscalReceiptView:
    """A reprint: sent to the controller as a copy (CS / CR) of the signed receipt, with the same
    items and totals, and printed with what the controller answered for it. When the controller
    does not answer, the copy waits in the outbox (pending, never printed as a receipt); asking
    again sends that same copy rather than another."""
    with uow:
        actor = uow.authorize(actor, Permission.TAKE_ORDERS)
        receipt = uow.session.get(FiscalReceipt, receipt_id, with_for_update=True)
        if receipt is None or receipt.copy_of_id is not None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That fiscal receipt does not exist."))
        copy_id = _copy_to_send(uow, receipt)
    return _send_copy(uow, actor, copy_id)


def print_copy_of_order(uow: UnitOfWork, actor: Actor, number: str) -> FiscalReceiptView:
    """A reprint (COPY, see `print_copy`) of the newest signed fiscal receipt of the order with
    this number."""
    cleaned = number.strip().upper()
    with uow:
        actor = uow.authorize(actor, Permission.TAKE_ORDERS)
        order_id = uow.session.scalar(select(Order.id).where(Order.number == cleaned))
        if order_id is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "No order is numbered {number}."),
                field="order_number",
                number=cleaned or Text(QT_TRANSLATE_NOOP("errors", "(empty)")),
            )
        receipt = uow.session.scalars(
            select(FiscalReceipt)
            .where(FiscalReceipt.order_id == order_id, FiscalReceipt.status == FiscalStatus.SIGNED,
                   FiscalReceipt.copy_of_id.is_(None))
            .order_by(FiscalReceipt.id.desc())
            .limit(1)
            .with_for_update()
        ).first()  # fmt: skip
        if receipt is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Order {cleaned} has no signed fiscal receipt yet; it prints once signed.",
                ),
                field="order_number",
                cleaned=cleaned,
            )
        copy_id = _copy_to_send(uow, receipt)
    return _send_copy(uow, actor, copy_id)


def _copy_to_send(uow: UnitOfWork, receipt: FiscalReceipt) -> int:
    """In the caller's transaction, with `receipt` locked: the copy of it not printed yet (one
    still waiting for the controller), or a new one queued. Commits."""
    session = uow.session
    if receipt.status != FiscalStatus.SIGNED:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This fiscal receipt is not signed yet, so there is nothing to copy; it "
                "prints once the controller signs it.",
            )
        )
    waiting = session.scalars(
        select(FiscalReceipt).where(
            FiscalReceipt.copy_of_id == receipt.id,
            FiscalReceipt.copies_printed == 0,
            FiscalReceipt.status != FiscalStatus.REJECTED,
        )
    ).first()
    if waiting is not None:
        return waiting.id
    device = configured(session, lock=True)
    if device is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "No EBM controller is configured, so no copy can be signed."
            )
        )
    invoice_no = device.next_invoice_no
    device.next_invoice_no += 1
    copy = FiscalReceipt(
        device_id=device.id, order_id=receipt.order_id, kind=receipt.kind, mode=receipt.mode,
        invoice_no=invoice_no, original_id=receipt.original_id, copy_of_id=receipt.id,
        customer_tin=receipt.customer_tin,
        request=json.dumps(copy_request(receipt, invoice_no, uow.now(), uow.zone),
                           ensure_ascii=False),
        status=FiscalStatus.PENDING, queued_at=uow.now(),
    )  # fmt: skip
    session.add(copy)
    uow.flush()
    uow.record(Area.FISCAL, [copy.id])
    uow.commit()
    return copy.id


def _send_copy(uow: UnitOfWork, actor: Actor, copy_id: int) -> FiscalReceiptView:
    """Send what waits (in order, the copy among it), then the copy as it stands: signed and
    counted as printed, or still pending with why."""
    result = send_pending(uow, actor)
    with uow:
        actor = uow.authorize(actor, Permission.TAKE_ORDERS)
        copy = uow.session.get(FiscalReceipt, copy_id, with_for_update=True)
        assert copy is not None and copy.copy_of_id is not None
        copied = uow.session.get(FiscalReceipt, copy.copy_of_id, with_for_update=True)
        assert copied is not None
        if copy.status == FiscalStatus.SIGNED:
            copy.copies_printed = 1
            copied.copies_printed += 1
            audit.record(uow.session, actor, "fiscal_copy_printed", "fiscal_receipt", copied.id,
                         copies=copied.copies_printed, copy_receipt_id=copy.id)  # fmt: skip
            uow.record(Area.FISCAL, [copy.id, copied.id])
            uow.commit()
        elif copy.last_error is None and result.problem:
            copy.last_error = english(result.problem)[:500]
            uow.record(Area.FISCAL, [copy.id])
            uow.commit()
        return _view(uow.session, copy, uow, copy=True)


@dataclass(frozen=True)
class OutboxLine:
    id: int
    order_number: str
    kind: FiscalKind
    status: FiscalStatus
    invoice_no: int
    attempts: int
    last_error: str | None
    copy: bool = False


def outbox(uow: UnitOfWork, actor: Actor) -> list[OutboxLine]:
    """Receipts not signed yet (pending, or rejected for a person to look at), oldest first."""
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.TAKE_ORDERS)
        rows = uow.session.execute(
            select(FiscalReceipt, Order.number)
            .join(Order, Order.id == FiscalReceipt.order_id)
            .where(FiscalReceipt.status != FiscalStatus.SIGNED)
            .order_by(FiscalReceipt.id)
        )
        return [OutboxLine(r.id, number, r.kind, r.status, r.invoice_no, r.attempts, r.last_error,
                           r.copy_of_id is not None)
                for r, number in rows]  # fmt: skip
