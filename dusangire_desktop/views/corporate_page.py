"""Corporate partners: contracts, enrolled employees (and CSV import), the monthly statement."""

from __future__ import annotations

from datetime import date, datetime
from html import escape
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import corporate
from ..services.auth import Permission
from ..services.corporate import (
    Billing,
    ContractInput,
    ContractStatus,
    ContractView,
    EmployeeView,
    PartnerView,
    Statement,
)
from ..services.errors import DomainError
from .areas import ViewContext
from .background import run_in_background, run_latest
from .banner import MessageBanner
from .changes import announce, changes_hub
from .forms import FieldErrors
from .printing import A4, save_pdf
from .table_model import Column, RecordTableModel
from .widgets import record_table, selected_record


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ContractDialog(QDialog):
    saved = Signal(object)

    def __init__(
        self,
        ctx: ViewContext,
        partner: PartnerView,
        existing: ContractView | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._partner, self._existing = ctx, partner, existing
        self.setWindowTitle(f"{'Edit' if existing else 'New'} contract — {partner.name}")
        today = datetime.now(ctx.zone).date()
        self.code = QLineEdit(existing.code if existing else "")
        self.starts = QDateEdit(
            _qdate(existing.starts_on if existing else today), calendarPopup=True
        )
        self.ends = QDateEdit(
            _qdate(existing.ends_on if existing else today.replace(month=12, day=31)),
            calendarPopup=True,
        )
        self.percent = QLineEdit(str(existing.discount_percent) if existing else "10")
        self.cap = QSpinBox()
        self.cap.setRange(0, 10_000_000)
        self.cap.setSingleStep(1000)
        self.cap.setGroupSeparatorShown(True)
        self.cap.setSuffix(" RWF")
        self.cap.setValue(existing.monthly_cap_rwf if existing else 30_000)
        self.billing = QComboBox()
        self.billing.addItem("Company is invoiced (up to the allowance)", Billing.COMPANY_INVOICE)
        self.billing.addItem("Employee pays (discount only)", Billing.EMPLOYEE_PAYS)
        self.status = QComboBox()
        for status in ContractStatus:
            self.status.addItem(status.value, status)
        if existing:
            self.billing.setCurrentIndex(self.billing.findData(existing.billing))
            self.status.setCurrentIndex(self.status.findData(existing.status))
        self.banner = MessageBanner()
        form = QFormLayout()
        self.errors = FieldErrors(form)
        for label, field, widget in (
            ("&Code", "code", self.code),
            ("&Starts", "starts_on", self.starts),
            ("&Ends", "ends_on", self.ends),
            ("&Discount %", "discount_percent", self.percent),
            ("Monthly &allowance per employee", "monthly_cap_rwf", self.cap),
            ("&Billing", "billing", self.billing),
            ("S&tatus", "status", self.status),
        ):
            self.errors.add_row(label, field, widget)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton("Save", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def data(self) -> ContractInput:
        return ContractInput(
            self.code.text(),
            self.starts.date().toPython(),
            self.ends.date().toPython(),
            self.percent.text(),
            self.cap.value(),
            self.billing.currentData(),
            self.status.currentData(),
        )

    def _submit(self) -> None:
        self.errors.clear()
        self.banner.clear()
        data, ctx = self.data(), self._ctx
        partner_id, contract_id = self._partner.id, self._existing.id if self._existing else None
        run_in_background(
            self,
            lambda: corporate.save_contract(
                ctx.uow_factory(), ctx.actor, partner_id, data, contract_id
            ),
            self._saved,
            self._failed,
        )

    def _saved(self, contract: ContractView) -> None:
        announce("corporate", [contract.id])
        self.saved.emit(contract)
        self.accept()

    def _failed(self, error: DomainError) -> None:
        if not self.errors.show(error):
            self.banner.show_error(error.message)


def statement_html(statement: Statement) -> str:
    """The A4 statement: one row per employee, amounts right-aligned, the header row repeated on
    every page."""
    number = "align=right style='white-space: nowrap;'"
    rows = "".join(
        f"<tr><td style='white-space: nowrap;'>{escape(s.employee_number)}</td>"
        f"<td>{escape(s.full_name)}</td><td {number}>{s.orders}</td>"
        f"<td {number}>{s.total_rwf:,}</td><td {number}>{s.company_rwf:,}</td>"
        f"<td {number}>{s.employee_rwf:,}</td></tr>"
        for s in statement.lines
    )
    return (
        "<html><body style=\"font-family: 'DejaVu Sans'; font-size: 9pt;\">"
        f"<p style='font-size: 15pt; font-weight: bold;'>{escape(statement.partner)}</p>"
        f"<p style='font-size: 12pt;'>Statement for {statement.month:%B %Y}</p>"
        "<p>Orders placed under the partner's contracts in the month (hospital time), excluding "
        "cancelled and refunded orders. Amounts in RWF.</p>"
        "<table width=100% border=1 cellspacing=0 cellpadding=4 "
        "style='border-collapse: collapse; border-color: #808080;'>"
        "<thead><tr style='background-color: #e8ece9;'>"
        "<th align=left width=12%>Employee no.</th><th align=left>Name</th>"
        f"<th {number} width=8%>Orders</th><th align=right width=12%>Total</th>"
        "<th align=right width=14%>Owed by the company</th>"
        "<th align=right width=14%>Paid by the employee</th></tr>"
        f"</thead>{rows}<tr><td><b>Total</b></td><td></td>"
        f"<td {number}><b>{statement.orders}</b></td>"
        f"<td {number}><b>{statement.total_rwf:,}</b></td>"
        f"<td {number}><b>{statement.company_rwf:,}</b></td>"
        f"<td {number}><b>{statement.employee_rwf:,}</b></td></tr></table></body></html>"
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
    save_pdf(statement_html(statement), A4, path,
             f"{statement.partner} statement {statement.month:%Y-%m}")  # fmt: skip


class CorporatePage(QWidget):
    loaded = Signal()

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.statement: Statement | None = None
        manage = ctx.actor.can(Permission.MANAGE_CORPORATE)
        self.banner = MessageBanner()
        self.partners = QListWidget()
        self.partners.currentItemChanged.connect(lambda *_: self.load_partner())
        self.new_partner = QPushButton("New &partner…")
        self.new_partner.setVisible(manage)
        self.new_partner.clicked.connect(self._ask_partner)
        self.contracts: RecordTableModel[ContractView] = RecordTableModel(
            [
                Column("Code", lambda c: c.code),
                Column("Status", lambda c: c.status.value),
                Column("From", lambda c: f"{c.starts_on:%d %b %Y}"),
                Column("To", lambda c: f"{c.ends_on:%d %b %Y}"),
                Column("Discount", lambda c: f"{c.discount_percent} %"),
                Column("Monthly allowance", lambda c: f"{c.monthly_cap_rwf:,} RWF"),
                Column("Billing", lambda c: c.billing.value.replace("_", " ")),
            ]
        )
        self.contracts_table = record_table(self.contracts)
        self.employees: RecordTableModel[EmployeeView] = RecordTableModel(
            [
                Column("Employee no.", lambda e: e.employee_number),
                Column("Name", lambda e: e.full_name),
                Column("Phone", lambda e: e.phone or ""),
                Column("Enrolled", lambda e: "active" if e.is_active else "left"),
            ]
        )
        self.employees_table = record_table(self.employees)
        self.statement_model: RecordTableModel = RecordTableModel(
            [
                Column("Employee no.", lambda s: s.employee_number),
                Column("Name", lambda s: s.full_name),
                Column("Orders", lambda s: str(s.orders), align_right=True),
                Column("Total", lambda s: f"{s.total_rwf:,}", align_right=True),
                Column("Company owes", lambda s: f"{s.company_rwf:,}", align_right=True),
                Column("Employee paid", lambda s: f"{s.employee_rwf:,}", align_right=True),
            ]
        )
        self.statement_table = record_table(self.statement_model)
        self.month = QDateEdit(calendarPopup=True, displayFormat="MMMM yyyy")
        today = datetime.now(ctx.zone).date()
        self.month.setDate(_qdate(today.replace(day=1)))
        self.month.dateChanged.connect(lambda _d: self.load_statement())
        self.statement_totals = QLabel("")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._contracts_tab(manage), "Contracts")
        self.tabs.addTab(self._employees_tab(manage), "Employees")
        self.tabs.addTab(self._statement_tab(), "Monthly statement")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel("Partners"))
        left_layout.addWidget(self.partners, 1)
        left_layout.addWidget(self.new_partner)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        changes_hub().changed.connect(self._on_change)
        self.refresh()

    def _contracts_tab(self, manage: bool) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.contracts_table, 1)
        buttons = QHBoxLayout()
        new, edit = QPushButton("&New contract…"), QPushButton("&Edit contract…")
        new.clicked.connect(lambda: self.open_contract(None))
        edit.clicked.connect(
            lambda: self.open_contract(selected_record(self.contracts_table, self.contracts))
        )
        for button in (new, edit):
            button.setVisible(manage)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return tab

    def _employees_tab(self, manage: bool) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.employees_table, 1)
        buttons = QHBoxLayout()
        enrol, import_csv = QPushButton("&Enrol…"), QPushButton("&Import CSV…")
        leave = QPushButton("Mark as &left / back")
        enrol.clicked.connect(self._ask_enrol)
        import_csv.clicked.connect(self._ask_import)
        leave.clicked.connect(self._toggle_employee)
        for button in (enrol, import_csv, leave):
            button.setVisible(manage)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return tab

    def _statement_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        top = QHBoxLayout()
        top.addWidget(QLabel("Month"))
        top.addWidget(self.month)
        top.addStretch(1)
        csv_button, pdf_button = QPushButton("Export &CSV…"), QPushButton("Export P&DF…")
        csv_button.clicked.connect(lambda: self._ask_export("csv"))
        pdf_button.clicked.connect(lambda: self._ask_export("pdf"))
        top.addWidget(csv_button)
        top.addWidget(pdf_button)
        layout.addLayout(top)
        layout.addWidget(self.statement_table, 1)
        layout.addWidget(self.statement_totals)
        return tab

    # loading
    def refresh(self) -> None:
        ctx = self._ctx
        run_in_background(
            self,
            lambda: corporate.list_partners(ctx.uow_factory(), ctx.actor),
            self._partners_loaded,
            lambda e: self.banner.show_error(e.message),
        )

    def _partners_loaded(self, partners: list[PartnerView]) -> None:
        current = self.partner()
        self.partners.blockSignals(True)
        self.partners.clear()
        for partner in partners:
            item = QListWidgetItem(f"{partner.name}  ({partner.employees} employees)")
            item.setData(256, partner)
            self.partners.addItem(item)
        self.partners.blockSignals(False)
        row = next((i for i, p in enumerate(partners) if current and p.id == current.id), 0)
        if partners:
            self.partners.setCurrentRow(row)
            self.load_partner()
        else:
            self.loaded.emit()

    def partner(self) -> PartnerView | None:
        item = self.partners.currentItem()
        return item.data(256) if item else None

    def load_partner(self) -> None:
        partner, ctx = self.partner(), self._ctx
        if partner is None:
            return

        def load() -> tuple[list[ContractView], list[EmployeeView]]:
            return (
                corporate.list_contracts(ctx.uow_factory(), ctx.actor, partner.id),
                corporate.list_employees(ctx.uow_factory(), ctx.actor, partner.id),
            )

        run_latest(
            self, "partner", load, self._partner_loaded, lambda e: self.banner.show_error(e.message)
        )
        self.load_statement()

    def _partner_loaded(self, data: tuple[list[ContractView], list[EmployeeView]]) -> None:
        self.contracts.set_records(data[0])
        self.employees.set_records(data[1])
        self.loaded.emit()

    def load_statement(self) -> None:
        partner, ctx = self.partner(), self._ctx
        if partner is None:
            return
        month = self.month.date().toPython().replace(day=1)
        run_latest(
            self,
            "statement",
            lambda: corporate.monthly_statement(ctx.uow_factory(), ctx.actor, partner.id, month),
            self._statement_loaded,
            lambda e: self.banner.show_error(e.message),
        )

    def _statement_loaded(self, statement: Statement) -> None:
        self.statement = statement
        self.statement_model.set_records(statement.lines)
        self.statement_totals.setText(
            f"<b>{statement.orders}</b> orders · total <b>{statement.total_rwf:,} RWF</b> · "
            f"company owes <b>{statement.company_rwf:,} RWF</b> · employees paid "
            f"<b>{statement.employee_rwf:,} RWF</b>"
        )

    def _on_change(self, area: str, _ids: list) -> None:
        if area in ("corporate", "orders"):
            self.refresh()

    # actions
    def open_contract(self, existing: ContractView | None) -> ContractDialog | None:
        partner = self.partner()
        if partner is None:
            self.banner.show_error("Add or choose a partner first.")
            return None
        dialog = ContractDialog(self._ctx, partner, existing, self)
        dialog.saved.connect(lambda c: self.banner.show_info(f"Contract {c.code} saved."))
        dialog.open()
        return dialog

    def _ask_partner(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self, "New partner", "Company name:")
        if ok:
            self.add_partner(name)

    def add_partner(self, name: str, contact: str = "", phone: str = "") -> None:
        ctx = self._ctx
        run_in_background(
            self,
            lambda: corporate.save_partner(
                ctx.uow_factory(), ctx.actor, name=name, contact_name=contact, phone=phone
            ),
            lambda p: (self.banner.show_info(f"{p.name} added."), announce("corporate", [p.id])),
            lambda e: self.banner.show_error(e.message),
        )

    def _ask_enrol(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(
            self, "Enrol employee", "Employee number, full name, phone (comma separated):"
        )
        if ok:
            parts = [p.strip() for p in text.split(",")]
            self.enrol(*[*parts, "", "", ""][:3])

    def enrol(self, number: str, name: str, phone: str) -> None:
        partner, ctx = self.partner(), self._ctx
        if partner is None:
            return
        run_in_background(
            self,
            lambda: corporate.enrol_employee(
                ctx.uow_factory(), ctx.actor, partner.id, number, name, phone
            ),
            lambda e: (
                self.banner.show_info(f"{e.full_name} enrolled."),
                announce("corporate", [e.id]),
            ),
            lambda e: self.banner.show_error(e.message),
        )

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import employees", "", "CSV (*.csv)")
        if path:
            self.import_csv(Path(path))

    def import_csv(self, path: Path) -> None:
        partner, ctx = self.partner(), self._ctx
        if partner is None:
            return
        run_in_background(
            self,
            lambda: corporate.import_employees(ctx.uow_factory(), ctx.actor, partner.id, path),
            lambda n: (
                self.banner.show_info(f"{n} employees imported from {path.name}."),
                announce("corporate", [partner.id]),
            ),
            lambda e: self.banner.show_error(e.message),
        )

    def _toggle_employee(self) -> None:
        employee, ctx = selected_record(self.employees_table, self.employees), self._ctx
        if employee is None:
            return
        run_in_background(
            self,
            lambda: corporate.set_employee_active(
                ctx.uow_factory(), ctx.actor, employee.id, not employee.is_active
            ),
            lambda _n: announce("corporate", [employee.id]),
            lambda e: self.banner.show_error(e.message),
        )

    def _ask_export(self, kind: str) -> None:
        if self.statement is None:
            return
        name = f"statement-{self.statement.partner}-{self.statement.month:%Y-%m}.{kind}"
        path, _ = QFileDialog.getSaveFileName(
            self, "Export statement", name.replace(" ", "-"), f"{kind.upper()} (*.{kind})"
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        if self.statement is None:
            return
        if path.suffix.lower() == ".pdf":
            save_statement_pdf(self.statement, path)
        else:
            statement_frame(self.statement).to_csv(path, index=False)
        self.banner.show_info(f"Statement saved to {path}")
