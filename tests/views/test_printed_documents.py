"""Receipts and corporate statements print readably: roll or A4 paper, text of at least 8 pt."""

from __future__ import annotations

import math
import os
import shutil
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings

from dusangire_desktop.services import corporate, menu, orders
from dusangire_desktop.services.corporate import Statement, StatementLine
from dusangire_desktop.services.menu import MealPeriod, MenuItemInput
from dusangire_desktop.services.orders import DeliveryInput, Fulfilment, PaymentInput, PaymentMethod
from dusangire_desktop.services.pricing import LineRequest
from dusangire_desktop.views import receipt
from dusangire_desktop.views.corporate_page import save_statement_pdf

from ..conftest import KIGALI

LONG_DISH = "Brochettes z'ihene n'ibirayi bikaranze, salade y'imboga n'isosi y'inyanya ikaze"
MM = 72 / 25.4  # PDF points per millimetre


def page_size_mm(path: Path) -> tuple[float, float]:
    box = PdfReader(path).pages[0].mediabox
    return float(box.width) / MM, float(box.height) / MM


def font_sizes(path: Path) -> list[tuple[float, str]]:
    """(size on paper in points, text) of every piece of text on every page."""
    sizes = []

    def visit(text, cm, tm, _font, size):  # type: ignore[no-untyped-def]
        if text.strip():
            # The text matrix times the current transformation matrix maps text space to the
            # page (points); a font's height on paper is its size times that map's y scale.
            c = tm[2] * cm[0] + tm[3] * cm[2]
            d = tm[2] * cm[1] + tm[3] * cm[3]
            sizes.append((abs(size) * math.hypot(c, d), text.strip()))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def text_of(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def keep(path: Path) -> None:
    """With DUSANGIRE_SCREENSHOTS set to a folder, keep the PDF there (to render and look at)."""
    folder = os.environ.get("DUSANGIRE_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(folder) / path.name)


@pytest.fixture(autouse=True)
def _fonts(qapp):  # type: ignore[no-untyped-def]
    """Laying out text needs the application's fonts."""


@pytest.fixture
def long_dish(uow_factory, admin, kitchen):
    return menu.save_item(
        uow_factory(), admin, MenuItemInput(LONG_DISH, "Grill", MealPeriod.ALL_DAY, 4_500)
    ).id


def _place(uow_factory, admin, customer, lines, payment):
    return orders.place_order(
        uow_factory(), admin, customer_id=customer, lines=lines, payment=payment,
        delivery=DeliveryInput(Fulfilment.PICKUP),
    )  # fmt: skip


@pytest.fixture
def corporate_order(uow_factory, admin, kitchen, long_dish):
    """Diane (Bank of Kigali, 10 % off, 10,000 allowance): 2 × 4,500 + 2 × 3,500 = 16,000,
    less 1,600 = 14,400; the company pays 10,000 and Diane 4,400 in cash (5,000, change 600)."""
    return _place(
        uow_factory, admin, kitchen.employee,
        [LineRequest(long_dish, 2), LineRequest(kitchen.isombe, 2)],
        PaymentInput(PaymentMethod.CASH, 5_000),
    )  # fmt: skip


def test_receipt_is_an_80_mm_roll_with_text_of_at_least_8_pt(corporate_order, tmp_path):
    path = tmp_path / "receipt-corporate-80mm.pdf"
    receipt.save_pdf(corporate_order, KIGALI, path)
    keep(path)
    width, height = page_size_mm(path)
    assert width == pytest.approx(80, abs=0.5) and 60 < height < 400
    sizes = font_sizes(path)
    assert sizes and min(size for size, _ in sizes) >= 8, sorted(sizes)[:3]
    text = text_of(path)
    assert all(word in text for word in LONG_DISH.split()), "the long name is wrapped, not cut"
    for figure in ("16,000", "1,600", "14,400 RWF", "10,000", "4,400", "5,000", "600"):
        assert figure in text


def test_receipt_on_a_58_mm_roll_when_the_desk_is_set_so(corporate_order, tmp_path):
    QSettings().setValue(receipt.WIDTH_SETTING, 58)
    path = tmp_path / "receipt-corporate-58mm.pdf"
    receipt.save_pdf(corporate_order, KIGALI, path)
    keep(path)
    assert page_size_mm(path)[0] == pytest.approx(58, abs=0.5)
    assert min(size for size, _ in font_sizes(path)) >= 8
    assert all(word in text_of(path) for word in LONG_DISH.split())


def test_cash_receipt_shows_the_change(uow_factory, admin, kitchen, tmp_path):
    order = _place(
        uow_factory, admin, kitchen.visitor,
        [LineRequest(kitchen.brochette, 1), LineRequest(kitchen.milk_tea, 2)],
        PaymentInput(PaymentMethod.CASH, 5_000),
    )  # fmt: skip
    path = tmp_path / "receipt-cash.pdf"
    receipt.save_pdf(order, KIGALI, path)
    keep(path)
    assert page_size_mm(path)[0] == pytest.approx(80, abs=0.5)
    assert min(size for size, _ in font_sizes(path)) >= 8
    text = text_of(path)
    assert "3,600 RWF" in text and "5,000" in text and "Change 1,400" in text


def test_corporate_statement_is_a4_with_text_of_at_least_8_pt(
    uow_factory, admin, kitchen, corporate_order, tmp_path
):
    partner = corporate.list_partners(uow_factory(), admin)[0].id
    for number, name in [("BK-0107", "Jean-Baptiste Nshimiyimana Habyarimana"),
                         ("BK-0031", "Aline Uwase")]:  # fmt: skip
        employee = corporate.enrol_employee(
            uow_factory(), admin, partner, number, name, f"078812{number[-4:]}"
        )
        _place(uow_factory, admin, employee.customer_id, [LineRequest(kitchen.juice, 3)],
               PaymentInput(PaymentMethod.CASH, 0))  # fmt: skip
    statement = corporate.monthly_statement(uow_factory(), admin, partner, date(2026, 3, 1))
    assert len(statement.lines) == 3
    path = tmp_path / "statement-a4.pdf"
    save_statement_pdf(statement, path)
    keep(path)
    width, height = page_size_mm(path)
    assert (width, height) == (pytest.approx(210, abs=0.5), pytest.approx(297, abs=0.5))
    assert min(size for size, _ in font_sizes(path)) >= 8
    text = text_of(path)
    assert "Jean-Baptiste Nshimiyimana Habyarimana" in text and "BK-0107" in text
    assert "19,800" in text  # 14,400 + 2 × (3 × 1,000 less 10 %) = 14,400 + 2 × 2,700


def test_a_long_statement_repeats_its_header_and_numbers_its_pages(tmp_path):
    lines = [
        StatementLine(f"BK-{i:04d}", f"Employee {i} Uwimana", 1, 3_000, 2_000, 1_000)
        for i in range(1, 121)
    ]
    path = tmp_path / "statement-long.pdf"
    save_statement_pdf(Statement("Bank of Kigali", date(2026, 3, 1), lines), path)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]
    assert len(pages) > 1
    for number, text in enumerate(pages, start=1):
        assert "Employee no." in text and f"Page {number} of {len(pages)}" in text
    assert "BK-0120" in pages[-1] and "360,000" in pages[-1]
    assert min(size for size, _ in font_sizes(path)) >= 8
