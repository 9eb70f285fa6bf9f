"""Receipts, tray tickets and the corporate statement print in the customer's (or partner's)
language, whatever the screens speak."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from dusangire_desktop.services import corporate, customers, orders
from dusangire_desktop.services.corporate import Statement, StatementLine
from dusangire_desktop.services.customers import CustomerInput
from dusangire_desktop.services.orders import DeliveryInput, Fulfilment, PaymentInput, PaymentMethod
from dusangire_desktop.services.pricing import LineRequest
from dusangire_desktop.views import language, receipt
from dusangire_desktop.views.corporate_page import save_statement_pdf

from ..conftest import KIGALI
from .test_printed_documents import keep, text_of


@pytest.fixture(autouse=True)
def _fonts(qapp):  # type: ignore[no-untyped-def]
    """Laying out text needs the application's fonts."""


@pytest.fixture
def simulator():  # type: ignore[no-untyped-def]
    from dusangire_desktop.tools.vsdc_simulator import VsdcSimulator

    sim = VsdcSimulator().start()
    yield sim
    sim.stop()


def _speaks(uow_factory, admin, customer_id: int, code: str) -> None:  # type: ignore[no-untyped-def]
    c = customers.get_customer(uow_factory(), admin, customer_id)
    data = CustomerInput(c.kind, c.full_name, c.phone or "", c.email or "", c.ward or "",
                         c.bed or "", c.allergies, c.diet_notes, code)  # fmt: skip
    customers.update_customer(uow_factory(), admin, customer_id, data)


def test_receipt_prints_in_the_customers_french_on_an_english_desk(
    uow_factory, admin, kitchen, tmp_path
):
    _speaks(uow_factory, admin, kitchen.visitor, "fr")
    order = orders.place_order(
        uow_factory(), admin, customer_id=kitchen.visitor,
        lines=[LineRequest(kitchen.brochette, 1), LineRequest(kitchen.milk_tea, 2)],
        payment=PaymentInput(PaymentMethod.CASH, 5_000),
        delivery=DeliveryInput(Fulfilment.PICKUP),
    )  # fmt: skip
    assert order.customer_language == "fr"
    path = tmp_path / "receipt-fr.pdf"
    receipt.save_pdf(order, KIGALI, path)
    keep(path)
    text = text_of(path)
    assert "Monnaie" in text and "Espèces" in text and "3 600 RWF" in text, text
    assert "Change" not in text
    assert language.current() == "en"


def test_receipt_prints_in_kinyarwanda(uow_factory, admin, kitchen, tmp_path):
    _speaks(uow_factory, admin, kitchen.visitor, "rw")
    order = orders.place_order(
        uow_factory(), admin, customer_id=kitchen.visitor,
        lines=[LineRequest(kitchen.brochette, 1)],
        payment=PaymentInput(PaymentMethod.CASH, 5_000),
        delivery=DeliveryInput(Fulfilment.PICKUP),
    )  # fmt: skip
    path = tmp_path / "receipt-rw.pdf"
    receipt.save_pdf(order, KIGALI, path)
    keep(path)
    text = text_of(path)
    assert "Amafaranga asubizwa" in text and "Igiteranyo" in text, text


def test_statement_prints_in_the_partners_language(uow_factory, admin, tmp_path):
    partner = corporate.save_partner(uow_factory(), admin, name="Banque Populaire",
                                     language="fr")  # fmt: skip
    assert corporate.list_partners(uow_factory(), admin)[0].language == "fr"
    statement = corporate.monthly_statement(uow_factory(), admin, partner.id, date(2026, 3, 1))
    assert statement.language == "fr"
    statement = dataclasses.replace(
        statement, lines=[StatementLine("E-1", "Diane Mukamana", 3, 12_500, 10_000, 2_500)]
    )
    path = tmp_path / "statement-fr.pdf"
    save_statement_pdf(statement, path)
    keep(path)
    text = text_of(path)
    assert "mars 2026" in text and "12 500" in text and "Payé par l'employé" in text, text


def test_unknown_language_is_refused_at_its_field(uow_factory, admin):
    from dusangire_desktop.services.errors import ValidationError

    with pytest.raises(ValidationError) as refused:
        corporate.save_partner(uow_factory(), admin, name="Somebody", language="de")
    assert refused.value.field == "language"
    assert Statement("x", date(2026, 3, 1), []).language == "en"


def test_tray_ticket_prints_in_the_patients_french_words_and_all(qapp):
    from datetime import UTC, datetime

    from dusangire_desktop.services.food_service.rounds import TrayTicket
    from dusangire_desktop.services.menu import Allergen, MealPeriod
    from dusangire_desktop.views.ward_documents import ROLL, tickets_html

    ticket = TrayTicket(
        "D-000042", "Jean Bosco Nshimiyimana", "Surgical", "4", date(2026, 3, 3),
        MealPeriod.LUNCH, False, "diabetic friendly, low sodium", "5 minced and moist",
        "2 mildly thick", (Allergen.MILK,), "NPO until 03 Mar 14:00", "", "Isombe",
        False, datetime(2026, 3, 3, 10, 30, tzinfo=UTC), "fr",
    )  # fmt: skip
    from html import unescape

    html = unescape(tickets_html([ticket], KIGALI, ROLL))
    for shown in ("Déjeuner", "Régime : adapté aux diabétiques, hyposodé", "haché et humide",
                  "légèrement épais", "ALLERGÈNES : Lait", "À jeun jusqu'au 03 Mar 14:00",
                  "lit 4"):  # fmt: skip
        assert shown in html, shown
    assert "Diet:" not in html and language.current() == "en"


