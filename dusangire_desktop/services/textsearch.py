"""Searching text: one folding of case and accents in Python, SQLite and PostgreSQL, typed text
matched literally, and the limits every search and list function checks.

Rules, the same for every search in the services:

- **Folding.** `fold(text)` is the definition: Unicode NFKD, combining marks dropped, then
  casefolded ("ÉMERITHE" → "emerithe", "Straße" → "strasse", "Œuvre" → "œuvre"). `folded(column)`
  computes the same in SQL. On SQLite it is the `dusangire_fold` function that `db.py` registers
  on every connection (it *is* `fold`). On PostgreSQL (13 or later, UTF-8 database) it is
  `normalize(x, NFKD)`, the combining marks removed, then `replace`/`translate` tables generated
  from `fold` and `lower` under the "C" collation: exactly `fold` for ASCII, Latin-1 Supplement,
  Latin Extended-A and the combining diacritical marks, whatever the server's locale (a test
  checks every one of those characters on both databases). Beyond those blocks PostgreSQL drops
  the accents but leaves letters' case as it is. Text that is all ASCII, the usual case, is
  simply lowercased on both (that is what `fold` does to it).
- **Literal text.** `%`, `_` and `\\` typed by a user are characters, never wildcards: every
  pattern goes through `like_literal` and is compared with `ESCAPE '\\'`.
- **Limits.** Search text has runs of white space (tabs, line breaks) made one space; it may hold
  at most `MAX_QUERY_LENGTH` characters and no control characters. A page size is a whole number
  from 1 to `MAX_PAGE_SIZE`. Anything else is a `ValidationError` saying what to fix.
"""

from __future__ import annotations

import unicodedata
from typing import Any, cast

from sqlalchemy import String, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement, SQLColumnExpression
from sqlalchemy.sql.functions import FunctionElement

from .errors import ValidationError
from .messages import QT_TRANSLATE_NOOP

MAX_QUERY_LENGTH = 100
MAX_PAGE_SIZE = 1000
LIKE_ESCAPE = "\\"
SQLITE_FOLD = "dusangire_fold"
# Blocks the PostgreSQL expression folds exactly as `fold` does.
FOLDED_BLOCKS = ((0x00, 0x80), (0xA0, 0x180), (0x300, 0x370))


