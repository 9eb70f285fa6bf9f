"""Hospital food service: wards, stays with transfers, diet orders, meal times and patient trays."""

from __future__ import annotations

import enum
from datetime import date, datetime, time

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, Time, text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UtcDateTime, enum_column, utcnow
from .menu import MealPeriod
from .orders import PaymentMethod


class FoodTexture(enum.StrEnum):
    """IDDSI food levels; "7ec" is level 7 easy to chew, "7" level 7 regular."""

    LIQUIDISED = "3"
    PUREED = "4"
    MINCED_MOIST = "5"
    SOFT_BITE_SIZED = "6"
    EASY_TO_CHEW = "7ec"
    REGULAR = "7"


class TrayStatus(enum.StrEnum):
    AWAITING_APPROVAL = "awaiting_approval"  # a late tray a manager has not approved yet
    ORDERED = "ordered"
    PREPARED = "prepared"
    SENT = "sent"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


class Ward(Base):
    __tablename__ = "wards"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    route_order: Mapped[int] = mapped_column(default=0)  # the trolley's round, kitchen first
    high_risk: Mapped[bool] = mapped_column(default=False)
    is_active: Mapped[bool] = mapped_column(default=True)


class MealService(Base):
    """When a meal is served and when its orders close, unless a ward has its own cut-off."""

    __tablename__ = "meal_services"

    meal: Mapped[MealPeriod] = mapped_column(
        enum_column(MealPeriod, "meal_service_meal"), primary_key=True
    )
    serves_from: Mapped[time] = mapped_column(Time)
    serves_until: Mapped[time] = mapped_column(Time)
    cutoff: Mapped[time] = mapped_column(Time)
    delivery_target_minutes: Mapped[int] = mapped_column(default=45)

    __table_args__ = (
        CheckConstraint("serves_until > serves_from", name="window_ends_after_start"),
        CheckConstraint("cutoff <= serves_from", name="cutoff_before_serving"),
        CheckConstraint("delivery_target_minutes > 0", name="target_positive"),
    )


class WardCutoff(Base):
    __tablename__ = "ward_cutoffs"

    ward_id: Mapped[int] = mapped_column(
        ForeignKey("wards.id", ondelete="CASCADE"), primary_key=True
    )
    meal: Mapped[MealPeriod] = mapped_column(
        enum_column(MealPeriod, "ward_cutoff_meal"), primary_key=True
    )
    cutoff: Mapped[time] = mapped_column(Time)


class Stay(Base):
    """A patient's admission: where they lie now; moves are kept in `stay_moves`."""

    __tablename__ = "stays"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    ward_id: Mapped[int] = mapped_column(ForeignKey("wards.id"))
    bed: Mapped[str] = mapped_column(String(10))
    admitted_at: Mapped[datetime] = mapped_column(UtcDateTime)
    admitted_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    discharged_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    discharged_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    guest_trays_per_meal: Mapped[int] = mapped_column(default=1)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("length(bed) >= 1", name="bed_given"),
        CheckConstraint(
            "guest_trays_per_meal >= 0 AND guest_trays_per_meal <= 5", name="guest_limit_range"
        ),
        CheckConstraint(
            "discharged_at IS NULL OR discharged_at >= admitted_at",
            name="discharged_after_admission",
        ),
        # One open stay per patient and per bed: the last line of defence for two desks at once.
        Index(
            "uq_stays_open_patient",
            "customer_id",
            unique=True,
            sqlite_where=text("discharged_at IS NULL"),
            postgresql_where=text("discharged_at IS NULL"),
        ),
        Index(
            "uq_stays_open_bed",
            "ward_id",
            "bed",
            unique=True,
            sqlite_where=text("discharged_at IS NULL"),
            postgresql_where=text("discharged_at IS NULL"),
        ),
    )


class StayMove(Base):
    __tablename__ = "stay_moves"

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stays.id", ondelete="CASCADE"), index=True)
    from_ward_id: Mapped[int] = mapped_column(ForeignKey("wards.id"))
    from_bed: Mapped[str] = mapped_column(String(10))
    to_ward_id: Mapped[int] = mapped_column(ForeignKey("wards.id"))
    to_bed: Mapped[str] = mapped_column(String(10))
    moved_at: Mapped[datetime] = mapped_column(UtcDateTime)
    moved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class DietOrder(Base):
    """One version of a stay's diet order; a change writes a new row and closes the old one."""

    __tablename__ = "diet_orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stays.id", ondelete="CASCADE"), index=True)
    written_at: Mapped[datetime] = mapped_column(UtcDateTime)
    written_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    replaced_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    diets: Mapped[str] = mapped_column(String(300), default="")  # comma-separated categories
    texture: Mapped[FoodTexture] = mapped_column(
        enum_column(FoodTexture, "food_texture"), default=FoodTexture.REGULAR
    )
    drink_level: Mapped[int] = mapped_column(default=0)
    npo: Mapped[bool] = mapped_column(default=False)
    npo_reason: Mapped[str | None] = mapped_column(String(200))
    npo_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    allergens: Mapped[str] = mapped_column(String(300), default="")  # comma-separated
    intolerances: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint("drink_level >= 0 AND drink_level <= 4", name="drink_level_iddsi"),
        CheckConstraint(
            "NOT npo OR (npo_reason IS NOT NULL AND npo_until IS NOT NULL)", name="npo_explained"
        ),
        Index(
            "uq_diet_orders_current",
            "stay_id",
            unique=True,
            sqlite_where=text("replaced_at IS NULL"),
            postgresql_where=text("replaced_at IS NULL"),
        ),
    )


