"""The desktop's hook writes the services' values the way the screen's language does, and in
English exactly as the services' own default (so no English text changes)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from dusangire_desktop.models.orders import OrderStatus
from dusangire_desktop.services import messages
from dusangire_desktop.views import service_text


@pytest.fixture
def locale(qapp):  # type: ignore[no-untyped-def]
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


VALUES = [(3000, ","), (date(2026, 3, 2), "%a %d %b %Y"), (datetime(2026, 3, 2, 9, 30), "%H:%M"),
          (OrderStatus.OUT_FOR_DELIVERY, ""), ("D-000123", ""), (12, "")]  # fmt: skip


def test_in_english_values_are_written_as_the_services_write_them(locale) -> None:  # type: ignore[no-untyped-def]
    locale("en_RW")
    for value, spec in VALUES:
        assert service_text.format_value(value, spec) == messages.english_value(value, spec)


def test_in_french_and_kinyarwanda_amounts_and_dates_follow_the_locale(locale) -> None:  # type: ignore[no-untyped-def]
    locale("fr_RW")
    assert service_text.format_value(3000, ",") == "3\u202f000"
    assert service_text.format_value(date(2026, 3, 2), "%a %d %b %Y") == "lun. 02 mars 2026"
    assert service_text.format_value(datetime(2026, 3, 2, 9, 30), "%H:%M") == "09:30"
    assert service_text.format_value(12, "") == "12"  # counts without a spec stay as they are
    locale("rw_RW")
    assert service_text.format_value(3000, ",") == "3.000"
    day = service_text.format_value(date(2026, 3, 2), "%a %d %b")
    assert day == f"{QLocale('rw_RW').dayName(1, QLocale.FormatType.ShortFormat)} 02 " + QLocale(
        "rw_RW"
    ).monthName(3, QLocale.FormatType.ShortFormat)
