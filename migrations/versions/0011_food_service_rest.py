"""food service rest: drink levels, refused late trays

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 16:29:36.784430
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import dusangire_desktop.models.base


revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('menu_item_drink_levels',
    sa.Column('menu_item_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.Integer(), autoincrement=False, nullable=False),
    sa.CheckConstraint('level >= 0 AND level <= 4', name=op.f('ck_menu_item_drink_levels_drink_level_iddsi')),
    sa.ForeignKeyConstraint(['menu_item_id'], ['menu_items.id'], name=op.f('fk_menu_item_drink_levels_menu_item_id_menu_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('menu_item_id', 'level', name=op.f('pk_menu_item_drink_levels'))
    )
    with op.batch_alter_table('trays', schema=None) as batch_op:
        batch_op.add_column(sa.Column('refused_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('refused_at', dusangire_desktop.models.base.UtcDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('refusal_reason', sa.String(length=300), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_trays_refused_by_id_staff'), 'staff', ['refused_by_id'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('trays', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_trays_refused_by_id_staff'), type_='foreignkey')
        batch_op.drop_column('refusal_reason')
        batch_op.drop_column('refused_at')
        batch_op.drop_column('refused_by_id')

    op.drop_table('menu_item_drink_levels')
