"""The till: shifts at a desk, cash moved in and out of the drawer, the close counted by tender,
and the mobile-money statements reconciled against the payments."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UtcDateTime, enum_column


class ShiftStatus(enum.StrEnum):
    OPEN = "open"
    COUNTED = "counted"  # counted, the variance waiting for a manager's approval
    CLOSED = "closed"
    FORCE_CLOSED = "force_closed"


class Tender(enum.StrEnum):
    """How money reached the desk, as the close counts it."""

    CASH = "cash"
    MTN_MOMO = "mtn_momo"
    AIRTEL_MONEY = "airtel_money"
    CARD = "card"
    COMPANY_ALLOWANCE = "company_allowance"


class CashMovementKind(enum.StrEnum):
    DROP = "drop"  # to the safe
    PAID_IN = "paid_in"
    PAID_OUT = "paid_out"


class MobileProvider(enum.StrEnum):
    MTN_MOMO = "mtn_momo"
    AIRTEL_MONEY = "airtel_money"


class StatementOutcome(enum.StrEnum):
    MATCHED = "matched"
    AMOUNT_DIFFERS = "amount_differs"
    ONLY_IN_STATEMENT = "only_in_statement"
    ONLY_IN_APP = "only_in_app"


class Resolution(enum.StrEnum):
    ATTACHED = "attached"
    WRITTEN_OFF = "written_off"
    REFUNDED = "refunded"


class Shift(Base):
    __tablename__ = "till_shifts"

    id: Mapped[int] = mapped_column(primary_key=True)
    desk: Mapped[str] = mapped_column(String(40))
    status: Mapped[ShiftStatus] = mapped_column(
        enum_column(ShiftStatus, "shift_status"), default=ShiftStatus.OPEN
    )
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime)
    opened_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    opened_by_name: Mapped[str] = mapped_column(String(160))
    opening_float_rwf: Mapped[int]
    blind_close: Mapped[bool] = mapped_column(default=False)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    closed_by_name: Mapped[str | None] = mapped_column(String(160))
    counted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    expected_cash_rwf: Mapped[int | None]
    counted_cash_rwf: Mapped[int | None]
    variance_approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    variance_reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(default=1)

    counts: Mapped[list[DenominationCount]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="DenominationCount.denomination"
    )
    tenders: Mapped[list[TenderCount]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="TenderCount.id"
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("opening_float_rwf >= 0", name="float_not_negative"),
        # One open shift per desk, whoever tries at the same instant.
        Index(
            "uq_till_shift_open_desk",
            "desk",
            unique=True,
            sqlite_where=text("status IN ('open', 'counted')"),
            postgresql_where=text("status IN ('open', 'counted')"),
        ),
        Index("ix_till_shifts_desk_opened", "desk", "opened_at"),
    )


class TillSettings(Base):
    """The hospital's till rules (one row): above this total variance a manager must approve."""

    __tablename__ = "till_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    variance_threshold_rwf: Mapped[int] = mapped_column(default=1000)
    blind_close: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (
        CheckConstraint("variance_threshold_rwf >= 0", name="threshold_not_negative"),
    )


class DenominationCount(Base):
    """How many notes or coins of one value were counted in the drawer at the close."""

    __tablename__ = "till_denomination_counts"

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("till_shifts.id", ondelete="CASCADE"))
    denomination: Mapped[int]
    quantity: Mapped[int]

    __table_args__ = (
        CheckConstraint("quantity >= 0", name="quantity_not_negative"),
        Index("uq_till_denomination", "shift_id", "denomination", unique=True),
    )


class TenderCount(Base):
    """At the close, one tender's expected and counted (declared) amounts."""

    __tablename__ = "till_tender_counts"

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("till_shifts.id", ondelete="CASCADE"))
    tender: Mapped[Tender] = mapped_column(enum_column(Tender, "till_tender"))
    expected_rwf: Mapped[int]
    counted_rwf: Mapped[int]

    __table_args__ = (Index("uq_till_tender", "shift_id", "tender", unique=True),)


class CashMovement(Base):
    """Cash into or out of the drawer that is not a sale: a drop to the safe, paid in or out."""

    __tablename__ = "till_cash_movements"

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("till_shifts.id"), index=True)
    kind: Mapped[CashMovementKind] = mapped_column(
        enum_column(CashMovementKind, "cash_movement_kind")
    )
    amount_rwf: Mapped[int]
    reason: Mapped[str] = mapped_column(String(300))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    __table_args__ = (CheckConstraint("amount_rwf > 0", name="amount_positive"),)


class StatementMapping(Base):
    """Which column of a provider's statement export holds what (providers change exports)."""

    __tablename__ = "momo_statement_mappings"

    provider: Mapped[MobileProvider] = mapped_column(
        enum_column(MobileProvider, "mobile_provider"), primary_key=True
    )
    id_column: Mapped[str] = mapped_column(String(60))
    date_column: Mapped[str] = mapped_column(String(60))
    amount_column: Mapped[str] = mapped_column(String(60))
    number_column: Mapped[str] = mapped_column(String(60))
    status_column: Mapped[str] = mapped_column(String(60), default="")
    date_format: Mapped[str] = mapped_column(String(40))


class StatementImport(Base):
    __tablename__ = "momo_statement_imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    provider: Mapped[MobileProvider] = mapped_column(enum_column(MobileProvider, "mobile_provider"))
    file_name: Mapped[str] = mapped_column(String(200))
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    imported_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    period_start: Mapped[datetime] = mapped_column(UtcDateTime)
    period_end: Mapped[datetime] = mapped_column(UtcDateTime)

    lines: Mapped[list[StatementLine]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="StatementLine.id"
    )


class StatementLine(Base):
    """One reconciled line: a statement entry, a payment of the app, or both."""

    __tablename__ = "momo_statement_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    import_id: Mapped[int] = mapped_column(
        ForeignKey("momo_statement_imports.id", ondelete="CASCADE"), index=True
    )
    outcome: Mapped[StatementOutcome] = mapped_column(
        enum_column(StatementOutcome, "statement_outcome")
    )
    transaction_id: Mapped[str | None] = mapped_column(String(60))
    statement_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    statement_amount_rwf: Mapped[int | None]
    statement_number: Mapped[str | None] = mapped_column(String(30))
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"))
    app_amount_rwf: Mapped[int | None]
    resolution: Mapped[Resolution | None] = mapped_column(enum_column(Resolution, "resolution"))
    resolution_note: Mapped[str | None] = mapped_column(Text)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
