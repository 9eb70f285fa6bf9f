"""Nutritionists: weekly availability, time off, consultations and meal plans."""

from __future__ import annotations

import enum
from datetime import date, datetime, time, timedelta

from sqlalchemy import (
    DDL,
    CheckConstraint,
    ForeignKey,
    Index,
    String,
    Text,
    column,
    event,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ExcludeConstraint
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UtcDateTime, enum_column, utcnow
from .menu import DietTag
from .subscriptions import TherapeuticCategory


class ConsultationStatus(enum.StrEnum):
    BOOKED = "booked"
    COMPLETED = "completed"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class MealPlanStatus(enum.StrEnum):
    PENDING = "pending"
    ACTIVE = "active"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class TagRule(enum.StrEnum):
    ALLOWED = "allowed"
    FORBIDDEN = "forbidden"


class NutritionistProfile(Base):
    __tablename__ = "nutritionist_profiles"

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(120))
    consultation_fee_rwf: Mapped[int] = mapped_column(default=0)
    bio: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (CheckConstraint("consultation_fee_rwf >= 0", name="fee_not_negative"),)


class WeeklyAvailability(Base):
    """A recurring interval in hospital time, e.g. Mondays 08:00-12:00."""

    __tablename__ = "weekly_availability"

    id: Mapped[int] = mapped_column(primary_key=True)
    nutritionist_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    weekday: Mapped[int]
    starts_at: Mapped[time]
    ends_at: Mapped[time]

    __table_args__ = (
        CheckConstraint("weekday >= 0 AND weekday <= 6", name="weekday_range"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
    )


class TimeOff(Base):
    __tablename__ = "time_off"

    id: Mapped[int] = mapped_column(primary_key=True)
    nutritionist_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime)
    reason: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (CheckConstraint("ends_at > starts_at", name="ends_after_start"),)


def _end_of(context: DefaultExecutionContext) -> datetime:
    """A new consultation ends its duration after it starts, unless the writer says otherwise."""
    values = context.get_current_parameters()
    return values["starts_at"] + timedelta(minutes=values["duration_minutes"])


ACTIVE = "status != 'cancelled'"


class Consultation(Base):
    """A booked half hour with a nutritionist.

    No two active (not cancelled) consultations of one nutritionist overlap, and the database
    guarantees it. An active consultation starts on the UTC half hour and lasts one 30-minute
    slot, on both databases, so the unique index on its start rules out every overlap, and a
    snapshot of PostgreSQL always fits SQLite. PostgreSQL compares the time ranges
    [starts_at, ends_at) as well (`ex_consultations_no_overlap`, a GiST exclusion through
    btree_gist), which would keep the guarantee if consultations ever last longer; `ends_at` is
    stored because `starts_at + interval` is not immutable and so cannot be indexed. The grid is
    UTC's, which is the hospital's in every zone whose offset is a whole or half hour (Kigali's).
    """

    __tablename__ = "consultations"

    id: Mapped[int] = mapped_column(primary_key=True)
    nutritionist_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime)
    duration_minutes: Mapped[int] = mapped_column(default=30)
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime, default=_end_of)
    status: Mapped[ConsultationStatus] = mapped_column(
        enum_column(ConsultationStatus, "consultation_status"),
        default=ConsultationStatus.BOOKED,
    )
    reason: Mapped[str] = mapped_column(String(200), default="")
    fee_rwf: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    booked_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    booked_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    status_changed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("duration_minutes > 0", name="duration_positive"),
        CheckConstraint("fee_rwf >= 0", name="fee_not_negative"),
        # The database, not Python, guarantees one active consultation per slot.
        Index(
            "uq_consultation_slot",
            "nutritionist_id",
            "starts_at",
            unique=True,
            sqlite_where=text(ACTIVE),
            postgresql_where=text(ACTIVE),
        ),
        Index("ix_consultations_starts_at", "starts_at"),
        ExcludeConstraint(
            (column("nutritionist_id"), "="),
            (func.tstzrange(column("starts_at"), column("ends_at")), "&&"),
            name="ex_consultations_no_overlap",
            using="gist",
            where=ACTIVE,
        ).ddl_if(dialect="postgresql"),
        CheckConstraint(
            "ends_at = starts_at + make_interval(mins => duration_minutes)",
            name="ends_after_duration",
        ).ddl_if(dialect="postgresql"),
        CheckConstraint(
            "status = 'cancelled' OR ("
            "date_trunc('minute', starts_at AT TIME ZONE 'UTC') = starts_at AT TIME ZONE 'UTC' "
            "AND EXTRACT(MINUTE FROM starts_at AT TIME ZONE 'UTC') IN (0, 30))",
            name="starts_on_the_half_hour",
        ).ddl_if(dialect="postgresql"),
        # SQLite keeps times as text, 'YYYY-MM-DD HH:MM:SS.ffffff' in UTC (models.base.UtcDateTime).
        CheckConstraint(
            "ends_at IS strftime('%Y-%m-%d %H:%M:%S', starts_at, "
            "'+' || duration_minutes || ' minutes') || substr(starts_at, 20)",
            name="ends_after_duration",
        ).ddl_if(dialect="sqlite"),
        CheckConstraint(
            "status = 'cancelled' OR (starts_at IS "
            "strftime('%Y-%m-%d %H:%M:00.000000', starts_at) "
            "AND strftime('%M', starts_at) IN ('00', '30'))",
            name="starts_on_the_half_hour",
        ).ddl_if(dialect="sqlite"),
        CheckConstraint("status = 'cancelled' OR duration_minutes = 30", name="one_slot_long"),
    )


# The exclusion compares nutritionist ids with `=` inside a GiST index: btree_gist provides it.
event.listen(
    Consultation.__table__,
    "before_create",
    DDL("CREATE EXTENSION IF NOT EXISTS btree_gist").execute_if(dialect="postgresql"),
)


class MealPlan(Base):
    __tablename__ = "meal_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    nutritionist_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    consultation_id: Mapped[int | None] = mapped_column(ForeignKey("consultations.id"))
    status: Mapped[MealPlanStatus] = mapped_column(
        enum_column(MealPlanStatus, "meal_plan_status"), default=MealPlanStatus.PENDING
    )
    category: Mapped[TherapeuticCategory] = mapped_column(
        enum_column(TherapeuticCategory, "meal_plan_category")
    )
    daily_calories: Mapped[int | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    activated_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint(
            "daily_calories IS NULL OR (daily_calories >= 500 AND daily_calories <= 6000)",
            name="calories_range",
        ),
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="ends_after_start"),
        Index(
            "uq_meal_plan_one_active",
            "customer_id",
            unique=True,
            sqlite_where=text("status = 'active'"),
            postgresql_where=text("status = 'active'"),
        ),
    )


class MealPlanTag(Base):
    __tablename__ = "meal_plan_tags"

    meal_plan_id: Mapped[int] = mapped_column(
        ForeignKey("meal_plans.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[DietTag] = mapped_column(enum_column(DietTag, "meal_plan_tag"), primary_key=True)
    rule: Mapped[TagRule] = mapped_column(enum_column(TagRule, "meal_plan_tag_rule"))
