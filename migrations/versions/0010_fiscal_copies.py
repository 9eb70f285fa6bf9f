"""reprints of fiscal receipts are copy receipts signed by the controller

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 16:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FIRST_PRINTS = sa.text("copy_of_id IS NULL")


def upgrade() -> None:
    with op.batch_alter_table("fiscal_receipts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("copy_of_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_fiscal_receipts_copy_of_id_fiscal_receipts"),
            "fiscal_receipts", ["copy_of_id"], ["id"],
        )
        batch_op.create_index(batch_op.f("ix_fiscal_receipts_copy_of_id"), ["copy_of_id"])
        # One sale and one refund per order; copies of them as many as are printed.
        batch_op.drop_index("uq_fiscal_receipt_order_kind")
        batch_op.create_index(
            "uq_fiscal_receipt_order_kind", ["order_id", "kind"], unique=True,
            sqlite_where=FIRST_PRINTS, postgresql_where=FIRST_PRINTS,
        )


def downgrade() -> None:
    op.execute("DELETE FROM fiscal_receipts WHERE copy_of_id IS NOT NULL")
    with op.batch_alter_table("fiscal_receipts", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_fiscal_receipt_order_kind", sqlite_where=FIRST_PRINTS, postgresql_where=FIRST_PRINTS
        )
        batch_op.create_index("uq_fiscal_receipt_order_kind", ["order_id", "kind"], unique=True)
        batch_op.drop_index(batch_op.f("ix_fiscal_receipts_copy_of_id"))
        batch_op.drop_constraint(
            batch_op.f("fk_fiscal_receipts_copy_of_id_fiscal_receipts"), type_="foreignkey"
        )
        batch_op.drop_column("copy_of_id")