def test_a_long_french_statement_numbers_its_pages_in_french(tmp_path):
    from pypdf import PdfReader

    lines = [StatementLine(f"BK-{i:04d}", f"Employé {i}", 1, 3_000, 2_000, 1_000)
             for i in range(1, 121)]  # fmt: skip
    path = tmp_path / "statement-long-fr.pdf"
    save_statement_pdf(Statement("Banque Populaire", date(2026, 3, 1), lines, "fr"), path)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]
    assert len(pages) > 1
    assert all(f"Page {n} sur {len(pages)}" in text for n, text in enumerate(pages, start=1))
    assert "360 000" in pages[-1]


def test_a_french_customers_fiscal_receipt_and_its_refund_and_copy_read_french(
    qapp, tmp_path, uow_factory, admin, kitchen, sell, simulator
):
    """The EBM receipt follows the customer's language and the French figures; the words the
    RRA prescribes (the SDC block, "THIS IS NOT AN OFFICIAL RECEIPT") stay as they are."""
    from dusangire_desktop.services.fiscal import device, outbox
    from dusangire_desktop.services.fiscal.device import DeviceConfig, ReceiptMode
    from dusangire_desktop.services.orders import RefundInput
    from dusangire_desktop.views import till_print
    from dusangire_desktop.views.printing import roll

    from ..till_world import cash

    _speaks(uow_factory, admin, kitchen.visitor, "fr")
    device.configure(
        uow_factory(), admin,
        DeviceConfig(simulator.url, "100600570", "00", "DSG-VSDC-01", ReceiptMode.NORMAL,
                     timeout_seconds=2),
    )  # fmt: skip
    sold = sell(cash(10_000), isombe=2, juice=1, customer_tin="101234567")
    outbox.send_pending(uow_factory(), admin)
    [sale] = outbox.receipts_of_order(uow_factory(), admin, sold.summary.id)
    assert sale.language == "fr"
    path = tmp_path / "fiscal-receipt-fr.pdf"
    till_print.save_fiscal_pdf(sale, KIGALI, path, roll(80))
    keep(path)
    text = text_of(path)
    for shown in ("NIF du client : 101234567", "Commande", "TOTAL 8 000", "Total taxe B 1 220",
                  "Paiement Espèces", "Merci", "SDC INFORMATION", "SDC ID SDC010000001",
                  "Receipt number 1/1 NS"):  # fmt: skip
        assert shown in text, (shown, text)
    assert "Payment" not in text and "8,000" not in text and "Client TIN" not in text
    copy = outbox.print_copy(uow_factory(), admin, sale.id)
    path = tmp_path / "fiscal-receipt-copy-fr.pdf"
    till_print.save_fiscal_pdf(copy, KIGALI, path, roll(80))
    keep(path)
    text = text_of(path)
    assert "THIS IS NOT AN OFFICIAL RECEIPT" in text and "Copie du reçu 1/1 NS" in text, text
    detail = orders.get_order(uow_factory(), admin, sold.summary.id)
    orders.refund(uow_factory(), admin, detail.summary.id, detail.summary.version,
                  "Wrong order", RefundInput(PaymentMethod.CASH))  # fmt: skip
    outbox.send_pending(uow_factory(), admin)
    refund = outbox.receipts_of_order(uow_factory(), admin, sold.summary.id)[-1]
    path = tmp_path / "fiscal-receipt-refund-fr.pdf"
    till_print.save_fiscal_pdf(refund, KIGALI, path, roll(80))
    keep(path)
    text = text_of(path)
    assert "REMBOURSEMENT" in text and "Réf. reçu normal : 1/1 NS" in text, text
    assert "TOTAL -8 000" in text or "TOTAL −8 000" in text, text
    assert language.current() == "en"


def test_a_french_patients_discharge_settlement_reads_french(
    qapp, tmp_path, uow_factory, admin, ward, clock
):
    from dusangire_desktop.services.food_service import patient_account, stays, trays
    from dusangire_desktop.services.food_service.patient_account import SettlementInput
    from dusangire_desktop.services.food_service.trays import MealRequest
    from dusangire_desktop.services.menu import MealPeriod
    from dusangire_desktop.views.printing import roll
    from dusangire_desktop.views.ward_documents import save_settlement_pdf

    _speaks(uow_factory, admin, ward.jean, "fr")
    trays.order_meal(
        uow_factory(), ward.desk,
        MealRequest(ward.jean_stay, ward.visitor, meal=MealPeriod.LUNCH, on_account=True),
        ward.lines(ward.isombe), ward.cash(),
    )  # fmt: skip
    clock.set_local(2026, 3, 3, 19, 45)
    stays.discharge(uow_factory(), ward.desk, ward.jean_stay, 1,
                    SettlementInput(PaymentMethod.CASH, tendered_rwf=5000))  # fmt: skip
    settled = patient_account.settlement_receipt(uow_factory(), ward.desk, ward.jean_stay)
    assert settled is not None and settled.language == "fr"
    path = tmp_path / "settlement-fr.pdf"
    save_settlement_pdf(settled, KIGALI, path, roll(80))
    keep(path)
    text = text_of(path)
    for shown in ("Repas mis sur le compte du patient", "Invité : Eric Habimana", "Déjeuner",
                  "Espèces reçues 5 000", "Monnaie rendue 1 500", "3 500 RWF"):  # fmt: skip
        assert shown in text, (shown, text)
    assert "Change" not in text and language.current() == "en"
