"""Shifts at a desk: opened with a counted float, one open per desk; cash moved in and out.

A desk is a workstation (`UnitOfWork.desk`). Every payment taken at a desk belongs to the desk's
open shift; cash cannot be taken or given back without one (`shift_for_money`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ...models.till import CashMovement, CashMovementKind, Shift, ShiftStatus, TillSettings
from .. import amounts, audit
from ..auth import Actor, Permission
from ..changes import Area
from ..errors import Conflict, NotFound, ValidationError
from ..messages import QT_TRANSLATE_NOOP, Text
from ..records import load_current
from ..uow import UnitOfWork, is_unique_violation

MAX_FLOAT_RWF = 5_000_000
MAX_MOVEMENT_RWF = 50_000_000


class ShiftAlreadyOpen(Conflict):
    """The desk already has an open shift (perhaps opened at this very instant elsewhere)."""


class NoOpenShift(ValidationError):
    """Cash was to be taken or given back at a desk without an open shift."""


@dataclass(frozen=True)
class ShiftView:
    id: int
    desk: str
    status: ShiftStatus
    opened_at: datetime
    opened_by: str
    opening_float_rwf: int
    blind_close: bool
    closed_at: datetime | None
    closed_by: str | None
    version: int

    @property
    def forced(self) -> bool:
        return self.status == ShiftStatus.FORCE_CLOSED


@dataclass(frozen=True)
class DeskState:
    """What the till screen of a desk shows first: its shift, or what to open one with."""

    desk: str
    shift: ShiftView | None
    suggested_float_rwf: int
    waiting_for_approval: tuple[ShiftView, ...]


def view(shift: Shift) -> ShiftView:
    return ShiftView(
        shift.id, shift.desk, shift.status, shift.opened_at, shift.opened_by_name,
        shift.opening_float_rwf, shift.blind_close, shift.closed_at, shift.closed_by_name,
        shift.version,
    )  # fmt: skip


def till_settings(uow: UnitOfWork) -> TillSettings:
    """The hospital's till rules, or the defaults until an administrator sets them."""
    settings = uow.session.get(TillSettings, 1)
    return settings or TillSettings(id=1, variance_threshold_rwf=1000, blind_close=False)


def _current(uow: UnitOfWork, desk: str) -> Shift | None:
    return uow.session.scalars(
        select(Shift).where(
            Shift.desk == desk, Shift.status.in_([ShiftStatus.OPEN, ShiftStatus.COUNTED])
        )
    ).first()


def _last_counted_cash(uow: UnitOfWork, desk: str) -> int:
    """The cash counted at this desk's last close, offered as the next opening float."""
    last = uow.session.scalar(
        select(Shift.counted_cash_rwf)
        .where(Shift.desk == desk, Shift.counted_cash_rwf.is_not(None))
        .order_by(Shift.opened_at.desc(), Shift.id.desc())
        .limit(1)
    )
    return last or 0


def desk_state(uow: UnitOfWork, actor: Actor) -> DeskState:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.USE_TILL)
        shift = _current(uow, uow.desk)
        waiting: tuple[ShiftView, ...] = ()
        if actor.can(Permission.SUPERVISE_TILL):
            waiting = tuple(
                view(s)
                for s in uow.session.scalars(
                    select(Shift).where(Shift.status == ShiftStatus.COUNTED).order_by(Shift.id)
                )
            )
        return DeskState(
            uow.desk, view(shift) if shift else None, _last_counted_cash(uow, uow.desk), waiting
        )


def open_shift(
    uow: UnitOfWork, actor: Actor, opening_float_rwf: object, *, blind_close: bool | None = None
) -> ShiftView:
    """Open this desk's shift with the float counted in the drawer. Two people trying at once
    at one desk: one opens it, the other is told who did."""
    float_rwf = amounts.whole_rwf(
        opening_float_rwf,
        field="opening_float",
        what=QT_TRANSLATE_NOOP("errors", "the opening float"),
        maximum=MAX_FLOAT_RWF,
    )
    with uow:
        actor = uow.authorize(actor, Permission.USE_TILL)
        existing = _current(uow, uow.desk)
        if existing is not None:
            raise _already_open(existing)
        blind = till_settings(uow).blind_close if blind_close is None else blind_close
        shift = Shift(
            desk=uow.desk, status=ShiftStatus.OPEN, opened_at=uow.now(),
            opened_by_id=actor.staff_id, opened_by_name=actor.full_name,
            opening_float_rwf=float_rwf, blind_close=blind,
        )  # fmt: skip
        uow.session.add(shift)
        try:
            uow.flush()
        except IntegrityError as exc:
            if not is_unique_violation(exc, "uq_till_shift_open_desk", "till_shifts.desk"):
                raise
            raise ShiftAlreadyOpen(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A shift was opened at {desk} by someone else at this very moment; use "
                    "that shift or close it first.",
                ),
                desk=uow.desk,
            ) from None
        audit.record(uow.session, actor, "shift_opened", "shift", shift.id,
                     desk=uow.desk, opening_float_rwf=float_rwf, blind_close=blind)  # fmt: skip
        uow.record(Area.TILL, [shift.id])
        uow.commit()
        return view(shift)


