"""each dish's EBM tax type and item classification code

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 16:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Dishes on the menu already were sold at 18 % VAT (B) under the device's one code.
    with op.batch_alter_table("menu_items", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("tax_type", sa.String(length=1), nullable=False, server_default="B")
        )
        batch_op.add_column(
            sa.Column(
                "item_class_code", sa.String(length=10), nullable=False,
                server_default="5020230100",
            )
        )
        batch_op.create_check_constraint(
            op.f("ck_menu_items_tax_type_known"), "tax_type IN ('A', 'B', 'C', 'D')"
        )


def downgrade() -> None:
    with op.batch_alter_table("menu_items", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_menu_items_tax_type_known"), type_="check")
        batch_op.drop_column("item_class_code")
        batch_op.drop_column("tax_type")
