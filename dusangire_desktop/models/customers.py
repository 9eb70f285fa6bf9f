"""Customers: patients at a ward bed, visitors, staff and outside guests."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UtcDateTime, enum_column, utcnow
from .languages import Language
from .menu import Allergen


class CustomerKind(enum.StrEnum):
    PATIENT = "patient"
    VISITOR = "visitor"
    STAFF = "staff"
    EXTERNAL = "external"


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[CustomerKind] = mapped_column(enum_column(CustomerKind, "customer_kind"))
    full_name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(120))
    ward: Mapped[str | None] = mapped_column(String(40))
    bed: Mapped[str | None] = mapped_column(String(10))
    diet_notes: Mapped[str] = mapped_column(Text, default="")
    is_active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # Receipts and tray tickets are printed in it.
    language: Mapped[Language] = mapped_column(
        enum_column(Language, "customer_language"), default=Language.ENGLISH
    )

    allergies: Mapped[list[CustomerAllergy]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )

    __table_args__ = (
        CheckConstraint("length(full_name) >= 2", name="name_length"),
        CheckConstraint(
            "kind != 'patient' OR (ward IS NOT NULL AND bed IS NOT NULL)",
            name="patient_has_ward_and_bed",
        ),
        Index("ix_customers_full_name", "full_name"),
        Index("ix_customers_phone", "phone"),
        Index("ix_customers_ward_bed", "ward", "bed"),
    )


class CustomerAllergy(Base):
    __tablename__ = "customer_allergies"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    allergen: Mapped[Allergen] = mapped_column(
        enum_column(Allergen, "customer_allergen"), primary_key=True
    )
