"""The till's paper: X and Z reports and EBM fiscal receipts on the receipt roll, or as PDF."""

from __future__ import annotations

import base64
import io
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

import segno
from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from ..services.fiscal.daily import FiscalDay
from ..services.fiscal.receipt_data import FiscalReceiptView
from ..services.till.reports import ShiftReport
from .formatting import local_datetime, number
from .formatting import number as figure
from .labels import label
from .language import document_language, tr
from .printing import Paper, print_html
from .printing import save_pdf as save_document_pdf
from .receipt import paper

PAYMENT_TYPES = {
    "01": QT_TR_NOOP("Cash"),
    "02": QT_TR_NOOP("Credit"),
    "03": QT_TR_NOOP("Cash/Credit"),
    "05": QT_TR_NOOP("Card"),
    "06": QT_TR_NOOP("Mobile money"),
}


def _row(title: str, amount: str, style: str = "") -> str:
    return (
        f"<tr style='{style}'><td width=62%>{title}</td>"
        f"<td width=38% align=right valign=bottom style='white-space: nowrap;'>{amount}</td></tr>"
    )


def _heading_row(text: str) -> str:
    return f"<tr><td colspan=2><b>{text}</b></td></tr>"


def _money(amount: int | None) -> str:
    return "—" if amount is None else figure(amount)


def _less(amount: int) -> str:
    """Money going out of the drawer, shown with its minus sign (none on nothing)."""
    return f"−{figure(amount)}" if amount else "0"


RULE = "<tr><td colspan=2><hr></td></tr>"


def report_html(report: ShiftReport, zone: ZoneInfo) -> str:
    """An X report (the shift so far) or a Z report (the close), every figure in RWF."""
    s = report.shift
    title = tr("Z REPORT") if report.final else tr("X REPORT — shift so far")
    state = label(s.status) + (" — " + tr("FORCED") if s.forced else "")
    head = tr(
        "Desk: {desk}<br>Opened {opened} by {by}<br>{closed}Status: {state}<br>Printed {now}"
    ).format(
        desk=escape(s.desk), opened=local_datetime(s.opened_at, zone), by=escape(s.opened_by),
        closed=(tr("Closed {at} by {by}<br>").format(at=local_datetime(s.closed_at, zone),
                                                     by=escape(s.closed_by or ""))
                if s.closed_at else ""),
        state=escape(state), now=local_datetime(report.printed_at, zone),
    )  # fmt: skip
    sales = "".join(_row(label(t.tender), _money(t.sales_rwf)) for t in report.tenders
                    if t.sales_rwf)  # fmt: skip
    channels = "".join(_row(label(c), _money(a)) for c, a in report.sales_by_channel)
    refunds = "".join(_row(label(t.tender), _less(t.refunds_rwf)) for t in report.tenders
                      if t.refunds_rwf)  # fmt: skip
    tenders = "".join(
        f"<tr><td colspan=2 style='padding-top: 3px;'><b>{label(t.tender)}</b></td></tr>"
        + _row("&nbsp;&nbsp;" + tr("Expected"), _money(t.expected_rwf))
        + _row("&nbsp;&nbsp;" + tr("Counted"), _money(t.counted_rwf))
        + _row("&nbsp;&nbsp;" + tr("Variance"), _money(t.variance_rwf))
        for t in report.tenders
        if t.expected_rwf or t.counted_rwf or t.tender.value == "cash"
    )
    fiscal = "".join(
        _row(f"{label(f.kind)} — {label(f.status)} ({f.receipts})", _money(f.total_rwf))
        for f in report.fiscal
    )
    # Texts are translated outside the f-strings: lupdate does not look inside them.
    if fiscal:
        fiscal = RULE + _heading_row(tr("EBM fiscal receipts")) + fiscal
    reason = (
        "<p>" + tr("Variance reason") + f": {escape(report.variance_reason)}</p>"
        if report.variance_reason
        else ""
    )
    body = "".join(
        [
            _heading_row(tr("Sales by tender")) + sales,
            _row("<b>" + tr("Total sales") + "</b>", "<b>" + _money(report.sales_rwf) + "</b>"),
            _row(tr("Orders"), str(report.orders)),
            _row(tr("Discounts given"), _money(report.discounts_rwf)) + RULE,
            _heading_row(tr("Sales by channel")) + channels + RULE,
            _heading_row(tr("Money given back")) + refunds,
            _row(tr("Cancelled orders"),
                 f"{report.cancelled_orders} / {_money(report.cancelled_rwf)}"),
            _row(tr("Refunded orders"), str(report.refunded_orders)),
            _row("<b>" + tr("Total given back") + "</b>",
                 "<b>" + _less(report.refunds_rwf) + "</b>") + RULE,
            _heading_row(tr("Drawer")),
            _row(tr("Opening float"), _money(report.opening_float_rwf)),
            _row(tr("Paid in"), _money(report.paid_in_rwf)),
            _row(tr("Paid out"), _less(report.paid_out_rwf)),
            _row(tr("Cash drops"), _less(report.drops_rwf)) + RULE,
            tenders + RULE,
            _row("<b>" + tr("Total variance") + "</b>",
                 "<b>" + _money(report.variance_rwf) + "</b>"),
            fiscal,
        ]
    )  # fmt: skip
    amounts, signature = tr("Amounts in RWF"), tr("Signature of the cashier")
    return f"""
<html><body style="font-family: 'DejaVu Sans'; font-size: 9pt;">
<p align=center><span style="font-size: 13pt; font-weight: bold;">Dusangire</span><br>
<b>{title}</b><br>{amounts}</p>
<p>{head}</p>
<table width=100% cellspacing=0 cellpadding=1>
{body}</table>{reason}
<p align=center>{signature}<br><br>______________________</p>
</body></html>"""


