"""Figures derived from the orders and kept in step with them by database triggers.

Triggers, not application code, maintain these tables: every path that writes orders (the order
screens, imports, demo data, a manual fix in psql) then updates them in the same transaction.
They are never copied into a snapshot; the copy's own triggers rebuild them from its orders.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Integer, LargeBinary, String, event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UtcDateTime

DERIVED = {"derived": True}


class CustomerOrderTotals(Base):
    """Per customer: counted orders, their value and when the first one was placed."""

    __tablename__ = "customer_order_totals"
    __table_args__ = {"info": DERIVED}

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    counted_orders: Mapped[int] = mapped_column(Integer)
    counted_revenue_rwf: Mapped[int] = mapped_column(BigInteger)
    first_counted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class OrderChangeMark(Base):
    """A counter per UTC day, raised whenever a counted order placed that day changes; a stored
    day's or month's figures are still valid while the counters they were computed under are."""

    __tablename__ = "order_change_marks"
    __table_args__ = {"info": DERIVED}

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)


class DayOrders(Base):
    """A closed local day's counted orders: count, value, corporate part, and who ordered
    (sorted customer ids, 4 bytes each), so customers over any run of days are set unions."""

    __tablename__ = "day_orders"
    __table_args__ = {"info": DERIVED}

    zone: Mapped[str] = mapped_column(String(64), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    stamp: Mapped[int] = mapped_column(BigInteger)
    orders: Mapped[int] = mapped_column(Integer)
    revenue_rwf: Mapped[int] = mapped_column(BigInteger)
    corporate_rwf: Mapped[int] = mapped_column(BigInteger)
    customers: Mapped[bytes] = mapped_column(LargeBinary)
    computed_at: Mapped[datetime] = mapped_column(UtcDateTime)


class MonthActivity(Base):
    """A closed local month's counted orders, churn and who ordered (sorted ids, 4 bytes each)."""

    __tablename__ = "month_activity"
    __table_args__ = {"info": DERIVED}

    zone: Mapped[str] = mapped_column(String(64), primary_key=True)
    active_days: Mapped[int] = mapped_column(Integer, primary_key=True)
    month_start: Mapped[date] = mapped_column(Date, primary_key=True)
    stamp: Mapped[int] = mapped_column(BigInteger)
    orders: Mapped[int] = mapped_column(Integer)
    revenue_rwf: Mapped[int] = mapped_column(BigInteger)
    corporate_rwf: Mapped[int] = mapped_column(BigInteger)
    active_at_start: Mapped[int] = mapped_column(Integer)
    churned: Mapped[int] = mapped_column(Integer)
    customers: Mapped[bytes] = mapped_column(LargeBinary)
    computed_at: Mapped[datetime] = mapped_column(UtcDateTime)


_NOT_COUNTED = "('cancelled', 'refunded')"
_CHANGED = (
    f"(OLD.status IN {_NOT_COUNTED}) IS NOT (NEW.status IN {_NOT_COUNTED})"
    " OR OLD.total_rwf IS NOT NEW.total_rwf OR OLD.placed_at IS NOT NEW.placed_at"
    " OR OLD.customer_id IS NOT NEW.customer_id"
)


def _sqlite_add(row: str) -> str:
    return f"""
    INSERT INTO customer_order_totals
        (customer_id, counted_orders, counted_revenue_rwf, first_counted_at)
    SELECT {row}.customer_id, 1, {row}.total_rwf, {row}.placed_at
    WHERE {row}.status NOT IN {_NOT_COUNTED}
    ON CONFLICT (customer_id) DO UPDATE SET
        counted_orders = counted_orders + 1,
        counted_revenue_rwf = counted_revenue_rwf + excluded.counted_revenue_rwf,
        first_counted_at = min(coalesce(first_counted_at, excluded.first_counted_at),
                               excluded.first_counted_at);
    INSERT INTO order_change_marks (day, version)
    SELECT date({row}.placed_at), 1 WHERE {row}.status NOT IN {_NOT_COUNTED}
    ON CONFLICT (day) DO UPDATE SET version = version + 1;"""


