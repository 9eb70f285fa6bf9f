"""How amounts, times and empty figures are written on screen."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

NOT_AVAILABLE = "—"


def rwf(amount: int | None) -> str:
    if amount is None:
        return NOT_AVAILABLE
    return f"{amount:,} RWF"


def rwf_rounded(amount: Decimal | None) -> str:
    """A Decimal amount rounded half-up to the franc, only for display."""
    if amount is None:
        return NOT_AVAILABLE
    return rwf(int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP)))


def percent(ratio: Decimal | None, places: int = 1) -> str:
    if ratio is None:
        return NOT_AVAILABLE
    quantum = Decimal(1).scaleb(-places)
    return f"{(ratio * 100).quantize(quantum, rounding=ROUND_HALF_UP)} %"


def local_datetime(moment: datetime | None, zone: ZoneInfo) -> str:
    if moment is None:
        return ""
    return moment.astimezone(zone).strftime("%a %d %b %Y %H:%M")


def short_datetime(moment: datetime | None, zone: ZoneInfo) -> str:
    """Day and time without weekday or year, for a narrow table column ("16 Mar 10:42")."""
    return "" if moment is None else moment.astimezone(zone).strftime("%d %b %H:%M")


def local_time(moment: datetime | None, zone: ZoneInfo) -> str:
    return "" if moment is None else moment.astimezone(zone).strftime("%H:%M")


def local_date(day: date | datetime | None, zone: ZoneInfo | None = None) -> str:
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = day.astimezone(zone).date() if zone else day.date()
    return day.strftime("%a %d %b %Y")


def short_date(day: date | datetime | None, zone: ZoneInfo | None = None) -> str:
    """The date without its weekday, for a narrow table column ("16 Mar 2026")."""
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = day.astimezone(zone).date() if zone else day.date()
    return day.strftime("%d %b %Y")


def duration_text(span: timedelta) -> str:
    """A waiting time as people say it: "8 min", "1 h 05"."""
    minutes = max(0, int(span.total_seconds() // 60))
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d}"
