"""Upgrading a database whose payments were recorded before they had to add up."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from dusangire_desktop import db, schema
from dusangire_desktop.models.base import UtcDateTime
from dusangire_desktop.models.orders import Payment

from .money_checks import payment_problems
from .test_database_setup import empty_database_url  # noqa: F401

PLACED = datetime(2026, 2, 10, 9, 0, tzinfo=UTC)
CHANGED = datetime(2026, 2, 10, 11, 30, tzinfo=UTC)
# number, status, total, company share, payments (method, amount, is_refund, reference)
OLD_ORDERS = [
    ("D-000001", "delivered", 6300, 6300, [("corporate_account", 0, False, None)]),
    ("D-000002", "refunded", 6300, 6300,
     [("corporate_account", 0, False, None), ("corporate_account", 0, True, None)]),
    ("D-000003", "refunded", 3500, 0, [("mobile_money", 3500, False, "MP2602101234")]),
    ("D-000004", "cancelled", 3500, 0, [("cash", 3500, False, None)]),
    ("D-000005", "delivered", 6300, 3700,
     [("cash", 2600, False, None), ("corporate_account", 3700, False, None)]),
    ("D-000006", "cancelled", 6300, 6300, [("corporate_account", 0, False, None)]),
    ("D-000007", "refunded", 3500, 0,
     [("card", 3500, False, None), ("card", 3500, True, "RV1234567")]),
]  # fmt: skip


def _write_old_orders(engine) -> None:  # type: ignore[no-untyped-def]
    at = [bindparam("placed", type_=UtcDateTime()), bindparam("changed", type_=UtcDateTime())]
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO customers (id, reference, kind, full_name, diet_notes, is_active, "
                 "created_at) VALUES (1, 'C-000001', 'staff', 'Diane Mukamana', '', TRUE, :placed)"
                 ).bindparams(at[0]), {"placed": PLACED},
        )  # fmt: skip
        for order_id, (number, status, total, company, payments) in enumerate(OLD_ORDERS, 1):
            connection.execute(
                text("INSERT INTO orders (id, number, customer_id, placed_at, status, channel, "
                     "fulfilment, subtotal_rwf, discount_rwf, total_rwf, company_share_rwf, "
                     "customer_share_rwf, status_changed_at, version) VALUES (:id, :number, 1, "
                     ":placed, :status, 'corporate', 'pickup', :total, 0, :total, :company, "
                     ":customer, :changed, 1)").bindparams(*at),
                {"id": order_id, "number": number, "placed": PLACED, "status": status,
                 "total": total, "company": company, "customer": total - company,
                 "changed": CHANGED},
            )  # fmt: skip
            for method, amount, is_refund, reference in payments:
                connection.execute(
                    text("INSERT INTO payments (order_id, method, amount_rwf, change_rwf, "
                         "reference, is_refund, received_at) VALUES (:order_id, :method, "
                         ":amount, 0, :reference, :is_refund, :placed)").bindparams(at[0]),
                    {"order_id": order_id, "method": method, "amount": amount,
                     "reference": reference, "is_refund": is_refund, "placed": PLACED},
                )  # fmt: skip


def _payments(engine) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def]
    from dusangire_desktop.models.orders import Order

    with Session(engine) as session:
        rows = session.execute(
            select(Order.number, Payment.method, Payment.amount_rwf, Payment.is_refund,
                   Payment.reference, Payment.received_at)
            .join(Order, Order.id == Payment.order_id).order_by(Payment.id)
        ).all()  # fmt: skip
    found: dict[str, list[tuple]] = {}
    for number, *payment in rows:
        found.setdefault(number, []).append((payment[0].value, *payment[1:]))
    return found


def test_upgrade_makes_old_payments_say_where_every_franc_went(empty_database_url):  # noqa: F811
    engine = db.make_engine(empty_database_url)
    schema.upgrade(engine, "0003")
    _write_old_orders(engine)
    with Session(engine) as session:
        wrong = {problem.split(":")[0].split(" ")[0] for problem in payment_problems(session)}
    assert wrong == {"D-000001", "D-000002", "D-000003", "D-000004", "D-000006"}
    schema.upgrade(engine)
    assert schema.check(engine) is None
    with Session(engine) as session:
        assert payment_problems(session) == []
    after = _payments(engine)
    assert after["D-000001"] == [("corporate_account", 6300, False, None, PLACED)]
    assert after["D-000002"] == [
        ("corporate_account", 6300, False, None, PLACED),
        ("corporate_account", 6300, True, None, PLACED),
    ]
    assert after["D-000003"][1] == ("mobile_money", 3500, True, "MP2602101234", CHANGED)
    assert after["D-000004"][1] == ("cash", 3500, True, None, CHANGED)
    assert after["D-000005"] == [
        ("cash", 2600, False, None, PLACED),
        ("corporate_account", 3700, False, None, PLACED),
    ]
    assert after["D-000006"][1] == ("corporate_account", 6300, True, None, CHANGED)
    assert len(after["D-000007"]) == 2
    schema.downgrade(engine, "0003")
    assert _payments(engine) == after
    engine.dispose()
