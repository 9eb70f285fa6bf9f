"""Half-open local periods [start, end) and their UTC bounds, as METRICS.md requires."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from ..errors import ValidationError
from ..messages import QT_TRANSLATE_NOOP


def local_midnight_utc(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), zone).astimezone(UTC)


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class Period:
    """Local calendar days [start, end) in the hospital's zone."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The period must end after it starts ({start} to {end})."
                ),
                field="period",
                start=self.start,
                end=self.end,
            )

    @classmethod
    def month(cls, day: date) -> Period:
        first = month_start(day)
        return cls(first, add_months(first, 1))

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    def previous(self) -> Period:
        return Period(self.start - timedelta(days=self.days), self.start)

    def utc_bounds(self, zone: ZoneInfo) -> tuple[datetime, datetime]:
        return local_midnight_utc(self.start, zone), local_midnight_utc(self.end, zone)

    def clipped_utc_bounds(self, zone: ZoneInfo, as_of: datetime) -> tuple[datetime, datetime]:
        """The UTC bounds, with the end cut at `as_of` so a running period is month-to-date."""
        start, end = self.utc_bounds(zone)
        return start, max(start, min(end, as_of))

    def is_provisional(self, zone: ZoneInfo, as_of: datetime) -> bool:
        return self.utc_bounds(zone)[1] > as_of


def ratio(numerator: int | Decimal, denominator: int | Decimal) -> Decimal | None:
    """A Decimal ratio; None (shown as "—") when the denominator is zero."""
    if not denominator:
        return None
    return Decimal(numerator) / Decimal(denominator)


def require_aware(as_of: datetime) -> None:
    if as_of.tzinfo is None:
        raise ValueError("as_of must be an aware datetime")
