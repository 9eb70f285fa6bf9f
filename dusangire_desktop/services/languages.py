"""The languages an account's screens, a customer's receipts or a partner's statement are in."""

from __future__ import annotations

from ..models.languages import Language
from .errors import ValidationError
from .messages import QT_TRANSLATE_NOOP

__all__ = ["Language", "parse_language"]


def parse_language(value: str | Language, field: str = "language") -> Language:
    try:
        return Language(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "'{value}' is not a language of the app: choose English, Kinyarwanda or French.",
            ),
            field=field,
            value=value,
        ) from None
