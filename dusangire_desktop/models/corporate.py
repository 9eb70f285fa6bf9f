"""Corporate partners, their contracts, enrolled employees and monthly subsidy use."""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UtcDateTime, enum_column, utcnow
from .languages import Language


class ContractStatus(enum.StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    EXPIRED = "expired"


class Billing(enum.StrEnum):
    COMPANY_INVOICE = "company_invoice"
    EMPLOYEE_PAYS = "employee_pays"


class CorporatePartner(Base):
    __tablename__ = "corporate_partners"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(120))
    is_active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # The monthly statement is printed in it.
    language: Mapped[Language] = mapped_column(
        enum_column(Language, "partner_language"), default=Language.ENGLISH
    )


class CorporateContract(Base):
    __tablename__ = "corporate_contracts"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("corporate_partners.id"))
    code: Mapped[str] = mapped_column(String(30), unique=True)
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    discount_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    monthly_cap_rwf: Mapped[int]
    billing: Mapped[Billing] = mapped_column(enum_column(Billing, "contract_billing"))
    status: Mapped[ContractStatus] = mapped_column(
        enum_column(ContractStatus, "contract_status"), default=ContractStatus.DRAFT
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="ends_after_start"),
        CheckConstraint(
            "discount_percent >= 0 AND discount_percent <= 100", name="discount_percent_range"
        ),
        CheckConstraint("monthly_cap_rwf >= 0", name="cap_not_negative"),
    )


class CorporateEmployee(Base):
    __tablename__ = "corporate_employees"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("corporate_partners.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    employee_number: Mapped[str] = mapped_column(String(30))
    is_active: Mapped[bool] = mapped_column(default=True)
    enrolled_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (
        UniqueConstraint("partner_id", "employee_number", name="uq_corporate_employee_number"),
        UniqueConstraint("partner_id", "customer_id", name="uq_corporate_employee_customer"),
    )


class CorporateMonthlyUsage(Base):
    """Subsidy one employee has used in one local month; raised atomically, never past the cap."""

    __tablename__ = "corporate_monthly_usage"

    employee_id: Mapped[int] = mapped_column(ForeignKey("corporate_employees.id"), primary_key=True)
    month_start: Mapped[date] = mapped_column(primary_key=True)
    subsidy_used_rwf: Mapped[int] = mapped_column(default=0)

    __table_args__ = (CheckConstraint("subsidy_used_rwf >= 0", name="used_not_negative"),)
