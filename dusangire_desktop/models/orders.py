"""Orders, their lines, the discounts that applied, payments and promotions."""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, Numeric, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UtcDateTime, enum_column, utcnow
from .till import MobileProvider


class OrderStatus(enum.StrEnum):
    PLACED = "placed"
    PREPARING = "preparing"
    OUT_FOR_DELIVERY = "out_for_delivery"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"


class Channel(enum.StrEnum):
    REGULAR = "regular"
    CORPORATE = "corporate"


class Fulfilment(enum.StrEnum):
    DELIVERY = "delivery"
    PICKUP = "pickup"


class PaymentMethod(enum.StrEnum):
    CASH = "cash"
    MOBILE_MONEY = "mobile_money"
    CARD = "card"
    CORPORATE_ACCOUNT = "corporate_account"


class Order(Base):
    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    placed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    placed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    status: Mapped[OrderStatus] = mapped_column(
        enum_column(OrderStatus, "order_status"), default=OrderStatus.PLACED
    )
    channel: Mapped[Channel] = mapped_column(enum_column(Channel, "order_channel"))
    fulfilment: Mapped[Fulfilment] = mapped_column(enum_column(Fulfilment, "order_fulfilment"))
    ward: Mapped[str | None] = mapped_column(String(40))
    bed: Mapped[str | None] = mapped_column(String(10))
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("corporate_contracts.id"))
    corporate_employee_id: Mapped[int | None] = mapped_column(ForeignKey("corporate_employees.id"))
    subtotal_rwf: Mapped[int]
    discount_rwf: Mapped[int] = mapped_column(default=0)
    total_rwf: Mapped[int]
    company_share_rwf: Mapped[int] = mapped_column(default=0)
    customer_share_rwf: Mapped[int]
    allergy_override_reason: Mapped[str | None] = mapped_column(Text)
    status_changed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    refund_reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(default=1)

    lines: Mapped[list[OrderLine]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="OrderLine.id"
    )
    discounts: Mapped[list[OrderDiscount]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="OrderDiscount.id"
    )
    payments: Mapped[list[Payment]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="Payment.id"
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("subtotal_rwf >= 0", name="subtotal_not_negative"),
        CheckConstraint("discount_rwf >= 0", name="discount_not_negative"),
        CheckConstraint("total_rwf >= 0", name="total_not_negative"),
        CheckConstraint(
            "total_rwf = subtotal_rwf - discount_rwf", name="total_is_subtotal_less_discount"
        ),
        CheckConstraint(
            "company_share_rwf >= 0 AND customer_share_rwf >= 0 "
            "AND company_share_rwf + customer_share_rwf = total_rwf",
            name="shares_add_up",
        ),
        # Covering indexes: dashboards answer from the index alone, never touching the table.
        Index(
            "ix_orders_placed_cover", "placed_at", "status", "channel", "total_rwf", "customer_id"
        ),
        Index("ix_orders_customer_cover", "customer_id", "placed_at", "status", "total_rwf"),
        Index("ix_orders_status_placed", "status", "placed_at"),
    )


class OrderLine(Base):
    __tablename__ = "order_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    menu_item_id: Mapped[int] = mapped_column(ForeignKey("menu_items.id"))
    item_name: Mapped[str] = mapped_column(String(80))
    unit_price_rwf: Mapped[int]
    quantity: Mapped[int]
    line_total_rwf: Mapped[int]

    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("unit_price_rwf >= 0", name="unit_price_not_negative"),
        CheckConstraint("line_total_rwf = unit_price_rwf * quantity", name="line_total_matches"),
    )


class OrderDiscount(Base):
    """A discount that was applied to an order, with the reason shown on the receipt."""

    __tablename__ = "order_discounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(String(200))
    amount_rwf: Mapped[int]
    paid_by_company: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (CheckConstraint("amount_rwf >= 0", name="amount_not_negative"),)


class Payment(Base):
    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    method: Mapped[PaymentMethod] = mapped_column(enum_column(PaymentMethod, "payment_method"))
    amount_rwf: Mapped[int]
    tendered_rwf: Mapped[int | None]
    change_rwf: Mapped[int] = mapped_column(default=0)
    reference: Mapped[str | None] = mapped_column(String(60))
    is_refund: Mapped[bool] = mapped_column(default=False)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    received_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # Mobile money: which provider, the payer's number; `reference` is the provider's TxId.
    provider: Mapped[MobileProvider | None] = mapped_column(
        enum_column(MobileProvider, "mobile_provider")
    )
    payer_number: Mapped[str | None] = mapped_column(String(20))
    # The till shift the money went through (None: before the till, or imported history).
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("till_shifts.id"), index=True)

    __table_args__ = (
        # One provider transaction pays one order, whichever desk types it.
        Index(
            "uq_payments_mobile_transaction",
            "provider",
            "reference",
            unique=True,
            sqlite_where=text("method = 'mobile_money' AND NOT is_refund AND provider IS NOT NULL"),
            postgresql_where=text(
                "method = 'mobile_money' AND NOT is_refund AND provider IS NOT NULL"
            ),
        ),
        CheckConstraint("amount_rwf >= 0", name="amount_not_negative"),
        CheckConstraint("change_rwf >= 0", name="change_not_negative"),
        CheckConstraint(
            "tendered_rwf IS NULL OR tendered_rwf >= amount_rwf", name="tendered_covers_amount"
        ),
    )


class Promotion(Base):
    __tablename__ = "promotions"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    percent_off: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal(0))
    amount_off_rwf: Mapped[int] = mapped_column(default=0)
    min_subtotal_rwf: Mapped[int] = mapped_column(default=0)
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    stackable: Mapped[bool] = mapped_column(default=False)
    is_active: Mapped[bool] = mapped_column(default=True)

    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="ends_after_start"),
        CheckConstraint("percent_off >= 0 AND percent_off <= 100", name="percent_range"),
        CheckConstraint("amount_off_rwf >= 0", name="amount_not_negative"),
        CheckConstraint("min_subtotal_rwf >= 0", name="min_subtotal_not_negative"),
    )
