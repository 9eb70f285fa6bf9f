"""The Z report and the fiscal receipt print on the 80 mm roll, text of at least 8 pt, with the
figures and the SDC block a person and the tax office read."""

from __future__ import annotations

import pytest

from dusangire_desktop.services.fiscal import device, outbox
from dusangire_desktop.services.fiscal.device import DeviceConfig, ReceiptMode
from dusangire_desktop.services.orders import PaymentMethod, RefundInput
from dusangire_desktop.services.till import closing, reports, shifts
from dusangire_desktop.tools.vsdc_simulator import VsdcSimulator
from dusangire_desktop.views import till_print
from dusangire_desktop.views.printing import roll

from ..conftest import KIGALI
from ..till_world import cash, momo
from .test_printed_documents import font_sizes, keep, page_size_mm, text_of


@pytest.fixture
def simulator():
    sim = VsdcSimulator().start()
    yield sim
    sim.stop()


def test_z_report_prints_on_the_roll_with_every_figure(
    qapp, tmp_path, uow_factory, admin, kitchen, sell
):
    sell(cash(10_000), isombe=2)
    sold = sell(momo(), juice=1, isombe=1)
    from dusangire_desktop.services import orders

    orders.cancel(
        uow_factory(),
        admin,
        sold.summary.id,
        sold.summary.version,
        "Customer left",
        RefundInput(PaymentMethod.CASH),
    )
    shift = shifts.desk_state(uow_factory(), admin).shift
    result = closing.submit_count(
        uow_factory(), admin, shift.id, shift.version, {5000: 4, 2000: 1, 500: 1}
    )
    z = reports.shift_report(uow_factory(), admin, result.report.shift.id)
    path = tmp_path / "z-report.pdf"
    till_print.save_report_pdf(z, KIGALI, path, roll(80))
    keep(path)
    width, height = page_size_mm(path)
    assert round(width) == 80 and height > 150
    assert min(size for size, _text in font_sizes(path)) >= 8
    text = text_of(path)
    for expected in (
        "Z REPORT",
        "Total sales 11,500",
        "MTN MoMo 4,500",
        "oat 20,000",
        "Cancelled orders 1 / 4,500",
        "Expected 22,500",
        "Counted 22,500",
    ):
        assert expected in text


def test_fiscal_receipt_prints_the_sdc_block_and_a_copy_says_so(
    qapp, tmp_path, uow_factory, admin, kitchen, sell, simulator
):
    device.configure(
        uow_factory(),
        admin,
        DeviceConfig(
            simulator.url, "100600570", "00", "DSG-VSDC-01", ReceiptMode.NORMAL, timeout_seconds=2
        ),
    )
    sold = sell(cash(10_000), isombe=2, juice=1, customer_tin="101234567")
    outbox.send_pending(uow_factory(), admin)
    [receipt] = outbox.receipts_of_order(uow_factory(), admin, sold.summary.id)
    path = tmp_path / "fiscal-receipt.pdf"
    till_print.save_fiscal_pdf(receipt, KIGALI, path, roll(80))
    keep(path)
    assert round(page_size_mm(path)[0]) == 80
    assert min(size for size, _text in font_sizes(path)) >= 8
    text = text_of(path)
    for expected in (
        "TIN: 100600570",
        "Client TIN: 101234567",
        "TOTAL 8,000",
        "Total B-18% 8,000",
        "Total tax B 1,220",
        "SDC ID SDC010000001",
        "Receipt number 1/1 NS",
        receipt.sdc.signature,
        "Dusangire Desktop",
    ):
        assert expected in text
    assert "NOT AN OFFICIAL RECEIPT" not in text
    copy = outbox.print_copy(uow_factory(), admin, receipt.id)
    path = tmp_path / "fiscal-receipt-copy.pdf"
    till_print.save_fiscal_pdf(copy, KIGALI, path, roll(80))
    keep(path)
    text = text_of(path)
    assert "COPY SALE" in text and "THIS IS NOT AN OFFICIAL RECEIPT" in text
    # The copy's own numbers from the controller, and the receipt it copies.
    assert "Receipt number 1/2 CS" in text and "Copy of receipt 1/1 NS" in text
    assert "TOTAL 8,000" in text and "Total tax B 1,220" in text


