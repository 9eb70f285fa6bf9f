"""The services' texts for people (refusals, warnings, notes), translatable without Qt.

A text is an English *template* with named placeholders, marked where it is written with
`QT_TRANSLATE_NOOP("errors", "...")` so `pyside6-lupdate` extracts it into the "errors" context
of the catalogues, and *params*, the values for its placeholders:

    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "Cash received ({tendered:,} RWF) is less than {due:,} RWF."),
        field="tendered", tendered=tendered, due=due,
    )

Values are passed raw (ints, dates, enum members, names) and formatted when the text is shown,
with the format spec the template gives: the translator keeps each placeholder and its spec as
written. A template given no params is shown as written (no doubled braces needed). By default
(the command line, the tests of services) the template is the text and values are formatted as
Python does, so the command line prints English. The desktop installs
a hook (`install_translator`) that translates the template and formats values for the screen's
language: amounts with "," grouped the locale's way, day and month names of dates translated,
enum members by their label. A value that is itself a sentence fragment is passed as `Text`.
"""

from __future__ import annotations

import enum
import string
from collections.abc import Callable, Mapping
from typing import Any

CONTEXT = "errors"

Translate = Callable[[str, str], str]
FormatValue = Callable[[Any, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for extraction into `context`; the text itself is returned unchanged."""
    return text


def english_value(value: Any, spec: str) -> str:
    """How a value is written when nothing is installed (English, as Python writes it)."""
    if isinstance(value, Text | Capitalized):
        return format(str(value), spec)
    if isinstance(value, enum.Enum):
        return format(str(value.value).replace("_", " "), spec)
    return format(value, spec)


def _identity(_context: str, template: str) -> str:
    return template


_translate: Translate = _identity
_format_value: FormatValue = english_value


def install_translator(translate: Translate, format_value: FormatValue | None = None) -> None:
    """Called by the desktop at start-up; `format_value` should fall back to `english_value`."""
    global _translate, _format_value
    _translate = translate
    _format_value = format_value or english_value


def uninstall_translator() -> None:
    """Back to English (tests, and the command line never installs one)."""
    install_translator(_identity, english_value)


class _Formatter(string.Formatter):
    def __init__(self, format_value: FormatValue) -> None:
        self._format_value = format_value

    def format_field(self, value: Any, format_spec: str) -> str:
        return self._format_value(value, format_spec)


def render(template: str, params: Mapping[str, Any], *, english: bool = False) -> str:
    """The template translated (unless `english`) with its placeholders filled. A template given
    no params is shown as written (braces and all): it may be text from elsewhere."""
    translated = template if english else _translate(CONTEXT, template)
    if not params:
        return translated
    try:
        return _Formatter(english_value if english else _format_value).vformat(
            translated, (), params
        )
    except (KeyError, IndexError, ValueError):
        # A catalogue entry that lost a placeholder must not hide the refusal: show it in English.
        return _Formatter(english_value).vformat(template, (), params)


class Text:
    """A text shown later (a fragment of another text, a note in a result): template + params,
    rendered in the language in use when it is turned into a string."""

    __slots__ = ("params", "template")

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params

    def __str__(self) -> str:
        return render(self.template, self.params)

    def __repr__(self) -> str:
        return f"Text({self.template!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Text):
            return (self.template, self.params) == (other.template, other.params)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.template)


class Capitalized:
    """A fragment at the start of a sentence: its first letter in capitals once rendered."""

    __slots__ = ("inner",)

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __str__(self) -> str:
        written = shown(self.inner)
        return written[:1].upper() + written[1:]


def shown(value: Any, spec: str = "") -> str:
    """One value as the hook writes it on its own (an enum member by its label, "," grouping the
    locale's way), e.g. to list several in one placeholder."""
    return _format_value(value, spec)


class Rendered(str):
    """A text rendered for the screen (a str like any other) that remembers its template, so
    what is stored in the records (audit details, a discount's description) stays English."""

    __slots__ = ("params", "template")
    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, params: dict[str, Any]) -> Rendered:
        shown = super().__new__(cls, render(template, params))
        shown.template, shown.params = template, params
        return shown

    @property
    def english(self) -> str:
        return render(self.template, self.params, english=True)


def text(template: str, **params: Any) -> str:
    """The template rendered now, for texts a service returns as plain strings (notes, warnings
    in results): in the screen's language on the desktop, in English on the command line."""
    return Rendered(template, params)


def english(value: str) -> str:
    """What a record keeps of a text shown to the desk: its English."""
    return value.english if isinstance(value, Rendered) else value
