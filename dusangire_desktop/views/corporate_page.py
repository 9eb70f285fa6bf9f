"""Corporate partners: the list of partners, and for the chosen one its contracts, enrolled
employees and monthly statement.

Each tab is a page of its own module that refreshes itself for the changes it shows; this page
keeps the partner list and tells the tabs which partner is chosen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import corporate
from ..services.auth import Permission
from ..services.changes import Area
from ..services.corporate import PartnerView
from . import language
from .banner import MessageBanner
from .context import ViewContext
from .corporate_contracts import ContractsTab
from .corporate_employees import EmployeesTab
from .corporate_statement import StatementTab, save_statement_pdf
from .customer_dialog import language_picker
from .forms import FormDialog
from .operations import Operation
from .page import Page

__all__ = ["CorporatePage", "PartnerDialog", "save_statement_pdf"]

PARTNER_ROLE = Qt.ItemDataRole.UserRole


class PartnerDialog(FormDialog):
    """A new corporate partner, or an existing one's details and statements' language."""

    def __init__(
        self, ctx: ViewContext, parent: QWidget | None = None, partner: PartnerView | None = None
    ) -> None:
        super().__init__(ctx, "", parent)
        self.partner = partner
        self.setWindowTitle(self.tr("Edit partner") if partner else self.tr("New partner"))
        self.name = self.add_field(self.tr("Company &name"), "name", QLineEdit())
        self.contact = self.add_field(self.tr("&Contact person"), "contact_name", QLineEdit())
        self.phone = self.add_field(self.tr("&Phone"), "phone", QLineEdit())
        self.language = self.add_field(
            self.tr("&Statements in"),
            "language",
            language_picker(partner.language if partner else language.current()),
        )
        if partner is not None:
            self.name.setText(partner.name)
            self.contact.setText(partner.contact_name)
            self.phone.setText(partner.phone or "")

    def operation(self) -> Operation[PartnerView]:
        name, contact, phone = self.name.text(), self.contact.text(), self.phone.text()
        chosen = self.language.currentData()
        partner_id = self.partner.id if self.partner else None
        email = (self.partner.email or "") if self.partner else ""  # kept: the form has no e-mail
        return lambda uow, actor: corporate.save_partner(
            uow, actor, name=name, contact_name=contact, phone=phone, email=email,
            partner_id=partner_id, language=chosen,
        )  # fmt: skip


class CorporatePage(Page):
    watches = frozenset({Area.CORPORATE})
    loaded = Signal()

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.banner = MessageBanner()
        self.partners = QListWidget()
        self.partners.currentItemChanged.connect(self._partner_chosen)
        self.new_partner = QPushButton(self.tr("New &partner…"))
        self.new_partner.setVisible(ctx.actor.can(Permission.MANAGE_CORPORATE))
        self.new_partner.clicked.connect(self.open_new_partner)
        self.edit_partner = QPushButton(self.tr("&Edit partner…"))
        self.edit_partner.setVisible(ctx.actor.can(Permission.MANAGE_CORPORATE))
        self.edit_partner.setEnabled(False)
        self.edit_partner.clicked.connect(self.open_edit_partner)
        self.contracts = ContractsTab(ctx, self.banner)
        self.employees = EmployeesTab(ctx, self.banner)
        self.statement = StatementTab(ctx, self.banner)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.contracts, self.tr("Contracts"))
        self.tabs.addTab(self.employees, self.tr("Employees"))
        self.tabs.addTab(self.statement, self.tr("Monthly statement"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("Partners")))
        left_layout.addWidget(self.partners, 1)
        left_layout.addWidget(self.new_partner)
        left_layout.addWidget(self.edit_partner)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 760])  # a partner's whole name, not a sideways scroll
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.query(self, corporate.list_partners, self._partners_loaded, purpose="partners")

    def _partners_loaded(self, partners: list[PartnerView]) -> None:
        current = self.partner()
        self.partners.blockSignals(True)
        self.partners.clear()
        for partner in partners:
            item = QListWidgetItem(
                self.tr("{0}  (%n employee(s))", "", partner.employees).format(partner.name)
            )
            item.setToolTip(item.text())
            item.setData(PARTNER_ROLE, partner)
            self.partners.addItem(item)
        row = next((i for i, p in enumerate(partners) if current and p.id == current.id), 0)
        if partners:
            self.partners.setCurrentRow(row)
        self.partners.blockSignals(False)
        chosen = self.partner()
        if (
            current is None
            or chosen is None
            or chosen.id != current.id
            or (chosen.name, chosen.language) != (current.name, current.language)
        ):
            self._show_partner(chosen)  # another partner, or this one renamed or re-languaged
        self.loaded.emit()

    def partner(self) -> PartnerView | None:
        item = self.partners.currentItem()
        return item.data(PARTNER_ROLE) if item else None

    def _partner_chosen(self, *_args: object) -> None:
        self._show_partner(self.partner())

    def _show_partner(self, partner: PartnerView | None) -> None:
        self.edit_partner.setEnabled(partner is not None)
        for tab in (self.contracts, self.employees, self.statement):
            tab.show_partner(partner)

    def open_new_partner(self) -> PartnerDialog:
        dialog = PartnerDialog(self.ctx, self)
        dialog.saved.connect(self._partner_added)
        dialog.open()
        return dialog

    def open_edit_partner(self) -> PartnerDialog | None:
        partner = self.partner()
        if partner is None:
            return None
        dialog = PartnerDialog(self.ctx, self, partner)
        dialog.saved.connect(self._partner_edited)
        dialog.open()
        return dialog

    def _partner_added(self, partner: PartnerView) -> None:
        self.banner.show_info(self.tr("{0} added.").format(partner.name))

    def _partner_edited(self, partner: PartnerView) -> None:
        self.banner.show_info(self.tr("{0} saved.").format(partner.name))
