"""consultations never overlap

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 09:00:00

Adds `consultations.ends_at` (start plus duration, checked) and the database's guarantee that
one nutritionist's active (not cancelled) consultations never overlap: on PostgreSQL an exclusion
constraint over [starts_at, ends_at) (btree_gist); on SQLite checks that an active consultation
starts on the UTC half hour and lasts one 30-minute slot, so the unique index on its start rules
out every overlap.

Rows the new rule refuses are kept and cancelled, the same way on every run: first each active
consultation the database would refuse on its own (on SQLite: off the half-hour grid, or not one
slot long); then, per nutritionist, the active consultations are taken completed and no-show
before booked, each group by start and id, and one overlapping a consultation taken before it is
cancelled. Each gets a cancel reason saying why and what it was, and an audit event
`consultation_cancelled_by_upgrade`, so the desk can call the customer and book again.
Downgrade removes the column and the constraints; the cancellations stay, with their reasons.
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
CHECKS = {
    "postgresql": {"ck_consultations_ends_after_duration": f"ends_at = {ENDS['postgresql']}"},
    "sqlite": {
        "ck_consultations_ends_after_duration": f"ends_at IS {ENDS['sqlite']}",
        "ck_consultations_starts_on_the_half_hour": (
            "status = 'cancelled' OR (starts_at IS strftime('%Y-%m-%d %H:%M:00.000000', "
            "starts_at) AND strftime('%M', starts_at) IN ('00', '30'))"
        ),
        "ck_consultations_one_slot_long": "status = 'cancelled' OR duration_minutes = 30",
    },
}
# What SQLite refuses of a single row, and why, in the words of the cancel reason.
SQLITE_REFUSALS = {
    "it did not start on the hour or the half hour": (
        "NOT (starts_at IS strftime('%Y-%m-%d %H:%M:00.000000', starts_at) "
        "AND strftime('%M', starts_at) IN ('00', '30'))"
    ),
    "it did not last one 30-minute slot": "duration_minutes != 30",
}

consultations = sa.table(
    "consultations",
    sa.column("id", sa.Integer),
    sa.column("nutritionist_id", sa.Integer),
    sa.column("starts_at", UtcDateTime()),
    sa.column("ends_at", UtcDateTime()),
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
MARKED_FIRST = {"completed": 0, "no_show": 0, "booked": 1}


def _cancel(connection, row, why: str, now: datetime) -> None:  # type: ignore[no-untyped-def]
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
    log.warning("consultation %s cancelled: %s", row.id, why)


def _active(connection, *where):  # type: ignore[no-untyped-def]
    return connection.execute(
        sa.select(consultations).where(consultations.c.status != "cancelled", *where)
    ).all()


def _cancel_what_the_rule_refuses(connection, now: datetime) -> None:  # type: ignore[no-untyped-def]
    if connection.dialect.name == "sqlite":
        for why, refused in SQLITE_REFUSALS.items():
            for row in _active(connection, sa.text(refused)):
                _cancel(connection, row, why, now)
    rows = sorted(_active(connection), key=lambda r: (r.nutritionist_id, r.starts_at, r.id))
    # Rows overlap only within a run in which each starts before the latest end so far.
    runs: list[list] = []
    for row in rows:
        run = runs[-1] if runs else None
        if (
            run
            and run[0].nutritionist_id == row.nutritionist_id
            and row.starts_at < max(r.ends_at for r in run)
        ):
            run.append(row)
        else:
            runs.append([row])
    for run in (r for r in runs if len(r) > 1):
        kept: list = []
        for row in sorted(run, key=lambda r: (MARKED_FIRST[r.status], r.starts_at, r.id)):
            clash = next(
                (k for k in kept if k.starts_at < row.ends_at and row.starts_at < k.ends_at), None
            )
            if clash is None:
                kept.append(row)
            else:
                _cancel(
                    connection,
                    row,
                    f"it overlapped consultation {clash.id} "
                    f"({clash.starts_at:%Y-%m-%d %H:%M} UTC) of the same nutritionist",
                    now,
                )


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
        for name, condition in CHECKS[dialect].items():
            batch_op.create_check_constraint(op.f(name), sa.text(condition))
    if dialect == "postgresql":
        op.execute(EXCLUSION)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("ALTER TABLE consultations DROP CONSTRAINT ex_consultations_no_overlap")
    with op.batch_alter_table('consultations', schema=None) as batch_op:
        for name in CHECKS[dialect]:
            batch_op.drop_constraint(op.f(name), type_='check')
        batch_op.drop_column('ends_at')
