"""A refusal from the services reaches the desk in the account's language: the cash-short
refusal at the order screen in French (chosen in My account), with the amounts written the
French way; in English the hook changes nothing."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from dusangire_desktop.services import messages
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.views import service_text
from tests.views.test_ordering import _add_dish, _choose_customer


def _cash_short(qtbot, window) -> str:  # type: ignore[no-untyped-def]
    page = window.open_area("order_entry")
    qtbot.waitUntil(lambda: page.menu_model.rowCount() == 5)
    _choose_customer(qtbot, page, "Habimana")
    _add_dish(qtbot, page, "isombe")
    qtbot.waitUntil(lambda: page.quote is not None)
    qtbot.keyClicks(page.tendered, "3000")
    page.place()
    qtbot.waitUntil(lambda: page.banner.text != "")
    assert page.customer is not None and len(page.cart) == 1  # nothing lost
    return page.banner.text


def _choose(qtbot, window, code: str) -> None:  # type: ignore[no-untyped-def]
    account = window.open_area("account")
    with qtbot.waitSignal(account.language_changed):
        account.language.setCurrentIndex(account.language.findData(code))
        account.language.activated.emit(account.language.currentIndex())


def test_cash_short_is_refused_in_french_for_an_account_in_french(
    qtbot, open_main_window, kitchen, snapshot
):
    window = open_main_window(Role.FRONT_DESK)
    _choose(qtbot, window, "fr")
    shown = _cash_short(qtbot, window)
    amount = QLocale("fr_RW").toString
    assert shown == (
        f"Montant reçu ({amount(3000)} RWF) inférieur aux {amount(3500)} RWF à payer ; "
        f"il manque {amount(500)} RWF."
    )
    assert amount(3000) != "3,000"  # written the French way
    snapshot(window, "order-entry-cash-short-fr")


def test_and_in_kinyarwanda(qtbot, open_main_window, kitchen, snapshot):  # type: ignore[no-untyped-def]
    window = open_main_window(Role.FRONT_DESK)
    _choose(qtbot, window, "rw")
    assert _cash_short(qtbot, window) == (
        "Amafaranga wakiriye (3.000 RWF) ari munsi ya 3.500 RWF agomba kwishyurwa; "
        "haburaho 500 RWF."
    )
    snapshot(window, "order-entry-cash-short-rw")


def test_in_english_the_hook_changes_nothing(qtbot, open_main_window, kitchen):  # type: ignore[no-untyped-def]
    service_text.install()
    try:
        window = open_main_window(Role.FRONT_DESK)
        assert _cash_short(qtbot, window) == (
            "Cash received (3,000 RWF) is less than the 3,500 RWF to pay; 500 RWF short."
        )
    finally:
        messages.uninstall_translator()