def _already_open(shift: Shift) -> ShiftAlreadyOpen:
    return ShiftAlreadyOpen(
        QT_TRANSLATE_NOOP(
            "errors",
            "{desk} already has a shift opened by {opened_by_name} (counted, waiting for a "
            "manager's approval); close it before opening another.",
        )
        if shift.status == "counted"
        else QT_TRANSLATE_NOOP(
            "errors",
            "{desk} already has a shift opened by {opened_by_name}; close it before opening "
            "another.",
        ),
        desk=shift.desk,
        opened_by_name=shift.opened_by_name,
    )


def shift_for_money(
    uow: UnitOfWork, *, cash: bool, what: str = QT_TRANSLATE_NOOP("errors", "take cash")
) -> Shift | None:
    """The desk's open shift, held (FOR SHARE) until the caller's transaction ends so it cannot
    close under a payment; None when there is none and no cash is involved. `what` is a marked
    fragment ("take cash")."""
    query = select(Shift).where(Shift.desk == uow.desk, Shift.status == ShiftStatus.OPEN)
    if uow.dialect == "postgresql":
        query = query.with_for_update(read=True)
    shift = uow.session.scalars(query).first()
    if shift is None and cash:
        counted = _current(uow, uow.desk)
        why = (
            Text(
                QT_TRANSLATE_NOOP(
                    "errors", "the shift at {desk} is counted and waiting for a manager's approval"
                ),
                desk=uow.desk,
            )
            if counted is not None
            else Text(QT_TRANSLATE_NOOP("errors", "{desk} has no open shift"), desk=uow.desk)
        )
        raise NoOpenShift(
            QT_TRANSLATE_NOOP(
                "errors",
                "Cannot {what}: {why}. Open a shift in Till (count the float in the "
                "drawer) first; nothing was saved.",
            ),
            field="payment_method",
            what=Text(what),
            why=why,
        )
    return shift


@dataclass(frozen=True)
class CashMovementView:
    id: int
    kind: CashMovementKind
    amount_rwf: int
    reason: str
    at: datetime


def move_cash(
    uow: UnitOfWork, actor: Actor, kind: CashMovementKind, amount_rwf: object, reason: str
) -> CashMovementView:
    """A drop to the safe, cash paid in or paid out of the drawer, with its reason."""
    amount = amounts.whole_rwf(
        amount_rwf,
        field="amount",
        what=QT_TRANSLATE_NOOP("errors", "the amount"),
        maximum=MAX_MOVEMENT_RWF,
        minimum=1,
    )
    kind = CashMovementKind(kind)
    cleaned = " ".join(reason.split())
    if len(cleaned) < 3:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say why the cash moved (at least 3 characters)."),
            field="reason",
        )
    if len(cleaned) > 300:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The reason may have at most 300 characters."),
            field="reason",
        )
    with uow:
        actor = uow.authorize(actor, Permission.USE_TILL)
        shift = shift_for_money(uow, cash=True, what=QT_TRANSLATE_NOOP("errors", "move cash"))
        assert shift is not None
        if kind != CashMovementKind.PAID_IN:
            from .reports import expected_cash  # reports shows shifts as this module does

            in_drawer = expected_cash(uow.session, shift)
            if amount > in_drawer:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The drawer should hold {in_drawer:,} RWF; {amount:,} RWF cannot leave it.",
                    ),
                    field="amount",
                    in_drawer=in_drawer,
                    amount=amount,
                )
        movement = CashMovement(shift_id=shift.id, kind=kind, amount_rwf=amount, reason=cleaned,
                                at=uow.now(), by_id=actor.staff_id)  # fmt: skip
        uow.session.add(movement)
        uow.flush()
        audit.record(uow.session, actor, f"cash_{kind.value}", "shift", shift.id,
                     amount_rwf=amount, reason=cleaned)  # fmt: skip
        uow.record(Area.TILL, [shift.id])
        uow.commit()
        return CashMovementView(movement.id, kind, amount, cleaned, movement.at)


def load_shift(uow: UnitOfWork, shift_id: int, version: int | None) -> Shift:
    return load_current(
        uow,
        Shift,
        shift_id,
        version,
        missing=QT_TRANSLATE_NOOP("errors", "That shift does not exist."),
        what=lambda s: Text(
            QT_TRANSLATE_NOOP("errors", "The shift at {desk} (now {status})"),
            desk=s.desk,
            status=s.status,
        ),
    )


def get_shift(uow: UnitOfWork, actor: Actor, shift_id: int) -> ShiftView:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.USE_TILL)
        shift = uow.session.get(Shift, shift_id)
        if shift is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That shift does not exist."))
        return view(shift)


def recent_shifts(uow: UnitOfWork, actor: Actor, limit: int = 50) -> list[ShiftView]:
    """Shifts of every desk, newest first (supervisors), or this desk's (front desk)."""
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.USE_TILL)
        query = select(Shift).order_by(Shift.opened_at.desc(), Shift.id.desc()).limit(limit)
        if not actor.can(Permission.SUPERVISE_TILL):
            query = query.where(Shift.desk == uow.desk)
        return [view(s) for s in uow.session.scalars(query)]
