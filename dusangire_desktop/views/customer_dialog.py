"""Register or edit a customer; errors appear at the field and the typing stays."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..services import customers
from ..services.customers import Allergen, CustomerInput, CustomerKind, CustomerView
from ..services.errors import DomainError
from .areas import ViewContext
from .background import run_in_background
from .banner import MessageBanner
from .changes import announce
from .forms import FieldErrors
from .widgets import checked, checklist

KIND_LABELS = {
    CustomerKind.PATIENT: "Patient (ward and bed)",
    CustomerKind.VISITOR: "Visitor",
    CustomerKind.STAFF: "Hospital staff",
    CustomerKind.EXTERNAL: "Outside guest",
}


class CustomerDialog(QDialog):
    saved = Signal(object)

    def __init__(self, ctx: ViewContext, existing: CustomerView | None = None,
                 parent: QWidget | None = None, name_hint: str = "") -> None:  # fmt: skip
        super().__init__(parent)
        self._ctx = ctx
        self._existing = existing
        self.setWindowTitle("Edit customer" if existing else "New customer")
        self.setMinimumWidth(460)
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(label, kind)
        self.full_name = QLineEdit(existing.full_name if existing else name_hint)
        self.full_name.setMaxLength(140)
        self.phone = QLineEdit(existing.phone or "" if existing else "")
        self.phone.setPlaceholderText("07XXXXXXXX")
        self.email = QLineEdit(existing.email or "" if existing else "")
        self.ward = QLineEdit(existing.ward or "" if existing else "")
        self.bed = QLineEdit(existing.bed or "" if existing else "")
        self.allergies = checklist(Allergen, existing.allergies if existing else (), 120)
        self.diet_notes = QPlainTextEdit(existing.diet_notes if existing else "")
        self.diet_notes.setMaximumHeight(60)
        if existing:
            self.kind.setCurrentIndex(self.kind.findData(existing.kind))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.banner = MessageBanner()
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.errors.add_row("&Type", "kind", self.kind)
        self.errors.add_row("Full &name", "full_name", self.full_name)
        self.errors.add_row("&Phone", "phone", self.phone)
        self.errors.add_row("&E-mail", "email", self.email)
        self.errors.add_row("&Ward", "ward", self.ward)
        self.errors.add_row("&Bed", "bed", self.bed)
        self.errors.add_row("&Allergies", "allergies", self.allergies)
        self.errors.add_row("&Diet notes", "diet_notes", self.diet_notes)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton("Save", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._kind_changed()

    def _kind_changed(self) -> None:
        patient = self.kind.currentData() == CustomerKind.PATIENT
        self.ward.setEnabled(patient)
        self.bed.setEnabled(patient)

    def data(self) -> CustomerInput:
        return CustomerInput(
            self.kind.currentData(),
            self.full_name.text(),
            self.phone.text(),
            self.email.text(),
            self.ward.text(),
            self.bed.text(),
            checked(self.allergies),
            self.diet_notes.toPlainText(),
        )

    def _submit(self) -> None:
        self.errors.clear()
        self.banner.clear()
        self.save_button.setEnabled(False)
        data, ctx, existing = self.data(), self._ctx, self._existing

        def work() -> CustomerView:
            if existing:
                return customers.update_customer(ctx.uow_factory(), ctx.actor, existing.id, data)
            return customers.create_customer(ctx.uow_factory(), ctx.actor, data)

        run_in_background(self, work, self._saved, self._failed)

    def _saved(self, customer: CustomerView) -> None:
        announce("customers", [customer.id])
        self.saved.emit(customer)
        self.accept()

    def _failed(self, error: DomainError) -> None:
        self.save_button.setEnabled(True)
        if not self.errors.show(error):
            self.banner.show_error(error.message)
