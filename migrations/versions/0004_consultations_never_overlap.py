"""consultations never overlap

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 09:00:00

Adds `consultations.ends_at` (start plus duration, checked) and the database's guarantee that
one nutritionist's active (not cancelled) consultations never overlap: on both databases an
active consultation starts on the UTC half hour and lasts one 30-minute slot, so the unique index
on its start rules out every overlap; PostgreSQL also excludes overlapping time ranges
(btree_gist).

Rows the new rule refuses are kept and cancelled: every active consultation that does not start
on the half hour (the 09:15 bookings the old check let through, which also overlapped their
neighbours) or does not last one slot. Each gets a cancel reason saying why and what it was, and
an audit event `consultation_cancelled_by_upgrade`, so the desk can call the customer and book a
slot again. Downgrade removes the column and the constraints; the cancellations stay, with their
reasons, and the btree_gist extension stays installed.
"""

import json
import logging
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from dusangire_desktop.models.base import UtcDateTime

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger(__name__)

EXCLUSION = (
    "ALTER TABLE consultations ADD CONSTRAINT ex_consultations_no_overlap "
    "EXCLUDE USING gist (nutritionist_id WITH =, tstzrange(starts_at, ends_at) WITH &&) "
    "WHERE (status != 'cancelled')"
)
ENDS = {
    "postgresql": "starts_at + make_interval(mins => duration_minutes)",
    # SQLite keeps times as text, 'YYYY-MM-DD HH:MM:SS.ffffff' in UTC.
    "sqlite": "strftime('%Y-%m-%d %H:%M:%S', starts_at, '+' || duration_minutes || ' minutes') "
    "|| substr(starts_at, 20)",
}
ON_THE_HALF_HOUR = {
    "postgresql": "date_trunc('minute', starts_at AT TIME ZONE 'UTC') = starts_at AT TIME ZONE "
    "'UTC' AND EXTRACT(MINUTE FROM starts_at AT TIME ZONE 'UTC') IN (0, 30)",
    "sqlite": "starts_at IS strftime('%Y-%m-%d %H:%M:00.000000', starts_at) "
    "AND strftime('%M', starts_at) IN ('00', '30')",
}
ONE_SLOT = "duration_minutes = 30"


def _checks(dialect: str) -> dict[str, str]:
    equals = "=" if dialect == "postgresql" else "IS"
    return {
        "ck_consultations_ends_after_duration": f"ends_at {equals} {ENDS[dialect]}",
        "ck_consultations_starts_on_the_half_hour": (
            f"status = 'cancelled' OR ({ON_THE_HALF_HOUR[dialect]})"
        ),
        "ck_consultations_one_slot_long": f"status = 'cancelled' OR {ONE_SLOT}",
    }


consultations = sa.table(
    "consultations",
    sa.column("id", sa.Integer),
    sa.column("starts_at", UtcDateTime()),
    sa.column("duration_minutes", sa.Integer),
    sa.column("status", sa.String),
    sa.column("cancel_reason", sa.Text),
    sa.column("status_changed_at", UtcDateTime()),
    sa.column("version", sa.Integer),
)
audit_events = sa.table(
    "audit_events",
    sa.column("at", UtcDateTime()),
    sa.column("actor_id", sa.Integer),
    sa.column("actor_name", sa.String),
    sa.column("action", sa.String),
    sa.column("entity", sa.String),
    sa.column("entity_id", sa.String),
    sa.column("details", sa.Text),
)


def _cancel_what_the_rule_refuses(connection, now: datetime) -> None:  # type: ignore[no-untyped-def]
    refusals = {
        "it did not start on the hour or the half hour": ON_THE_HALF_HOUR[connection.dialect.name],
        "it did not last one 30-minute slot": ONE_SLOT,
    }
    for why, allowed in refusals.items():
        refused = connection.execute(
            sa.select(consultations)
            .where(consultations.c.status != "cancelled", sa.text(f"NOT ({allowed})"))
            .order_by(consultations.c.id)
        ).all()
        for row in refused:
            was = row.status.replace("_", " ")
            connection.execute(
                consultations.update()
                .where(consultations.c.id == row.id)
                .values(
                    status="cancelled",
                    cancel_reason=f"Cancelled by the upgrade to schema 0004 (it was {was}): {why}.",
                    status_changed_at=now,
                    version=consultations.c.version + 1,
                )
            )
            details = {"was": row.status, "starts": row.starts_at.isoformat(), "why": why}
            connection.execute(
                audit_events.insert().values(
                    at=now,
                    actor_id=None,
                    actor_name="schema upgrade 0004",
                    action="consultation_cancelled_by_upgrade",
                    entity="consultation",
                    entity_id=str(row.id),
                    details=json.dumps(details, sort_keys=True),
                )
            )
            log.warning("consultation %s at %s cancelled: %s", row.id, row.starts_at, why)


def upgrade() -> None:
    connection = op.get_bind()
    dialect = connection.dialect.name
    if dialect == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
    with op.batch_alter_table('consultations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ends_at', UtcDateTime(timezone=True), nullable=True))
    connection.exec_driver_sql(f"UPDATE consultations SET ends_at = {ENDS[dialect]}")
    _cancel_what_the_rule_refuses(connection, datetime.now(UTC))
    with op.batch_alter_table('consultations', schema=None) as batch_op:
        batch_op.alter_column('ends_at', existing_type=UtcDateTime(timezone=True), nullable=False)
        for name, condition in _checks(dialect).items():
            batch_op.create_check_constraint(op.f(name), sa.text(condition))
    if dialect == "postgresql":
        op.execute(EXCLUSION)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("ALTER TABLE consultations DROP CONSTRAINT ex_consultations_no_overlap")
    with op.batch_alter_table('consultations', schema=None) as batch_op:
        for name in _checks(dialect):
            batch_op.drop_constraint(op.f(name), type_='check')
        batch_op.drop_column('ends_at')