def _sqlite_remove(row: str) -> str:
    return f"""
    UPDATE customer_order_totals
    SET counted_orders = counted_orders - 1,
        counted_revenue_rwf = counted_revenue_rwf - {row}.total_rwf,
        first_counted_at = (SELECT min(placed_at) FROM orders
                            WHERE customer_id = {row}.customer_id
                              AND status NOT IN {_NOT_COUNTED})
    WHERE customer_id = {row}.customer_id AND {row}.status NOT IN {_NOT_COUNTED};
    INSERT INTO order_change_marks (day, version)
    SELECT date({row}.placed_at), 1 WHERE {row}.status NOT IN {_NOT_COUNTED}
    ON CONFLICT (day) DO UPDATE SET version = version + 1;"""


SQLITE_TRIGGERS = [
    "CREATE TRIGGER IF NOT EXISTS orders_rollup_insert AFTER INSERT ON orders"
    f" BEGIN {_sqlite_add('NEW')} END",
    "CREATE TRIGGER IF NOT EXISTS orders_rollup_update AFTER UPDATE ON orders"
    f" WHEN {_CHANGED} BEGIN {_sqlite_remove('OLD')} {_sqlite_add('NEW')} END",
    "CREATE TRIGGER IF NOT EXISTS orders_rollup_delete AFTER DELETE ON orders"
    f" BEGIN {_sqlite_remove('OLD')} END",
]

POSTGRESQL_TRIGGERS = [
    f"""
    CREATE OR REPLACE FUNCTION orders_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status NOT IN {_NOT_COUNTED} THEN
            UPDATE customer_order_totals
            SET counted_orders = counted_orders - 1,
                counted_revenue_rwf = counted_revenue_rwf - OLD.total_rwf
            WHERE customer_id = OLD.customer_id;
            -- A separate statement, so it runs after the row above is locked and sees every
            -- order committed by then.
            UPDATE customer_order_totals
            SET first_counted_at = (SELECT min(placed_at) FROM orders
                                    WHERE customer_id = OLD.customer_id
                                      AND status NOT IN {_NOT_COUNTED})
            WHERE customer_id = OLD.customer_id;
            INSERT INTO order_change_marks (day, version)
            VALUES ((OLD.placed_at AT TIME ZONE 'UTC')::date, 1)
            ON CONFLICT (day) DO UPDATE SET version = order_change_marks.version + 1;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status NOT IN {_NOT_COUNTED} THEN
            INSERT INTO customer_order_totals
                (customer_id, counted_orders, counted_revenue_rwf, first_counted_at)
            VALUES (NEW.customer_id, 1, NEW.total_rwf, NEW.placed_at)
            ON CONFLICT (customer_id) DO UPDATE SET
                counted_orders = customer_order_totals.counted_orders + 1,
                counted_revenue_rwf = customer_order_totals.counted_revenue_rwf
                                      + EXCLUDED.counted_revenue_rwf,
                first_counted_at = LEAST(customer_order_totals.first_counted_at,
                                         EXCLUDED.first_counted_at);
            INSERT INTO order_change_marks (day, version)
            VALUES ((NEW.placed_at AT TIME ZONE 'UTC')::date, 1)
            ON CONFLICT (day) DO UPDATE SET version = order_change_marks.version + 1;
        END IF;
        RETURN NULL;
    END $$""",
    "CREATE OR REPLACE TRIGGER orders_rollup_insert AFTER INSERT ON orders"
    " FOR EACH ROW EXECUTE FUNCTION orders_rollup()",
    "CREATE OR REPLACE TRIGGER orders_rollup_update AFTER UPDATE ON orders FOR EACH ROW"
    f" WHEN ({_CHANGED.replace('IS NOT', 'IS DISTINCT FROM')})"
    " EXECUTE FUNCTION orders_rollup()",
    "CREATE OR REPLACE TRIGGER orders_rollup_delete AFTER DELETE ON orders"
    " FOR EACH ROW EXECUTE FUNCTION orders_rollup()",
]

BACKFILL = f"""
    INSERT INTO customer_order_totals
        (customer_id, counted_orders, counted_revenue_rwf, first_counted_at)
    SELECT customer_id, count(*), sum(total_rwf), min(placed_at) FROM orders
    WHERE status NOT IN {_NOT_COUNTED}
    GROUP BY customer_id"""


def create_triggers(connection: Connection) -> None:
    """Install the triggers (used by the migration and by `metadata.create_all`)."""
    statements = POSTGRESQL_TRIGGERS if connection.dialect.name == "postgresql" else SQLITE_TRIGGERS
    for statement in statements:
        connection.exec_driver_sql(statement)


@event.listens_for(Base.metadata, "after_create")
def _install_triggers(target, connection: Connection, **kw) -> None:  # type: ignore[no-untyped-def]
    create_triggers(connection)
