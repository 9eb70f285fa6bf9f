"""The one pricing path: every total, every discount and why, to the franc."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dusangire_desktop.models.corporate import ContractStatus, CorporateContract
from dusangire_desktop.services import pricing
from dusangire_desktop.services.errors import NotFound, ValidationError
from dusangire_desktop.services.pricing import LineRequest, Offer, PaymentMethod

MARCH = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)


def quote(uow_factory, admin, customer, *lines, method=None):
    return pricing.quote(
        uow_factory(), admin, customer, [LineRequest(i, q) for i, q in lines], method, MARCH
    )


def test_plain_order_adds_up(uow_factory, admin, kitchen):
    q = quote(uow_factory, admin, kitchen.visitor, (kitchen.isombe, 2), (kitchen.juice, 3))
    assert [(li.name, li.line_total_rwf) for li in q.lines] == [
        ("Isombe n'umuceri", 7000),
        ("Passion juice", 3000),
    ]
    assert (q.subtotal_rwf, q.discount_rwf, q.total_rwf) == (10_000, 0, 10_000)
    assert (q.company_share_rwf, q.customer_share_rwf, q.channel.value) == (0, 10_000, "regular")


def test_employee_gets_contract_discount_and_company_pays_within_cap(uow_factory, admin, kitchen):
    q = quote(uow_factory, admin, kitchen.employee, (kitchen.isombe, 2), (kitchen.brochette, 2))
    assert q.subtotal_rwf == 11_000
    assert [(c.label, c.amount_rwf, c.applied) for c in q.candidates] == [
        ("Bank of Kigali contract BK-2026 (10.00%)", 1100, True)
    ]
    assert (q.total_rwf, q.company_share_rwf, q.customer_share_rwf) == (9900, 9900, 0)
    assert q.channel.value == "corporate"
    assert "100 RWF of the 10,000 RWF monthly allowance left" in q.subsidy_note


def test_subsidy_stops_at_the_cap(uow_factory, admin, kitchen):
    q = quote(uow_factory, admin, kitchen.employee, (kitchen.isombe, 4))
    assert (q.total_rwf, q.company_share_rwf, q.customer_share_rwf) == (12_600, 10_000, 2_600)


def test_best_combination_wins_and_breakdown_says_why(uow_factory, admin, kitchen, promotion):
    promotion("Umuganura week", percent=15)
    promotion("Loyal visitor", amount=500, stackable=True)
    q = quote(uow_factory, admin, kitchen.employee, (kitchen.isombe, 2))
    chosen = {c.label: c for c in q.candidates}
    # 10% + 500 stackable = 1200 beats 15% alone = 1050.
    assert chosen["Promotion: Loyal visitor"].applied
    assert chosen["Bank of Kigali contract BK-2026 (10.00%)"].applied
    assert not chosen["Promotion: Umuganura week"].applied
    assert "does not stack" in chosen["Promotion: Umuganura week"].reason
    assert (q.discount_rwf, q.total_rwf) == (1200, 5800)


def test_non_stacking_promotion_wins_when_it_is_larger(uow_factory, admin, kitchen, promotion):
    promotion("Opening day", percent=30)
    q = quote(uow_factory, admin, kitchen.employee, (kitchen.isombe, 2))
    assert [c.label for c in q.applied] == ["Promotion: Opening day"]
    assert q.discount_rwf == 2100
    assert q.channel.value == "corporate" and q.company_share_rwf == 4900


def test_promotion_outside_its_dates_or_minimum_explains(uow_factory, admin, kitchen, promotion):
    from datetime import date

    promotion("February deal", percent=20, starts=date(2026, 2, 1), ends=date(2026, 2, 28))
    promotion("April deal", percent=20, starts=date(2026, 4, 1), ends=date(2026, 4, 30))
    promotion("Big table", amount=2000, minimum=50_000)
    q = quote(uow_factory, admin, kitchen.visitor, (kitchen.isombe, 1))
    reasons = {c.label: c.reason for c in q.candidates}
    assert "Promotion: February deal" not in reasons, "an expired promotion is not listed"
    assert reasons["Promotion: April deal"] == "valid 01 Apr to 30 Apr 2026"
    assert reasons["Promotion: Big table"] == "needs a subtotal of 50,000 RWF"
    assert q.total_rwf == 3500


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"status": ContractStatus.SUSPENDED}, "contract BK-2026 is suspended"),
        ({"ends_on": datetime(2026, 2, 28).date()}, "contract BK-2026 expired on 28 Feb 2026"),
    ],
)
def test_contract_that_does_not_apply_says_why(uow_factory, admin, kitchen, change, reason):
    with uow_factory() as uow:
        contract = uow.session.get(CorporateContract, kitchen.contract)
        for key, value in change.items():
            setattr(contract, key, value)
        uow.commit()
    q = quote(uow_factory, admin, kitchen.employee, (kitchen.isombe, 1))
    assert q.channel.value == "regular" and q.discount_rwf == 0
    assert any(reason in c.reason for c in q.candidates)


def test_allergy_and_unavailable_and_bad_lines(uow_factory, admin, kitchen):
    q = quote(uow_factory, admin, kitchen.patient, (kitchen.peanut_stew, 1))
    assert q.conflicts == ("Peanut stew contains peanuts — Jeanne Uwera is allergic",)
    with pytest.raises(ValidationError, match="at least 1") as error:
        quote(uow_factory, admin, kitchen.visitor, (kitchen.isombe, 0))
    assert error.value.field == "quantity"
    with pytest.raises(ValidationError, match="at least 1"):
        quote(uow_factory, admin, kitchen.visitor, (kitchen.isombe, -2))
    with pytest.raises(ValidationError, match="Add at least one dish"):
        quote(uow_factory, admin, kitchen.visitor)
    with pytest.raises(NotFound, match="no longer on the menu"):
        quote(uow_factory, admin, kitchen.visitor, (999_999, 1))
    with pytest.raises(NotFound, match="not registered"):
        quote(uow_factory, admin, 999_999, (kitchen.isombe, 1))


def test_corporate_account_only_for_the_company_share(uow_factory, admin, kitchen):
    with pytest.raises(ValidationError, match="Only an employee") as error:
        quote(
            uow_factory,
            admin,
            kitchen.visitor,
            (kitchen.isombe, 1),
            method=PaymentMethod.CORPORATE_ACCOUNT,
        )
    assert error.value.field == "payment_method"
    with pytest.raises(ValidationError, match="remaining 2,600 RWF must be paid"):
        quote(
            uow_factory,
            admin,
            kitchen.employee,
            (kitchen.isombe, 4),
            method=PaymentMethod.CORPORATE_ACCOUNT,
        )


offers = st.lists(
    st.builds(
        Offer,
        key=st.text("abcdef", min_size=1, max_size=4),
        label=st.just("x"),
        percent=st.decimals(0, 100, places=2),
        amount_off_rwf=st.integers(0, 20_000),
        stackable=st.booleans(),
    ),
    max_size=5,
    unique_by=lambda o: o.key,
)


@given(subtotal=st.integers(0, 500_000), offers=offers)
def test_chosen_discount_is_never_negative_and_beats_every_single_offer(subtotal, offers):
    chosen, discount = pricing.choose(subtotal, offers)
    assert 0 <= discount <= subtotal
    assert all(discount >= offer.amount_on(subtotal) for offer in offers)
    assert len(chosen) <= 1 or all(o.stackable for o in chosen)
    assert pricing.choose(subtotal, offers) == (chosen, discount)
    assert pricing.choose(subtotal, list(reversed(offers)))[1] == discount


@given(
    total=st.integers(0, 500_000),
    cap_left=st.integers(-10_000, 200_000),
    company_pays=st.booleans(),
)
def test_subsidy_never_exceeds_the_remaining_cap(total, cap_left, company_pays):
    company, customer = pricing.split_shares(total, company_pays, cap_left)
    assert company + customer == total and company >= 0 and customer >= 0
    assert company <= max(0, cap_left)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(quantities=st.lists(st.integers(1, 12), min_size=1, max_size=5))
def test_real_quotes_add_up_to_the_franc(uow_factory, admin, kitchen, quantities):
    items = [
        kitchen.isombe,
        kitchen.brochette,
        kitchen.milk_tea,
        kitchen.juice,
        kitchen.peanut_stew,
    ]
    lines = list(zip(items, quantities, strict=False))
    q = quote(uow_factory, admin, kitchen.employee, *lines)
    assert q.subtotal_rwf == sum(li.unit_price_rwf * li.quantity for li in q.lines)
    assert q.total_rwf == q.subtotal_rwf - q.discount_rwf >= 0
    assert (
        q.discount_rwf == sum(c.amount_rwf for c in q.applied) or q.discount_rwf == q.subtotal_rwf
    )
    assert q.company_share_rwf + q.customer_share_rwf == q.total_rwf
    assert q.company_share_rwf <= 10_000
    assert q == quote(uow_factory, admin, kitchen.employee, *lines)
    assert q.discount_rwf == (Decimal(q.subtotal_rwf) / 10).quantize(Decimal(1), "ROUND_HALF_UP")
