"""Receipts: the same figures the order was saved with, to a printer or a PDF file."""

from __future__ import annotations

from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from ..services.orders import OrderDetail, PaymentMethod
from .formatting import local_datetime, rwf

METHOD_LABELS = {
    PaymentMethod.CASH: "Cash",
    PaymentMethod.MOBILE_MONEY: "Mobile money",
    PaymentMethod.CARD: "Card",
    PaymentMethod.CORPORATE_ACCOUNT: "Corporate account",
}
RECEIPT_WIDTH_MM = 80


def receipt_html(order: OrderDetail, zone: ZoneInfo) -> str:
    s = order.summary
    rows = "".join(
        f"<tr><td>{escape(name)}</td><td align=right>{qty} × {unit:,}</td>"
        f"<td align=right>{total:,}</td></tr>"
        for name, qty, unit, total in order.lines
    )
    discounts = "".join(
        f"<tr><td colspan=2>{escape(label)}</td><td align=right>−{amount:,}</td></tr>"
        for label, amount in order.discounts
    )
    payments = "".join(
        f"<tr><td colspan=2>{'Refund — ' if refund else ''}{METHOD_LABELS[method]}"
        f"{' ref. ' + escape(ref) if ref else ''}</td><td align=right>{amount:,}</td></tr>"
        + (f"<tr><td colspan=2>Cash received</td><td align=right>{tendered:,}</td></tr>"
           f"<tr><td colspan=2>Change</td><td align=right>{change:,}</td></tr>"
           if tendered is not None else "")
        for method, amount, tendered, change, ref, refund in order.payments
    )  # fmt: skip
    where = f"{escape(s.ward or '')}, bed {escape(s.bed or '')}" if s.ward else "Pickup"
    company = (
        f"<tr><td colspan=2>Paid by the company</td><td align=right>{order.company_share_rwf:,}"
        f"</td></tr><tr><td colspan=2>Paid by the customer</td><td align=right>"
        f"{order.customer_share_rwf:,}</td></tr>" if order.company_share_rwf else ""
    )  # fmt: skip
    return f"""
<html><body style="font-family: 'DejaVu Sans'; font-size: 9pt;">
<p align=center><b style="font-size: 12pt;">Dusangire</b><br>Hospital meals · RWF</p>
<p>Order <b>{escape(s.number)}</b><br>{local_datetime(s.placed_at, zone)}<br>
Customer: {escape(s.customer)}<br>{where}<br>Served by: {escape(order.placed_by or "—")}</p>
<table width=100% cellspacing=0 cellpadding=1>{rows}
<tr><td colspan=2><b>Subtotal</b></td><td align=right><b>{order.subtotal_rwf:,}</b></td></tr>
{discounts}
<tr><td colspan=2><b>Total</b></td><td align=right><b>{rwf(s.total_rwf)}</b></td></tr>
{company}{payments}</table>
<p align=center>Murakoze! Thank you.</p></body></html>"""


def _document(order: OrderDetail, zone: ZoneInfo) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(receipt_html(order, zone))
    return document


def save_pdf(order: OrderDetail, zone: ZoneInfo, path: Path) -> None:
    writer = QPdfWriter(str(path))
    height = 120 + 8 * (len(order.lines) + len(order.discounts) + 2 * len(order.payments))
    size = QPageSize(QSizeF(RECEIPT_WIDTH_MM, height), QPageSize.Unit.Millimeter, "Receipt")
    margins = QMarginsF(4, 4, 4, 4)
    portrait = QPageLayout.Orientation.Portrait
    writer.setPageLayout(QPageLayout(size, portrait, margins, QPageLayout.Unit.Millimeter))
    writer.setTitle(f"Receipt {order.summary.number}")
    document = _document(order, zone)
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.print_(writer)


def print_receipt(order: OrderDetail, zone: ZoneInfo, parent: QWidget | None = None) -> bool:
    """Through Qt's print dialog; False when the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(f"Print receipt {order.summary.number}")
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    _document(order, zone).print_(printer)
    return True
