"""Corporate partners: contracts that never overlap, employees by CSV, a statement to the franc."""

from __future__ import annotations

from datetime import date

import pytest

from dusangire_desktop.services import corporate, orders
from dusangire_desktop.services.corporate import Billing, ContractInput, ContractStatus
from dusangire_desktop.services.errors import Conflict, ValidationError
from dusangire_desktop.services.imports import ImportRejected
from dusangire_desktop.services.orders import (
    DeliveryInput,
    Fulfilment,
    PaymentInput,
    PaymentMethod,
    RefundInput,
)
from dusangire_desktop.services.pricing import LineRequest


@pytest.fixture
def partner(uow_factory, admin):
    return corporate.save_partner(
        uow_factory(), admin, name="MTN Rwanda", contact_name="HR desk", phone="0788300000"
    )


def contract(code, starts, ends, status=ContractStatus.ACTIVE, percent="12.5", cap=20_000):
    return ContractInput(code, starts, ends, percent, cap, Billing.COMPANY_INVOICE, status)


def test_active_contracts_never_overlap(uow_factory, admin, partner):
    corporate.save_contract(
        uow_factory(), admin, partner.id, contract("MTN-26", date(2026, 1, 1), date(2026, 12, 31))
    )
    with pytest.raises(Conflict, match="already has active contract MTN-26"):
        corporate.save_contract(
            uow_factory(),
            admin,
            partner.id,
            contract("MTN-26B", date(2026, 6, 1), date(2027, 5, 31)),
        )
    draft = corporate.save_contract(
        uow_factory(),
        admin,
        partner.id,
        contract("MTN-27", date(2027, 1, 1), date(2027, 12, 31), ContractStatus.DRAFT),
    )
    corporate.save_contract(
        uow_factory(),
        admin,
        partner.id,
        contract("MTN-27", date(2027, 1, 1), date(2027, 12, 31)),
        contract_id=draft.id,
    )
    assert [c.code for c in corporate.list_contracts(uow_factory(), admin, partner.id)] == [
        "MTN-27",
        "MTN-26",
    ]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (contract("X", date(2026, 5, 1), date(2026, 4, 30)), "ends_on"),
        (contract("X", date(2026, 1, 1), date(2026, 2, 1), percent="120"), "discount_percent"),
        (contract("X", date(2026, 1, 1), date(2026, 2, 1), percent="ten"), "discount_percent"),
        (contract("X", date(2026, 1, 1), date(2026, 2, 1), cap=-1), "monthly_cap_rwf"),
        (contract("", date(2026, 1, 1), date(2026, 2, 1)), "code"),
    ],
)
def test_bad_contract_input_names_the_field(uow_factory, admin, partner, data, field):
    with pytest.raises(ValidationError) as error:
        corporate.save_contract(uow_factory(), admin, partner.id, data)
    assert error.value.field == field


def test_employees_from_csv_all_or_nothing(uow_factory, admin, partner, tmp_path):
    good = tmp_path / "staff.csv"
    good.write_text(
        "employee_number,full_name,phone\nMTN-001,Olivier Kamanzi,0788111222\n"
        'MTN-002,"Uwimana, Solange",+250 722 333 444\n'
    )
    assert corporate.import_employees(uow_factory(), admin, partner.id, good) == 2
    bad = tmp_path / "more.csv"
    bad.write_text(
        "employee_number,full_name,phone\nMTN-003,Grace Mutesi,0788999000\n"
        "MTN-001,Someone Else,0788111333\n,No Number,0788111444\n"
        "MTN-005,Yves Gasana,12345\nMTN-003,Twice Listed,0788111555\n"
    )
    with pytest.raises(ImportRejected) as rejected:
        corporate.import_employees(uow_factory(), admin, partner.id, bad)
    reasons = {p.line: p.reason for p in rejected.value.problems}
    assert sorted(reasons) == [3, 4, 5, 6]
    assert "already enrolled" in reasons[3] and "employee number" in reasons[4]
    assert "not a Rwandan mobile number" in reasons[5] and "also on line 2" in reasons[6]
    names = [e.full_name for e in corporate.list_employees(uow_factory(), admin, partner.id)]
    assert names == ["Olivier Kamanzi", "Uwimana, Solange"]


def test_malformed_employee_csv(uow_factory, admin, partner, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("number;name\n1;x\n")
    with pytest.raises(ImportRejected, match="header lacks"):
        corporate.import_employees(uow_factory(), admin, partner.id, path)


def test_monthly_statement_agrees_with_the_orders(uow_factory, admin, kitchen, clock):
    def order(customer, quantity, cash=20_000):
        return orders.place_order(
            uow_factory(),
            admin,
            customer_id=customer,
            lines=[LineRequest(kitchen.isombe, quantity)],
            payment=PaymentInput(PaymentMethod.CASH, cash),
            delivery=DeliveryInput(Fulfilment.PICKUP),
        )

    first = order(kitchen.employee, 2)  # 6,300: company pays all
    second = order(kitchen.employee, 2)  # 6,300: company 3,700 (cap 10,000), employee 2,600
    cancelled = order(kitchen.employee, 1)
    s = cancelled.summary
    orders.cancel(uow_factory(), admin, s.id, s.version, "mistake", RefundInput(PaymentMethod.CASH))
    order(kitchen.visitor, 1)  # not an employee: not on the statement
    clock.set_local(2026, 4, 1, 0, 30)
    order(kitchen.employee, 1)  # April
    partners = corporate.list_partners(uow_factory(), admin)
    statement = corporate.monthly_statement(uow_factory(), admin, partners[0].id, date(2026, 3, 1))
    assert [
        (s.full_name, s.orders, s.total_rwf, s.company_rwf, s.employee_rwf) for s in statement.lines
    ] == [("Diane Mukamana", 2, 12_600, 10_000, 2_600)]
    assert statement.company_rwf == first.company_share_rwf + second.company_share_rwf
    assert statement.total_rwf == statement.company_rwf + statement.employee_rwf
