"""Visitors' meals on the patient's account: the receipt says whose account, the settlement at
discharge lists what was charged, and two desks cannot both take the last guest tray."""

from __future__ import annotations

import pytest

from dusangire_desktop.services import orders
from dusangire_desktop.services.errors import ValidationError
from dusangire_desktop.services.food_service import patient_account, stays, trays
from dusangire_desktop.services.food_service.patient_account import SettlementInput
from dusangire_desktop.services.food_service.trays import MealRequest
from dusangire_desktop.services.menu import MealPeriod
from dusangire_desktop.services.orders import PaymentMethod

from ...races import race
from .test_trays import admin_pg_ward  # noqa: F401


def _guest(uow_factory, ward, meal=MealPeriod.LUNCH, item=None):  # type: ignore[no-untyped-def]
    return trays.order_meal(
        uow_factory(),
        ward.desk,
        MealRequest(ward.jean_stay, ward.visitor, meal=meal, on_account=True),
        ward.lines(item or ward.isombe),
        ward.cash(),
    )


def test_a_guest_meal_on_account_says_whose_account_and_is_settled_at_discharge(
    uow_factory, ward, clock
):
    lunch = _guest(uow_factory, ward)
    _guest(uow_factory, ward, MealPeriod.SNACK, ward.juice)
    detail = orders.get_order(uow_factory(), ward.desk, lunch.order.summary.id)
    assert detail.payments == ()
    charge = detail.on_account
    assert charge is not None
    assert (charge.patient, charge.ward, charge.bed, charge.settled) == (
        "Jean Bosco Nshimiyimana",
        "Surgical",
        "4",
        False,
    )
    paid = trays.order_meal(
        uow_factory(),
        ward.desk,
        MealRequest(ward.jean_stay, ward.visitor, meal=MealPeriod.DINNER),
        ward.lines(ward.isombe),
        ward.cash(),
    )
    assert orders.get_order(uow_factory(), ward.desk, paid.order.summary.id).on_account is None
    assert patient_account.settlement_receipt(uow_factory(), ward.desk, ward.jean_stay) is None
    clock.set_local(2026, 3, 3, 19, 45)  # after dinner: nothing still to come is cancelled
    stays.discharge(
        uow_factory(),
        ward.desk,
        ward.jean_stay,
        1,
        SettlementInput(PaymentMethod.CASH, tendered_rwf=5000),
    )
    receipt = patient_account.settlement_receipt(uow_factory(), ward.desk, ward.jean_stay)
    assert receipt is not None
    assert (receipt.patient, receipt.ward, receipt.bed) == (
        "Jean Bosco Nshimiyimana",
        "Surgical",
        "4",
    )
    assert (receipt.amount_rwf, receipt.tendered_rwf, receipt.change_rwf) == (4500, 5000, 500)
    assert receipt.settled_by == "Claudine Mukeshimana"
    assert [
        (line.meal, line.eaten_by, line.guest, line.dishes, line.total_rwf)
        for line in receipt.lines
    ] == [
        (MealPeriod.LUNCH, "Eric Habimana", True, "Isombe n'umuceri", 3500),
        (MealPeriod.SNACK, "Eric Habimana", True, "Passion juice", 1000),
    ]
    settled = orders.get_order(uow_factory(), ward.desk, lunch.order.summary.id)
    assert settled.on_account is not None and settled.on_account.settled
    assert settled.customer_paid_rwf == 3500


def test_two_desks_charging_the_last_guest_tray_at_once_one_is_refused(
    pg_uow_factory,
    admin_pg_ward,  # noqa: F811
):
    ward = admin_pg_ward

    def charge(_desk: int):  # type: ignore[no-untyped-def]
        return _guest(pg_uow_factory, ward)

    outcomes = race(charge, [1, 2])
    assert sum(o.ok for o in outcomes) == 1
    refused = next(o.error for o in outcomes if not o.ok)
    assert isinstance(refused, ValidationError)
    assert refused.field == "on_account"
    assert "already carries 1 guest tray for this lunch (the limit)" in str(refused)
    account = patient_account.account(pg_uow_factory(), ward.desk, ward.jean_stay)
    assert account.due_rwf == 3500


def test_the_guest_limit_refuses_a_second_charge_on_sqlite_too(uow_factory, ward):
    _guest(uow_factory, ward)
    with pytest.raises(ValidationError, match="the visitor pays for this one at once"):
        _guest(uow_factory, ward)
