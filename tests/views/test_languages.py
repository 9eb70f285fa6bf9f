"""The screens speak the account's language, switched in My account without a restart; the
sign-in window follows the workstation's last choice; figures and dates follow the language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QSettings

from dusangire_desktop.services import auth
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.views import formatting, language
from dusangire_desktop.views.login import LoginDialog

from .conftest import STAFF_PASSWORD


def _menus(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [action.text() for action in window.menuBar().actions()]


def test_choosing_french_in_my_account_changes_the_open_window_at_once(
    qtbot, open_main_window, uow_factory
):
    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("account")
    assert _menus(window) == ["&File", "&Go", "&Help"]
    with qtbot.waitSignal(page.language_changed):
        page.language.setCurrentIndex(page.language.findData("fr"))
        page.language.activated.emit(page.language.currentIndex())
    assert _menus(window) == ["&Fichier", "A&ller à", "&Aide"]
    assert window.current_area() == "account"
    again = window.open_area("account")
    assert again is not page
    assert again.language.currentData() == "fr"
    assert "Mon compte" in window.area_titles()
    assert formatting.rwf(1250) == "1\u202f250 RWF"
    # Remembered: on the account, and as this workstation's choice for the sign-in window.
    assert auth.sign_in(uow_factory(), "user.frontdesk", STAFF_PASSWORD).language == "fr"
    assert QSettings().value(language.SETTINGS_KEY) == "fr"


def test_kinyarwanda_is_kept_and_qt_buttons_speak_it(qtbot, open_main_window, uow_factory):
    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("account")
    with qtbot.waitSignal(page.language_changed):
        page.language.setCurrentIndex(page.language.findData("rw"))
        page.language.activated.emit(page.language.currentIndex())
    assert _menus(window)[0] != "&File"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Reka"
    assert auth.sign_in(uow_factory(), "user.frontdesk", STAFF_PASSWORD).language == "rw"


def test_sign_in_window_follows_the_workstation_and_switches_at_once(qtbot):
    QSettings().setValue(language.SETTINGS_KEY, "fr")
    language.apply(language.last_choice())
    login = LoginDialog()
    qtbot.addWidget(login)
    assert login.windowTitle() == "Dusangire Desktop — Connexion"
    assert login.sign_in_button.text() == "Se connecter"
    login.language.setCurrentIndex(login.language.findData("en"))
    login.language.activated.emit(login.language.currentIndex())
    qtbot.waitUntil(lambda: login.sign_in_button.text() == "Sign in")
    assert login.windowTitle() == "Dusangire Desktop — Sign in"
    assert QSettings().value(language.SETTINGS_KEY) == "en"


def test_french_qt_dialogs_come_from_qt_itself(qapp):
    language.apply("fr")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    assert QCoreApplication.translate("QPrintPreviewDialog", "Next page") == "Page suivante"


def test_money_and_dates_follow_the_language():
    day = date(2026, 12, 1)
    assert formatting.rwf(1250) == "1,250 RWF"
    assert formatting.local_date(day) == "Tue 01 Dec 2026"
    language.apply("fr")
    assert formatting.rwf(1250) == "1\u202f250 RWF"
    assert formatting.local_date(day) == "mar. 01 déc. 2026"
    assert formatting.month_text(day) == "décembre 2026"
    language.apply("rw")
    assert formatting.month_text(day) == "Ukuboza 2026"


def test_a_document_in_another_language_leaves_the_screens_alone(qapp):
    language.apply("fr")
    with language.document_language("en"):
        assert language.tr("Pickup") == "Pickup"
        assert formatting.rwf(1250) == "1,250 RWF"
    assert language.tr("Pickup") != "Pickup"
    assert formatting.rwf(1250) == "1\u202f250 RWF"


def test_a_number_shown_takes_its_plural_form_in_each_language(qapp):
    text = "%n patient(s) · {missing} without an order"

    def shown(n: int) -> str:
        return QCoreApplication.translate("RoundTab", text, None, n).format(missing=0)

    language.apply("en")
    assert (shown(1), shown(3)) == ("1 patient · 0 without an order",
                                    "3 patients · 0 without an order")  # fmt: skip
    language.apply("fr")
    assert (shown(1), shown(3)) == ("1 patient · 0 sans commande", "3 patients · 0 sans commande")
    language.apply("rw")
    assert shown(1).startswith("Umurwayi 1") and shown(3).startswith("Abarwayi 3")
