"""The services' texts (refusals, warnings, notes) in the screens' language.

Services write English templates marked for the "errors" context and pass the values raw (see
services/messages.py); this module is the hook the desktop installs once at start-up: it
translates a template with the installed Qt translators and writes its values the way the
current locale (QLocale's default, set when the language is chosen) does: amounts grouped
("1 250" in French), day and month names of dates translated, enum members by their label.
In English it writes exactly what the services' default does, so English text never changes.
"""

from __future__ import annotations

import enum
import re
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from ..services import messages
from . import labels

_ENGLISH = (QLocale.Language.English, QLocale.Language.C)
_NAMES = re.compile(r"%[aAbB]")


def translate(context: str, template: str) -> str:
    return QCoreApplication.translate(context, template)


def _label(member: enum.Enum) -> str | None:
    """The member's translated label written mid-sentence, or None when it has no translation."""
    english = labels.LABELS.get(type(member).__name__, {}).get(str(member.value))
    if english is None:
        return None
    translated = QCoreApplication.translate(labels.CONTEXT, english)
    if translated == english:
        return None
    return translated[:1].lower() + translated[1:]


def _date(moment: date, spec: str, locale: QLocale) -> str:
    short, long = QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat
    names = {
        "%a": locale.dayName(moment.isoweekday(), short),
        "%A": locale.dayName(moment.isoweekday(), long),
        "%b": locale.monthName(moment.month, short),
        "%B": locale.monthName(moment.month, long),
    }
    spec = _NAMES.sub(lambda m: names[m.group(0)].replace("%", "%%"), spec)
    return format(moment, spec)


def format_value(value: Any, spec: str) -> str:
    if isinstance(value, enum.Enum) and not spec:
        shown = _label(value)
        if shown is not None:
            return shown
    locale = QLocale()
    if locale.language() not in _ENGLISH:
        if isinstance(value, int) and not isinstance(value, bool | enum.Enum) and spec == ",":
            return locale.toString(value)
        if isinstance(value, date) and _NAMES.search(spec):
            return _date(value, spec, locale)
    return messages.english_value(value, spec)


def install() -> None:
    messages.install_translator(translate, format_value)
