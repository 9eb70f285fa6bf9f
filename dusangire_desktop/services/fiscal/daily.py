"""The daily fiscal X report (the day so far) and Z report (a day that is over): the receipts
the controller signed that day by mode and kind, with totals and tax per tax type, and what
still waits, so the day ties to the shifts' Z reports."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from ...models.fiscal import FiscalKind, FiscalReceipt, FiscalStatus, ReceiptMode
from ..auth import Actor, Permission
from ..clock import local_day_bounds_utc
from ..uow import UnitOfWork
from .receipt_data import TAX_TYPES


@dataclass(frozen=True)
class FiscalDayLine:
    mode: ReceiptMode
    kind: FiscalKind
    receipts: int
    first_receipt_no: int
    last_receipt_no: int
    total_rwf: int
    taxes: tuple[tuple[str, int, int], ...]  # tax type, taxable, tax


@dataclass(frozen=True)
class FiscalDay:
    day: date
    final: bool
    printed_at: datetime
    lines: tuple[FiscalDayLine, ...]
    pending: int
    rejected: int
    copies: int


def daily_report(uow: UnitOfWork, actor: Actor, day: date) -> FiscalDay:
    start, end = local_day_bounds_utc(day, uow.zone)
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.USE_TILL)
        signed = uow.session.scalars(
            select(FiscalReceipt)
            .where(FiscalReceipt.status == FiscalStatus.SIGNED,
                   FiscalReceipt.signed_at >= start, FiscalReceipt.signed_at < end)
            .order_by(FiscalReceipt.total_receipt_no)
        ).all()  # fmt: skip
        groups: dict[tuple[ReceiptMode, FiscalKind], list[FiscalReceipt]] = defaultdict(list)
        copies = sum(1 for r in signed if r.copy_of_id is not None)
        for receipt in (r for r in signed if r.copy_of_id is None):  # copies sell nothing
            groups[(receipt.mode, receipt.kind)].append(receipt)
        lines = []
        for (mode, kind), receipts in sorted(groups.items(), key=lambda g: (g[0][0], g[0][1])):
            bodies = [json.loads(r.request) for r in receipts]
            numbers = [r.receipt_no or 0 for r in receipts]
            taxes = tuple(
                (t, sum(b[f"taxblAmt{t}"] for b in bodies), sum(b[f"taxAmt{t}"] for b in bodies))
                for t in TAX_TYPES
                if any(b[f"taxblAmt{t}"] for b in bodies)
            )
            lines.append(FiscalDayLine(mode, kind, len(receipts), min(numbers), max(numbers),
                                       sum(int(b["totAmt"]) for b in bodies), taxes))  # fmt: skip
        waiting = dict(
            (status, int(n))
            for status, n in uow.session.execute(
                select(FiscalReceipt.status, func.count())
                .where(FiscalReceipt.status != FiscalStatus.SIGNED,
                       FiscalReceipt.queued_at >= start, FiscalReceipt.queued_at < end)
                .group_by(FiscalReceipt.status)
            )
        )  # fmt: skip
        now = uow.now()
        return FiscalDay(day, now >= end, now, tuple(lines),
                         waiting.get(FiscalStatus.PENDING, 0),
                         waiting.get(FiscalStatus.REJECTED, 0), copies)  # fmt: skip
