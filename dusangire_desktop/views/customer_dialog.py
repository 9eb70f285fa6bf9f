"""Register or edit a customer; errors appear at the field and the typing stays."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ..services import customers
from ..services.auth import Actor
from ..services.customers import Allergen, CustomerInput, CustomerKind, CustomerView
from ..services.uow import UnitOfWork
from . import language
from .context import ViewContext
from .forms import FormDialog
from .labels import label
from .operations import Operation
from .widgets import checked, checklist


def language_picker(chosen: str) -> QComboBox:
    """The languages, each by its own name, with `chosen` selected."""
    picker = QComboBox()
    picker.setProperty("data", True)  # each language by its own name, in every language
    for code, name in language.LANGUAGES.items():
        picker.addItem(name, code)
    picker.setCurrentIndex(max(0, picker.findData(language.known(chosen))))
    return picker


def kind_label(kind: CustomerKind) -> str:
    """In the form, a patient's label says what a patient needs."""
    if kind == CustomerKind.PATIENT:
        return QCoreApplication.translate("CustomerDialog", "Patient (ward and bed)")
    return label(kind)


def customer_kind_text(customer: CustomerView) -> str:
    """What the customer is to the desk: someone a partner company has enrolled is a company
    employee (with the company), whatever kind they were first registered as."""
    if customer.employer:
        return QCoreApplication.translate("CustomerDialog", "Company employee ({company})").format(
            company=customer.employer
        )
    return label(customer.kind)


class CustomerDialog(FormDialog):
    def __init__(self, ctx: ViewContext, existing: CustomerView | None = None,
                 parent: QWidget | None = None, name_hint: str = "") -> None:  # fmt: skip
        title = (
            QCoreApplication.translate("CustomerDialog", "Edit customer")
            if existing
            else QCoreApplication.translate("CustomerDialog", "New customer")
        )
        super().__init__(ctx, title, parent)
        self._existing = existing
        self.kind = QComboBox()
        for kind in CustomerKind:
            self.kind.addItem(kind_label(kind), kind)
        self.full_name = QLineEdit(existing.full_name if existing else name_hint)
        self.full_name.setMaxLength(140)
        self.phone = QLineEdit(existing.phone or "" if existing else "")
        self.phone.setPlaceholderText(self.tr("07XXXXXXXX"))
        self.email = QLineEdit(existing.email or "" if existing else "")
        self.ward = QLineEdit(existing.ward or "" if existing else "")
        self.bed = QLineEdit(existing.bed or "" if existing else "")
        self.allergies = checklist(Allergen, existing.allergies if existing else (), 120)
        self.diet_notes = QPlainTextEdit(existing.diet_notes if existing else "")
        self.diet_notes.setMaximumHeight(60)
        # A new customer's receipts are, until told otherwise, in the language the desk speaks.
        self.language = language_picker(existing.language if existing else language.current())
        if existing:
            self.kind.setCurrentIndex(self.kind.findData(existing.kind))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.add_field(self.tr("&Type"), "kind", self.kind)
        self.add_field(self.tr("Full &name"), "full_name", self.full_name)
        self.add_field(self.tr("&Phone"), "phone", self.phone)
        self.add_field(self.tr("&E-mail"), "email", self.email)
        self.add_field(self.tr("&Ward"), "ward", self.ward)
        self.add_field(self.tr("&Bed"), "bed", self.bed)
        self.add_field(self.tr("&Allergies"), "allergies", self.allergies)
        self.add_field(self.tr("&Diet notes"), "diet_notes", self.diet_notes)
        self.add_field(self.tr("&Receipts in"), "language", self.language)
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
            self.language.currentData(),
        )

    def operation(self) -> Operation[Any]:
        data, existing = self.data(), self._existing

        def save(uow: UnitOfWork, actor: Actor) -> CustomerView:
            if existing:
                return customers.update_customer(uow, actor, existing.id, data)
            return customers.create_customer(uow, actor, data)

        return save
