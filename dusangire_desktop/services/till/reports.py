"""X and Z figures of a shift: sales by tender and channel, refunds and cancellations, discounts,
cash moved, expected, counted and variance — all read from the payments the shift holds."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models.fiscal import FiscalKind, FiscalReceipt, FiscalStatus
from ...models.orders import Channel, Order, OrderStatus, Payment, PaymentMethod
from ...models.till import CashMovement, CashMovementKind, MobileProvider, Shift, Tender
from ..auth import Actor, Permission
from ..errors import NotFound
from ..uow import UnitOfWork
from .shifts import ShiftView, view

TENDERS = tuple(Tender)


def tender_of(method: PaymentMethod, provider: MobileProvider | None) -> Tender:
    if method == PaymentMethod.CASH:
        return Tender.CASH
    if method == PaymentMethod.CARD:
        return Tender.CARD
    if method == PaymentMethod.CORPORATE_ACCOUNT:
        return Tender.COMPANY_ALLOWANCE
    return Tender.AIRTEL_MONEY if provider == MobileProvider.AIRTEL_MONEY else Tender.MTN_MOMO


@dataclass(frozen=True)
class Movements:
    drops_rwf: int
    paid_in_rwf: int
    paid_out_rwf: int


def _movements(session: Session, shift_id: int) -> Movements:
    totals = {
        kind: int(total)
        for kind, total in session.execute(
            select(CashMovement.kind, func.coalesce(func.sum(CashMovement.amount_rwf), 0))
            .where(CashMovement.shift_id == shift_id)
            .group_by(CashMovement.kind)
        )
    }
    return Movements(
        int(totals.get(CashMovementKind.DROP, 0)),
        int(totals.get(CashMovementKind.PAID_IN, 0)),
        int(totals.get(CashMovementKind.PAID_OUT, 0)),
    )


def _by_tender(session: Session, shift_id: int) -> tuple[dict[Tender, int], dict[Tender, int]]:
    """Money in and money back per tender over the shift's payments."""
    taken: dict[Tender, int] = defaultdict(int)
    back: dict[Tender, int] = defaultdict(int)
    rows = session.execute(
        select(Payment.method, Payment.provider, Payment.is_refund,
               func.coalesce(func.sum(Payment.amount_rwf), 0))
        .where(Payment.shift_id == shift_id)
        .group_by(Payment.method, Payment.provider, Payment.is_refund)
    )  # fmt: skip
    for method, provider, is_refund, amount in rows:
        (back if is_refund else taken)[tender_of(method, provider)] += int(amount)
    return taken, back


def expected_by_tender(session: Session, shift: Shift) -> dict[Tender, int]:
    taken, back = _by_tender(session, shift.id)
    moved = _movements(session, shift.id)
    expected = {t: taken[t] - back[t] for t in TENDERS}
    expected[Tender.CASH] += (
        shift.opening_float_rwf + moved.paid_in_rwf - moved.paid_out_rwf - moved.drops_rwf
    )
    return expected


def expected_cash(session: Session, shift: Shift) -> int:
    return expected_by_tender(session, shift)[Tender.CASH]


@dataclass(frozen=True)
class TenderLine:
    tender: Tender
    sales_rwf: int
    refunds_rwf: int
    expected_rwf: int | None  # None: a blind close not yet counted
    counted_rwf: int | None
    variance_rwf: int | None


@dataclass(frozen=True)
class FiscalLine:
    """EBM receipts of the shift's sales (or refunds) in one state: how many, and their total."""

    kind: FiscalKind
    status: FiscalStatus
    receipts: int
    total_rwf: int


def _fiscal(session: Session, shift_id: int) -> tuple[FiscalLine, ...]:
    """The fiscal receipts behind the shift's money, so the daily fiscal X/Z ties to this
    report: sales of orders paid in the shift, refunds of orders given back in it."""
    lines = []
    for kind, is_refund in ((FiscalKind.SALE, False), (FiscalKind.REFUND, True)):
        orders_here = select(Payment.order_id).where(
            Payment.shift_id == shift_id, Payment.is_refund.is_(is_refund)
        )
        rows = session.execute(
            select(FiscalReceipt.status, func.count(), func.coalesce(func.sum(Order.total_rwf), 0))
            .join(Order, Order.id == FiscalReceipt.order_id)
            .where(
                FiscalReceipt.kind == kind,
                FiscalReceipt.order_id.in_(orders_here),
                FiscalReceipt.copy_of_id.is_(None),
            )
            .group_by(FiscalReceipt.status)
        )
        lines += [FiscalLine(kind, status, int(n), int(total)) for status, n, total in rows]
    return tuple(sorted(lines, key=lambda f: (f.kind.value, f.status.value)))


