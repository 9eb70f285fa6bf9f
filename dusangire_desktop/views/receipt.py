"""Receipts: the same figures the order was saved with, to a printer or a PDF file."""

from __future__ import annotations

from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from ..services.orders import OrderDetail, PaymentMethod
from .formatting import local_datetime, rwf
from .printing import Paper, print_html, roll
from .printing import save_pdf as save_document_pdf

METHOD_LABELS = {
    PaymentMethod.CASH: "Cash",
    PaymentMethod.MOBILE_MONEY: "Mobile money",
    PaymentMethod.CARD: "Card",
    PaymentMethod.CORPORATE_ACCOUNT: "Corporate account",
}
WIDTH_SETTING = "receipt/paper_width_mm"
ROLL_WIDTHS_MM = (80, 58)


def paper() -> Paper:
    """The desk's receipt roll: 80 mm, or 58 mm where the setting says so."""
    try:
        width = int(QSettings().value(WIDTH_SETTING, ROLL_WIDTHS_MM[0]))
    except (TypeError, ValueError):
        width = ROLL_WIDTHS_MM[0]
    return roll(width if width in ROLL_WIDTHS_MM else ROLL_WIDTHS_MM[0])


def _row(label: str, amount: str, style: str = "") -> str:
    return (
        f"<tr style='{style}'><td width=70%>{label}</td>"
        f"<td width=30% align=right valign=bottom style='white-space: nowrap;'>{amount}</td></tr>"
    )


def receipt_html(order: OrderDetail, zone: ZoneInfo) -> str:
    """A roll receipt: each dish's name on its own line (wrapped, never cut), then quantity ×
    price and the line total; every amount right-aligned in one column."""
    s = order.summary
    rows = "".join(
        f"<tr><td colspan=2 style='padding-top: 3px;'>{escape(name)}</td></tr>"
        + _row(f"&nbsp;&nbsp;{qty} × {unit:,}", f"{total:,}")
        for name, qty, unit, total in order.lines
    )
    discounts = "".join(_row(escape(label), f"−{amount:,}") for label, amount in order.discounts)
    payments = "".join(
        _row(f"{'Refund — ' if refund else ''}{METHOD_LABELS[method]}"
             f"{' ref. ' + escape(ref) if ref else ''}", f"{amount:,}")
        + (_row("Cash received", f"{tendered:,}") + _row("Change", f"{change:,}")
           if tendered is not None else "")
        for method, amount, tendered, change, ref, refund in order.payments
    )  # fmt: skip
    where = f"{escape(s.ward or '')}, bed {escape(s.bed or '')}" if s.ward else "Pickup"
    company = (
        _row("Paid by the company", f"{order.company_share_rwf:,}")
        + _row("Paid by the customer", f"{order.customer_share_rwf:,}")
        if order.company_share_rwf else ""
    )  # fmt: skip
    # A table of its own, so the wide bold total does not narrow every label of the receipt.
    total = (
        "<tr><td colspan=2><table width=100% cellspacing=0 cellpadding=0>"
        + _row("<b>Total</b>", f"<b>{rwf(s.total_rwf)}</b>", "font-size: 11pt;")
        + "</table></td></tr>"
    )
    rule = "<tr><td colspan=2><hr></td></tr>"
    return f"""
<html><body style="font-family: 'DejaVu Sans'; font-size: 9pt;">
<p align=center><span style="font-size: 14pt; font-weight: bold;">Dusangire</span><br>
Hospital meals<br>Amounts in RWF</p>
<p>Order <b>{escape(s.number)}</b><br>{local_datetime(s.placed_at, zone)}<br>
Customer: {escape(s.customer)}<br>{where}<br>Served by: {escape(order.placed_by or "—")}</p>
<table width=100% cellspacing=0 cellpadding=1>{rows}{rule}
{_row("Subtotal", f"{order.subtotal_rwf:,}")}{discounts}
{total}{rule}
{company}{payments}</table>
<p align=center>Murakoze! Thank you.</p></body></html>"""


def save_pdf(order: OrderDetail, zone: ZoneInfo, path: Path) -> None:
    save_document_pdf(receipt_html(order, zone), paper(), path, f"Receipt {order.summary.number}")


def print_receipt(order: OrderDetail, zone: ZoneInfo, parent: QWidget | None = None) -> bool:
    """Through Qt's print dialog; False when the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(f"Print receipt {order.summary.number}")
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_html(receipt_html(order, zone), paper(), printer)
    return True
