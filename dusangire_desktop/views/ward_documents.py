"""Ward paper: tray tickets (80 mm roll or A6 label, in delivery order), the ward round sheet
(A4) and the receipt of a patient's account settled at discharge, laid out by views/printing.py,
saved as PDF or printed through Qt's print preview."""

from __future__ import annotations

from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from ..services.food_service.patient_account import SettlementReceipt
from ..services.food_service.rounds import RoundSheet, TrayTicket
from . import receipt, service_words
from .formatting import date_text, local_datetime, number, rwf
from .labels import label
from .language import document_language, tr
from .printing import A4, A6, Paper, preview_document, roll, save_pdf

ROLL = roll(80)
PAPERS = {"roll": ROLL, "a6": A6}


def _ticket(t: TrayTicket, zone: ZoneInfo, big: str) -> str:
    """In the patient's language."""
    with document_language(t.language):
        return _ticket_text(t, zone, big)


def _ticket_text(t: TrayTicket, zone: ZoneInfo, big: str) -> str:
    allergens = ", ".join(label(a) for a in t.allergens)
    rows = [
        f"<span style='font-size:{big}; font-weight:bold;'>{escape(t.ward)} · "
        + tr("bed {bed}").format(bed=escape(t.bed))
        + "</span>",
        f"<b>{escape(t.patient)}</b>" + (" — " + tr("guest meal") if t.guest else ""),
        f"{label(t.meal)} {t.day:%d/%m/%Y} · {escape(t.order_number)}"
        + (" · <b>" + tr("LATE TRAY") + "</b>" if t.late else ""),
        tr("Diet: {diet}").format(diet=escape(service_words.words(t.diet))),
        tr("Texture: {texture} · Drinks: {drink}").format(
            texture=escape(service_words.word(t.texture)),
            drink=escape(service_words.word(t.drink)),
        ),
    ]
    if allergens:
        rows.append("<b>" + tr("ALLERGENS: {list}").format(list=escape(allergens)) + "</b>")
    if t.npo:
        rows.append("<b>" + escape(service_words.npo(t.npo)) + "</b>")
    if t.notes:
        rows.append(tr("Notes: {notes}").format(notes=escape(t.notes)))
    rows.append(tr("Dishes: {dishes}").format(dishes=escape(t.dishes)))
    rows.append(tr("Deliver by {time}").format(time=local_datetime(t.due_at, zone)))
    return "<br>".join(rows)


def tickets_html(tickets: list[TrayTicket], zone: ZoneInfo, paper: Paper) -> str:
    """Every ticket in the order given (delivery order); on A6 one a page, on a roll one after
    the other with a cut line between."""
    label_sheet = paper.height_mm is not None
    blocks = []
    for index, ticket in enumerate(tickets):
        last = index == len(tickets) - 1
        after = "" if last else ("page-break-after: always;" if label_sheet else "")
        body = _ticket(ticket, zone, "14pt" if label_sheet else "12pt")
        blocks.append(f"<p style='margin:0; {after}'>{body}</p>")
        if not last and not label_sheet:
            blocks.append("<p align=center style='margin:4px 0;'>- - - - - ✂ - - - - -</p>")
    if not blocks:
        blocks.append("<p>" + tr("No trays for this meal.") + "</p>")
    style = "font-family: 'DejaVu Sans'; font-size: 10pt;"
    return f'<html><body style="{style}">' + "".join(blocks) + "</body></html>"


def round_sheet_html(sheet: RoundSheet, zone: ZoneInfo) -> str:
    heading = tr("Ward round — {meal} {day}").format(
        meal=label(sheet.meal), day=date_text(sheet.day, "ddd dd MMM yyyy")
    )
    cutoffs = " · ".join(
        tr("{ward}: orders close {time}").format(ward=escape(w), time=f"{c.astimezone(zone):%H:%M}")
        for w, c in sheet.cutoffs.items()
    )
    head = "".join(
        f"<th align=left>{h}</th>"
        for h in (
            tr("Ward / bed"),
            tr("Patient"),
            tr("Diet"),
            tr("Texture / drinks"),
            tr("Allergens"),
            tr("Ordered"),
        )
    )
    rows = []
    for r in sheet.rows:
        if r.npo:
            ordered = "<b>" + tr("NPO {until}").format(until=escape(r.npo)) + "</b>"
        elif r.no_order:
            ordered = (
                "<b>"
                + tr("NO ORDER YET")
                + "</b>"
                + (" — " + tr("call first (high risk)") if r.high_risk else "")
            )
        else:
            ordered = escape(r.ordered)
        if r.guests:
            ordered += "<br>" + tr("+ %n guest tray(s)", "", r.guests)
        risk = " ⚠" if r.high_risk else ""
        shade = " style='background:#fde8e4;'" if r.no_order else ""
        rows.append(
            f"<tr{shade}><td>{escape(r.ward)} · {escape(r.bed)}</td>"
            f"<td><b>{escape(r.patient)}</b>{risk}</td>"
            f"<td>{escape(service_words.words(r.diet))}</td>"
            f"<td>{escape(service_words.word(r.texture))}<br>"
            f"{escape(service_words.word(r.drink))}</td>"
            f"<td><b>{escape(', '.join(label(a) for a in r.allergens))}</b></td>"
            f"<td>{ordered}</td></tr>"
        )
    missing = len(sheet.not_ordered)
    summary = tr(
        "%n patient(s) · {missing} without an order · ⚠ = high-risk diet: call before the cut-off",
        "",
        len(sheet.rows),
    ).format(missing=missing)
    return f"""<html><body style="font-family: 'DejaVu Sans'; font-size: 9pt;">
<p><span style="font-size: 14pt; font-weight: bold;">{heading}</span><br>{cutoffs}<br>{summary}</p>
<table width=100% border=1 cellspacing=0 cellpadding=3 style="border-collapse: collapse;">
<thead><tr>{head}</tr></thead>{"".join(rows)}</table></body></html>"""