def test_a_refund_and_a_mixed_tax_receipt_print_their_totals_per_tax_type(
    qapp, tmp_path, uow_factory, admin, kitchen, sell, simulator
):
    from dusangire_desktop.services import menu, orders
    from dusangire_desktop.services.menu import MealPeriod, MenuItemInput, TaxType
    from dusangire_desktop.services.pricing import LineRequest

    from ..till_world import PICKUP

    device.configure(
        uow_factory(), admin,
        DeviceConfig(simulator.url, "100600570", "00", "DSG-VSDC-01", ReceiptMode.NORMAL,
                     timeout_seconds=2),
    )  # fmt: skip

    def dish(name, price, tax_type):
        item = MenuItemInput(name, "Drinks", MealPeriod.ALL_DAY, price, tax_type=tax_type)
        return menu.save_item(uow_factory(), admin, item).id

    water = dish("Inyange water 50 cl", 500, TaxType.ZERO_RATED)
    fruit = dish("Fresh fruit plate", 1200, TaxType.EXEMPT)
    sold = orders.place_order(
        uow_factory(), admin, customer_id=kitchen.visitor,
        lines=[LineRequest(kitchen.isombe, 2), LineRequest(water, 3), LineRequest(fruit, 1)],
        payment=cash(10_000), delivery=PICKUP,
    )  # fmt: skip
    outbox.send_pending(uow_factory(), admin)
    orders.refund(
        uow_factory(), admin, sold.summary.id, sold.summary.version, "Wrong order",
        RefundInput(PaymentMethod.CASH),
    )  # fmt: skip
    outbox.send_pending(uow_factory(), admin)
    sale, refund = outbox.receipts_of_order(uow_factory(), admin, sold.summary.id)
    for receipt, name, expected in (
        (sale, "fiscal-receipt-mixed-tax.pdf",
         ("TOTAL 9,700", "Total A-EX 1,200", "Total B-18% 7,000", "Total tax B 1,068",
          "Total C-0% 1,500", "Total tax 1,068", "Receipt number 1/1 NS")),
        (refund, "fiscal-receipt-refund.pdf",
         ("REFUND", "Ref. normal receipt: 1/1 NS", "TOTAL -9,700", "Total A-EX -1,200",
          "Total B-18% -7,000", "Total tax B -1,068", "Total C-0% -1,500",
          "Receipt number 1/2 NR")),
    ):  # fmt: skip
        path = tmp_path / name
        till_print.save_fiscal_pdf(receipt, KIGALI, path, roll(80))
        keep(path)
        assert min(size for size, _text in font_sizes(path)) >= 8
        text = text_of(path)
        for words in expected:
            assert words in text, (name, words)
        assert "Total D" not in text


def test_the_daily_fiscal_report_prints_on_the_roll(
    qapp, tmp_path, uow_factory, admin, kitchen, sell, clock
):
    from datetime import date

    from dusangire_desktop.services.fiscal import daily
    from dusangire_desktop.views.printing import save_pdf

    sim = VsdcSimulator(clock=clock).start()
    try:
        device.configure(
            uow_factory(),
            admin,
            DeviceConfig(
                sim.url, "100600570", "00", "DSG-VSDC-01", ReceiptMode.NORMAL, timeout_seconds=2
            ),
        )
        sell(cash(10_000), isombe=2)
        sell(momo())
        outbox.send_pending(uow_factory(), admin)
    finally:
        sim.stop()
    day = daily.daily_report(uow_factory(), admin, date(2026, 3, 3))
    path = tmp_path / "fiscal-day.pdf"
    save_pdf(till_print.fiscal_day_html(day), roll(80), path, "Daily fiscal report")
    keep(path)
    assert min(size for size, _text in font_sizes(path)) >= 8
    text = text_of(path)
    for expected in (
        "FISCAL X REPORT",
        "03/03/2026",
        "Normal — Sale",
        "Receipts 2 (1–2)",
        "Total 10,500",
        "Taxable B / tax 10,500 / 1,602",
    ):
        assert expected in text
