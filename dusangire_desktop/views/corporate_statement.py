"""A corporate partner's monthly statement: on screen, and exported as CSV or an A4 PDF."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pandas as pd
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QDateEdit, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ..services import corporate
from ..services.changes import Area
from ..services.corporate import PartnerView, Statement, StatementLine
from .banner import MessageBanner
from .context import ViewContext
from .corporate_contracts import qdate
from .formatting import month_text
from .formatting import number as formatted
from .language import document_language, tr
from .page import Page
from .printing import A4, preview_document, print_document, save_pdf
from .table_model import Column, RecordTableModel
from .widgets import record_table, totals_row


def statement_html(statement: Statement) -> str:
    """The A4 statement, in the partner's language: one row per employee, amounts right-aligned,
    the header row repeated on every page."""
    with document_language(statement.language):
        return _statement_html(statement)


def _statement_html(statement: Statement) -> str:
    number = "align=right style='white-space: nowrap;'"
    rows = "".join(
        f"<tr><td style='white-space: nowrap;'>{escape(s.employee_number)}</td>"
        f"<td>{escape(s.full_name)}</td><td {number}>{formatted(s.orders)}</td>"
        f"<td {number}>{formatted(s.total_rwf)}</td><td {number}>{formatted(s.company_rwf)}</td>"
        f"<td {number}>{formatted(s.employee_rwf)}</td></tr>"
        for s in statement.lines
    )
    title = tr("Statement for {month}").format(month=month_text(statement.month))
    note = tr(
        "Orders placed under the partner's contracts in the month (hospital time), excluding "
        "cancelled and refunded orders. Amounts in RWF."
    )
    # Translated outside the f-string: lupdate does not look inside them.
    head = [tr("Employee no."), tr("Name"), tr("Orders"), tr("Total"), tr("Owed by the company"),
            tr("Paid by the employee")]  # fmt: skip
    return (
        "<html><body style=\"font-family: 'DejaVu Sans'; font-size: 9pt;\">"
        f"<p style='font-size: 15pt; font-weight: bold;'>{escape(statement.partner)}</p>"
        f"<p style='font-size: 12pt;'>{escape(title)}</p>"
        f"<p>{escape(note)}</p>"
        "<table width=100% border=1 cellspacing=0 cellpadding=4 "
        "style='border-collapse: collapse; border-color: #808080;'>"
        "<thead><tr style='background-color: #e8ece9;'>"
        f"<th align=left width=12%>{head[0]}</th><th align=left>{head[1]}</th>"
        f"<th {number} width=8%>{head[2]}</th><th align=right width=12%>{head[3]}</th>"
        f"<th align=right width=14%>{head[4]}</th>"
        f"<th align=right width=14%>{head[5]}</th></tr>"
        f"</thead>{rows}<tr><td><b>{head[3]}</b></td><td></td>"
        f"<td {number}><b>{formatted(statement.orders)}</b></td>"
        f"<td {number}><b>{formatted(statement.total_rwf)}</b></td>"
        f"<td {number}><b>{formatted(statement.company_rwf)}</b></td>"
        f"<td {number}><b>{formatted(statement.employee_rwf)}</b></td></tr></table></body></html>"
    )


def statement_frame(statement: Statement) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "employee_number": s.employee_number,
                "name": s.full_name,
                "orders": s.orders,
                "total_rwf": s.total_rwf,
                "company_rwf": s.company_rwf,
                "employee_rwf": s.employee_rwf,
            }
            for s in statement.lines
        ]
    )


def save_statement_pdf(statement: Statement, path: Path) -> None:
    title = f"{statement.partner} statement {statement.month:%Y-%m}"
    save_pdf(statement_html(statement), A4, path, title, statement.language)


class StatementTab(Page):
    """What the chosen partner owes for a month; follows orders as they are placed or refunded."""

    watches = frozenset({Area.CORPORATE, Area.ORDERS})

    def __init__(self, ctx: ViewContext, banner: MessageBanner) -> None:
        super().__init__()
        self.ctx = ctx
        self.banner = banner
        self.partner: PartnerView | None = None
        self.statement: Statement | None = None
        columns = [
            Column(self.tr("Employee no."), lambda s: s.employee_number),
            Column(self.tr("Name"), lambda s: s.full_name, stretch=True),
            Column(self.tr("Orders"), lambda s: str(s.orders), align_right=True),
            Column(self.tr("Total"), lambda s: formatted(s.total_rwf), align_right=True),
            Column(self.tr("Company owes"), lambda s: formatted(s.company_rwf), align_right=True),
            Column(self.tr("Employee paid"), lambda s: formatted(s.employee_rwf), align_right=True),
        ]
        self.model: RecordTableModel[StatementLine] = RecordTableModel(columns)
        self.table = record_table(self.model)
        self.totals_model: RecordTableModel[StatementLine] = RecordTableModel(columns)
        self.totals_row = totals_row(self.table, self.totals_model)
        self.month = QDateEdit(calendarPopup=True, displayFormat="MMMM yyyy")
        self.month.setDate(qdate(ctx.today().replace(day=1)))
        self.month.dateChanged.connect(self._month_changed)
        self.totals = QLabel("")
        self.totals.setWordWrap(True)  # longer in translation: wraps, never widens
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)
        top.addStretch(1)
        csv_button, pdf_button = (
            QPushButton(self.tr("Export &CSV…")),
            QPushButton(self.tr("Export P&DF…")),
        )
        self.print_button = QPushButton(self.tr("&Print…"))
        self.preview_button = QPushButton(self.tr("Print pre&view…"))
        csv_button.clicked.connect(self._ask_csv)
        pdf_button.clicked.connect(self._ask_pdf)
        self.print_button.clicked.connect(self.print_statement)
        self.preview_button.clicked.connect(self.preview)
        for button in (self.print_button, self.preview_button, pdf_button, csv_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals_row)
        layout.addWidget(self.totals)

    def show_partner(self, partner: PartnerView | None) -> None:
        self.partner = partner
        self.refresh()

    def _month_changed(self, *_args: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        partner = self.partner
        if partner is None:
            return
        month = self.month.date().toPython().replace(day=1)
        self.ctx.query(
            self,
            lambda uow, actor: corporate.monthly_statement(uow, actor, partner.id, month),
            self._loaded,
            purpose="statement",
        )

    def _loaded(self, statement: Statement) -> None:
        self.statement = statement
        self.model.set_records(statement.lines)
        self.totals_model.set_records([
            StatementLine("", self.tr("Total"), statement.orders, statement.total_rwf,
                          statement.company_rwf, statement.employee_rwf)
        ])  # fmt: skip
        self.totals.setText(
            self.tr(
                "<b>{0}</b> orders · total <b>{1} RWF</b> · company owes <b>{2} RWF</b> · "
                "employees paid <b>{3} RWF</b>"
            ).format(
                statement.orders,
                formatted(statement.total_rwf),
                formatted(statement.company_rwf),
                formatted(statement.employee_rwf),
            )
        )
        self.refreshed.emit()

    def print_statement(self) -> None:
        if self.statement is not None:
            print_document(
                statement_html(self.statement), A4, self._title(), self, self.statement.language
            )

    def preview(self) -> QPrintPreviewDialog | None:
        """The A4 pages as they will print, with the preview's own Print button."""
        if self.statement is None:
            return None
        return preview_document(
            statement_html(self.statement), A4, self._title(), self, self.statement.language
        )

    def _title(self) -> str:
        assert self.statement is not None
        return self.tr("Statement {partner}, {month}").format(
            partner=self.statement.partner, month=month_text(self.statement.month)
        )

    def _ask_csv(self) -> None:
        self._ask_export("csv")

    def _ask_pdf(self) -> None:
        self._ask_export("pdf")

    def _ask_export(self, kind: str) -> None:
        if self.statement is None:
            return
        name = f"statement-{self.statement.partner}-{self.statement.month:%Y-%m}.{kind}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export statement"), name.replace(" ", "-"), f"{kind.upper()} (*.{kind})"
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        """Writes the statement on screen, at the person's request (printing needs this thread)."""
        if self.statement is None:
            return
        if path.suffix.lower() == ".pdf":
            save_statement_pdf(self.statement, path)
        else:
            statement_frame(self.statement).to_csv(path, index=False)
        self.banner.show_info(self.tr("Statement saved to {0}").format(path))
