"""Receipts: the same figures the order was saved with, to a printer or a PDF file."""

from __future__ import annotations

from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from ..services.orders import OrderDetail, PaymentLine
from .formatting import local_datetime, number, rwf
from .labels import label
from .language import document_language, tr
from .printing import Paper, preview_document, print_html, roll
from .printing import save_pdf as save_document_pdf

WIDTH_SETTING = "receipt/paper_width_mm"
ROLL_WIDTHS_MM = (80, 58)


def paper() -> Paper:
    """The desk's receipt roll: 80 mm, or 58 mm where the setting says so."""
    try:
        width = int(QSettings().value(WIDTH_SETTING, ROLL_WIDTHS_MM[0]))
    except (TypeError, ValueError):
        width = ROLL_WIDTHS_MM[0]
    return roll(width if width in ROLL_WIDTHS_MM else ROLL_WIDTHS_MM[0])


def _row(title: str, amount: str, style: str = "") -> str:
    return (
        f"<tr style='{style}'><td width=70%>{title}</td>"
        f"<td width=30% align=right valign=bottom style='white-space: nowrap;'>{amount}</td></tr>"
    )


def receipt_html(order: OrderDetail, zone: ZoneInfo) -> str:
    """A roll receipt in the customer's language: each dish's name on its own line (wrapped,
    never cut), then quantity × price and the line total; every amount right-aligned in one
    column."""
    with document_language(order.customer_language):
        return _receipt_html(order, zone)


def _receipt_html(order: OrderDetail, zone: ZoneInfo) -> str:
    s = order.summary
    rows = "".join(
        f"<tr><td colspan=2 style='padding-top: 3px;'>{escape(line.name)}</td></tr>"
        + _row(
            f"&nbsp;&nbsp;{line.quantity} × {number(line.unit_price_rwf)}", number(line.total_rwf)
        )
        for line in order.lines
    )
    discounts = "".join(_row(escape(d.label), f"−{number(d.amount_rwf)}") for d in order.discounts)
    payments = _account_rows(order) + "".join(_payment_rows(p) for p in order.payments)
    where = (
        tr("{ward}, bed {bed}").format(ward=escape(s.ward or ""), bed=escape(s.bed or ""))
        if s.ward else tr("Pickup")
    )  # fmt: skip
    company = (
        _row(tr("Paid by the company"), number(order.company_share_rwf))
        + _row(tr("Paid by the customer"), number(order.customer_share_rwf))
        if order.company_share_rwf else ""
    )  # fmt: skip
    # A table of its own, so the wide bold total does not narrow every label of the receipt.
    total = (
        "<tr><td colspan=2><table width=100% cellspacing=0 cellpadding=0>"
        + _row("<b>" + tr("Total") + "</b>", f"<b>{rwf(s.total_rwf)}</b>", "font-size: 11pt;")
        + "</table></td></tr>"
    )
    rule = "<tr><td colspan=2><hr></td></tr>"
    heading = tr("Hospital meals<br>Amounts in RWF")
    who = tr("Order <b>{number}</b><br>{when}<br>Customer: {customer}<br>{where}<br>"
             "Served by: {staff}").format(
        number=escape(s.number), when=local_datetime(s.placed_at, zone),
        customer=escape(s.customer), where=where, staff=escape(order.placed_by or "—"),
    )  # fmt: skip
    # Texts are translated outside the f-string: lupdate does not look inside them.
    subtotal = _row(tr("Subtotal"), number(order.subtotal_rwf))
    thanks = tr("Murakoze! Thank you.")
    cancelled = _cancelled(order)
    return f"""
<html><body style="font-family: 'DejaVu Sans'; font-size: 9pt;">
<p align=center><span style="font-size: 14pt; font-weight: bold;">Dusangire</span><br>
{heading}</p>
<p>{who}</p>
<table width=100% cellspacing=0 cellpadding=1>{rows}{rule}
{subtotal}{discounts}
{total}{rule}
{company}{payments}</table>
{cancelled}<p align=center>{thanks}</p></body></html>"""


def _cancelled(order: OrderDetail) -> str:
    """Why a reprinted receipt's order was cancelled (a refused late tray says who refused it)."""
    if not order.cancel_reason:
        return ""
    return (
        "<p><b>" + tr("Cancelled: {reason}").format(reason=escape(order.cancel_reason)) + "</b></p>"
    )


def _account_rows(order: OrderDetail) -> str:
    """A meal charged to a patient's account: whose account instead of a payment (and, once
    settled at discharge, the payment that settled it follows)."""
    charge = order.on_account
    if charge is None:
        return ""
    title = tr("Charged to {patient}'s account ({ward}, bed {bed})").format(
        patient=escape(charge.patient), ward=escape(charge.ward), bed=escape(charge.bed)
    )
    if charge.settled:
        return _row(title + "<br>" + tr("settled at discharge:"), "")
    return _row(title, number(order.customer_share_rwf))


def _payment_rows(p: PaymentLine) -> str:
    title = label(p.method)
    if p.is_refund:
        title = tr("Refund — {method}").format(method=title)
    if p.provider is not None:
        title += f" ({label(p.provider)})"
    if p.reference:
        title += " " + tr("ref. {reference}").format(reference=escape(p.reference))
    rows = _row(title, number(p.amount_rwf))
    if p.tendered_rwf is not None:
        rows += _row(tr("Cash received"), number(p.tendered_rwf))
        rows += _row(tr("Change"), number(p.change_rwf))
    return rows


def save_pdf(order: OrderDetail, zone: ZoneInfo, path: Path, on: Paper | None = None) -> None:
    """`on` is the desk's roll unless given (read it on the UI thread when writing elsewhere)."""
    title = tr("Receipt {number}").format(number=order.summary.number)
    save_document_pdf(
        receipt_html(order, zone), on or paper(), path, title, order.customer_language
    )


def print_receipt(order: OrderDetail, zone: ZoneInfo, parent: QWidget | None = None) -> bool:
    """Through Qt's print dialog; False when the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Print receipt {number}").format(number=order.summary.number))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_html(receipt_html(order, zone), paper(), printer, order.customer_language)
    return True


def preview_receipt(
    order: OrderDetail, zone: ZoneInfo, parent: QWidget | None = None
) -> QPrintPreviewDialog:
    """The receipt on the desk's roll as it will print, without blocking the desk."""
    title = tr("Receipt {number}").format(number=order.summary.number)
    return preview_document(
        receipt_html(order, zone), paper(), title, parent, order.customer_language
    )
