"""Reading a CSV file someone chose to import: the file, its header, its rows with line numbers,
and the refusal that lists every problem of every line (nothing is imported until none is left)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import ValidationError
from .messages import QT_TRANSLATE_NOOP, text

MAX_LISTED = 200
MAX_FILE_BYTES = 50 * 1024 * 1024
EXTRA_FIELDS = QT_TRANSLATE_NOOP(
    "errors", "more fields than columns (a comma inside a name needs quotes)"
)


@dataclass(frozen=True)
class RowProblem:
    line: int
    reason: str  # in the language in use (messages.text)


class ImportRejected(ValidationError):
    """The file was not imported; `problems` lists every problem of every bad row."""

    def __init__(self, path_name: str, problems: list[RowProblem], hint: str = "") -> None:
        lines = "\n".join(
            text(
                QT_TRANSLATE_NOOP("errors", "  line {line}: {reason}"), line=p.line, reason=p.reason
            )
            for p in problems[:MAX_LISTED]
        )
        if len(problems) > MAX_LISTED:
            lines += text(
                QT_TRANSLATE_NOOP("errors", "\n  … and {count} more"),
                count=len(problems) - MAX_LISTED,
            )
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "Nothing was imported from {name}: {count} problem(s) to fix.\n{lines}"
            ),
            name=path_name,
            count=len(problems),
            lines=lines + (f"\n{hint}" if hint else ""),
        )
        self.problems = problems


@dataclass(frozen=True)
class CsvRow:
    """One non-blank data row: its line in the file, its trimmed values by column, and whether it
    had more fields than the header (its values are then shifted and not to be trusted)."""

    line: int
    values: dict[str, str]
    extra_fields: bool = False


def read_rows(path: Path, columns: Sequence[str], *, optional: Sequence[str] = ()) -> list[CsvRow]:
    """The rows of a UTF-8 CSV file whose header holds every one of `columns` (in any order, other
    columns ignored); refused with what to fix when the file cannot be read, the header lacks a
    column or no row follows it."""
    content = _text(path)
    reader = csv.DictReader(io.StringIO(content))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in columns if c not in header]
    if missing:
        expected = ",".join([*columns, *optional])
        reason = text(
            QT_TRANSLATE_NOOP(
                "errors", "the header lacks column(s) {missing}; expected: {expected}"
            ),
            missing=", ".join(missing),
            expected=expected,
        )
        raise ImportRejected(path.name, [RowProblem(1, reason)])
    rows = []
    for row in reader:
        values = {k.strip(): (v or "").strip() for k, v in row.items() if k is not None}
        extra = None in row
        if extra or any(values.values()):
            rows.append(CsvRow(reader.line_num, values, extra))
    if not rows:
        raise ImportRejected(
            path.name,
            [RowProblem(2, text(QT_TRANSLATE_NOOP("errors", "the file has a header but no rows")))],
        )
    return rows


def _text(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "{name} is larger than {megabytes} MB; split it into smaller files."
                ),
                name=path.name,
                megabytes=MAX_FILE_BYTES // (1024 * 1024),
            )
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", '{name} is not UTF-8 text. Save it as "CSV UTF-8" and try again.'
            ),
            name=path.name,
        ) from None
    except OSError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {problem}."),
            path=path,
            problem=error.strerror or error,
        ) from None