class MenuItemTexture(Base):
    """A texture a dish can be served at; a dish without any is served regular only."""

    __tablename__ = "menu_item_textures"

    menu_item_id: Mapped[int] = mapped_column(
        ForeignKey("menu_items.id", ondelete="CASCADE"), primary_key=True
    )
    texture: Mapped[FoodTexture] = mapped_column(
        enum_column(FoodTexture, "menu_item_texture"), primary_key=True
    )


class MenuItemDrinkLevel(Base):
    """An IDDSI drink thickness (0 thin to 4 extremely thick) a drink can be served at; an item
    with none is not a drink."""

    __tablename__ = "menu_item_drink_levels"

    menu_item_id: Mapped[int] = mapped_column(
        ForeignKey("menu_items.id", ondelete="CASCADE"), primary_key=True
    )
    level: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)

    __table_args__ = (CheckConstraint("level >= 0 AND level <= 4", name="drink_level_iddsi"),)


class Tray(Base):
    """One meal for a bed: the patient's own tray, or a guest's, each with its order."""

    __tablename__ = "trays"

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stays.id"), index=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), unique=True)
    meal_date: Mapped[date]
    meal: Mapped[MealPeriod] = mapped_column(enum_column(MealPeriod, "tray_meal"))
    guest_number: Mapped[int | None]  # 1.. for a guest charged to the patient's account
    for_guest: Mapped[bool] = mapped_column(default=False)
    duplicate_reason: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[TrayStatus] = mapped_column(
        enum_column(TrayStatus, "tray_status"), default=TrayStatus.ORDERED
    )
    on_account: Mapped[bool] = mapped_column(default=False)
    settlement_id: Mapped[int | None] = mapped_column(ForeignKey("stay_settlements.id"))
    late_reason: Mapped[str | None] = mapped_column(String(300))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    approval_note: Mapped[str | None] = mapped_column(String(300))
    # A late tray a manager refused: the tray and its order are cancelled with this reason.
    refused_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    refused_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    refusal_reason: Mapped[str | None] = mapped_column(String(300))
    diet_override_reason: Mapped[str | None] = mapped_column(String(500))
    due_at: Mapped[datetime] = mapped_column(UtcDateTime)
    status_changed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint(
            "guest_number IS NULL OR (for_guest AND guest_number >= 1)",
            name="guest_number_for_guests",
        ),
        CheckConstraint(
            "NOT on_account OR for_guest OR guest_number IS NULL", name="patient_tray_unnumbered"
        ),
        # One tray per patient per meal, unless a desk confirmed the second with a reason.
        Index(
            "uq_trays_one_per_meal",
            "stay_id",
            "meal_date",
            "meal",
            unique=True,
            sqlite_where=text(
                "NOT for_guest AND duplicate_reason IS NULL AND status != 'cancelled'"
            ),
            postgresql_where=text(
                "NOT for_guest AND duplicate_reason IS NULL AND status != 'cancelled'"
            ),
        ),
        # Guest trays on the patient's account are numbered 1..limit, so two desks cannot both
        # take the last one.
        Index(
            "uq_trays_guest_number",
            "stay_id",
            "meal_date",
            "meal",
            "guest_number",
            unique=True,
            sqlite_where=text("guest_number IS NOT NULL AND status != 'cancelled'"),
            postgresql_where=text("guest_number IS NOT NULL AND status != 'cancelled'"),
        ),
        Index("ix_trays_meal", "meal_date", "meal"),
    )


class StaySettlement(Base):
    """What was paid at discharge for the meals charged to the patient's account."""

    __tablename__ = "stay_settlements"

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stays.id"), index=True)
    amount_rwf: Mapped[int]
    method: Mapped[PaymentMethod] = mapped_column(enum_column(PaymentMethod, "settlement_method"))
    reference: Mapped[str | None] = mapped_column(String(60))
    tendered_rwf: Mapped[int | None]
    change_rwf: Mapped[int] = mapped_column(default=0)
    settled_at: Mapped[datetime] = mapped_column(UtcDateTime)
    settled_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    __table_args__ = (
        CheckConstraint("amount_rwf >= 0", name="amount_not_negative"),
        CheckConstraint("change_rwf >= 0", name="change_not_negative"),
    )
