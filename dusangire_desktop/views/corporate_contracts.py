"""A corporate partner's contracts: discount, monthly allowance, billing, and their dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ..services import corporate
from ..services.auth import Permission
from ..services.changes import Area
from ..services.corporate import Billing, ContractInput, ContractStatus, ContractView, PartnerView
from .banner import MessageBanner
from .context import ViewContext
from .formatting import date_text
from .formatting import number as figure
from .forms import FormDialog
from .labels import choices, label
from .operations import Operation
from .records_page import RecordsPage
from .table_model import Column


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ContractDialog(FormDialog):
    """A new contract of a partner, or a change to one."""

    def __init__(
        self,
        ctx: ViewContext,
        partner: PartnerView,
        existing: ContractView | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, "", parent)
        title = self.tr("Edit contract — {0}") if existing else self.tr("New contract — {0}")
        self.setWindowTitle(title.format(partner.name))
        self.partner, self.existing = partner, existing
        today = ctx.today()
        self.code = self.add_field(self.tr("&Code"), "code", QLineEdit())
        self.starts = self.add_field(self.tr("&Starts"), "starts_on", QDateEdit(calendarPopup=True))
        self.ends = self.add_field(self.tr("&Ends"), "ends_on", QDateEdit(calendarPopup=True))
        self.percent = self.add_field(self.tr("&Discount %"), "discount_percent", QLineEdit())
        self.cap = self.add_field(
            self.tr("Monthly &allowance per employee"), "monthly_cap_rwf", QSpinBox()
        )
        self.cap.setRange(0, 10_000_000)
        self.cap.setSingleStep(1000)
        self.cap.setGroupSeparatorShown(True)
        self.cap.setSuffix(" RWF")
        self.billing = self.add_field(self.tr("&Billing"), "billing", QComboBox())
        self.billing.addItem(
            self.tr("Company is invoiced (up to the allowance)"), Billing.COMPANY_INVOICE
        )
        self.billing.addItem(self.tr("Employee pays (discount only)"), Billing.EMPLOYEE_PAYS)
        self.status = self.add_field(self.tr("S&tatus"), "status", QComboBox())
        for text, status in choices(ContractStatus):
            self.status.addItem(text, status)
        if existing is None:
            self.starts.setDate(qdate(today))
            self.ends.setDate(qdate(today.replace(month=12, day=31)))
            self.percent.setText("10")
            self.cap.setValue(30_000)
        else:
            self.code.setText(existing.code)
            self.starts.setDate(qdate(existing.starts_on))
            self.ends.setDate(qdate(existing.ends_on))
            self.percent.setText(str(existing.discount_percent))
            self.cap.setValue(existing.monthly_cap_rwf)
            self.billing.setCurrentIndex(self.billing.findData(existing.billing))
            self.status.setCurrentIndex(self.status.findData(existing.status))

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

    def operation(self) -> Operation[ContractView]:
        data, partner_id = self.data(), self.partner.id
        contract_id = self.existing.id if self.existing else None
        return lambda uow, actor: corporate.save_contract(uow, actor, partner_id, data, contract_id)


class ContractsTab(RecordsPage[ContractView]):
    """The chosen partner's contracts, newest first."""

    watches = frozenset({Area.CORPORATE})

    def __init__(self, ctx: ViewContext, banner: MessageBanner) -> None:
        super().__init__(
            ctx,
            banner,
            [
                Column(self.tr("Code"), lambda c: c.code),
                Column(self.tr("Status"), lambda c: label(c.status)),
                Column(self.tr("From"), lambda c: date_text(c.starts_on, "dd MMM yyyy")),
                Column(self.tr("To"), lambda c: date_text(c.ends_on, "dd MMM yyyy")),
                Column(self.tr("Discount"), lambda c: f"{c.discount_percent} %"),
                Column(self.tr("Monthly allowance"), lambda c: f"{figure(c.monthly_cap_rwf)} RWF"),
                Column(self.tr("Billing"), lambda c: label(c.billing), stretch=True),
            ],
        )
        self.partner: PartnerView | None = None
        self.add_buttons(
            [
                (self.tr("&New contract…"), self.open_new),
                (self.tr("&Edit contract…"), self.open_edit),
            ],
            visible=ctx.actor.can(Permission.MANAGE_CORPORATE),
        )

    def show_partner(self, partner: PartnerView | None) -> None:
        self.partner = partner
        self.refresh()

    def load(self) -> Operation[list[ContractView]] | None:
        partner = self.partner
        if partner is None:
            return None
        return lambda uow, actor: corporate.list_contracts(uow, actor, partner.id)

    def nothing_chosen(self) -> str:
        return self.tr("Choose a contract first.")

    def open_new(self) -> ContractDialog | None:
        return self.open_contract(None)

    def open_edit(self) -> ContractDialog | None:
        contract = self.chosen()
        return None if contract is None else self.open_contract(contract)

    def open_contract(self, existing: ContractView | None) -> ContractDialog | None:
        if self.partner is None:
            self.banner.show_error(self.tr("Add or choose a partner first."))
            return None
        dialog = ContractDialog(self.ctx, self.partner, existing, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, contract: ContractView) -> None:
        self.banner.show_info(self.tr("Contract {0} saved.").format(contract.code))