def save_tickets_pdf(tickets: list[TrayTicket], zone: ZoneInfo, path: Path, paper: Paper) -> None:
    save_pdf(tickets_html(tickets, zone, paper), paper, path, tr("Tray tickets"))


def save_round_sheet_pdf(sheet: RoundSheet, zone: ZoneInfo, path: Path) -> None:
    save_pdf(round_sheet_html(sheet, zone), A4, path, tr("Ward round"))


def preview_tickets(
    tickets: list[TrayTicket], zone: ZoneInfo, paper: Paper, parent: QWidget | None = None
) -> QPrintPreviewDialog:
    return preview_document(tickets_html(tickets, zone, paper), paper, tr("Tray tickets"), parent)


def preview_round_sheet(
    sheet: RoundSheet, zone: ZoneInfo, parent: QWidget | None = None
) -> QPrintPreviewDialog:
    return preview_document(round_sheet_html(sheet, zone), A4, tr("Ward round"), parent)


def _row(title: str, amount: str, style: str = "") -> str:
    return (
        f"<tr style='{style}'><td width=70%>{title}</td>"
        f"<td width=30% align=right valign=bottom style='white-space: nowrap;'>{amount}</td></tr>"
    )


def settlement_html(r: SettlementReceipt, zone: ZoneInfo) -> str:
    """The discharge settlement on the desk's roll, in the patient's language: every meal charged
    to the account (who ate it, when, what), the total, and how it was paid."""
    with document_language(r.language):
        return _settlement_html(r, zone)


def _settlement_html(r: SettlementReceipt, zone: ZoneInfo) -> str:
    lines = "".join(
        f"<tr><td colspan=2 style='padding-top: 3px;'>{line.meal_date:%d/%m} "
        f"{label(line.meal)} · {escape(line.order_number)}<br>"
        + (
            tr("Guest: {name}").format(name=escape(line.eaten_by))
            if line.guest
            else tr("Patient's own meal")
        )
        + "</td></tr>"
        + _row(f"&nbsp;&nbsp;{escape(line.dishes)}", number(line.total_rwf))
        for line in r.lines
    )
    paid = label(r.method)
    if r.payment_reference:
        paid += " " + tr("ref. {reference}").format(reference=escape(r.payment_reference))
    payment = _row(paid, number(r.amount_rwf))
    if r.tendered_rwf is not None:
        payment += _row(tr("Cash received"), number(r.tendered_rwf))
        payment += _row(tr("Change"), number(r.change_rwf))
    who = tr(
        "Settlement <b>S-{number}</b><br>{when}<br>Patient: {patient} ({reference})<br>"
        "{ward}, bed {bed}<br>Settled at discharge by: {staff}"
    ).format(
        number=f"{r.number:06d}",
        when=local_datetime(r.settled_at, zone),
        patient=escape(r.patient),
        reference=escape(r.reference),
        ward=escape(r.ward),
        bed=escape(r.bed),
        staff=escape(r.settled_by or "—"),
    )
    heading = tr("Meals charged to the patient's account<br>Amounts in RWF")
    total = _row("<b>" + tr("Total") + "</b>", f"<b>{rwf(r.amount_rwf)}</b>", "font-size: 11pt;")
    thanks = tr("Murakoze! Thank you.")
    rule = "<tr><td colspan=2><hr></td></tr>"
    return f"""
<html><body style="font-family: 'DejaVu Sans'; font-size: 9pt;">
<p align=center><span style="font-size: 14pt; font-weight: bold;">Dusangire</span><br>
{heading}</p>
<p>{who}</p>
<table width=100% cellspacing=0 cellpadding=1>{lines}{rule}{total}{rule}{payment}</table>
<p align=center>{thanks}</p></body></html>"""


def save_settlement_pdf(r: SettlementReceipt, zone: ZoneInfo, path: Path, paper: Paper) -> None:
    save_pdf(settlement_html(r, zone), paper, path, tr("Settlement"), r.language)


def preview_settlement(
    r: SettlementReceipt, zone: ZoneInfo, parent: QWidget | None = None
) -> QPrintPreviewDialog:
    return preview_document(
        settlement_html(r, zone), receipt.paper(), tr("Settlement"), parent, r.language
    )
