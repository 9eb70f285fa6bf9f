"""The forms of the Wards area: admit, transfer, discharge, diet order, late-tray approval."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ..services.auth import Actor
from ..services.errors import ValidationError
from ..services.food_service import diet_orders, stays, trays
from ..services.food_service.common import (
    DRINK_WORDS,
    Allergen,
    DietView,
    FoodTexture,
    StayView,
    TherapeuticCategory,
)
from ..services.food_service.diet_orders import DietOrderInput
from ..services.food_service.patient_account import SettlementInput
from ..services.food_service.stays import DischargePreview
from ..services.food_service.trays import TrayView
from ..services.orders import PaymentMethod
from ..services.uow import UnitOfWork
from .context import ViewContext
from .customer_picker import CustomerPicker
from .formatting import local_datetime, rwf
from .forms import FormDialog
from .labels import choices, label
from .operations import Operation
from .widgets import checked, checklist

SETTLE_METHODS = (PaymentMethod.CASH, PaymentMethod.MOBILE_MONEY, PaymentMethod.CARD)


def _ward_combo(wards: list[str], current: str = "") -> QComboBox:
    combo = QComboBox()
    combo.setProperty("data", True)  # the wards' names
    combo.addItems(wards)
    if current in wards:
        combo.setCurrentText(current)
    return combo


class AdmitDialog(FormDialog):
    def __init__(self, ctx: ViewContext, wards: list[str], parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Admit a patient"), parent, save_text=self.tr("Admit"))
        self.picker = self.add_field(self.tr("Patient"), "customer", CustomerPicker(ctx))
        self.ward = self.add_field(self.tr("Ward"), "ward", _ward_combo(wards))
        self.bed = self.add_field(self.tr("Bed"), "bed", QLineEdit())
        self.bed.setMaxLength(10)
        self.guests = self.add_field(self.tr("Guest trays a meal on account"), "guests", QSpinBox())
        self.guests.setRange(0, 5)
        self.guests.setValue(1)

    def operation(self) -> Operation[Any]:
        customer = self.picker.customer()
        if customer is None:
            raise ValidationError(self.tr("Find the patient first."), field="customer")
        ward, bed, guests = self.ward.currentText(), self.bed.text(), self.guests.value()
        return lambda uow, actor: stays.admit(uow, actor, customer.id, ward, bed, guests)


class TransferDialog(FormDialog):
    def __init__(
        self, ctx: ViewContext, stay: StayView, wards: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            self.tr("Transfer {patient}").format(patient=stay.patient),
            parent,
            save_text=self.tr("Transfer"),
        )
        self.stay = stay
        self.form.addRow(self.tr("Now in"), QLabel(escape(stay.place)))
        self.ward = self.add_field(self.tr("To ward"), "ward", _ward_combo(wards, stay.ward))
        self.bed = self.add_field(self.tr("Bed"), "bed", QLineEdit())
        self.bed.setMaxLength(10)

    def operation(self) -> Operation[Any]:
        stay, ward, bed = self.stay, self.ward.currentText(), self.bed.text()
        return lambda uow, actor: stays.transfer(uow, actor, stay.id, stay.version, ward, bed)


class DischargeDialog(FormDialog):
    """Lists what discharging does before it is confirmed; takes the account's settlement."""

    def __init__(self, ctx: ViewContext, stay: StayView, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            self.tr("Discharge {patient}").format(patient=stay.patient),
            parent,
            save_text=self.tr("Discharge"),
            minimum_width=560,
        )
        self.stay = stay
        self.preview: DischargePreview | None = None
        self.summary = QLabel(self.tr("Looking at what discharge will do…"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.body.insertWidget(1, self.summary)
        self.method = self.add_field(self.tr("Settle by"), "settlement", QComboBox())
        for text, method in choices(list(SETTLE_METHODS)):
            self.method.addItem(text, method)
        self.tendered = self.add_field(self.tr("Cash received"), "tendered", QLineEdit())
        self.reference = self.add_field(self.tr("Reference"), "reference", QLineEdit())
        self.save_button.setEnabled(False)
        stay_id = stay.id
        ctx.query(
            self,
            lambda uow, actor: stays.discharge_preview(uow, actor, stay_id),
            self._show,
            purpose="preview",
            on_error=self.show_domain_error,
        )

    def _show(self, preview: DischargePreview) -> None:
        self.preview = preview
        lines = []
        for d in preview.deliveries:
            what = self.tr("{number}: {meal} {when}, {total}").format(
                number=d.order_number,
                meal=d.meal,
                when=local_datetime(d.serves_from, self.ctx.zone),
                total=rwf(d.total_rwf),
            )
            if d.paid_at_counter:
                what += " — <b>" + self.tr("paid: cancel it in the order queue first") + "</b>"
            lines.append(what)
        text = (
            self.tr("Deliveries cancelled (reason: patient discharged):")
            + "<br>"
            + ("<br>".join(lines) if lines else self.tr("none"))
        )
        text += "<br>" + self.tr("On the patient's account: <b>{due}</b>").format(
            due=rwf(preview.account_due_rwf)
        )
        if preview.paused_packages:
            text += "<br>" + self.tr("Meal packages paused: {n}").format(n=preview.paused_packages)
        self.summary.setText(text)
        for field in (self.method, self.tendered, self.reference):
            field.setEnabled(preview.account_due_rwf > 0)
        self.save_button.setEnabled(True)

    def operation(self) -> Operation[Any]:
        stay = self.stay
        settlement = None
        if self.preview is not None and self.preview.account_due_rwf:
            digits = self.tendered.text().replace(",", "").strip()
            settlement = SettlementInput(
                self.method.currentData(),
                int(digits) if digits.isdigit() else None,
                self.reference.text(),
            )
        return lambda uow, actor: stays.discharge(uow, actor, stay.id, stay.version, settlement)


class DietOrderDialog(FormDialog):
    def __init__(
        self, ctx: ViewContext, stay: StayView, diet: DietView, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            self.tr("Diet order — {patient}").format(patient=stay.patient),
            parent,
            minimum_width=560,
        )
        self.stay = stay
        self.diets = self.add_field(
            self.tr("Therapeutic diets"),
            "diets",
            checklist(TherapeuticCategory, diet.diets, height=90),
        )
        self.texture = self.add_field(self.tr("Food texture (IDDSI)"), "texture", QComboBox())
        for text, texture in choices(FoodTexture):
            self.texture.addItem(text, texture)
        self.texture.setCurrentIndex(self.texture.findData(diet.texture))
        self.drink = self.add_field(self.tr("Drinks (IDDSI)"), "drink_level", QComboBox())
        drinks = (
            self.tr("0 Thin"),
            self.tr("1 Slightly thick"),
            self.tr("2 Mildly thick"),
            self.tr("3 Moderately thick"),
            self.tr("4 Extremely thick"),
        )
        for level in DRINK_WORDS:
            self.drink.addItem(drinks[level], level)
        self.drink.setCurrentIndex(diet.drink_level)
        self.npo = self.add_field(self.tr("Nothing by mouth"), "npo", QCheckBox(self.tr("NPO")))
        self.npo.setChecked(diet.npo)
        self.npo_reason = self.add_field(self.tr("NPO reason"), "npo_reason", QLineEdit())
        self.npo_reason.setText(diet.npo_reason or "")
        self.npo_until = self.add_field(self.tr("NPO until"), "npo_until", QDateTimeEdit())
        self.npo_until.setCalendarPopup(True)
        self.npo_until.setDisplayFormat("dd/MM/yyyy HH:mm")
        until = diet.npo_until or ctx.now() + timedelta(hours=6)
        local = until.astimezone(ctx.zone)
        self.npo_until.setDateTime(QDateTime(local.date(), local.time().replace(microsecond=0)))
        self.allergens = self.add_field(
            self.tr("Allergens"), "allergens", checklist(Allergen, diet.allergens, height=80)
        )
        self.intolerances = self.add_field(self.tr("Intolerances"), "intolerances", QLineEdit())
        self.intolerances.setText(diet.intolerances)
        self.notes = self.add_field(self.tr("Notes"), "notes", QLineEdit())
        self.notes.setText(diet.notes)
        self.npo.toggled.connect(self._npo_changed)
        self._npo_changed(diet.npo)

    def _npo_changed(self, on: bool) -> None:
        self.npo_reason.setEnabled(on)
        self.npo_until.setEnabled(on)

    def _until(self) -> datetime:
        chosen = self.npo_until.dateTime()
        local = datetime.combine(
            chosen.date().toPython(), chosen.time().toPython(), tzinfo=self.ctx.zone
        )
        return local.astimezone(UTC)

    def operation(self) -> Operation[Any]:
        data = DietOrderInput(
            diets=checked(self.diets),
            texture=str(self.texture.currentData()),
            drink_level=self.drink.currentData(),
            npo=self.npo.isChecked(),
            npo_reason=self.npo_reason.text(),
            npo_until=self._until() if self.npo.isChecked() else None,
            allergens=checked(self.allergens),
            intolerances=self.intolerances.text(),
            notes=self.notes.text(),
        )
        stay_id = self.stay.id
        return lambda uow, actor: diet_orders.write_diet_order(uow, actor, stay_id, data)


class ApproveLateDialog(FormDialog):
    def __init__(self, ctx: ViewContext, tray: TrayView, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            self.tr("Approve late tray {number}").format(number=tray.order_number),
            parent,
            save_text=self.tr("Approve"),
        )
        self.tray = tray
        self.form.addRow(
            self.tr("For"),
            QLabel(escape(f"{tray.patient} · {tray.ward} · {tray.bed} · {label(tray.meal)}")),
        )
        self.note = self.add_field(self.tr("Why"), "note", QLineEdit())

    def operation(self) -> Operation[Any]:
        tray, note = self.tray, self.note.text()

        def approve(uow: UnitOfWork, actor: Actor) -> TrayView:
            return trays.approve_late_tray(uow, actor, tray.id, tray.version, note)

        return approve
