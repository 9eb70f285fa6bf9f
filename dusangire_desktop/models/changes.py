"""Recorded changes: one row per area a committed transaction changed, read by every workstation."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UtcDateTime


class ChangeArea(enum.StrEnum):
    """What a screen can watch. Services record these; screens refresh for the ones they show."""

    ORDERS = "orders"
    CUSTOMERS = "customers"
    MENU = "menu"
    CORPORATE = "corporate"
    CONSULTATIONS = "consultations"
    AVAILABILITY = "availability"
    MEAL_PLANS = "meal_plans"
    CATERING = "catering"
    SUBSCRIPTIONS = "subscriptions"
    TICKETS = "tickets"
    STAFF = "staff"
    TARGETS = "targets"
    SETTINGS = "settings"
    WARDS = "wards"  # stays, transfers, diet orders, meal times
    TRAYS = "trays"
    TILL = "till"
    FISCAL = "fiscal"


# A plain string, not a checked enum: a workstation running an older version must be able to read
# (and ignore) an area that a newer version records.
AREA_LENGTH = 32


class RecordedChange(Base):
    __tablename__ = "recorded_changes"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    area: Mapped[str] = mapped_column(String(AREA_LENGTH))
    # Comma-separated ids; empty means "anything in this area" (too many to list, or no ids).
    ids: Mapped[str] = mapped_column(Text, default="")
    committed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    origin: Mapped[str] = mapped_column(String(40))

    __table_args__ = (Index("ix_recorded_changes_committed_at", "committed_at"),)
