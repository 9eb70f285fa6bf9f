"""A refusal keeps its English template and values: English by default (the command line), in
another language through the hook the desktop installs, and never lost to a bad translation."""

from __future__ import annotations

from datetime import date

import pytest

from dusangire_desktop.models.orders import OrderStatus
from dusangire_desktop.services import amounts, messages
from dusangire_desktop.services.errors import ConcurrentChange, ValidationError
from dusangire_desktop.services.messages import QT_TRANSLATE_NOOP, Text

FRENCH = {
    "Cash received ({tendered:,} RWF) is less than the {due:,} RWF to pay; {short:,} RWF short.": (
        "Montant reçu ({tendered:,} RWF) inférieur aux {due:,} RWF à payer ; il manque "
        "{short:,} RWF."
    ),
    "{What} cannot be negative ({amount:,} RWF).": (
        "{What} ne peut pas être négatif ({amount:,} RWF)."
    ),
    "the price": "le prix",
    "Order {number} (now {status})": "Commande {number} (désormais {status})",
    "{what} was changed at another desk while you were editing. It has been reloaded; check it "
    "and apply your change again.": "{what} a été modifiée à un autre poste pendant votre saisie. "
    "Elle a été rechargée ; vérifiez-la et refaites votre modification.",
    "A subscription starts today or later, not {starts_on:%d %b %Y}.": "Broken {starts_on",
}


@pytest.fixture
def french():  # type: ignore[no-untyped-def]
    def format_value(value: object, spec: str) -> str:
        if isinstance(value, OrderStatus):
            return {"delivered": "livrée"}.get(value.value, value.value)
        if isinstance(value, int) and spec == ",":
            return f"{value:,}".replace(",", "\u202f")
        return messages.english_value(value, spec)

    messages.install_translator(lambda _context, text: FRENCH.get(text, text), format_value)
    yield
    messages.uninstall_translator()


def short_of_cash() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Cash received ({tendered:,} RWF) is less than the {due:,} RWF to pay; "
            "{short:,} RWF short.",
        ),
        field="tendered",
        tendered=2000,
        due=3500,
        short=1500,
    )


def test_by_default_a_refusal_reads_in_english_as_before() -> None:
    error = short_of_cash()
    assert error.message == (
        "Cash received (2,000 RWF) is less than the 3,500 RWF to pay; 1,500 RWF short."
    )
    assert str(error) == error.message and error.field == "tendered"
    with pytest.raises(ValidationError) as negative:
        amounts.whole_rwf(-5, field="price_rwf", what=QT_TRANSLATE_NOOP("errors", "the price"),
                          maximum=1000)  # fmt: skip
    assert negative.value.message == "The price cannot be negative (-5 RWF)."


def test_with_the_hook_installed_the_desk_reads_it_in_french(french) -> None:  # type: ignore[no-untyped-def]
    error = short_of_cash()
    assert error.message == (
        "Montant reçu (2\u202f000 RWF) inférieur aux 3\u202f500 RWF à payer ; il manque "
        "1\u202f500 RWF."
    )
    assert str(error).startswith("Cash received (2,000 RWF)")  # the log stays English
    with pytest.raises(ValidationError) as negative:
        amounts.whole_rwf(-5, field="price_rwf", what=QT_TRANSLATE_NOOP("errors", "the price"),
                          maximum=1000)  # fmt: skip
    assert negative.value.message == "Le prix ne peut pas être négatif (-5 RWF)."


def test_fragments_and_enum_values_are_translated_inside_the_sentence(french) -> None:  # type: ignore[no-untyped-def]
    order = Text(
        QT_TRANSLATE_NOOP("errors", "Order {number} (now {status})"),
        number="D-000123",
        status=OrderStatus.DELIVERED,
    )
    assert ConcurrentChange(order).message.startswith(
        "Commande D-000123 (désormais livrée) a été modifiée à un autre poste"
    )
    messages.uninstall_translator()
    assert ConcurrentChange(order).message.startswith(
        "Order D-000123 (now delivered) was changed at another desk"
    )


def test_a_translation_that_lost_its_placeholder_shows_the_english(french) -> None:  # type: ignore[no-untyped-def]
    error = ValidationError(
        QT_TRANSLATE_NOOP(
            "errors", "A subscription starts today or later, not {starts_on:%d %b %Y}."
        ),
        starts_on=date(2026, 3, 1),
    )
    assert error.message == "A subscription starts today or later, not 01 Mar 2026."


def test_text_from_elsewhere_with_braces_is_shown_as_written() -> None:
    assert ValidationError("Set {x} in config.toml").message == "Set {x} in config.toml"


def test_every_permission_has_its_phrase_for_a_refusal() -> None:
    from dusangire_desktop.services.auth import _ACTIONS, Permission

    assert set(_ACTIONS) == set(Permission)


def test_a_text_shown_in_french_is_kept_in_english_in_the_records(french) -> None:  # type: ignore[no-untyped-def]
    shown = messages.text(QT_TRANSLATE_NOOP("errors", "the price"))
    assert shown == "le prix" and messages.english(shown) == "the price"
    assert messages.english("plain text") == "plain text"
