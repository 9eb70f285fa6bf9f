"""Every money and quantity argument of every service is checked where it comes in: a bad value
is refused with a message naming the field, and nothing is saved."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time
from decimal import Decimal

import pytest
from sqlalchemy import select

from dusangire_desktop.models import metadata
from dusangire_desktop.models.staff import Role, Staff
from dusangire_desktop.services import (
    amounts,
    catering,
    corporate,
    imports,
    menu,
    orders,
    pricing,
    scheduling,
    subscriptions,
)
from dusangire_desktop.services.catering import AddonPricing, CateringStatus, PackageInput
from dusangire_desktop.services.corporate import Billing, ContractInput
from dusangire_desktop.services.errors import ValidationError
from dusangire_desktop.services.menu import MealPeriod, MenuItemInput
from dusangire_desktop.services.orders import (
    DeliveryInput,
    Fulfilment,
    PaymentInput,
    PaymentMethod,
)
from dusangire_desktop.services.pricing import LineRequest
from dusangire_desktop.services.scheduling import Interval
from dusangire_desktop.services.subscriptions import BillingPeriod, PlanInput, TherapeuticCategory

from ..conftest import KIGALI
from ..ordering_world import kitchen  # noqa: F401

NOT_WHOLE = [True, "5000", "abc", 3000.5, Decimal("3000.5"), Decimal("NaN"), [5000]]
MONEY_REQUIRED = [*NOT_WHOLE, None, -1]
MONEY_OPTIONAL = [*NOT_WHOLE, -1]
COUNT = [True, "2", 1.5, Decimal("1.5"), None, 0, -3]
SAYS_WHAT_TO_FIX = ("Enter ", "cannot be negative", "must be at least", "can be at most")


@dataclass
class World:
    kitchen: object
    package: catering.PackageView
    request: catering.RequestView
    partner: int
    nutritionist: int


@pytest.fixture
def world(uow_factory, admin, kitchen) -> World:  # noqa: F811
    package = catering.save_package(
        uow_factory(), admin, PackageInput("Conference lunch", 5000, 20, 300, setup_fee_rwf=50_000)
    )
    event = datetime(2026, 3, 10, 12, tzinfo=KIGALI).astimezone(UTC)
    request = catering.create_request(uow_factory(), admin, catering_request(package.id, 50, event))
    partner = corporate.save_partner(uow_factory(), admin, name="MTN Rwanda").id
    with uow_factory() as uow:
        staff = Staff(username="dr.uwimana", full_name="Dr. Solange Uwimana",
                      role=Role.NUTRITIONIST, password_hash="x")  # fmt: skip
        uow.session.add(staff)
        uow.commit()
        nutritionist = staff.id
    return World(kitchen, package, request, partner, nutritionist)


def catering_request(package_id, guests, event=None):
    return catering.RequestInput(
        package_id, guests, event or datetime(2026, 3, 10, 10, tzinfo=UTC), "Hall B",
        "Immaculée Nyirahabimana", "0788555000",
    )  # fmt: skip


def place(uow_factory, admin, w, *, tendered=5000, quantity=1):
    return orders.place_order(
        uow_factory(),
        admin,
        customer_id=w.kitchen.visitor,
        lines=[LineRequest(w.kitchen.isombe, quantity)],
        payment=PaymentInput(PaymentMethod.CASH, tendered_rwf=tendered),
        delivery=DeliveryInput(Fulfilment.PICKUP),
    )


PACKAGE = PackageInput("Gala dinner", 8000, 10, 200)
PLAN = PlanInput("Keto week", TherapeuticCategory.KETO, 35_000, BillingPeriod.WEEKLY, 3)
DISH = MenuItemInput("Ugali", "Mains", MealPeriod.LUNCH, 2500)


def contract(**change):
    data = ContractInput("MTN-26", date(2026, 1, 1), date(2026, 12, 31), "10", 20_000,
                         Billing.COMPANY_INVOICE)  # fmt: skip
    return replace(data, **change)


# (what the desk does, field it names, the bad values, the call with one value)
CASES = [
    ("tendered cash", "tendered", [*MONEY_REQUIRED, amounts.MAX_PAYMENT_RWF + 1],
     lambda f, a, w, v: place(f, a, w, tendered=v)),
    ("quantity ordered", "quantity", [*COUNT, amounts.MAX_QUANTITY + 1],
     lambda f, a, w, v: place(f, a, w, quantity=v)),
    ("quantity priced", "quantity", [*COUNT, amounts.MAX_QUANTITY + 1],
     lambda f, a, w, v: pricing.quote(f(), a, w.kitchen.visitor,
                                      [LineRequest(w.kitchen.isombe, v)])),
    ("dish price", "price_rwf", [*MONEY_REQUIRED, amounts.MAX_PRICE_RWF + 1],
     lambda f, a, w, v: menu.save_item(f(), a, replace(DISH, price_rwf=v))),
    ("contract allowance", "monthly_cap_rwf", [*MONEY_REQUIRED, amounts.MAX_ALLOWANCE_RWF + 1],
     lambda f, a, w, v: corporate.save_contract(f(), a, w.partner, contract(monthly_cap_rwf=v))),
    ("contract discount", "discount_percent",
     [True, 10.5, None, "abc", "NaN", "-1", "100.01", "10.123", Decimal("Infinity"), [10]],
     lambda f, a, w, v: corporate.save_contract(f(), a, w.partner, contract(discount_percent=v))),
    ("catering price per person", "price_per_person_rwf",
     [*MONEY_REQUIRED, amounts.MAX_PRICE_RWF + 1],
     lambda f, a, w, v: catering.save_package(f(), a, replace(PACKAGE, price_per_person_rwf=v))),
    ("catering setup fee", "setup_fee_rwf", [*MONEY_REQUIRED, amounts.MAX_SETUP_FEE_RWF + 1],
     lambda f, a, w, v: catering.save_package(f(), a, replace(PACKAGE, setup_fee_rwf=v))),
    ("catering minimum guests", "min_guests", [*COUNT, amounts.MAX_GUESTS + 1],
     lambda f, a, w, v: catering.save_package(f(), a, replace(PACKAGE, min_guests=v))),
    ("catering maximum guests", "max_guests", [*COUNT, amounts.MAX_GUESTS + 1],
     lambda f, a, w, v: catering.save_package(f(), a, replace(PACKAGE, max_guests=v))),
    ("large-group threshold", "large_group_min_guests", [*COUNT[:4], 0, amounts.MAX_GUESTS + 1],
     lambda f, a, w, v: catering.save_package(f(), a, replace(
         PACKAGE, large_group_min_guests=v, large_group_price_per_person_rwf=7000))),
    ("large-group price", "large_group_price_per_person_rwf",
     [*MONEY_OPTIONAL, amounts.MAX_PRICE_RWF + 1],
     lambda f, a, w, v: catering.save_package(f(), a, replace(
         PACKAGE, large_group_min_guests=100, large_group_price_per_person_rwf=v))),
    ("add-on price", "price_rwf", [*MONEY_REQUIRED, amounts.MAX_PRICE_RWF + 1],
     lambda f, a, w, v: catering.save_addon(f(), a, w.package.id, "Juice", AddonPricing.FLAT, v)),
    ("guests estimated", "guests", [*COUNT[:5], -3, amounts.MAX_GUESTS + 1],
     lambda f, a, w, v: catering.estimate(f(), a, w.package.id, v)),
    ("guests booked", "guests", [*COUNT, amounts.MAX_GUESTS + 1],
     lambda f, a, w, v: catering.create_request(f(), a, catering_request(w.package.id, v))),
    ("catering quote", "quoted_price_rwf", [*MONEY_OPTIONAL, amounts.MAX_CATERING_RWF + 1],
     lambda f, a, w, v: catering.advance(f(), a, w.request.id, w.request.version,
                                         CateringStatus.QUOTED, quoted_price_rwf=v)),
    ("plan price", "price_rwf", [*MONEY_REQUIRED, amounts.MAX_PLAN_PRICE_RWF + 1],
     lambda f, a, w, v: subscriptions.save_plan(f(), a, replace(PLAN, price_rwf=v))),
    ("meals per day", "meals_per_day", [*COUNT, 7],
     lambda f, a, w, v: subscriptions.save_plan(f(), a, replace(PLAN, meals_per_day=v))),
    ("plan price filter", "max_price_rwf", [*MONEY_OPTIONAL, amounts.MAX_PLAN_PRICE_RWF + 1],
     lambda f, a, w, v: subscriptions.list_plans(f(), a, max_price_rwf=v)),
    ("consultation fee", "fee_rwf", [*MONEY_OPTIONAL, amounts.MAX_PRICE_RWF + 1],
     lambda f, a, w, v: scheduling.set_weekly_availability(
         f(), a, w.nutritionist, [Interval(1, time(8), time(12))], fee_rwf=v)),
]  # fmt: skip


def everything(uow_factory) -> dict[str, list[tuple]]:
    with uow_factory() as uow:
        return {
            table.name: [tuple(row) for row in uow.session.execute(select(table))]
            for table in metadata.sorted_tables
        }


@pytest.mark.parametrize(("what", "field", "bad", "call"), CASES, ids=[c[0] for c in CASES])
def test_bad_amount_is_refused_naming_the_field_and_nothing_is_saved(
    uow_factory, admin, world, what, field, bad, call
):
    before = everything(uow_factory)
    for value in bad:
        with pytest.raises(ValidationError) as refused:
            call(uow_factory, admin, world, value)
        assert refused.value.field == field, (value, refused.value.message)
        assert any(fix in refused.value.message for fix in SAYS_WHAT_TO_FIX), value
    assert everything(uow_factory) == before


def test_an_order_too_large_for_the_till_is_refused(uow_factory, admin, world):
    lines = [LineRequest(world.kitchen.isombe, 100)] * 1
    dear = menu.save_item(uow_factory(), admin, replace(DISH, price_rwf=amounts.MAX_PRICE_RWF))
    with pytest.raises(ValidationError, match="at most 10,000,000 RWF") as refused:
        pricing.quote(uow_factory(), admin, world.kitchen.visitor,
                      [*lines, LineRequest(dear.id, 100)])  # fmt: skip
    assert refused.value.field == "lines"


def test_a_catering_estimate_too_large_is_refused(uow_factory, admin, world):
    big = catering.save_package(
        uow_factory(), admin,
        replace(PACKAGE, name="Stadium", price_per_person_rwf=amounts.MAX_PRICE_RWF,
                max_guests=amounts.MAX_GUESTS),
    )  # fmt: skip
    with pytest.raises(ValidationError, match="at most 1,000,000,000 RWF") as refused:
        catering.estimate(uow_factory(), admin, big.id, amounts.MAX_GUESTS)
    assert refused.value.field == "guests"


def test_whole_francs_pass_through_as_int():
    assert amounts.whole_rwf(Decimal("5000"), field="price_rwf", what="the price",
                             maximum=amounts.MAX_PRICE_RWF) == 5000  # fmt: skip
    assert amounts.count(3, field="quantity", what="the quantity", maximum=10) == 3


@pytest.mark.parametrize(
    ("row", "column"),
    [
        ("W-1,2026-02-01T09:00:00,,Aline Uwase,delivered,regular,Fanta,101,800,0", "quantity"),
        ("W-1,2026-02-01T09:00:00,,Aline Uwase,delivered,regular,Fanta,1,1000001,0", "unit_price"),
        (
            "W-1,2026-02-01T09:00:00,,Aline Uwase,delivered,regular,Fanta,1,99999999999,0",
            "unit_price",
        ),
    ],
)
def test_imported_amounts_beyond_the_bounds_are_listed(uow_factory, admin, tmp_path, row, column):
    path = tmp_path / "history.csv"
    path.write_text(",".join(imports.ORDER_COLUMNS) + "\n" + row + "\n", encoding="utf-8")
    before = everything(uow_factory)
    with pytest.raises(imports.ImportRejected, match=rf"line 2: {column} .* at most"):
        imports.import_orders(uow_factory(), admin, path)
    assert everything(uow_factory) == before


def test_an_imported_target_beyond_the_bound_is_listed(uow_factory, admin, tmp_path):
    path = tmp_path / "targets.csv"
    path.write_text("month,channel,amount\n2026-03,total,99999999999\n", encoding="utf-8")
    with pytest.raises(imports.ImportRejected, match=r"line 2: amount .* at most"):
        imports.import_targets(uow_factory(), admin, path)
