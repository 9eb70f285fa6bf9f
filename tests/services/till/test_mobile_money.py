"""Mobile money: the transaction id checked and used once; the statement reconciled."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from dusangire_desktop.models.audit import AuditEvent
from dusangire_desktop.services.errors import PermissionDenied, ValidationError
from dusangire_desktop.services.orders import MobileProvider
from dusangire_desktop.services.till import reconciliation
from dusangire_desktop.services.till.mobile_money import TransactionAlreadyUsed
from dusangire_desktop.services.till.reconciliation import Mapping, Resolution, StatementOutcome

from ...money_checks import payment_problems
from ...races import race
from ...till_world import momo

MTN_HEADER = "Id,Date,Status,Type,From,To,Amount,Fee,Balance\n"


def test_a_transaction_id_pays_one_order_only(another_desk, uow_factory, admin, kitchen, sell):
    first = sell(momo(txid="17818959211"))
    with pytest.raises(
        TransactionAlreadyUsed, match=f"already paid order {first.summary.number}"
    ) as refused:
        sell(momo(txid="17818959211"), factory=another_desk)
    assert refused.value.field == "reference"
    # Another provider's id that happens to look the same is another transaction.
    sell(momo(MobileProvider.AIRTEL_MONEY, txid="17818959211"))


def test_the_transaction_id_is_checked_for_form_at_the_field(kitchen, sell):
    for bad in ("1781895921", "178189592111", "MP17818959"):
        with pytest.raises(ValidationError, match="11 digits") as refused:
            sell(momo(txid=bad))
        assert refused.value.field == "reference"
    with pytest.raises(ValidationError, match="mobile number") as refused:
        sell(momo(number="0788"))
    assert refused.value.field == "payer_number"


@pytest.mark.postgres_only
def test_two_desks_typing_one_transaction_id_at_once_one_is_paid(pg_uow_factory, pg_engine):
    from dusangire_desktop.services import accounts, orders
    from dusangire_desktop.services.customers import CustomerInput, CustomerKind, create_customer
    from dusangire_desktop.services.menu import MealPeriod, MenuItemInput, save_item
    from dusangire_desktop.services.orders import DeliveryInput, Fulfilment
    from dusangire_desktop.services.pricing import LineRequest

    admin = accounts.create_first_administrator(
        pg_uow_factory(), "admin", "Aline Uwase", "Kigali-boss-2026"
    )
    dish = save_item(
        pg_uow_factory(), admin, MenuItemInput("Isombe", "Mains", MealPeriod.LUNCH, 3500)
    ).id
    visitor = CustomerInput(CustomerKind.VISITOR, "Eric Habimana", "0788123456")
    who = create_customer(pg_uow_factory(), admin, visitor).id

    def pay(_i: int):
        return orders.place_order(
            pg_uow_factory(),
            admin,
            customer_id=who,
            lines=[LineRequest(dish, 1)],
            payment=momo(txid="17818959299"),
            delivery=DeliveryInput(Fulfilment.PICKUP),
        )

    outcomes = race(pay, range(4))
    assert sum(o.ok for o in outcomes) == 1
    assert all(isinstance(o.error, TransactionAlreadyUsed) for o in outcomes if not o.ok)


def _statement(tmp_path, rows, header=MTN_HEADER, name="mtn.csv"):
    path = tmp_path / name
    path.write_text(header + "".join(rows), encoding="utf-8")
    return path


def test_a_statement_is_reconciled_into_the_four_outcomes(
    tmp_path, uow_factory, admin, manager, kitchen, sell, clock
):
    matched = sell(momo(txid="17818959201"))  # 3,500 at 08:00
    differs = sell(momo(txid="17818959202"), isombe=2)  # 7,000 in the app
    clock.advance(minutes=10)
    mistyped = sell(momo(txid="17818959203", number="0788555444"))  # the id typed wrong
    clock.advance(minutes=10)
    missing = sell(momo(txid="17818959204"), juice=1, isombe=0)  # never reached the merchant
    path = _statement(
        tmp_path,
        [
            "17818959201,2026-03-03 08:00:05,Successful,Payment,250788123456,D,3500,0,90000\n",
            "17818959202,2026-03-03 08:00:30,Successful,Payment,250788123456,D,6500,0,96500\n",
            "17818959999,2026-03-03 08:10:20,Successful,Payment,250788555444,D,3500,0,100000\n",
            "17818959300,2026-03-03 08:25:00,Successful,Payment,250788777666,D,2500,0,102500\n",
            "17818959301,2026-03-03 08:26:00,Failed,Payment,250788777666,D,2500,0,102500\n",
        ],
    )
    with pytest.raises(PermissionDenied):
        from dusangire_desktop.services.auth import Actor, Role

        reconciliation.import_statement(
            uow_factory(), Actor(None, "d", "Desk", Role.FRONT_DESK), MobileProvider.MTN_MOMO, path
        )
    result = reconciliation.import_statement(uow_factory(), manager, MobileProvider.MTN_MOMO, path)
    by_outcome = {}
    for line in result.lines:
        by_outcome.setdefault(line.outcome, []).append(line)
    assert {line.order_number for line in by_outcome[StatementOutcome.MATCHED]} == {
        matched.summary.number,
        mistyped.summary.number,
    }
    [differ] = by_outcome[StatementOutcome.AMOUNT_DIFFERS]
    assert (differ.order_number, differ.app_amount_rwf, differ.statement_amount_rwf) == (
        differs.summary.number,
        7000,
        6500,
    )
    [stranger] = by_outcome[StatementOutcome.ONLY_IN_STATEMENT]
    assert (stranger.transaction_id, stranger.statement_amount_rwf, stranger.statement_number) == (
        "17818959300",
        2500,
        "0788777666",
    )
    [unpaid] = by_outcome[StatementOutcome.ONLY_IN_APP]
    assert (unpaid.order_number, unpaid.app_amount_rwf) == (missing.summary.number, 1000)
    assert [result.count(o) for o in StatementOutcome] == [2, 1, 1, 1]

    # Resolving: audited, once, and never touching the payments.
    with pytest.raises(ValidationError, match="what was done"):
        reconciliation.resolve_line(
            uow_factory(), manager, differ.id, differ.version, Resolution.WRITTEN_OFF, "ok"
        )
    waived = "Customer paid 500 RWF less; waived"
    reconciliation.resolve_line(
        uow_factory(), manager, differ.id, differ.version, Resolution.WRITTEN_OFF, waived
    )
    with pytest.raises(ValidationError, match="already resolved"):
        reconciliation.resolve_line(
            uow_factory(),
            manager,
            differ.id,
            differ.version + 1,
            Resolution.REFUNDED,
            "Refunded the difference",
        )
    attached = reconciliation.resolve_line(
        uow_factory(),
        manager,
        stranger.id,
        stranger.version,
        Resolution.ATTACHED,
        "Paid for order taken on paper during the outage",
        payment_id=_payment_of(uow_factory, missing),
    )
    assert attached.resolution == Resolution.ATTACHED and attached.payment_id is not None
    again = reconciliation.get_reconciliation(uow_factory(), manager, result.import_id)
    assert {line.resolution for line in again.lines if line.resolution} == {
        Resolution.WRITTEN_OFF,
        Resolution.ATTACHED,
    }
    with uow_factory() as uow:
        resolved = list(
            uow.session.scalars(
                select(AuditEvent.action).where(AuditEvent.action == "statement_line_resolved")
            )
        )
        assert len(resolved) == 2
        assert payment_problems(uow.session) == []


def _payment_of(uow_factory, order):
    from dusangire_desktop.models.orders import Payment

    with uow_factory() as uow:
        return uow.session.scalar(select(Payment.id).where(Payment.order_id == order.summary.id))


def test_each_provider_keeps_its_own_column_mapping(tmp_path, uow_factory, manager, kitchen, sell):
    sell(momo(MobileProvider.AIRTEL_MONEY, txid="MP260303.0800.A1"))
    mapping = Mapping(
        MobileProvider.AIRTEL_MONEY, "TxnRef", "When", "Credit", "Payer", "", "%d.%m.%Y %H:%M"
    )
    reconciliation.save_mapping(uow_factory(), manager, mapping)
    assert (
        reconciliation.read_mapping(uow_factory(), manager, MobileProvider.AIRTEL_MONEY) == mapping
    )
    assert (
        reconciliation.read_mapping(uow_factory(), manager, MobileProvider.MTN_MOMO).id_column
        == "Id"
    )
    path = _statement(
        tmp_path,
        ["MP260303.0800.A1,03.03.2026 08:01,3500,0788123456\n"],
        header="TxnRef,When,Credit,Payer\n",
        name="airtel.csv",
    )
    result = reconciliation.import_statement(
        uow_factory(), manager, MobileProvider.AIRTEL_MONEY, path
    )
    assert [line.outcome for line in result.lines] == [StatementOutcome.MATCHED]


def test_a_statement_with_bad_lines_is_refused_with_every_problem(
    tmp_path, uow_factory, manager, kitchen
):
    path = _statement(
        tmp_path,
        [
            "1,03/03/2026,Successful,Payment,0788123456,D,3500,0,0\n",
            "2,2026-03-03 08:00:00,Successful,Payment,0788123456,D,35.5,0,0\n",
        ],
    )
    with pytest.raises(ValidationError, match="2 problem") as refused:
        reconciliation.import_statement(uow_factory(), manager, MobileProvider.MTN_MOMO, path)
    assert "line 2" in refused.value.message and "line 3" in refused.value.message
