"""Searching at the desk: typed text is taken literally, accents and case fold the same on both
databases, the exact match comes first, and bad search input gets a clear answer."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import String, literal, select

from dusangire_desktop.services import audit, catering, customers, menu, orders, scheduling, support
from dusangire_desktop.services.auth import Actor, Role, command_line_actor
from dusangire_desktop.services.catering import PackageInput, RequestInput
from dusangire_desktop.services.customers import CustomerInput, CustomerKind
from dusangire_desktop.services.errors import ValidationError
from dusangire_desktop.services.menu import MealPeriod, MenuItemInput
from dusangire_desktop.services.orders import DeliveryInput, Fulfilment, PaymentInput, PaymentMethod
from dusangire_desktop.services.pricing import LineRequest
from dusangire_desktop.services.support import TicketCategory, TicketPriority
from dusangire_desktop.services.textsearch import fold, folded

from ..conftest import KIGALI

DESK = Actor(None, "desk", "Claudine Mukamana", Role.FRONT_DESK)


def names(uow_factory, text):
    return [c.full_name for c in customers.search_customers(uow_factory(), DESK, text)]


def register(uow_factory, admin, name, phone="0788 999 000"):
    return customers.create_customer(
        uow_factory(), admin, CustomerInput(CustomerKind.VISITOR, name, phone=phone)
    ).id


def place(uow_factory, kitchen, customer_id):
    return orders.place_order(
        uow_factory(),
        DESK,
        customer_id=customer_id,
        lines=[LineRequest(kitchen.isombe, 1)],
        payment=PaymentInput(PaymentMethod.CASH, tendered_rwf=5000),
        delivery=DeliveryInput(Fulfilment.PICKUP),
    ).summary


def ticket(uow_factory, subject):
    return support.create_ticket(
        uow_factory(),
        DESK,
        subject=subject,
        description="",
        category=TicketCategory.OTHER,
        priority=TicketPriority.LOW,
    )


@pytest.fixture
def catering_request(uow_factory, admin):
    package = catering.save_package(
        uow_factory(), admin, PackageInput("Conference lunch", 5000, 20, 300)
    )

    def make(contact, organisation):
        return catering.create_request(
            uow_factory(),
            admin,
            RequestInput(
                package.id,
                30,
                datetime(2026, 3, 10, 12, tzinfo=KIGALI).astimezone(UTC),
                "Hall B",
                contact,
                "0788555000",
                organisation,
            ),
        )

    return make


# 11. What the user types is what is searched for: % and _ are characters, not wildcards.

LITERALS = ["%", "_", "\\", "50%", "a_b"]


@pytest.mark.parametrize("typed", LITERALS)
def test_percent_underscore_and_backslash_find_only_customers_holding_them(
    uow_factory,
    admin,
    kitchen,
    typed,
):
    register(uow_factory, admin, "Jean_Paul Niyonzima", "0788 100 200")
    register(uow_factory, admin, "Uwase 50% staff", "0788 100 300")
    register(uow_factory, admin, "Mugabo \\ Eric", "0788 100 400")
    register(uow_factory, admin, "Ja_b Kamali", "0788 100 500")
    everyone = ["Jean_Paul Niyonzima", "Uwase 50% staff", "Mugabo \\ Eric", "Ja_b Kamali",
                "Jeanne Uwera", "Eric Habimana", "Diane Mukamana"]  # fmt: skip
    expected = sorted(n for n in everyone if typed.lower() in n.lower())
    assert sorted(names(uow_factory, typed)) == expected


@pytest.mark.parametrize("typed", LITERALS)
def test_order_queue_takes_percent_and_underscore_literally(
    uow_factory,
    admin,
    kitchen,
    typed,
):
    place(uow_factory, kitchen, register(uow_factory, admin, "Jean_Paul Niyonzima", "0788 100 200"))
    place(uow_factory, kitchen, register(uow_factory, admin, "Uwase 50% staff", "0788 100 300"))
    place(uow_factory, kitchen, kitchen.visitor)
    found = orders.list_orders(uow_factory(), DESK, search=typed).orders
    every = orders.list_orders(uow_factory(), DESK).orders
    assert len(every) == 3
    expected = [o.number for o in every if typed in o.number or typed in o.customer]
    assert [o.number for o in found] == expected


@pytest.mark.parametrize("typed", LITERALS)
def test_menu_ticket_catering_and_audit_searches_take_wildcards_literally(
    uow_factory, admin, kitchen, catering_request, typed
):
    menu.save_item(
        uow_factory(), admin, MenuItemInput("Jus 100% passion", "Drinks", MealPeriod.ALL_DAY, 900)
    )
    menu.save_item(
        uow_factory(), admin, MenuItemInput("Ugali_special", "Mains", MealPeriod.LUNCH, 2500)
    )
    ticket(uow_factory, "Refund 50% of order")
    ticket(uow_factory, "Cold food")
    catering_request("Immaculée Nyirahabimana", "Club_Kigali")
    catering_request("Eric Mugisha", "Rwanda Heart Foundation")

    dishes = [i.name for i in menu.list_menu(uow_factory(), DESK, text=typed)]
    assert dishes == [
        i.name for i in menu.list_menu(uow_factory(), DESK) if typed in i.name.lower()
    ]
    subjects = [t.subject for t in support.queue(uow_factory(), DESK, search=typed)]
    assert subjects == [
        t.subject for t in support.queue(uow_factory(), DESK) if typed in t.subject + t.number
    ]
    contacts = [r.contact_name for r in catering.list_requests(uow_factory(), admin, search=typed)]
    assert contacts == [
        r.contact_name
        for r in catering.list_requests(uow_factory(), admin)
        if typed in f"{r.contact_name} {r.organisation} {r.number}"
    ]
    events = audit.list_events(uow_factory(), admin, search=typed)
    assert events == [
        e
        for e in audit.list_events(uow_factory(), admin)
        if typed in fold(f"{e.action}\n{e.actor}\n{e.entity}\n{stored_details(e)}")
    ]


def stored_details(entry):
    """The details as the audit log stores them (services/audit.py)."""
    return json.dumps(entry.details, default=str, ensure_ascii=False, sort_keys=True)


# 12. Case and accents fold the same way in Python, on SQLite and on PostgreSQL.


@pytest.mark.parametrize("typed", ["émerithe", "EMERITHE", "Émerithe", "emerithe mukandayisenga"])
def test_accents_and_case_do_not_matter_on_either_database(uow_factory, crowd, typed):
    assert names(uow_factory, typed) == ["ÉMERITHE Mukandayisenga"]


def test_accented_queries_find_orders_dishes_tickets_catering_and_audit(
    uow_factory, admin, kitchen, catering_request
):
    place(uow_factory, kitchen, register(uow_factory, admin, "ÉMERITHE Mukandayisenga"))
    menu.save_item(
        uow_factory(), admin, MenuItemInput("Crème de maïs", "Mains", MealPeriod.LUNCH, 1500)
    )
    ticket(uow_factory, "Repas froid à l'HÔPITAL")
    catering_request("Immaculée Nyirahabimana", "Fondation Cœur")
    menu.set_available(
        uow_factory(), command_line_actor("Sévérine Uwamahoro"), kitchen.juice, False
    )

    queue = orders.list_orders(uow_factory(), DESK, search="Émerithe").orders
    assert [o.customer for o in queue] == ["ÉMERITHE Mukandayisenga"]
    assert [i.name for i in menu.list_menu(uow_factory(), DESK, text="CREME DE MAIS")] == [
        "Crème de maïs"
    ]
    assert [t.subject for t in support.queue(uow_factory(), DESK, search="hopital")] == [
        "Repas froid à l'HÔPITAL"
    ]
    assert [
        r.contact_name for r in catering.list_requests(uow_factory(), admin, search="IMMACULEE")
    ] == ["Immaculée Nyirahabimana"]
    assert [e.action for e in audit.list_events(uow_factory(), admin, search="severine")] == [
        "menu_item_availability"
    ]


NAMES = {
    "ÉMERITHE Mukandayisenga": "emerithe mukandayisenga",
    "Noëlla Uwâse": "noella uwase",
    "Françoise MUKESHIMANA": "francoise mukeshimana",
    "Jérôme Habyarimana": "jerome habyarimana",
    "Anaïs Nyiransengimana": "anais nyiransengimana",
    "Cœur de Marie": "cœur de marie",
    "ŒUVRE": "œuvre",
    "Straße": "strasse",
    "İbrahim": "ibrahim",
    "Ĳsbrand": "ijsbrand",
    "Dvořák": "dvorak",
    "Łukasz": "łukasz",
    "E\u0301mile ½": "emile 1\u20442",
}
EVERY_FOLDED_CHARACTER = "".join(
    chr(c) for block in ((0x20, 0x7F), (0xA0, 0x180), (0x300, 0x370)) for c in range(*block)
)


def test_python_sqlite_and_postgresql_fold_names_alike(engine):
    assert {name: fold(name) for name in NAMES} == NAMES
    with engine.connect() as connection:
        for text in [*NAMES, EVERY_FOLDED_CHARACTER]:
            in_database = connection.scalar(select(folded(literal(text, String))))
            assert in_database == fold(text), text


# 13. Enter takes the first row: an exact number, phone or bed comes first.


@pytest.mark.parametrize("typed", ["BOK-0001", "bok-0001", " BOK-0001 "])
def test_employee_number_lists_the_employee_not_phones_holding_its_digits(
    uow_factory,
    crowd,
    typed,
):
    assert names(uow_factory, typed) == ["Zawadi Uwimana"]


def test_customer_number_lists_that_customer_alone(uow_factory, crowd):
    assert names(uow_factory, "C-000003") == ["Zacharie Munyaneza"]
    assert names(uow_factory, "c-000003") == ["Zacharie Munyaneza"]


@pytest.mark.parametrize(
    "typed", ["0722 123 987", "+250 722 123 987", "250722123987", "(072) 212-3987"]
)
def test_exact_phone_in_any_rwandan_spelling_comes_first(uow_factory, crowd, typed):
    assert names(uow_factory, typed)[0] == "Zawadi Uwimana"


def test_exact_ward_and_bed_comes_before_a_longer_bed_number(uow_factory, crowd):
    assert names(uow_factory, "maternity 1") == ["Yvonne Ingabire", "Yves Ishimwe"]
    assert names(uow_factory, "MATERNITY 12") == ["Yves Ishimwe"]


def test_phone_prefix_comes_before_a_number_holding_the_digits_further_in(
    uow_factory,
    crowd,
):
    found = names(uow_factory, "0788 0001")
    assert len(found) == 25 and "Aaron Mugisha" not in found
    assert found == sorted(found, key=fold)
    assert names(uow_factory, "0737 88")[0] == "Aaron Mugisha"


def test_name_prefix_comes_before_a_match_inside_a_name(uow_factory, admin):
    register(uow_factory, admin, "Alice Nyiramugisha", "0788 100 200")
    register(uow_factory, admin, "Mugisha Eric", "0788 100 300")
    register(uow_factory, admin, "Beatrice Mugisha", "0788 100 400")
    assert names(uow_factory, "mugisha") == [
        "Mugisha Eric",
        "Beatrice Mugisha",
        "Alice Nyiramugisha",
    ]


def test_digits_in_a_code_are_not_searched_as_a_phone(uow_factory, crowd):
    assert names(uow_factory, "X-0001") == []
    assert names(uow_factory, "0001 X") == []
    typed_as_phone = customers.search_customers(uow_factory(), DESK, "0001")
    assert len(typed_as_phone) == 25 and all("0001" in c.phone for c in typed_as_phone)


# 14. Bad search input and page sizes are refused with a message saying what to fix.

SEARCHES = {
    "customers": lambda f, a, t: customers.search_customers(f(), a, t),
    "menu": lambda f, a, t: menu.list_menu(f(), a, text=t),
    "order queue": lambda f, a, t: orders.list_orders(f(), a, search=t),
    "order queue ward": lambda f, a, t: orders.list_orders(f(), a, ward=t),
    "tickets": lambda f, a, t: support.queue(f(), a, search=t),
    "catering": lambda f, a, t: catering.list_requests(f(), a, search=t),
    "audit": lambda f, a, t: audit.list_events(f(), a, search=t),
}


BAD_TEXT = {
    "Jeanne\x00": "invisible control character",
    "\x07uwera": "invisible control character",
    "mukamana\ud800": "invisible control character",
    "Uwera " * 20: "at most 100 characters",
    None: "Type the search as text",
}


@pytest.mark.parametrize("where", SEARCHES)
def test_bad_search_text_is_refused_with_what_to_fix(uow_factory, admin, where):
    for typed, message in BAD_TEXT.items():
        with pytest.raises(ValidationError, match=message):
            SEARCHES[where](uow_factory, admin, typed)


def test_tabs_and_line_breaks_in_search_text_are_spaces(uow_factory, kitchen):
    assert names(uow_factory, "jeanne\t\n uwera\r\n") == ["Jeanne Uwera"]


PAGED = {
    "customers": lambda f, a, n: customers.search_customers(f(), a, "uwera", limit=n),
    "order queue": lambda f, a, n: orders.list_orders(f(), a, page_size=n).orders,
    "audit": lambda f, a, n: audit.list_events(f(), a, limit=n),
    "first free slots": lambda f, a, n: scheduling.first_free(
        f(), a, datetime(2026, 3, 3, tzinfo=UTC), limit=n
    ),
}


@pytest.mark.parametrize("where", PAGED)
def test_page_size_outside_1_to_1000_is_refused(uow_factory, admin, where):
    for size in (-1, 0, 1001, 10**12, True, 2.5, "25"):
        with pytest.raises(ValidationError, match="between 1 and 1,000") as error:
            PAGED[where](uow_factory, admin, size)
        assert error.value.field in ("limit", "page_size")
    for size in (1, 1000):
        assert len(PAGED[where](uow_factory, admin, size)) <= size
