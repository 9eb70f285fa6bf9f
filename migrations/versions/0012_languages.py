"""languages: of each account's screens, of each customer's and partner's printed documents

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 16:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = {"staff": "staff_language", "customers": "customer_language",
          "corporate_partners": "partner_language"}  # fmt: skip


def upgrade() -> None:
    # Existing rows speak English, as the app did until now. The column is added in place: on
    # SQLite, batch mode would copy `customers` and `staff` and drop the originals, which other
    # rows refer to ("FOREIGN KEY constraint failed" on any database with orders in it).
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, name in TABLES.items():
        check = f"ck_{table}_{name}"
        if sqlite:
            op.execute(
                f"ALTER TABLE {table} ADD COLUMN language VARCHAR(32) NOT NULL DEFAULT 'en' "
                f"CONSTRAINT {check} CHECK (language IN ('en', 'rw', 'fr'))"
            )
            continue
        op.add_column(
            table, sa.Column("language", sa.String(32), nullable=False, server_default="en")
        )
        op.create_check_constraint(op.f(check), table, "language IN ('en', 'rw', 'fr')")
        op.alter_column(table, "language", server_default=None)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # In place too (SQLite 3.35+), for the same reason; the check goes with its column.
        for table in TABLES:
            op.execute(f"ALTER TABLE {table} DROP COLUMN language")
        return
    for table, name in TABLES.items():
        op.drop_constraint(op.f(f"ck_{table}_{name}"), table, type_="check")
        op.drop_column(table, "language")
