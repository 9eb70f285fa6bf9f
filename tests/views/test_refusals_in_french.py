"""A refusal from the services reaches the desk in the desk's language: the cash-short refusal at
the order screen in French, with the amounts written the French way."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from dusangire_desktop.config import resources_dir
from dusangire_desktop.services import messages
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.views import service_text
from tests.views.test_ordering import _add_dish, _choose_customer

TABLE = resources_dir() / "i18n" / "errors_translations.csv"


def _french_catalogue(folder: Path) -> Path:
    """The "errors" context in French, compiled as lrelease compiles the catalogues."""
    with TABLE.open(encoding="utf-8", newline="") as table:
        rows = list(csv.DictReader(table))
    messages_xml = "".join(
        f"<message><source>{escape(r['template'])}</source>"
        f"<translation>{escape(r['fr'])}</translation></message>"
        for r in rows
    )
    source = folder / "errors_fr.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        f"<context><name>errors</name>{messages_xml}</context></TS>",
        encoding="utf-8",
    )
    import PySide6

    lrelease = Path(PySide6.__file__).parent / "lrelease"
    compiled = folder / "errors_fr.qm"
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(compiled)], check=True)
    return compiled


@pytest.fixture
def french(tmp_path, qapp):  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(_french_catalogue(tmp_path)))
    before = QLocale()
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale("fr_RW"))
    service_text.install()
    yield QLocale("fr_RW")
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)
    messages.uninstall_translator()


def test_cash_short_is_refused_in_french_at_the_order_screen(
    qtbot, open_main_window, kitchen, french, snapshot
):
    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("order_entry")
    qtbot.waitUntil(lambda: page.menu_model.rowCount() == 5)
    _choose_customer(qtbot, page, "Habimana")
    _add_dish(qtbot, page, "isombe")
    qtbot.waitUntil(lambda: page.quote is not None)
    qtbot.keyClicks(page.tendered, "3000")
    page.place()
    qtbot.waitUntil(lambda: page.banner.text != "")
    amount = french.toString
    assert page.banner.text == (
        f"Montant reçu ({amount(3000)} RWF) inférieur aux {amount(3500)} RWF à payer ; "
        f"il manque {amount(500)} RWF."
    )
    assert amount(3000) != "3,000"  # written the French way
    snapshot(page, "order-entry-cash-short-fr")
    assert page.customer is not None and len(page.cart) == 1


def test_in_english_the_hook_changes_nothing(qtbot, open_main_window, kitchen, qapp):  # type: ignore[no-untyped-def]
    service_text.install()
    try:
        window = open_main_window(Role.FRONT_DESK)
        page = window.open_area("order_entry")
        qtbot.waitUntil(lambda: page.menu_model.rowCount() == 5)
        _choose_customer(qtbot, page, "Habimana")
        _add_dish(qtbot, page, "isombe")
        qtbot.waitUntil(lambda: page.quote is not None)
        qtbot.keyClicks(page.tendered, "3000")
        page.place()
        qtbot.waitUntil(lambda: page.banner.text != "")
        assert page.banner.text == (
            "Cash received (3,000 RWF) is less than the 3,500 RWF to pay; 500 RWF short."
        )
    finally:
        messages.uninstall_translator()
