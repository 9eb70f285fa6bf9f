"""recorded changes, followed by every workstation

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import dusangire_desktop.models.base


revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('recorded_changes',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('area', sa.String(length=32), nullable=False),
    sa.Column('ids', sa.Text(), nullable=False),
    sa.Column('committed_at', dusangire_desktop.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('origin', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recorded_changes'))
    )
    with op.batch_alter_table('recorded_changes', schema=None) as batch_op:
        batch_op.create_index('ix_recorded_changes_committed_at', ['committed_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('recorded_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_recorded_changes_committed_at')
    op.drop_table('recorded_changes')
