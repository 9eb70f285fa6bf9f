"""How amounts, numbers, dates and times are written on screen and on paper, in the language
being shown (views/language.py sets it): "1,250 RWF" in English, "1 250 RWF" in French, day and
month names translated. Times are always the hospital's (the zone given)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale

NOT_AVAILABLE = "—"
_locale = QLocale(QLocale.Language.English, QLocale.Country.Rwanda)
# In the pseudo-language, dates are [bracketed] like translated text: they came through the locale.
_bracketed = False


def use_locale(locale: QLocale, bracketed: bool = False) -> tuple[QLocale, bool]:
    """Write numbers and dates as `locale` does from now on; returns what was used until now."""
    global _locale, _bracketed
    previous = (_locale, _bracketed)
    _locale, _bracketed = locale, bracketed
    return previous


def current_locale() -> QLocale:
    return _locale


def number(value: int | float) -> str:
    """A count or figure with this language's digit grouping ("1,250", "1 250", "1.250"); a
    float keeps the decimals it has."""
    if isinstance(value, float):
        if value.is_integer():
            return _locale.toString(int(value))
        shown = repr(value)
        decimals = len(shown.split(".")[1]) if "." in shown and "e" not in shown else 6
        return _locale.toString(value, "f", decimals)
    return _locale.toString(int(value))


def rwf(amount: int | None) -> str:
    if amount is None:
        return NOT_AVAILABLE
    return f"{_locale.toString(amount)} RWF"


def rwf_rounded(amount: Decimal | None) -> str:
    """A Decimal amount rounded half-up to the franc, only for display."""
    if amount is None:
        return NOT_AVAILABLE
    return rwf(int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP)))


def percent(ratio: Decimal | None, places: int = 1) -> str:
    if ratio is None:
        return NOT_AVAILABLE
    quantum = Decimal(1).scaleb(-places)
    figure = str((ratio * 100).quantize(quantum, rounding=ROUND_HALF_UP))
    return f"{figure.replace('.', _locale.decimalPoint())} %"


def date_text(day: date, pattern: str) -> str:
    """`day` in a Qt date pattern ("ddd dd MMM yyyy"), with this language's day and month names."""
    text = _locale.toString(QDate(day.year, day.month, day.day), pattern)
    return f"[{text}]" if _bracketed else text


def month_text(day: date, short: bool = False) -> str:
    """The month and year: "December 2026", "décembre 2026"; short: "Dec 2026"."""
    return date_text(day, "MMM yyyy" if short else "MMMM yyyy")


def local_datetime(moment: datetime | None, zone: ZoneInfo) -> str:
    if moment is None:
        return ""
    local = moment.astimezone(zone)
    return f"{date_text(local.date(), 'ddd dd MMM yyyy')} {local:%H:%M}"


def short_datetime(moment: datetime | None, zone: ZoneInfo) -> str:
    """Day and time without weekday or year, for a narrow table column ("16 Mar 10:42")."""
    if moment is None:
        return ""
    local = moment.astimezone(zone)
    return f"{date_text(local.date(), 'dd MMM')} {local:%H:%M}"


def local_time(moment: datetime | None, zone: ZoneInfo) -> str:
    return "" if moment is None else moment.astimezone(zone).strftime("%H:%M")


def local_date(day: date | datetime | None, zone: ZoneInfo | None = None) -> str:
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = day.astimezone(zone).date() if zone else day.date()
    return date_text(day, "ddd dd MMM yyyy")


def short_date(day: date | datetime | None, zone: ZoneInfo | None = None) -> str:
    """The date without its weekday, for a narrow table column ("16 Mar 2026")."""
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = day.astimezone(zone).date() if zone else day.date()
    return date_text(day, "dd MMM yyyy")


def duration_text(span: timedelta) -> str:
    """A waiting time as people say it: "8 min", "1 h 05"."""
    minutes = max(0, int(span.total_seconds() // 60))
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d}"
