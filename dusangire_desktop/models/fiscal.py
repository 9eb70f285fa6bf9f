"""Fiscal receipts (Rwanda's EBM): the sales data controller a desk reports to, and each sale or
refund queued for it with the signature it answered."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UtcDateTime, enum_column


class ReceiptMode(enum.StrEnum):
    """The EBM receipt types a device issues: normal, training (demo, staff practice) or
    proforma (a quote). A copy is a reprint of any of them."""

    NORMAL = "normal"
    TRAINING = "training"
    PROFORMA = "proforma"


class FiscalKind(enum.StrEnum):
    SALE = "sale"
    REFUND = "refund"


class FiscalStatus(enum.StrEnum):
    PENDING = "pending"  # not answered yet: queued in the outbox
    SIGNED = "signed"
    REJECTED = "rejected"  # the controller answered no: a person must look


class FiscalDevice(Base):
    """The VSDC (at the hospital) or OSDC (online) the desks report to: one row, configured."""

    __tablename__ = "fiscal_devices"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(300))
    tin: Mapped[str] = mapped_column(String(9))
    branch_id: Mapped[str] = mapped_column(String(2), default="00")
    device_serial: Mapped[str] = mapped_column(String(40))
    mode: Mapped[ReceiptMode] = mapped_column(enum_column(ReceiptMode, "fiscal_receipt_mode"))
    default_tax_type: Mapped[str] = mapped_column(String(1), default="B")
    item_class_code: Mapped[str] = mapped_column(String(10), default="5020230100")
    timeout_seconds: Mapped[int] = mapped_column(default=10)
    # The receipt whose request is, or may be, at the controller: one request in flight at most.
    # Not a foreign key, which would make the two tables refer to each other.
    in_flight_id: Mapped[int | None]
    in_flight_since: Mapped[datetime | None] = mapped_column(UtcDateTime)
    next_invoice_no: Mapped[int] = mapped_column(default=1)
    __table_args__ = (
        CheckConstraint("default_tax_type IN ('A', 'B', 'C', 'D')", name="tax_type_known"),
    )


class FiscalReceipt(Base):
    __tablename__ = "fiscal_receipts"

    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("fiscal_devices.id"))
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    kind: Mapped[FiscalKind] = mapped_column(enum_column(FiscalKind, "fiscal_kind"))
    mode: Mapped[ReceiptMode] = mapped_column(enum_column(ReceiptMode, "fiscal_receipt_mode"))
    invoice_no: Mapped[int]
    original_id: Mapped[int | None] = mapped_column(ForeignKey("fiscal_receipts.id"))
    customer_tin: Mapped[str | None] = mapped_column(String(9))
    request: Mapped[str] = mapped_column(Text)  # the saveSales body, frozen when queued
    status: Mapped[FiscalStatus] = mapped_column(
        enum_column(FiscalStatus, "fiscal_status"), default=FiscalStatus.PENDING
    )
    queued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    sdc_id: Mapped[str | None] = mapped_column(String(40))
    receipt_no: Mapped[int | None]
    total_receipt_no: Mapped[int | None]
    internal_data: Mapped[str | None] = mapped_column(String(100))
    signature: Mapped[str | None] = mapped_column(String(100))
    signed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # the controller's time
    copies_printed: Mapped[int] = mapped_column(default=0)
    # A reprint is sent to the controller too, as a copy receipt of this one, and prints what the
    # controller answered for it; it is never a sale or refund of its own.
    copy_of_id: Mapped[int | None] = mapped_column(ForeignKey("fiscal_receipts.id"), index=True)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index(
            "uq_fiscal_receipt_order_kind",
            "order_id",
            "kind",
            unique=True,
            sqlite_where=text("copy_of_id IS NULL"),
            postgresql_where=text("copy_of_id IS NULL"),
        ),
        Index("uq_fiscal_receipt_invoice", "device_id", "invoice_no", unique=True),
        Index("ix_fiscal_receipts_status", "status", "id"),
    )