def fold(text: str) -> str:
    """Case and accents folded: NFKD, combining marks dropped, casefolded."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _sqlite_fold(text: str | None) -> str | None:
    return None if text is None else fold(text)


def register_sqlite_fold(dbapi_connection: Any) -> None:
    """Make `dusangire_fold(x)` available on a sqlite3 connection."""
    dbapi_connection.create_function(SQLITE_FOLD, 1, _sqlite_fold, deterministic=True)


def _postgresql_plan() -> tuple[str, list[tuple[str, str]], str, str]:
    """How PostgreSQL repeats `fold` over FOLDED_BLOCKS: after its own normalize(NFKD), a regular
    expression class of the combining marks to drop, then replace() pairs and translate() strings
    for the letters NFKD leaves as they are but casefolding changes (Æ → æ, Ł → ł, ß → ss)."""
    marks = [code for code in range(0x300, 0x370) if unicodedata.combining(chr(code))]
    runs: list[list[int]] = []
    for code in marks:
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    mark_class = "[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in runs) + "]"
    leftovers: dict[str, str] = {}
    for first, end in FOLDED_BLOCKS:
        for code in range(first, end):
            for char in unicodedata.normalize("NFKD", chr(code)):
                if not char.isascii() and not unicodedata.combining(char) and fold(char) != char:
                    leftovers[char] = fold(char)
    expansions = [(char, result) for char, result in leftovers.items() if len(result) > 1]
    singles = {char: result for char, result in leftovers.items() if len(result) == 1}
    return mark_class, expansions, "".join(singles), "".join(singles.values())


_MARKS, _EXPANSIONS, _TRANSLATE_FROM, _TRANSLATE_TO = _postgresql_plan()


class folded(FunctionElement[str]):
    """`fold` computed by the database: `folded(Customer.full_name)`."""

    type = String()
    inherit_cache = True
    name = "folded"


@compiles(folded)
def _compile_default(element: folded, compiler: Any, **kw: Any) -> str:
    sql = compiler.process(element.clauses, **kw)
    # Most text is ASCII, where SQLite's own lower() is fold() and costs no call into Python.
    return (
        f"CASE WHEN {sql} IS NULL OR length({sql}) = length(CAST({sql} AS BLOB)) "
        f"THEN lower({sql}) ELSE {SQLITE_FOLD}({sql}) END"
    )


@compiles(folded, "postgresql")
def _compile_postgresql(element: folded, compiler: Any, **kw: Any) -> str:
    def text(value: str) -> str:
        return compiler.process(literal(value, String()), **{**kw, "literal_binds": True})

    sql = compiler.process(element.clauses, **kw)
    # A translate() table of every accented letter cost PostgreSQL 30-100 µs a value (it walks
    # the table for each character); normalize() and one regular expression cost a few µs.
    accented = f"regexp_replace(normalize({sql}, NFKD), {text(_MARKS)}, '', 'g')"
    for char, result in _EXPANSIONS:
        accented = f"replace({accented}, {text(char)}, {text(result)})"
    accented = f"translate({accented}, {text(_TRANSLATE_FROM)}, {text(_TRANSLATE_TO)})"
    # lower() under the "C" collation changes A-Z only, whatever the server's locale.
    return (
        f'CASE WHEN octet_length({sql}) = char_length({sql}) THEN lower(({sql}) COLLATE "C") '
        f'ELSE lower(({accented}) COLLATE "C") END'
    )


def like_literal(text: str) -> str:
    """`text` for a LIKE pattern with `ESCAPE '\\'`: its %, _ and \\ stand for themselves."""
    return (
        text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
        .replace("%", LIKE_ESCAPE + "%")
        .replace("_", LIKE_ESCAPE + "_")
    )


def _as_folded(column: SQLColumnExpression[Any], fold_column: bool) -> ColumnElement[Any]:
    # An ORM attribute compares as its column does.
    return folded(column) if fold_column else cast(ColumnElement[Any], column)


def contains(
    column: SQLColumnExpression[Any], query: str, *, fold_column: bool = True
) -> ColumnElement[bool]:
    """The column, folded (unless it holds folded text already), holds the folded query."""
    pattern = f"%{like_literal(fold(query))}%"
    return _as_folded(column, fold_column).like(pattern, escape=LIKE_ESCAPE)


def starts_with(
    column: SQLColumnExpression[Any], query: str, *, fold_column: bool = True
) -> ColumnElement[bool]:
    """The column, folded (unless it holds folded text already), begins with the folded query."""
    pattern = f"{like_literal(fold(query))}%"
    return _as_folded(column, fold_column).like(pattern, escape=LIKE_ESCAPE)


def equals(
    column: SQLColumnExpression[Any], query: str, *, fold_column: bool = True
) -> ColumnElement[bool]:
    """The column, folded (unless it holds folded text already), is the folded query."""
    return _as_folded(column, fold_column) == fold(query)


def search_text(value: object, field: str = "search") -> str:
    """The user's search text with white space tidied, or a ValidationError saying what to fix."""
    if not isinstance(value, str):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Type the search as text."), field=field)
    cleaned = " ".join(value.split())
    for char in cleaned:
        if unicodedata.category(char) in ("Cc", "Cs"):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The search holds an invisible control character (U+{code:04X}), "
                    "perhaps from pasting. Clear the search field and type it again.",
                ),
                field=field,
                code=ord(char),
            )
    if len(cleaned) > MAX_QUERY_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The search may have at most {limit} characters; shorten it."
            ),
            field=field,
            limit=MAX_QUERY_LENGTH,
        )
    return cleaned


def page_size(value: object, field: str = "page_size") -> int:
    """A number of rows to return, from 1 to MAX_PAGE_SIZE, or a ValidationError."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_PAGE_SIZE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Ask for between 1 and {limit:,} rows at a time (asked for {value!r}).",
            ),
            field=field,
            limit=MAX_PAGE_SIZE,
            value=value,
        )
    return value
