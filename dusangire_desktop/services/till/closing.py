"""Closing a shift: the drawer counted by denomination and the other tenders declared, against
what the payments say is expected; a variance over the threshold waits for a manager's approval.
A blind close shows the expected amounts only once the count is submitted, and a count is
submitted once. A manager may force-close a shift someone abandoned."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select

from ...models.till import DenominationCount, Shift, ShiftStatus, Tender, TenderCount, TillSettings
from .. import amounts, audit
from ..auth import Actor, Permission
from ..changes import Area
from ..errors import PermissionDenied, ValidationError
from ..messages import QT_TRANSLATE_NOOP, Text, shown
from ..uow import UnitOfWork, retried_once
from .reports import ShiftReport, build_report, expected_by_tender
from .shifts import load_shift, till_settings

NOTES = (5000, 2000, 1000, 500)
COINS = (100, 50, 20, 10, 5, 1)
DENOMINATIONS = NOTES + COINS
MAX_PIECES = 100_000
MAX_DECLARED_RWF = 100_000_000


@dataclass(frozen=True)
class SettingsView:
    variance_threshold_rwf: int
    blind_close: bool


def read_settings(uow: UnitOfWork, actor: Actor) -> SettingsView:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.USE_TILL)
        s = till_settings(uow)
        return SettingsView(s.variance_threshold_rwf, s.blind_close)


def save_settings(
    uow: UnitOfWork, actor: Actor, variance_threshold_rwf: object, blind_close: bool
) -> SettingsView:
    threshold = amounts.whole_rwf(
        variance_threshold_rwf,
        field="threshold",
        what=QT_TRANSLATE_NOOP("errors", "the variance threshold"),
        maximum=1_000_000,
    )
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_SETTINGS)
        settings = uow.session.get(TillSettings, 1) or TillSettings(id=1)
        settings.variance_threshold_rwf, settings.blind_close = threshold, bool(blind_close)
        uow.session.add(settings)
        audit.record(uow.session, actor, "till_settings", "till_settings", 1,
                     variance_threshold_rwf=threshold, blind_close=bool(blind_close))  # fmt: skip
        uow.record(Area.TILL)
        uow.commit()
        return SettingsView(threshold, bool(blind_close))


def counted_cash(counts: Mapping[int, object]) -> dict[int, int]:
    """The pieces counted of each denomination, checked: whole numbers, known values."""
    checked: dict[int, int] = {}
    for value, pieces in counts.items():
        if value not in DENOMINATIONS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{value:,} RWF is not a Rwandan note or coin; count notes of {notes} and "
                    "coins of {coins}.",
                ),
                field=f"count_{value}",
                value=value,
                notes=", ".join(shown(n, ",") for n in NOTES),
                coins=", ".join(str(c) for c in COINS),
            )
        pieces_of = Text(QT_TRANSLATE_NOOP("errors", "the {value:,} RWF pieces"), value=value)
        checked[value] = amounts.count(pieces, field=f"count_{value}", what=pieces_of,
                                       maximum=MAX_PIECES, minimum=0)  # fmt: skip
    return checked


@dataclass(frozen=True)
class CloseResult:
    report: ShiftReport
    needs_approval: bool
    threshold_rwf: int


@retried_once
def submit_count(
    uow: UnitOfWork,
    actor: Actor,
    shift_id: int,
    version: int,
    counts: Mapping[int, object],
    declared: Mapping[Tender, object] | None = None,
) -> CloseResult:
    """Count the drawer and declare the other tenders (left out: as expected). Within the
    threshold the shift closes; above it the shift waits, counted, for a manager's approval."""
    pieces = counted_cash(counts)
    declared_rwf = {
        Tender(t): amounts.whole_rwf(
            v,
            field=f"declared_{Tender(t).value}",
            what=QT_TRANSLATE_NOOP("errors", "the declared amount"),
            maximum=MAX_DECLARED_RWF,
        )
        for t, v in (declared or {}).items()
    }
    if Tender.CASH in declared_rwf:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Cash is counted by denomination, not declared."),
            field="cash",
        )
    with uow:
        actor = uow.authorize(actor, Permission.USE_TILL)
        shift = load_shift(uow, shift_id, version)
        if shift.status != ShiftStatus.OPEN:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The shift at {desk} is {status}; its count was already submitted."
                ),
                desk=shift.desk,
                status=shift.status,
            )
        if shift.desk != uow.desk and not actor.can(Permission.SUPERVISE_TILL):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "errors", "This shift belongs to {desk}; count it there, or ask a manager."
                ),
                desk=shift.desk,
            )
        now = uow.now()
        expected = expected_by_tender(uow.session, shift)
        cash = sum(value * n for value, n in pieces.items())
        shift.counts = [DenominationCount(denomination=v, quantity=n) for v, n in pieces.items()]
        counted = {t: declared_rwf.get(t, expected[t]) for t in Tender}
        counted[Tender.CASH] = cash
        shift.tenders = [
            TenderCount(tender=t, expected_rwf=expected[t], counted_rwf=counted[t]) for t in Tender
        ]
        shift.expected_cash_rwf, shift.counted_cash_rwf = expected[Tender.CASH], cash
        shift.counted_at = now
        variance = sum(abs(counted[t] - expected[t]) for t in Tender)
        threshold = till_settings(uow).variance_threshold_rwf
        needs_approval = variance > threshold
        if needs_approval:
            shift.status = ShiftStatus.COUNTED
        else:
            _close(shift, actor, now, ShiftStatus.CLOSED)
        uow.flush()
        audit.record(uow.session, actor, "shift_counted", "shift", shift.id,
                     counted={str(k): v for k, v in pieces.items()},
                     expected={t.value: expected[t] for t in Tender},
                     declared={t.value: counted[t] for t in Tender},
                     variance_rwf=variance, needs_approval=needs_approval)  # fmt: skip
        uow.record(Area.TILL, [shift.id])
        uow.commit()
        report = build_report(uow.session, shift, now, final=not needs_approval)
        return CloseResult(report, needs_approval, threshold)


