"""The forms of the Wards area: admit, transfer, discharge, diet order, late-tray approval or
refusal, meal times and ward cut-offs."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from ..services.auth import Actor
from ..services.errors import ValidationError
from ..services.food_service import diet_orders, stays, trays, wards
from ..services.food_service.common import (
    DRINK_WORDS,
    Allergen,
    DietView,
    FoodTexture,
    StayView,
    TherapeuticCategory,
)
from ..services.food_service.diet_orders import DietOrderInput
from ..services.food_service.meals import MealTime
from ..services.food_service.patient_account import SettlementInput
from ..services.food_service.stays import DischargePreview
from ..services.food_service.trays import TrayView
from ..services.food_service.wards import WardMealTimes
from ..services.menu import MealPeriod
from ..services.orders import OrderDetail, PaymentMethod
from ..services.uow import UnitOfWork
from .context import ViewContext
from .customer_picker import CustomerPicker
from .formatting import local_datetime, rwf
from .forms import FormDialog
from .labels import choices, label
from .money_back_dialog import MoneyBackDialog
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
        place = QLabel(escape(stay.place))
        place.setProperty("data", True)  # the ward's name and the bed, as the record keeps them
        self.form.addRow(self.tr("Now in"), place)
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
        # The list arrives after the dialog is shown: grow it to the wrapped list, not cut it.
        self.layout().activate()
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)
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


def _time_edit(value: time) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setDisplayFormat("HH:mm")
    return edit


def _clock(edit: QTimeEdit) -> time:
    chosen = edit.time()
    return time(chosen.hour(), chosen.minute())


class MealTimeDialog(FormDialog):
    """A meal's serving window, its orders' general cut-off and its delivery target."""

    def __init__(self, ctx: ViewContext, meal: MealTime, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Meal time — {meal}").format(meal=label(meal.meal)), parent)
        self.meal = meal.meal
        self.serves_from = self.add_field(
            self.tr("Served &from"), "serves_from", _time_edit(meal.serves_from)
        )
        self.serves_until = self.add_field(
            self.tr("Served &until"), "serves_until", _time_edit(meal.serves_until)
        )
        self.cutoff = self.add_field(
            self.tr("Orders &close (all wards)"), "cutoff", _time_edit(meal.cutoff)
        )
        self.target = self.add_field(self.tr("Delivery &target"), "target", QSpinBox())
        self.target.setRange(5, 240)
        self.target.setSuffix(self.tr(" min after serving starts"))
        self.target.setValue(meal.delivery_target_minutes)

    def operation(self) -> Operation[Any]:
        meal, target = self.meal, self.target.value()
        start, end, cutoff = (
            _clock(self.serves_from),
            _clock(self.serves_until),
            _clock(self.cutoff),
        )
        return lambda uow, actor: wards.set_meal_time(uow, actor, meal, start, end, cutoff, target)


class WardCutoffDialog(FormDialog):
    """A ward's own cut-off for a meal, or the meal's general one again."""

    def __init__(
        self,
        ctx: ViewContext,
        table: WardMealTimes,
        ward: str,
        meal: MealPeriod,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("Ward cut-off"), parent)
        self.table = table
        self.ward = self.add_field(self.tr("&Ward"), "ward", _ward_combo(list(table.wards), ward))
        self.meal = self.add_field(self.tr("&Meal"), "meal", QComboBox())
        for m in table.meals:
            self.meal.addItem(label(m.meal), m.meal)
        self.meal.setCurrentIndex(max(0, self.meal.findData(meal)))
        self.own = self.add_field(
            self.tr("Own cut-off"), "own", QCheckBox(self.tr("This ward closes at its own time"))
        )
        self.cutoff = self.add_field(
            self.tr("Orders &close"), "cutoff", _time_edit(table.cutoff(ward, meal))
        )
        self.general = QLabel("")
        self.form.addRow("", self.general)
        self.own.setChecked((ward, meal) in table.own_cutoffs)
        self.own.toggled.connect(self._changed)
        self.ward.currentIndexChanged.connect(self._chosen)
        self.meal.currentIndexChanged.connect(self._chosen)
        self._changed()

    def _chosen(self) -> None:
        ward, meal = self.ward.currentText(), self.meal.currentData()
        self.own.setChecked((ward, meal) in self.table.own_cutoffs)
        cutoff = self.table.cutoff(ward, meal)
        self.cutoff.setTime(QTime(cutoff.hour, cutoff.minute))
        self._changed()

    def _changed(self) -> None:
        self.cutoff.setEnabled(self.own.isChecked())
        meal = next(m for m in self.table.meals if m.meal == self.meal.currentData())
        self.general.setText(
            self.tr("All wards: orders close {cutoff}; served from {start}.").format(
                cutoff=f"{meal.cutoff:%H:%M}", start=f"{meal.serves_from:%H:%M}"
            )
        )

    def operation(self) -> Operation[Any]:
        ward, meal = self.ward.currentText(), self.meal.currentData()
        cutoff = _clock(self.cutoff) if self.own.isChecked() else None
        return lambda uow, actor: wards.set_ward_cutoff(uow, actor, ward, meal, cutoff)


class RefuseLateDialog(MoneyBackDialog):
    """A manager refuses a late tray: why, and how the money went back when it was paid."""

    def __init__(
        self, ctx: ViewContext, tray: TrayView, detail: OrderDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, detail, "cancel", parent)
        self.tray = tray
        self.setWindowTitle(self.tr("Refuse late tray {number}").format(number=tray.order_number))
        self.save_button.setText(self.tr("Refuse the tray"))
        self.form.insertRow(
            0,
            self.tr("For"),
            QLabel(escape(f"{tray.patient} · {tray.ward} · {tray.bed} · {label(tray.meal)}")),
        )

    def operation(self) -> Operation[Any]:
        tray, reason, how = self.tray, self.reason.text(), self.how()

        def refuse(uow: UnitOfWork, actor: Actor) -> TrayView:
            return trays.refuse_late_tray(uow, actor, tray.id, tray.version, reason, how)

        return refuse
