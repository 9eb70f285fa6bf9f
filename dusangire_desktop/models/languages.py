"""The languages the app speaks, kept on accounts, customers and corporate partners."""

from __future__ import annotations

import enum


class Language(enum.StrEnum):
    ENGLISH = "en"
    KINYARWANDA = "rw"
    FRENCH = "fr"
