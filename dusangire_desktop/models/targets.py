"""Monthly revenue targets, in RWF, per local month and channel."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class RevenueTarget(Base):
    __tablename__ = "revenue_targets"

    id: Mapped[int] = mapped_column(primary_key=True)
    month_start: Mapped[date]
    # "total" or one channel: orders, corporate, catering, subscriptions.
    channel: Mapped[str] = mapped_column(String(20), default="total")
    amount_rwf: Mapped[int]

    __table_args__ = (
        UniqueConstraint("month_start", "channel", name="uq_revenue_target_month_channel"),
        CheckConstraint("amount_rwf >= 0", name="amount_not_negative"),
    )