def _close(shift: Shift, actor: Actor, now: object, status: ShiftStatus) -> None:
    shift.status = status
    shift.closed_at = now  # type: ignore[assignment]
    shift.closed_by_id, shift.closed_by_name = actor.staff_id, actor.full_name


def _reason(reason: str) -> str:
    cleaned = " ".join(reason.split())
    if len(cleaned) < 5:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give the reason (at least 5 characters)."), field="reason"
        )
    if len(cleaned) > 500:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The reason may have at most 500 characters."),
            field="reason",
        )
    return cleaned


@retried_once
def approve_variance(
    uow: UnitOfWork, actor: Actor, shift_id: int, version: int, reason: str
) -> ShiftReport:
    """A manager accepts a counted shift's variance, with the reason, and closes it."""
    cleaned = _reason(reason)
    with uow:
        actor = uow.authorize(actor, Permission.SUPERVISE_TILL)
        shift = load_shift(uow, shift_id, version)
        if shift.status != ShiftStatus.COUNTED:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The shift at {desk} is {status}; only a counted shift waits for approval.",
                ),
                desk=shift.desk,
                status=shift.status,
            )
        now = uow.now()
        shift.variance_approved_by_id, shift.variance_reason = actor.staff_id, cleaned
        _close(shift, actor, now, ShiftStatus.CLOSED)
        uow.flush()
        variance = sum(t.counted_rwf - t.expected_rwf for t in shift.tenders)
        audit.record(uow.session, actor, "shift_variance_approved", "shift", shift.id,
                     reason=cleaned, variance_rwf=variance)  # fmt: skip
        uow.record(Area.TILL, [shift.id])
        uow.commit()
        return build_report(uow.session, shift, now, final=True)


@retried_once
def force_close(
    uow: UnitOfWork, actor: Actor, shift_id: int, version: int, reason: str
) -> ShiftReport:
    """Close a shift its owner abandoned, uncounted: marked forced, the expected amounts kept
    as they stood, so the Z report says what should have been in the drawer."""
    cleaned = _reason(reason)
    with uow:
        actor = uow.authorize(actor, Permission.SUPERVISE_TILL)
        shift = load_shift(uow, shift_id, version)
        if shift.status not in (ShiftStatus.OPEN, ShiftStatus.COUNTED):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The shift at {desk} is already closed."),
                desk=shift.desk,
            )
        now = uow.now()
        if shift.status == ShiftStatus.OPEN:
            expected = expected_by_tender(uow.session, shift)
            shift.expected_cash_rwf = expected[Tender.CASH]
        shift.variance_reason = cleaned
        _close(shift, actor, now, ShiftStatus.FORCE_CLOSED)
        uow.flush()
        audit.record(uow.session, actor, "shift_force_closed", "shift", shift.id,
                     reason=cleaned, desk=shift.desk)  # fmt: skip
        uow.record(Area.TILL, [shift.id])
        uow.commit()
        return build_report(uow.session, shift, now, final=True)


def shifts_waiting(uow: UnitOfWork, actor: Actor) -> list[int]:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.SUPERVISE_TILL)
        return list(
            uow.session.scalars(
                select(Shift.id).where(Shift.status == ShiftStatus.COUNTED).order_by(Shift.id)
            )
        )
