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
    # Existing rows speak English, as the app did until now; the server default fills them.
    for table, name in TABLES.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column(
                    "language",
                    sa.Enum(
                        "en",
                        "rw",
                        "fr",
                        name=name,
                        native_enum=False,
                        create_constraint=True,
                        length=32,
                    ),  # fmt: skip
                    nullable=False,
                    server_default="en",
                )
            )
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column("language", server_default=None)


def downgrade() -> None:
    for table, name in TABLES.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(op.f(f"ck_{table}_{name}"), type_="check")
            batch_op.drop_column("language")