def fiscal_day_html(day: FiscalDay) -> str:
    """The daily fiscal X (the day so far) or Z report (a day that is over)."""
    title = tr("FISCAL Z REPORT") if day.final else tr("FISCAL X REPORT — day so far")
    lines = "".join(
        f"<tr><td colspan=2 style='padding-top: 3px;'><b>{label(f.mode)} — {label(f.kind)}</b>"
        f"</td></tr>"
        + _row("&nbsp;&nbsp;" + tr("Receipts"), f"{f.receipts} ({f.first_receipt_no}–"
               f"{f.last_receipt_no})")
        + _row("&nbsp;&nbsp;" + tr("Total"), _money(f.total_rwf))
        + "".join(_row("&nbsp;&nbsp;" + tr("Taxable {type} / tax").format(type=t),
                       f"{figure(taxable)} / {figure(tax)}") for t, taxable, tax in f.taxes)
        for f in day.lines
    )  # fmt: skip
    amounts = tr("Amounts in RWF")
    counts = (
        _row(tr("Waiting for the controller"), str(day.pending))
        + _row(tr("Rejected by the controller"), str(day.rejected))
        + _row(tr("Copies printed"), str(day.copies))
    )
    return f"""
<html><body style="font-family: 'DejaVu Sans'; font-size: 9pt;">
<p align=center><span style="font-size: 13pt; font-weight: bold;">Dusangire</span><br>
<b>{title}</b><br>{day.day.strftime("%d/%m/%Y")}<br>{amounts}</p>
<table width=100% cellspacing=0 cellpadding=1>{lines}{RULE}
{counts}
</table></body></html>"""


def qr_png(content: str) -> str:
    """The QR code as a PNG data URI (segno: pure Python, no image library needed)."""
    buffer = io.BytesIO()
    segno.make(content, error="m", micro=False).save(buffer, kind="png", scale=6, border=2)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


# Fixed words of the EBM receipt that stay as the RRA prescribes them, in English, whatever the
# customer's language: the receipt type in the title (SALE, REFUND, COPY, TRAINING, PROFORMA, from
# the service), "TIN", the SDC block ("SDC INFORMATION", Date, Time, SDC ID, Receipt number,
# Internal data, Receipt signature) and "THIS IS NOT AN OFFICIAL RECEIPT". The tax office reads
# them; everything else is in the customer's language.
SDC_INFORMATION = "SDC INFORMATION"
NOT_OFFICIAL = "THIS IS NOT AN OFFICIAL RECEIPT"


def fiscal_html(receipt: FiscalReceiptView, zone: ZoneInfo) -> str:
    """An EBM receipt in the customer's language: lines, totals per tax type, and the SDC block
    with its QR code. Copies, training and proforma receipts say they are not official."""
    with document_language(receipt.language):
        return _fiscal_html(receipt, zone)


