"""A corporate partner's enrolled employees: enrol one, import a CSV, mark as left or back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget

from ..services import corporate
from ..services.auth import Permission
from ..services.changes import Area
from ..services.corporate import EmployeeView, PartnerView
from .banner import MessageBanner
from .context import ViewContext
from .forms import FormDialog
from .long_work import run_with_progress
from .operations import Operation, show_domain_error
from .records_page import RecordsPage
from .table_model import Column


class EnrolDialog(FormDialog):
    """One employee of a partner, registered as a customer unless they are one already."""

    def __init__(
        self, ctx: ViewContext, partner: PartnerView, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("Enrol an employee of {0}").format(partner.name))
        self.save_button.setText(self.tr("Enrol"))
        self.partner = partner
        self.number = self.add_field(self.tr("Employee &number"), "employee_number", QLineEdit())
        self.full_name = self.add_field(self.tr("&Full name"), "full_name", QLineEdit())
        self.phone = self.add_field(self.tr("&Phone"), "phone", QLineEdit())
        self.phone.setPlaceholderText(self.tr("07XXXXXXXX"))

    def operation(self) -> Operation[EmployeeView]:
        partner_id = self.partner.id
        number, name, phone = self.number.text(), self.full_name.text(), self.phone.text()
        return lambda uow, actor: corporate.enrol_employee(
            uow, actor, partner_id, number, name, phone
        )


class EmployeesTab(RecordsPage[EmployeeView]):
    """The chosen partner's employees, active or gone."""

    watches = frozenset({Area.CORPORATE, Area.CUSTOMERS})

    def __init__(self, ctx: ViewContext, banner: MessageBanner) -> None:
        active, left = self.tr("active"), self.tr("left")
        super().__init__(
            ctx,
            banner,
            [
                Column(self.tr("Employee no."), lambda e: e.employee_number),
                Column(self.tr("Name"), lambda e: e.full_name, stretch=True),
                Column(self.tr("Phone"), lambda e: e.phone or ""),
                Column(self.tr("Enrolled"), lambda e: active if e.is_active else left),
            ],
        )
        self.partner: PartnerView | None = None
        self.add_buttons(
            [
                (self.tr("&Enrol…"), self.open_enrol),
                (self.tr("&Import CSV…"), self._ask_import),
                (self.tr("Mark as &left / back"), self.toggle_selected),
            ],
            visible=ctx.actor.can(Permission.MANAGE_CORPORATE),
        )

    def show_partner(self, partner: PartnerView | None) -> None:
        self.partner = partner
        self.refresh()

    def load(self) -> Operation[list[EmployeeView]] | None:
        partner = self.partner
        if partner is None:
            return None
        return lambda uow, actor: corporate.list_employees(uow, actor, partner.id)

    def nothing_chosen(self) -> str:
        return self.tr("Choose an employee first.")

    def open_enrol(self) -> EnrolDialog | None:
        if self.partner is None:
            self.banner.show_error(self.tr("Add or choose a partner first."))
            return None
        dialog = EnrolDialog(self.ctx, self.partner, self)
        dialog.saved.connect(self._enrolled)
        dialog.open()
        return dialog

    def _enrolled(self, employee: EmployeeView) -> None:
        self.banner.show_info(self.tr("{0} enrolled.").format(employee.full_name))

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import employees"), "", self.tr("CSV (*.csv)")
        )
        if path:
            self.import_csv(Path(path))

    def import_csv(self, path: Path) -> None:
        partner = self.partner
        if partner is None:
            return
        self.importing = run_with_progress(
            self.ctx.uow_factory, self.ctx.actor,
            self.tr("Importing employees from {0}…").format(path.name),
            lambda uow, actor, progress: corporate.import_employees(
                uow, actor, partner.id, path, progress
            ),
            lambda count: self.banner.show_info(
                self.tr("%n employee(s) imported from {0}.", "", count).format(path.name)
            ),
            lambda error: show_domain_error(self, error),
            what=self.tr("The import of {0}").format(path.name), parent=self,
        )  # fmt: skip

    def toggle_selected(self) -> None:
        employee = self.chosen()
        if employee is None:
            return
        self.ctx.command(
            self,
            lambda uow, actor: corporate.set_employee_active(
                uow, actor, employee.id, not employee.is_active
            ),
            purpose="toggle",
        )
