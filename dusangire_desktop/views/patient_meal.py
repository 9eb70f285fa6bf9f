"""The order screen's part for an admitted patient's meal (or a visitor's meal at their bed):
the stay and diet order, the meal and its cut-off, late tray, duplicate and account choices. The
order is then placed through the stay (services/food_service/trays.py)."""

from __future__ import annotations

from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..services.auth import Actor
from ..services.customers import CustomerKind, CustomerView
from ..services.food_service import meals, trays
from ..services.food_service.common import TEXTURE_WORDS, StayView
from ..services.food_service.trays import MealContext, MealRequest
from ..services.orders import OrderDetail, PaymentInput
from ..services.pricing import LineRequest
from ..services.uow import UnitOfWork
from .context import ViewContext
from .formatting import date_text
from .labels import label
from .operations import Operation

MINUTE_MS = 60_000


def _row(first: QWidget, second: QWidget, stretch: int = 0) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(first)
    row.addWidget(second, stretch)
    if not stretch:
        row.addStretch(1)
    return holder


class PatientMealPanel(QGroupBox):
    """Hidden unless the customer is admitted, or a visitor who chooses a patient's bed.
    `changed` asks the order screen to list its menu again (the diet order filters it)."""

    changed = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Patient's meal"))
        self.customer: CustomerView | None = None
        self.context: MealContext | None = None
        self.visiting = QComboBox()
        self.visiting.setProperty("data", True)  # the patients in their beds
        self.visiting.addItem(self.tr("— not for a patient's bed —"), None)
        self.stay_label = QLabel("")
        self.stay_label.setWordWrap(True)  # longer in translation: wraps, never widens
        self.stay_label.setTextFormat(Qt.TextFormat.RichText)
        self.meal = QComboBox()
        for meal in meals.MEALS:
            self.meal.addItem(label(meal), meal)
        self.time_left = QLabel("")
        self.time_left.setTextFormat(Qt.TextFormat.RichText)
        self.next_meal = QRadioButton(self.tr("Send it with the next meal"))
        self.late = QRadioButton(self.tr("Late tray:"))
        self.late_reason = QLineEdit()
        self.late_reason.setPlaceholderText(self.tr("why (a manager approves)"))
        self.duplicate_reason = QLineEdit()
        self.duplicate_reason.setPlaceholderText(self.tr("reason, to confirm a second one"))
        self.on_account = QCheckBox(self.tr("Charge to the patient's account"))
        self.show_all = QCheckBox(self.tr("Show dishes outside the diet order"))
        self.visiting_row = _row(QLabel(self.tr("Visiting")), self.visiting, stretch=1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(3)
        layout.addWidget(self.stay_label)
        layout.addWidget(self.visiting_row)
        layout.addWidget(_row(QLabel(self.tr("Meal")), self.meal))
        layout.addWidget(self.time_left)
        layout.addWidget(self.next_meal)
        layout.addWidget(_row(self.late, self.late_reason, stretch=1))
        layout.addWidget(_row(QLabel(self.tr("Second tray")), self.duplicate_reason, stretch=1))
        layout.addWidget(self.on_account)
        layout.addWidget(self.show_all)
        # Never squeezed by the cart below it, so wrapped lines stay whole.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # Re-reads the clock once a minute while shown, so "minutes left" stays true.
        self._tick = QTimer(self, singleShot=True, interval=MINUTE_MS)
        self._tick.timeout.connect(self._show_time_left)
        self.meal.currentIndexChanged.connect(self._show_time_left)
        self.visiting.currentIndexChanged.connect(self._visiting_changed)
        self.hide()

    # what the order screen asks
    def active(self) -> bool:
        return self.context is not None

    def shows(self, item_id: int) -> bool:
        """Whether the menu lists this dish: all of them unless the diet order keeps it off."""
        if self.context is None or self.context.stay.customer_id != self._customer_id():
            return True
        return self.show_all.isChecked() or item_id not in self.context.outside

    def _customer_id(self) -> int | None:
        return self.customer.id if self.customer is not None else None

    def show_for(self, customer: CustomerView | None) -> None:
        self.customer, self.context = customer, None
        for field in (self.late_reason, self.duplicate_reason):
            field.clear()
        self.on_account.setChecked(False)
        self.show_all.setChecked(False)
        self.visiting.setCurrentIndex(0)
        if customer is None:
            self.hide()
            return
        customer_id = customer.id
        self.ctx.query(
            self,
            lambda uow, actor: trays.stay_of(uow, actor, customer_id),
            self._stay_found,
            purpose="stay",
        )

    def _stay_found(self, stay: StayView | None) -> None:
        visitor = self.customer is not None and self.customer.kind == CustomerKind.VISITOR
        self.visiting_row.setVisible(stay is None and visitor)
        self.on_account.setVisible(stay is None)
        if stay is not None:
            self._load(stay.id)
        elif visitor:
            self.stay_label.setText(self.tr("A visitor's meal can go to a patient's bed."))
            self.ctx.query(self, trays.admitted, self._admitted, purpose="stays")
            self.show()
        else:
            self.hide()
        self.changed.emit()

    def _admitted(self, found: list[StayView]) -> None:
        self.visiting.blockSignals(True)
        while self.visiting.count() > 1:
            self.visiting.removeItem(1)
        for stay in found:
            self.visiting.addItem(f"{stay.patient} — {stay.place}", stay.id)
        self.visiting.blockSignals(False)

    def _visiting_changed(self) -> None:
        stay_id = self.visiting.currentData()
        if stay_id is None:
            self.context = None
            self.changed.emit()
        else:
            self._load(stay_id)

    def _load(self, stay_id: int) -> None:
        self.ctx.query(
            self,
            lambda uow, actor: trays.meal_context(uow, actor, stay_id),
            self._show,
            purpose="meal",
        )

    def _show(self, context: MealContext) -> None:
        self.context = context
        guest = context.stay.customer_id != self._customer_id()
        diet = context.diet
        text = self.tr("Admitted: <b>{place}</b>").format(place=escape(context.stay.place))
        if guest:
            text = self.tr("Guest of {patient}, {place}").format(
                patient=escape(context.stay.patient), place=escape(context.stay.place)
            )
        else:
            diets = ", ".join(label(d) for d in diet.diets) or self.tr("regular")
            text += "<br>" + self.tr("Diet: {diets}<br>Texture {texture} · drinks {drink}").format(
                diets=escape(diets), texture=TEXTURE_WORDS[diet.texture], drink=diet.drink_level
            )
            if diet.npo and diet.npo_until is not None:
                npo = self.tr("{patient} is NPO until {until} ({reason})").format(
                    patient=escape(context.stay.patient),
                    until=_day_and_time(diet.npo_until, self.ctx.zone),
                    reason=escape(diet.npo_reason or ""),
                )
                text += f"<br><span style='color:#b3261e; font-weight:600'>{npo}</span>"
        self.stay_label.setText(text)
        self.on_account.setVisible(True)
        self.on_account.setText(
            self.tr("Charge to {patient}'s account").format(patient=context.stay.patient)
            if guest
            else self.tr("Charge to the patient's account")
        )
        self.show_all.setVisible(not guest)
        self.meal.blockSignals(True)
        self.meal.setCurrentIndex(self.meal.findData(context.clock.next_open.meal))
        self.meal.blockSignals(False)
        self.show()
        self._show_time_left()
        self.changed.emit()

    def _cutoff(self) -> datetime | None:
        context = self.context
        if context is None:
            return None
        for slot in (context.clock.current, context.clock.next_open):
            if slot.meal == self.meal.currentData():
                return slot.cutoff
        return None

    def _closed_before(self) -> str:
        """The meal still to be served whose orders have closed, said first."""
        context = self.context
        if context is None:
            return ""
        current = context.clock.current
        now = self.ctx.now()
        if current.meal == self.meal.currentData() or current.open_at(now):
            return ""
        return self.tr("{meal} closed at {time} (choose {meal} for a late tray).<br>").format(
            meal=label(current.meal), time=f"{current.cutoff.astimezone(self.ctx.zone):%H:%M}"
        )

    def _show_time_left(self) -> None:
        self._tick.stop()
        cutoff = self._cutoff()
        closed = False
        if cutoff is None:
            self.time_left.setText("")
        else:
            minutes = int((cutoff - self.ctx.now()).total_seconds() // 60)
            closed = minutes < 0
            ward = self.context.stay.ward if self.context else ""
            at = f"{cutoff.astimezone(self.ctx.zone):%H:%M}"
            if closed:
                self.time_left.setText(
                    "<span style='color:#b3261e'>"
                    + self.tr(
                        "{meal} for {ward} closed at {time}:<br>send it with the next meal, or a "
                        "late tray."
                    ).format(meal=self.meal.currentText(), ward=escape(ward), time=at)
                    + "</span>"
                )
            else:
                text = self.tr(
                    "{meal} for {ward} closes at {time} — {h} h {m:02d} min left."
                ).format(
                    meal=self.meal.currentText(),
                    ward=escape(ward),
                    time=at,
                    h=minutes // 60,
                    m=minutes % 60,
                )
                text = self._closed_before() + text
                self.time_left.setText(text)
            self._tick.start()
        for widget in (self.next_meal, self.late, self.late_reason):
            widget.setEnabled(closed)

    def operation(
        self, lines: list[LineRequest], payment: PaymentInput, override: str
    ) -> Operation[OrderDetail]:
        assert self.context is not None and self.customer is not None
        request = MealRequest(
            stay_id=self.context.stay.id,
            customer_id=self.customer.id,
            meal=self.meal.currentData(),
            on_account=self.on_account.isChecked(),
            next_meal=self.next_meal.isEnabled() and self.next_meal.isChecked(),
            late_reason=self.late_reason.text() if self.late.isChecked() else "",
            duplicate_reason=self.duplicate_reason.text(),
            override_reason=override,
        )

        def place(uow: UnitOfWork, actor: Actor) -> OrderDetail:
            return trays.order_meal(uow, actor, request, lines, payment).order

        return place

    def focus_for(self, field: str | None) -> bool:
        widget = {
            "cutoff": self.late_reason,
            "late_reason": self.late_reason,
            "duplicate": self.duplicate_reason,
            "on_account": self.on_account,
            "meal": self.meal,
            "npo": self.meal,
        }.get(field or "")
        if widget is None:
            return False
        widget.setFocus()
        return True


def _day_and_time(moment: datetime, zone: ZoneInfo) -> str:
    """ "Tue 03 Mar 14:00" in the hospital's time, the day's names in the screen's language."""
    local = moment.astimezone(zone)
    return f"{date_text(local.date(), 'ddd dd MMM')} {local:%H:%M}"