def _fiscal_html(receipt: FiscalReceiptView, zone: ZoneInfo) -> str:
    lines = "".join(
        f"<tr><td colspan=2 style='padding-top: 3px;'>{escape(li.name)}</td></tr>"
        + _row(f"&nbsp;&nbsp;{li.quantity} × {figure(li.unit_price_rwf)}",
               f"{figure(li.total_rwf)} {li.tax_type}")
        for li in receipt.lines
    )  # fmt: skip
    taxes = "".join(
        _row(
            tr("Total {type}-{rate}").format(type=t, rate="EX" if t == "A" else f"{rate}%"),
            figure(taxable),
        )
        + _row(tr("Total tax {type}").format(type=t), figure(tax))
        for t, rate, taxable, tax in receipt.taxes
    )
    # Texts are translated outside the f-strings: lupdate does not look inside them.
    not_official = (
        "" if receipt.is_official else
        f"<p align=center><b>{NOT_OFFICIAL}</b></p>"
    )  # fmt: skip
    refund = (
        "<p align=center><b>" + tr("REFUND") + "</b><br>"
        + tr("Ref. normal receipt: {number}").format(number=escape(receipt.original_receipt or ""))
        + "</p>"
        if receipt.original_receipt else ""
    )  # fmt: skip
    if receipt.copy_of_receipt:
        refund += (
            "<p align=center>"
            + tr("Copy of receipt {number}").format(number=escape(receipt.copy_of_receipt))
            + "</p>"
        )
    client = (tr("Client TIN: {tin}").format(tin=escape(receipt.customer_tin)) + "<br>"
              if receipt.customer_tin else "")  # fmt: skip
    sdc = receipt.sdc
    block = ""
    if sdc is not None:
        rows = (
            f"<tr><td colspan=2 align=center><b>{SDC_INFORMATION}</b></td></tr>"
            + _row("Date", sdc.date) + _row("Time", sdc.time)
            + _row("SDC ID", escape(sdc.sdc_id))
            + _row("Receipt number", escape(sdc.receipt_number))
            + f"<tr><td colspan=2>Internal data:<br>{escape(sdc.internal_data)}"
            + f"</td></tr><tr><td colspan=2>Receipt signature:<br>{escape(sdc.signature)}</td></tr>"
        )  # fmt: skip
        block = f"""<table width=100% cellspacing=0 cellpadding=1>{rows}</table>
<p align=center><img src="{qr_png(sdc.qr)}" width=113 height=113></p>"""
    order = tr("Order")
    totals = (
        _row("<b>" + tr("TOTAL") + "</b>", f"<b>{number(receipt.total_rwf)}</b>",
             "font-size: 10pt;")
        + taxes + _row(tr("Total tax"), number(receipt.total_tax_rwf)) + RULE
        + _row(tr("Payment"), tr(PAYMENT_TYPES.get(receipt.payment_code, receipt.payment_code)))
    )  # fmt: skip
    thanks = tr("Murakoze! Thank you.")
    return f"""
<html><body style="font-family: 'DejaVu Sans'; font-size: 9pt;">
<p align=center><span style="font-size: 13pt; font-weight: bold;">Dusangire</span><br>
TIN: {escape(receipt.seller_tin)}<br>{client}
<b>{escape(receipt.title)}</b></p>{refund}{not_official}
<p>{order} {escape(receipt.order_number)}</p>
<table width=100% cellspacing=0 cellpadding=1>{lines}{RULE}
{totals}
</table>{block}{not_official}
<p align=center>{escape(receipt.software)}<br>{thanks}</p>
</body></html>"""


def save_report_pdf(
    report: ShiftReport, zone: ZoneInfo, path: Path, on: Paper | None = None
) -> None:
    title = tr("Z report") if report.final else tr("X report")
    save_document_pdf(report_html(report, zone), on or paper(), path, title)


def save_fiscal_pdf(receipt: FiscalReceiptView, zone: ZoneInfo, path: Path,
                    on: Paper | None = None) -> None:  # fmt: skip
    save_document_pdf(
        fiscal_html(receipt, zone), on or paper(), path, receipt.title, receipt.language
    )


def print_document(html: str, title: str, parent: QWidget | None = None) -> bool:
    """Through Qt's print dialog on the desk's roll; False when the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_html(html, paper(), printer)
    return True
