"""The languages of the app: Qt translators and the locale of the screens, the workstation's last
choice, and printed documents in another language than the screens' (a customer's, a partner's).

Catalogues are resources/i18n/*.ts. A bundle carries them compiled (.qm, built by the PyInstaller
spec); in a checkout they are compiled by `lrelease` on first use into the cache, keyed by their
content, so an edited catalogue is recompiled and nothing binary is committed.
"""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QStandardPaths,
    QTranslator,
)

from ..config import resources_dir
from ..services import messages
from . import formatting

log = logging.getLogger(__name__)

ENGLISH, KINYARWANDA, FRENCH = "en", "rw", "fr"
# Generated (tools/i18n.py pseudo): every text bracketed and longer, to find what escaped tr().
PSEUDO = "xx"
# Each language by its own name: whoever cannot read the current one still finds theirs.
LANGUAGES: dict[str, str] = {ENGLISH: "English", KINYARWANDA: "Ikinyarwanda", FRENCH: "Français"}
LOCALES = {ENGLISH: "en_RW", KINYARWANDA: "rw_RW", FRENCH: "fr_RW", PSEUDO: "en_RW"}
SETTINGS_KEY = "language/last"
CATALOGUE = "dusangire"
# Qt ships no Kinyarwanda: our own translation of its standard buttons and dialogs.
QT_CATALOGUES = {FRENCH: "qtbase_fr", KINYARWANDA: "qtbase_rw", PSEUDO: "qtbase_xx"}

_current = ENGLISH
_installed: list[QTranslator] = []
_loaded: dict[str, list[QTranslator]] = {}
_document: str | None = None


def catalogue_dir() -> Path:
    return resources_dir() / "i18n"


def cache_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation)
    return Path(base or Path.home() / ".cache") / "dusangire-desktop" / "i18n"


def lrelease_program() -> Path:
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).parent / name


def compiled(name: str) -> Path | None:
    """The .qm of resources/i18n/<name>.ts: bundled beside it, else compiled once into the cache."""
    folder = catalogue_dir()
    source, bundled = folder / f"{name}.ts", folder / f"{name}.qm"
    if bundled.exists() and (getattr(sys, "frozen", False) or not source.exists()):
        return bundled
    if not source.exists():
        return None
    digest = hashlib.sha1(source.read_bytes()).hexdigest()[:16]
    target = cache_dir() / f"{name}-{digest}.qm"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(f".{os.getpid()}.part")
        subprocess.run([str(lrelease_program()), "-silent", str(source), "-qm", str(partial)],
                       check=True, capture_output=True)  # fmt: skip
        partial.replace(target)
    return target


def _translator(path: Path | None) -> QTranslator | None:
    if path is None or not path.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        log.warning("translations %s could not be loaded", path)
        return None
    return translator


def translators(code: str) -> list[QTranslator]:
    """Qt's own first, ours last (the last installed is asked first)."""
    if code not in _loaded:
        found: list[QTranslator | None] = []
        if code == FRENCH:
            shipped = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            found.append(_translator(Path(shipped) / "qtbase_fr.qm"))
        elif code in QT_CATALOGUES:
            found.append(_translator(compiled(QT_CATALOGUES[code])))
        # English's own catalogue holds only its plural forms ("1 guest", "2 guests").
        found.append(_translator(compiled(f"{CATALOGUE}_{code}")))
        _loaded[code] = [t for t in found if t is not None]
    return _loaded[code]


def locale_of(code: str) -> QLocale:
    return QLocale(LOCALES.get(code, LOCALES[ENGLISH]))


def known(code: object) -> str:
    """`code` if it is a language of the app (or the pseudo one), else English."""
    return code if isinstance(code, str) and code in LOCALES else ENGLISH


def current() -> str:
    return _current


def apply(code: str) -> None:
    """The screens speak `code` from now on: Qt sends every widget a LanguageChange, dates and
    numbers follow its locale."""
    global _current
    code = known(code)
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
        _installed.clear()
        for translator in translators(code):
            app.installTranslator(translator)
            _installed.append(translator)
    locale = locale_of(code)
    QLocale.setDefault(locale)
    formatting.use_locale(locale, bracketed=code == PSEUDO)
    # The services' refusals and notes follow the screens too (services/messages.py). Imported
    # here: service_text reads the labels, which translate through this module.
    from . import service_text

    service_text.install()
    _current = code


def uninstall() -> None:
    """No translator at all: the texts as written in the code (tests start from here)."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    locale = locale_of(ENGLISH)
    QLocale.setDefault(locale)
    formatting.use_locale(locale)
    messages.uninstall_translator()
    _current = ENGLISH


def last_choice() -> str:
    """The language last chosen at this workstation: the sign-in window opens in it."""
    return known(QSettings().value(SETTINGS_KEY, ENGLISH))


def remember(code: str) -> None:
    QSettings().setValue(SETTINGS_KEY, known(code))


@contextmanager
def document_language(code: str) -> Iterator[None]:
    """Within: printed text (`translate`) and figures are in `code`, whatever the screens show."""
    global _document
    code = known(code)
    previous_document = _document
    previous_locale = formatting.use_locale(locale_of(code), bracketed=code == PSEUDO)
    _document = code
    try:
        yield
    finally:
        _document = previous_document
        formatting.use_locale(*previous_locale)


def translate(context: str, text: str, n: int = -1) -> str:
    """Like QCoreApplication.translate, in the document's language inside `document_language`."""
    if _document is None or _document == _current:
        return QCoreApplication.translate(context, text, None, n)
    if _document == ENGLISH and n < 0:
        return text
    result = ""
    for translator in reversed(translators(_document)):
        result = translator.translate(context, text, None, n)
        if result:
            break
    result = result or text
    if n >= 0:
        result = result.replace("%n", formatting.number(n))
    return result


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """A text written outside any class (lupdate files it under the empty context), in the
    document's language inside `document_language`, else the screens'."""
    return translate("", text, n)
