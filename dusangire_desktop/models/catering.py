"""Catering: packages with add-ons, and event requests with their life cycle."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UtcDateTime, enum_column, utcnow


class AddonPricing(enum.StrEnum):
    PER_PERSON = "per_person"
    FLAT = "flat"


class CateringStatus(enum.StrEnum):
    NEW = "new"
    QUOTED = "quoted"
    CONFIRMED = "confirmed"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class CateringPackage(Base):
    __tablename__ = "catering_packages"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    price_per_person_rwf: Mapped[int]
    min_guests: Mapped[int]
    max_guests: Mapped[int]
    setup_fee_rwf: Mapped[int] = mapped_column(default=0)
    large_group_min_guests: Mapped[int | None]
    large_group_price_per_person_rwf: Mapped[int | None]
    is_active: Mapped[bool] = mapped_column(default=True)

    __table_args__ = (
        CheckConstraint("price_per_person_rwf >= 0", name="price_not_negative"),
        CheckConstraint("setup_fee_rwf >= 0", name="setup_fee_not_negative"),
        CheckConstraint("min_guests >= 1 AND max_guests >= min_guests", name="guest_limits"),
        CheckConstraint(
            "(large_group_min_guests IS NULL) = (large_group_price_per_person_rwf IS NULL)",
            name="large_group_tier_complete",
        ),
    )


class CateringAddon(Base):
    __tablename__ = "catering_addons"

    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(ForeignKey("catering_packages.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(80))
    pricing: Mapped[AddonPricing] = mapped_column(enum_column(AddonPricing, "addon_pricing"))
    price_rwf: Mapped[int]
    is_active: Mapped[bool] = mapped_column(default=True)

    __table_args__ = (
        UniqueConstraint("package_id", "name", name="uq_catering_addon_name"),
        CheckConstraint("price_rwf >= 0", name="price_not_negative"),
    )


class CateringRequest(Base):
    __tablename__ = "catering_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    package_id: Mapped[int] = mapped_column(ForeignKey("catering_packages.id"))
    guests: Mapped[int]
    event_at: Mapped[datetime] = mapped_column(UtcDateTime)
    venue: Mapped[str] = mapped_column(String(120))
    contact_name: Mapped[str] = mapped_column(String(120))
    contact_phone: Mapped[str] = mapped_column(String(20))
    organisation: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[CateringStatus] = mapped_column(
        enum_column(CateringStatus, "catering_status"), default=CateringStatus.NEW
    )
    estimate_rwf: Mapped[int]
    quoted_price_rwf: Mapped[int | None]
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    quoted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    quoted_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    confirmed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    completed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    cancelled_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("guests >= 1", name="guests_positive"),
        CheckConstraint("estimate_rwf >= 0", name="estimate_not_negative"),
        CheckConstraint(
            "quoted_price_rwf IS NULL OR quoted_price_rwf >= 0", name="quote_not_negative"
        ),
        Index("ix_catering_requests_event_at", "event_at"),
        Index("ix_catering_requests_status", "status"),
    )


class CateringRequestAddon(Base):
    __tablename__ = "catering_request_addons"

    request_id: Mapped[int] = mapped_column(
        ForeignKey("catering_requests.id", ondelete="CASCADE"), primary_key=True
    )
    addon_id: Mapped[int] = mapped_column(ForeignKey("catering_addons.id"), primary_key=True)
    amount_rwf: Mapped[int]

    __table_args__ = (CheckConstraint("amount_rwf >= 0", name="amount_not_negative"),)
