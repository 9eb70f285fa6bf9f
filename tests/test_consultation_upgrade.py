"""Upgrading to 0004 keeps every consultation and cancels, with a reason, those that overlap."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from dusangire_desktop import db, schema
from dusangire_desktop.models.base import UtcDateTime

from .test_database_setup import empty_database_url  # noqa: F401  (fixture)

T = sa.table
C = sa.column
STAFF = T("staff", C("id"), C("username"), C("full_name"), C("role"), C("password_hash"),
          C("is_active"), C("failed_logins"), C("must_change_password"),
          C("created_at", UtcDateTime()))  # fmt: skip
CUSTOMERS = T("customers", C("id"), C("reference"), C("kind"), C("full_name"), C("diet_notes"),
              C("is_active"), C("created_at", UtcDateTime()))  # fmt: skip
CONSULTATIONS = T("consultations", C("id"), C("nutritionist_id"), C("customer_id"),
                  C("starts_at", UtcDateTime()), C("duration_minutes"), C("status"), C("reason"),
                  C("fee_rwf"), C("notes"), C("booked_at", UtcDateTime()), C("cancel_reason"),
                  C("version"), C("ends_at", UtcDateTime()))  # fmt: skip
MONDAY = datetime(2026, 3, 9, 7, 0, tzinfo=UTC)  # 09:00 in Kigali
# id: (nutritionist, minutes after 09:00, minutes long, status) as the 0003 schema allowed them.
BEFORE = {
    1: (1, 0, 30, "booked"),
    2: (1, 15, 30, "booked"),  # over 1 and 3
    3: (1, 30, 30, "booked"),
    4: (1, 75, 30, "completed"),  # 10:15, alone
    5: (1, 375, 30, "cancelled"),  # 15:15, cancelled long ago
    6: (1, 420, 45, "booked"),  # 16:00 for 45 minutes, over 7
    7: (1, 450, 30, "no_show"),
    8: (2, 15, 30, "booked"),  # another nutritionist at 09:15
}
OFF_THE_GRID = "did not start on the hour or the half hour"
# After the upgrade: which were cancelled, and why (None: untouched).
CANCELLED = {
    2: OFF_THE_GRID,
    4: OFF_THE_GRID,
    5: None,
    6: "did not last one 30-minute slot",
    8: OFF_THE_GRID,
}


def _database_at_0003_with_bookings(url: str) -> sa.Engine:
    engine = db.make_engine(url)
    schema.upgrade(engine, "0003")
    now = datetime(2026, 3, 1, tzinfo=UTC)
    with engine.begin() as connection:
        connection.execute(STAFF.insert(), [
            {"id": n, "username": f"dr.{n}", "full_name": f"Dr. {n}", "role": "nutritionist",
             "password_hash": "x", "is_active": True, "failed_logins": 0,
             "must_change_password": False, "created_at": now}
            for n in (1, 2)
        ])  # fmt: skip
        connection.execute(CUSTOMERS.insert().values(
            id=1, reference="C-000001", kind="visitor", full_name="Eric Habimana", diet_notes="",
            is_active=True, created_at=now,
        ))  # fmt: skip
        connection.execute(
            CONSULTATIONS.insert(),
            [
                {
                    "id": i, "nutritionist_id": who, "customer_id": 1,
                    "starts_at": MONDAY + timedelta(minutes=after), "duration_minutes": minutes,
                    "status": status, "reason": "", "fee_rwf": 0, "notes": "",
                    "booked_at": now, "version": 1,
                    "cancel_reason": "Discharged" if status == "cancelled" else None,
                }
                for i, (who, after, minutes, status) in BEFORE.items()
            ],
        )  # fmt: skip
    return engine


def test_upgrade_cancels_overlapping_bookings_with_a_reason_and_keeps_every_row(
    empty_database_url,  # noqa: F811
):
    engine = _database_at_0003_with_bookings(empty_database_url)
    schema.upgrade(engine)
    assert schema.check(engine) is None
    with engine.connect() as connection:
        rows = {r.id: r for r in connection.execute(sa.select(CONSULTATIONS))}
        audited = connection.execute(
            sa.text(
                "SELECT entity_id, details FROM audit_events "
                "WHERE action = 'consultation_cancelled_by_upgrade'"
            )
        ).all()
    assert sorted(rows) == sorted(BEFORE)
    assert {i for i, r in rows.items() if r.status == "cancelled"} == set(CANCELLED)
    for i, why in CANCELLED.items():
        if why is None:
            assert rows[i].cancel_reason == "Discharged"
            continue
        was = BEFORE[i][3].replace("_", " ")
        assert rows[i].cancel_reason.startswith(
            f"Cancelled by the upgrade to schema 0004 (it was {was}): it {why}"
        ), rows[i].cancel_reason
        assert rows[i].version == 2
    assert {int(i): json.loads(d)["was"] for i, d in audited} == {
        i: BEFORE[i][3] for i, why in CANCELLED.items() if why
    }
    for i, r in rows.items():
        assert r.ends_at == r.starts_at + timedelta(minutes=BEFORE[i][2])
    schema.downgrade(engine, "0003")
    with engine.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM consultations")).scalar() == 8
    schema.upgrade(engine)
    assert schema.check(engine) is None
    engine.dispose()
