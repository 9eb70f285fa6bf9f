"""Each dish's own EBM tax type and item classification code: kept and checked on the menu, sent
with every sale and refund, and summed per tax type on the receipt and the daily report."""

from __future__ import annotations

from datetime import date

import pytest

from dusangire_desktop.services import menu, orders
from dusangire_desktop.services.errors import ValidationError
from dusangire_desktop.services.fiscal import daily, outbox
from dusangire_desktop.services.menu import MealPeriod, MenuItemInput, TaxType
from dusangire_desktop.services.orders import PaymentMethod, RefundInput
from dusangire_desktop.services.pricing import LineRequest

from ...till_world import PICKUP, cash

WATER_CODE, FRUIT_CODE = "5020220100", "5010160100"


@pytest.fixture
def mixed_menu(uow_factory, admin, kitchen):
    """Bottled water zero-rated (C), a fresh-fruit plate exempt (A), a bought-in soda non-VAT (D),
    beside the kitchen's meals at 18 % (B)."""

    def dish(name, price, tax_type, code):
        return menu.save_item(
            uow_factory(),
            admin,
            MenuItemInput(
                name, "Drinks", MealPeriod.ALL_DAY, price, tax_type=tax_type, item_class_code=code
            ),
        ).id

    return {
        "water": dish("Inyange water 50 cl", 500, TaxType.ZERO_RATED, WATER_CODE),
        "fruit": dish("Fresh fruit plate", 1200, TaxType.EXEMPT, FRUIT_CODE),
        "soda": dish("Fanta 30 cl", 700, TaxType.NON_VAT, "5020220300"),
    }


def _sell_mixed(uow_factory, admin, kitchen, mixed_menu, **extra):
    return orders.place_order(
        uow_factory(),
        admin,
        customer_id=kitchen.visitor,
        lines=[
            LineRequest(kitchen.isombe, 2),  # B 7,000
            LineRequest(mixed_menu["water"], 3),  # C 1,500
            LineRequest(mixed_menu["fruit"], 1),  # A 1,200
            LineRequest(mixed_menu["soda"], 1),  # D 700
        ],
        payment=cash(20_000),
        delivery=PICKUP,
        **extra,
    )


def test_dishes_keep_their_tax_type_and_code_and_existing_ones_are_b(
    uow_factory, admin, kitchen, mixed_menu
):
    dishes = {d.name: d for d in menu.list_menu(uow_factory(), admin, include_unavailable=True)}
    assert dishes["Isombe n'umuceri"].tax_type == TaxType.STANDARD
    assert dishes["Isombe n'umuceri"].item_class_code == menu.DEFAULT_ITEM_CLASS_CODE
    water = dishes["Inyange water 50 cl"]
    assert (water.tax_type, water.item_class_code) == (TaxType.ZERO_RATED, WATER_CODE)
    changed = menu.save_item(
        uow_factory(), admin,
        MenuItemInput(water.name, water.category, water.meal_period, water.price_rwf,
                      tax_type="A", item_class_code=f" {WATER_CODE} "),
        water.id,
    )  # fmt: skip
    assert (changed.tax_type, changed.item_class_code) == (TaxType.EXEMPT, WATER_CODE)


@pytest.mark.parametrize(
    ("tax_type", "code", "field"),
    [
        ("E", menu.DEFAULT_ITEM_CLASS_CODE, "tax_type"),
        ("", menu.DEFAULT_ITEM_CLASS_CODE, "tax_type"),
        ("B", "50202301", "item_class_code"),
        ("B", "50202301AB", "item_class_code"),
        ("B", "", "item_class_code"),
    ],
)
def test_an_unknown_tax_type_or_malformed_code_is_refused(
    uow_factory, admin, kitchen, tax_type, code, field
):
    before = menu.list_menu(uow_factory(), admin, include_unavailable=True)
    with pytest.raises(ValidationError) as refused:
        menu.save_item(
            uow_factory(), admin,
            MenuItemInput("Sweet potatoes", "Mains", MealPeriod.LUNCH, 1500, tax_type=tax_type,
                          item_class_code=code),
        )  # fmt: skip
    assert refused.value.field == field
    assert menu.list_menu(uow_factory(), admin, include_unavailable=True) == before


