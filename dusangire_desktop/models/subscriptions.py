"""Therapeutic meal packages: plans, subscriptions, pauses and charges."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UtcDateTime, enum_column, utcnow


class TherapeuticCategory(enum.StrEnum):
    STANDARD = "standard"
    KETO = "keto"
    DETOX = "detox"
    DIABETIC_FRIENDLY = "diabetic_friendly"
    LOW_SODIUM = "low_sodium"
    RENAL = "renal"
    HIGH_PROTEIN = "high_protein"
    VEGETARIAN = "vegetarian"
    GLUTEN_FREE = "gluten_free"
    WEIGHT_LOSS = "weight_loss"
    PREGNANCY = "pregnancy"


class BillingPeriod(enum.StrEnum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"


class SubscriptionStatus(enum.StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    CANCELLED = "cancelled"


class SubscriptionPlan(Base):
    __tablename__ = "subscription_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    category: Mapped[TherapeuticCategory] = mapped_column(
        enum_column(TherapeuticCategory, "plan_category")
    )
    price_rwf: Mapped[int]
    billing_period: Mapped[BillingPeriod] = mapped_column(
        enum_column(BillingPeriod, "plan_billing_period")
    )
    meals_per_day: Mapped[int]
    description: Mapped[str] = mapped_column(Text, default="")
    is_active: Mapped[bool] = mapped_column(default=True)

    __table_args__ = (
        CheckConstraint("price_rwf >= 0", name="price_not_negative"),
        CheckConstraint("meals_per_day >= 1 AND meals_per_day <= 6", name="meals_per_day_range"),
    )


class Subscription(Base):
    __tablename__ = "subscriptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("subscription_plans.id"))
    status: Mapped[SubscriptionStatus] = mapped_column(
        enum_column(SubscriptionStatus, "subscription_status"),
        default=SubscriptionStatus.ACTIVE,
    )
    starts_on: Mapped[date]
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class SubscriptionPause(Base):
    __tablename__ = "subscription_pauses"

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(
        ForeignKey("subscriptions.id", ondelete="CASCADE"), index=True
    )
    paused_at: Mapped[datetime] = mapped_column(UtcDateTime)
    resumed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    reason: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        CheckConstraint(
            "resumed_at IS NULL OR resumed_at >= paused_at", name="resumed_after_pause"
        ),
    )


class SubscriptionCharge(Base):
    __tablename__ = "subscription_charges"

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id"))
    period_start: Mapped[date]
    period_end: Mapped[date]
    amount_rwf: Mapped[int]
    charged_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (
        UniqueConstraint("subscription_id", "period_start", name="uq_subscription_charge_period"),
        CheckConstraint("amount_rwf >= 0", name="amount_not_negative"),
        CheckConstraint("period_end > period_start", name="period_ends_after_start"),
        Index("ix_subscription_charges_charged_at", "charged_at"),
    )
