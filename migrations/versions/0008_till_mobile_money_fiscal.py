"""till shifts and cash, mobile-money payments and statements, EBM fiscal receipts

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-01 13:34:43.659185
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import dusangire_desktop.models.base


revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('fiscal_devices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('url', sa.String(length=300), nullable=False),
    sa.Column('tin', sa.String(length=9), nullable=False),
    sa.Column('branch_id', sa.String(length=2), nullable=False),
    sa.Column('device_serial', sa.String(length=40), nullable=False),
    sa.Column('mode', sa.Enum('normal', 'training', 'proforma', name='fiscal_receipt_mode', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('default_tax_type', sa.String(length=1), nullable=False),
    sa.Column('item_class_code', sa.String(length=10), nullable=False),
    sa.Column('timeout_seconds', sa.Integer(), nullable=False),
    sa.Column('in_flight_id', sa.Integer(), nullable=True),
    sa.Column('in_flight_since', dusangire_desktop.models.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('next_invoice_no', sa.Integer(), nullable=False),
    sa.CheckConstraint("default_tax_type IN ('A', 'B', 'C', 'D')", name=op.f('ck_fiscal_devices_tax_type_known')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fiscal_devices'))
    )
    op.create_table('momo_statement_mappings',
    sa.Column('provider', sa.Enum('mtn_momo', 'airtel_money', name='mobile_provider', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('id_column', sa.String(length=60), nullable=False),
    sa.Column('date_column', sa.String(length=60), nullable=False),
    sa.Column('amount_column', sa.String(length=60), nullable=False),
    sa.Column('number_column', sa.String(length=60), nullable=False),
    sa.Column('status_column', sa.String(length=60), nullable=False),
    sa.Column('date_format', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('provider', name=op.f('pk_momo_statement_mappings'))
    )
    op.create_table('till_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('variance_threshold_rwf', sa.Integer(), nullable=False),
    sa.Column('blind_close', sa.Boolean(), nullable=False),
    sa.CheckConstraint('variance_threshold_rwf >= 0', name=op.f('ck_till_settings_threshold_not_negative')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_till_settings'))
    )
    op.create_table('momo_statement_imports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('provider', sa.Enum('mtn_momo', 'airtel_money', name='mobile_provider', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('imported_at', dusangire_desktop.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('imported_by_id', sa.Integer(), nullable=True),
    sa.Column('period_start', dusangire_desktop.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('period_end', dusangire_desktop.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['imported_by_id'], ['staff.id'], name=op.f('fk_momo_statement_imports_imported_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_momo_statement_imports'))
    )
    op.create_table('till_shifts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('desk', sa.String(length=40), nullable=False),
    sa.Column('status', sa.Enum('open', 'counted', 'closed', 'force_closed', name='shift_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('opened_at', dusangire_desktop.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('opened_by_id', sa.Integer(), nullable=True),
    sa.Column('opened_by_name', sa.String(length=160), nullable=False),
    sa.Column('opening_float_rwf', sa.Integer(), nullable=False),
    sa.Column('blind_close', sa.Boolean(), nullable=False),
    sa.Column('closed_at', dusangire_desktop.models.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('closed_by_id', sa.Integer(), nullable=True),
    sa.Column('closed_by_name', sa.String(length=160), nullable=True),
    sa.Column('counted_at', dusangire_desktop.models.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('expected_cash_rwf', sa.Integer(), nullable=True),
    sa.Column('counted_cash_rwf', sa.Integer(), nullable=True),
    sa.Column('variance_approved_by_id', sa.Integer(), nullable=True),
    sa.Column('variance_reason', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('opening_float_rwf >= 0', name=op.f('ck_till_shifts_float_not_negative')),
    sa.ForeignKeyConstraint(['closed_by_id'], ['staff.id'], name=op.f('fk_till_shifts_closed_by_id_staff')),
    sa.ForeignKeyConstraint(['opened_by_id'], ['staff.id'], name=op.f('fk_till_shifts_opened_by_id_staff')),
    sa.ForeignKeyConstraint(['variance_approved_by_id'], ['staff.id'], name=op.f('fk_till_shifts_variance_approved_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_till_shifts'))
    )
    with op.batch_alter_table('till_shifts', schema=None) as batch_op:
        batch_op.create_index('ix_till_shifts_desk_opened', ['desk', 'opened_at'], unique=False)
        batch_op.create_index('uq_till_shift_open_desk', ['desk'], unique=True, sqlite_where=sa.text("status IN ('open', 'counted')"), postgresql_where=sa.text("status IN ('open', 'counted')"))

    op.create_table('till_cash_movements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('drop', 'paid_in', 'paid_out', name='cash_movement_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('amount_rwf', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('at', dusangire_desktop.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('amount_rwf > 0', name=op.f('ck_till_cash_movements_amount_positive')),
    sa.ForeignKeyConstraint(['by_id'], ['staff.id'], name=op.f('fk_till_cash_movements_by_id_staff')),
    sa.ForeignKeyConstraint(['shift_id'], ['till_shifts.id'], name=op.f('fk_till_cash_movements_shift_id_till_shifts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_till_cash_movements'))
    )
    with op.batch_alter_table('till_cash_movements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_till_cash_movements_shift_id'), ['shift_id'], unique=False)

    op.create_table('till_denomination_counts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=False),
    sa.Column('denomination', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.CheckConstraint('quantity >= 0', name=op.f('ck_till_denomination_counts_quantity_not_negative')),
    sa.ForeignKeyConstraint(['shift_id'], ['till_shifts.id'], name=op.f('fk_till_denomination_counts_shift_id_till_shifts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_till_denomination_counts'))
    )
    with op.batch_alter_table('till_denomination_counts', schema=None) as batch_op:
        batch_op.create_index('uq_till_denomination', ['shift_id', 'denomination'], unique=True)

    op.create_table('till_tender_counts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=False),
    sa.Column('tender', sa.Enum('cash', 'mtn_momo', 'airtel_money', 'card', 'company_allowance', name='till_tender', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('expected_rwf', sa.Integer(), nullable=False),
    sa.Column('counted_rwf', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['shift_id'], ['till_shifts.id'], name=op.f('fk_till_tender_counts_shift_id_till_shifts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_till_tender_counts'))
    )
    with op.batch_alter_table('till_tender_counts', schema=None) as batch_op:
        batch_op.create_index('uq_till_tender', ['shift_id', 'tender'], unique=True)

    op.create_table('fiscal_receipts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('sale', 'refund', name='fiscal_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('mode', sa.Enum('normal', 'training', 'proforma', name='fiscal_receipt_mode', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('invoice_no', sa.Integer(), nullable=False),
    sa.Column('original_id', sa.Integer(), nullable=True),
    sa.Column('customer_tin', sa.String(length=9), nullable=True),
    sa.Column('request', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('pending', 'signed', 'rejected', name='fiscal_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('queued_at', dusangire_desktop.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('sdc_id', sa.String(length=40), nullable=True),
    sa.Column('receipt_no', sa.Integer(), nullable=True),
    sa.Column('total_receipt_no', sa.Integer(), nullable=True),
    sa.Column('internal_data', sa.String(length=100), nullable=True),
    sa.Column('signature', sa.String(length=100), nullable=True),
    sa.Column('signed_at', dusangire_desktop.models.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('copies_printed', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['device_id'], ['fiscal_devices.id'], name=op.f('fk_fiscal_receipts_device_id_fiscal_devices')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_fiscal_receipts_order_id_orders')),
    sa.ForeignKeyConstraint(['original_id'], ['fiscal_receipts.id'], name=op.f('fk_fiscal_receipts_original_id_fiscal_receipts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fiscal_receipts'))
    )
    with op.batch_alter_table('fiscal_receipts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fiscal_receipts_order_id'), ['order_id'], unique=False)
        batch_op.create_index('ix_fiscal_receipts_status', ['status', 'id'], unique=False)
        batch_op.create_index('uq_fiscal_receipt_invoice', ['device_id', 'invoice_no'], unique=True)
        batch_op.create_index('uq_fiscal_receipt_order_kind', ['order_id', 'kind'], unique=True)

    op.create_table('momo_statement_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('import_id', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.Enum('matched', 'amount_differs', 'only_in_statement', 'only_in_app', name='statement_outcome', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('transaction_id', sa.String(length=60), nullable=True),
    sa.Column('statement_at', dusangire_desktop.models.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('statement_amount_rwf', sa.Integer(), nullable=True),
    sa.Column('statement_number', sa.String(length=30), nullable=True),
    sa.Column('payment_id', sa.Integer(), nullable=True),
    sa.Column('app_amount_rwf', sa.Integer(), nullable=True),
    sa.Column('resolution', sa.Enum('attached', 'written_off', 'refunded', name='resolution', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('resolution_note', sa.Text(), nullable=True),
    sa.Column('resolved_by_id', sa.Integer(), nullable=True),
    sa.Column('resolved_at', dusangire_desktop.models.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['import_id'], ['momo_statement_imports.id'], name=op.f('fk_momo_statement_lines_import_id_momo_statement_imports'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['payment_id'], ['payments.id'], name=op.f('fk_momo_statement_lines_payment_id_payments')),
    sa.ForeignKeyConstraint(['resolved_by_id'], ['staff.id'], name=op.f('fk_momo_statement_lines_resolved_by_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_momo_statement_lines'))
    )
    with op.batch_alter_table('momo_statement_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_momo_statement_lines_import_id'), ['import_id'], unique=False)

    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('provider', sa.Enum('mtn_momo', 'airtel_money', name='mobile_provider', native_enum=False, create_constraint=True, length=32), nullable=True))
        batch_op.add_column(sa.Column('payer_number', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('shift_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_payments_shift_id'), ['shift_id'], unique=False)
        batch_op.create_index('uq_payments_mobile_transaction', ['provider', 'reference'], unique=True, sqlite_where=sa.text("method = 'mobile_money' AND NOT is_refund AND provider IS NOT NULL"), postgresql_where=sa.text("method = 'mobile_money' AND NOT is_refund AND provider IS NOT NULL"))
        batch_op.create_foreign_key(batch_op.f('fk_payments_shift_id_till_shifts'), 'till_shifts', ['shift_id'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('payments', schema=None) as batch_op:
        # SQLite keeps a dropped column's CHECK in the copied table unless it goes first.
        batch_op.drop_constraint(op.f('ck_payments_mobile_provider'), type_='check')
        batch_op.drop_constraint(batch_op.f('fk_payments_shift_id_till_shifts'), type_='foreignkey')
        batch_op.drop_index('uq_payments_mobile_transaction', sqlite_where=sa.text("method = 'mobile_money' AND NOT is_refund AND provider IS NOT NULL"), postgresql_where=sa.text("method = 'mobile_money' AND NOT is_refund AND provider IS NOT NULL"))
        batch_op.drop_index(batch_op.f('ix_payments_shift_id'))
        batch_op.drop_column('shift_id')
        batch_op.drop_column('payer_number')
        batch_op.drop_column('provider')

    with op.batch_alter_table('momo_statement_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_momo_statement_lines_import_id'))

    op.drop_table('momo_statement_lines')
    with op.batch_alter_table('fiscal_receipts', schema=None) as batch_op:
        batch_op.drop_index('uq_fiscal_receipt_order_kind')
        batch_op.drop_index('uq_fiscal_receipt_invoice')
        batch_op.drop_index('ix_fiscal_receipts_status')
        batch_op.drop_index(batch_op.f('ix_fiscal_receipts_order_id'))

    op.drop_table('fiscal_receipts')
    with op.batch_alter_table('till_tender_counts', schema=None) as batch_op:
        batch_op.drop_index('uq_till_tender')

    op.drop_table('till_tender_counts')
    with op.batch_alter_table('till_denomination_counts', schema=None) as batch_op:
        batch_op.drop_index('uq_till_denomination')

    op.drop_table('till_denomination_counts')
    with op.batch_alter_table('till_cash_movements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_till_cash_movements_shift_id'))

    op.drop_table('till_cash_movements')
    with op.batch_alter_table('till_shifts', schema=None) as batch_op:
        batch_op.drop_index('uq_till_shift_open_desk', sqlite_where=sa.text("status IN ('open', 'counted')"), postgresql_where=sa.text("status IN ('open', 'counted')"))
        batch_op.drop_index('ix_till_shifts_desk_opened')

    op.drop_table('till_shifts')
    op.drop_table('momo_statement_imports')
    op.drop_table('till_settings')
    op.drop_table('momo_statement_mappings')
    op.drop_table('fiscal_devices')