@dataclass(frozen=True)
class ShiftReport:
    """An X report (`final` False: the shift so far) or a Z report (at the close)."""

    shift: ShiftView
    final: bool
    printed_at: datetime
    orders: int
    sales_rwf: int
    sales_by_channel: tuple[tuple[Channel, int], ...]
    discounts_rwf: int
    refunds_rwf: int
    refunded_orders: int
    cancelled_orders: int
    cancelled_rwf: int
    opening_float_rwf: int
    drops_rwf: int
    paid_in_rwf: int
    paid_out_rwf: int
    tenders: tuple[TenderLine, ...]
    variance_reason: str | None
    fiscal: tuple[FiscalLine, ...] = ()

    @property
    def expected_rwf(self) -> int | None:
        values = [t.expected_rwf for t in self.tenders]
        return None if None in values else sum(v or 0 for v in values)

    @property
    def counted_rwf(self) -> int | None:
        values = [t.counted_rwf for t in self.tenders]
        return None if None in values else sum(v or 0 for v in values)

    @property
    def variance_rwf(self) -> int | None:
        values = [t.variance_rwf for t in self.tenders]
        return None if None in values else sum(v or 0 for v in values)


def build_report(session: Session, shift: Shift, now: datetime, *, final: bool) -> ShiftReport:
    taken, back = _by_tender(session, shift.id)
    moved = _movements(session, shift.id)
    sold = session.execute(
        select(Order.id, Order.channel, Order.discount_rwf, Payment.amount_rwf)
        .join(Payment, Payment.order_id == Order.id)
        .where(Payment.shift_id == shift.id, Payment.is_refund.is_(False))
    )
    by_channel: dict[Channel, int] = defaultdict(int)
    discounts: dict[int, int] = {}
    for order_id, channel, discount, amount in sold:
        by_channel[channel] += amount
        discounts[order_id] = discount
    gone_back = session.execute(
        select(Order.id, Order.status, Payment.amount_rwf)
        .join(Payment, Payment.order_id == Order.id)
        .where(Payment.shift_id == shift.id, Payment.is_refund.is_(True))
    )
    cancelled: dict[int, int] = defaultdict(int)
    refunded: dict[int, int] = defaultdict(int)
    for order_id, status, amount in gone_back:
        (cancelled if status == OrderStatus.CANCELLED else refunded)[order_id] += amount
    counted = {t.tender: t.counted_rwf for t in shift.tenders}
    expected_now = expected_by_tender(session, shift)
    tenders = []
    for tender in TENDERS:
        expected = expected_now[tender]
        count = counted.get(tender)
        tenders.append(
            TenderLine(
                tender, taken[tender], back[tender], expected, count,
                None if count is None or expected is None else count - expected,
            )
        )  # fmt: skip
    return ShiftReport(
        shift=view(shift), final=final, printed_at=now, orders=len(discounts),
        sales_rwf=sum(taken.values()),
        sales_by_channel=tuple((c, by_channel[c]) for c in Channel if by_channel[c]),
        discounts_rwf=sum(discounts.values()), refunds_rwf=sum(back.values()),
        refunded_orders=len(refunded), cancelled_orders=len(cancelled),
        cancelled_rwf=sum(cancelled.values()), opening_float_rwf=shift.opening_float_rwf,
        drops_rwf=moved.drops_rwf, paid_in_rwf=moved.paid_in_rwf, paid_out_rwf=moved.paid_out_rwf,
        tenders=tuple(tenders), variance_reason=shift.variance_reason,
        fiscal=_fiscal(session, shift.id),
    )  # fmt: skip


def shift_report(uow: UnitOfWork, actor: Actor, shift_id: int) -> ShiftReport:
    """The X report of an open shift, or the Z report of a closed one. In a blind close the
    expected amounts stay hidden from the counter until the count is in."""
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.USE_TILL)
        shift = uow.session.get(Shift, shift_id)
        if shift is None:
            raise NotFound("That shift does not exist.")
        final = shift.closed_at is not None
        report = build_report(uow.session, shift, uow.now(), final=final)
        if (
            shift.blind_close
            and shift.counted_at is None
            and not actor.can(Permission.SUPERVISE_TILL)
        ):
            return blind(report)
        return report


def blind(report: ShiftReport) -> ShiftReport:
    """The report as the counter of a blind close sees it before counting: sales by tender and
    channel would give the expected amounts away, so only the counts of orders remain."""
    hidden = tuple(TenderLine(t.tender, 0, 0, None, None, None) for t in report.tenders)
    return replace(report, tenders=hidden, sales_by_channel=(), sales_rwf=0, refunds_rwf=0,
                   fiscal=())  # fmt: skip