def test_a_mixed_order_sends_each_dishs_tax_type_and_the_totals_per_type(
    uow_factory, admin, controller, kitchen, mixed_menu, simulator
):
    sold = _sell_mixed(uow_factory, admin, kitchen, mixed_menu)
    assert outbox.send_pending(uow_factory(), admin).problem is None
    [(_, body)] = simulator.requests
    items = {i["itemNm"]: (i["taxTyCd"], i["itemClsCd"], i["taxAmt"]) for i in body["itemList"]}
    assert items == {
        "Isombe n'umuceri": ("B", menu.DEFAULT_ITEM_CLASS_CODE, 1068),  # 7,000 × 18/118
        "Inyange water 50 cl": ("C", WATER_CODE, 0),
        "Fresh fruit plate": ("A", FRUIT_CODE, 0),
        "Fanta 30 cl": ("D", "5020220300", 0),
    }
    totals = {t: (body[f"taxblAmt{t}"], body[f"taxRt{t}"], body[f"taxAmt{t}"]) for t in "ABCD"}
    assert totals == {"A": (1200, 0, 0), "B": (7000, 18, 1068), "C": (1500, 0, 0), "D": (700, 0, 0)}
    assert (body["totAmt"], body["totTaxblAmt"], body["totTaxAmt"]) == (10_400, 10_400, 1068)
    [receipt] = outbox.receipts_of_order(uow_factory(), admin, sold.summary.id)
    assert receipt.taxes == (
        ("A", 0, 1200, 0), ("B", 18, 7000, 1068), ("C", 0, 1500, 0), ("D", 0, 700, 0)
    )  # fmt: skip
    assert receipt.total_rwf == sold.summary.total_rwf == 10_400
    day = daily.daily_report(uow_factory(), admin, date(2026, 3, 3))
    assert day.lines[0].taxes == (
        ("A", 1200, 0), ("B", 7000, 1068), ("C", 1500, 0), ("D", 700, 0)
    )  # fmt: skip


def test_a_discount_is_shared_across_tax_types_to_the_franc(
    uow_factory, admin, controller, kitchen, mixed_menu, simulator, promotion
):
    promotion("March", percent=7)
    sold = _sell_mixed(uow_factory, admin, kitchen, mixed_menu)
    outbox.send_pending(uow_factory(), admin)
    [(_, body)] = simulator.requests
    assert body["totAmt"] == sold.summary.total_rwf < 10_400
    assert sum(body[f"taxblAmt{t}"] for t in "ABCD") == body["totAmt"]
    assert sum(i["taxAmt"] for i in body["itemList"] if i["taxTyCd"] != "B") == 0


def test_a_refund_reverses_the_sale_per_tax_type_even_after_the_menu_changed(
    uow_factory, admin, controller, kitchen, mixed_menu, simulator
):
    sold = _sell_mixed(uow_factory, admin, kitchen, mixed_menu)
    outbox.send_pending(uow_factory(), admin)
    water = next(d for d in menu.list_menu(uow_factory(), admin) if d.id == mixed_menu["water"])
    menu.save_item(
        uow_factory(), admin,
        MenuItemInput(water.name, water.category, water.meal_period, water.price_rwf,
                      tax_type=TaxType.STANDARD),
        water.id,
    )  # fmt: skip
    orders.refund(
        uow_factory(), admin, sold.summary.id, sold.summary.version, "Wrong order",
        RefundInput(PaymentMethod.CASH),
    )  # fmt: skip
    outbox.send_pending(uow_factory(), admin)
    sale_body, refund_body = (b for _p, b in simulator.requests)
    assert refund_body["rcptTyCd"] == "R"
    for key in ("taxblAmtA", "taxblAmtB", "taxblAmtC", "taxblAmtD", "taxAmtB", "totAmt"):
        assert refund_body[key] == sale_body[key], key
    assert [i["taxTyCd"] for i in refund_body["itemList"]] == ["B", "C", "A", "D"]
    _sale, refund = outbox.receipts_of_order(uow_factory(), admin, sold.summary.id)
    assert refund.taxes == (
        ("A", 0, -1200, 0), ("B", 18, -7000, -1068), ("C", 0, -1500, 0), ("D", 0, -700, 0)
    )  # fmt: skip
