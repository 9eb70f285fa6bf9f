"""Wards: admitted patients (admit, transfer, discharge, diet orders), the ward round sheet, the
trays of a meal with the kitchen's counts and tickets, and the meal times with ward cut-offs.

Each tab is a page of its own that refreshes for ward and tray changes; this page assembles them
under one banner.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import orders
from ..services.auth import Actor, Permission
from ..services.changes import Area
from ..services.food_service import diet_orders, meals, patient_account, rounds, stays, trays, wards
from ..services.food_service.common import (
    DRINK_WORDS,
    TEXTURE_WORDS,
    DietView,
    MealPeriod,
    StayView,
    TrayStatus,
)
from ..services.food_service.meals import MealTime
from ..services.food_service.patient_account import SettlementReceipt
from ..services.food_service.rounds import KitchenCounts, RoundRow, RoundSheet, TrayTicket
from ..services.food_service.stays import DischargePreview
from ..services.food_service.trays import TrayView
from ..services.food_service.wards import WardMealTimes, WardView
from ..services.orders import OrderDetail
from ..services.uow import UnitOfWork
from . import service_words
from .banner import MessageBanner
from .context import ViewContext
from .formatting import local_datetime, local_time
from .labels import label
from .page import Page
from .printing import A6
from .table_model import Column, RecordTableModel
from .ward_dialogs import (
    AdmitDialog,
    ApproveLateDialog,
    DietOrderDialog,
    DischargeDialog,
    MealTimeDialog,
    RefuseLateDialog,
    TransferDialog,
    WardCutoffDialog,
)
from .ward_documents import (
    ROLL,
    preview_round_sheet,
    preview_settlement,
    preview_tickets,
    save_round_sheet_pdf,
    save_tickets_pdf,
)
from .widgets import record_table, selected_record

ALL_WARDS = ""


def _meal_combo() -> QComboBox:
    combo = QComboBox()
    for meal in meals.MEALS:
        combo.addItem(label(meal), meal)
    return combo


class _WardFilter(QComboBox):
    """ "All wards" then every ward in route order, kept as wards change."""

    def __init__(self, everything: str) -> None:
        super().__init__()
        self.setProperty("data", True)  # the wards' names
        self.addItem(everything, ALL_WARDS)

    def set_wards(self, found: list[WardView]) -> None:
        current = self.currentData()
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for ward in found:
            self.addItem(ward.name, ward.name)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)

    def names(self) -> list[str]:
        return [self.itemData(i) for i in range(1, self.count())]


class AdmissionsTab(Page):
    """Admitted patients by ward route and bed; the chosen patient's diet order beside."""

    watches = frozenset({Area.WARDS, Area.CUSTOMERS})

    def __init__(self, ctx: ViewContext, banner: MessageBanner) -> None:
        super().__init__()
        self.ctx, self.banner = ctx, banner
        self.diet: DietView | None = None
        self.ward = _WardFilter(self.tr("All wards"))
        self.model: RecordTableModel[StayView] = RecordTableModel(
            [
                Column(self.tr("Ward"), lambda s: s.ward),
                Column(self.tr("Bed"), lambda s: s.bed),
                Column(self.tr("Patient"), lambda s: s.patient),
                Column(self.tr("Admitted"), lambda s: local_datetime(s.admitted_at, ctx.zone)),
            ]
        )
        self.table = record_table(self.model)
        self.details = QLabel(self.tr("Choose a patient to see the diet order."))
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setMinimumWidth(300)
        can_admit = ctx.actor.can(Permission.ADMIT_PATIENTS)
        buttons = QHBoxLayout()
        self.admit_button = QPushButton(self.tr("&Admit…"))
        self.transfer_button = QPushButton(self.tr("&Transfer…"))
        self.discharge_button = QPushButton(self.tr("&Discharge…"))
        self.diet_button = QPushButton(self.tr("Diet &order…"))
        for button, allowed in (
            (self.admit_button, can_admit),
            (self.transfer_button, can_admit),
            (self.discharge_button, can_admit),
            (self.diet_button, ctx.actor.can(Permission.WRITE_DIET_ORDERS)),
        ):
            button.setVisible(allowed)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Ward")))
        buttons.addWidget(self.ward)
        self.admit_button.clicked.connect(self.open_admit)
        self.transfer_button.clicked.connect(self.open_transfer)
        self.discharge_button.clicked.connect(self.open_discharge)
        self.diet_button.clicked.connect(self.open_diet)
        self.ward.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self.refresh()

    def refresh(self) -> None:
        ward = self.ward.currentData() or ""
        self.ctx.query(self, wards.list_wards, self.ward.set_wards, purpose="wards")
        self.ctx.query(
            self, lambda uow, actor: stays.list_stays(uow, actor, ward), self._show, purpose="stays"
        )

    def _show(self, found: list[StayView]) -> None:
        chosen = self.stay()
        self.model.set_records(found)
        for row, stay in enumerate(found):
            if chosen is not None and stay.id == chosen.id:
                self.table.selectRow(row)
        self._chosen()
        self.refreshed.emit()

    def stay(self) -> StayView | None:
        found: StayView | None = selected_record(self.table, self.model)
        return found

    def _chosen(self, *_args: object) -> None:
        stay = self.stay()
        for button in (self.transfer_button, self.discharge_button, self.diet_button):
            button.setEnabled(stay is not None)
        if stay is None:
            self.diet = None
            self.details.setText(self.tr("Choose a patient to see the diet order."))
            return
        stay_id = stay.id
        self.ctx.query(
            self,
            lambda uow, actor: diet_orders.diet_of(uow, actor, stay_id),
            self._show_diet,
            purpose="diet",
        )

    def _show_diet(self, diet: DietView) -> None:
        stay = self.stay()
        if stay is None:
            return
        self.diet = diet
        lines = [f"<b>{escape(stay.patient)}</b> ({escape(stay.reference)}) — {escape(stay.place)}"]
        diets = ", ".join(label(d) for d in diet.diets) or self.tr("regular")
        lines.append(self.tr("Diet: {diets}").format(diets=escape(diets)))
        lines.append(
            self.tr("Texture: {t} · drinks: {d}").format(
                t=service_words.word(TEXTURE_WORDS[diet.texture]),
                d=service_words.word(DRINK_WORDS[diet.drink_level]),
            )
        )
        if diet.npo and diet.npo_until is not None:
            npo = self.tr("NPO until {until} ({reason})").format(
                until=local_datetime(diet.npo_until, self.ctx.zone),
                reason=escape(diet.npo_reason or ""),
            )
            lines.append(f"<span style='color:#b3261e; font-weight:600'>{npo}</span>")
        if diet.allergens:
            lines.append(
                self.tr("Allergens: {list}").format(
                    list=", ".join(label(a) for a in diet.allergens)
                )
            )
        for text in (diet.intolerances, diet.notes):
            if text:
                lines.append(escape(text))
        if diet.written_at is not None:
            lines.append(
                "<i>"
                + self.tr("Written by {who}, {when}").format(
                    who=escape(diet.written_by), when=local_datetime(diet.written_at, self.ctx.zone)
                )
                + "</i>"
            )
        self.details.setText("<br>".join(lines))

    def open_admit(self) -> AdmitDialog:
        dialog = AdmitDialog(self.ctx, self.ward.names(), self)
        dialog.saved.connect(
            lambda s: self.banner.show_info(
                self.tr("{patient} admitted to {place}.").format(patient=s.patient, place=s.place)
            )
        )
        dialog.open()
        return dialog

    def open_transfer(self) -> TransferDialog | None:
        stay = self.stay()
        if stay is None:
            return None
        dialog = TransferDialog(self.ctx, stay, self.ward.names(), self)
        dialog.saved.connect(
            lambda s: self.banner.show_info(
                self.tr("{patient} moved to {place}; pending trays follow.").format(
                    patient=s.patient, place=s.place
                )
            )
        )
        dialog.open()
        return dialog

    def open_discharge(self) -> DischargeDialog | None:
        stay = self.stay()
        if stay is None:
            return None
        dialog = DischargeDialog(self.ctx, stay, self)
        dialog.saved.connect(self._discharged)
        dialog.open()
        return dialog

    def _discharged(self, preview: DischargePreview) -> None:
        self.banner.show_info(self.tr("{patient} discharged.").format(patient=preview.stay.patient))
        if preview.account_due_rwf:
            self.print_settlement(preview.stay.id)

    def print_settlement(self, stay_id: int) -> None:
        """The settlement's receipt, listing what was charged to the account, in print preview."""
        self.ctx.query(
            self,
            lambda uow, actor: patient_account.settlement_receipt(uow, actor, stay_id),
            self._preview_settlement,
            purpose="settlement",
        )

    def _preview_settlement(self, found: SettlementReceipt | None) -> None:
        if found is not None:
            self.settlement_preview = preview_settlement(found, self.ctx.zone, self)

    def open_diet(self) -> DietOrderDialog | None:
        stay = self.stay()
        if stay is None or self.diet is None:
            return None
        dialog = DietOrderDialog(self.ctx, stay, self.diet, self)
        dialog.saved.connect(lambda _d: self.banner.show_info(self.tr("Diet order saved.")))
        dialog.open()
        return dialog


class _MealPicker(QWidget):
    """Day, meal and ward of a round sheet or a tray list."""

    changed = Signal()

    def __init__(self, ctx: ViewContext, everything: str) -> None:
        super().__init__()
        self.day = QDateEdit(QDate(ctx.today()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd dd/MM/yyyy")
        self.meal = _meal_combo()
        self.ward = _WardFilter(everything)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for title, widget in (
            (self.tr("Day"), self.day),
            (self.tr("Meal"), self.meal),
            (self.tr("Ward"), self.ward),
        ):
            layout.addWidget(QLabel(title))
            layout.addWidget(widget)
        layout.addStretch(1)
        self.day.dateChanged.connect(self.changed)
        self.meal.currentIndexChanged.connect(self.changed)
        self.ward.currentIndexChanged.connect(self.changed)

    def chosen(self) -> tuple[date, MealPeriod, str]:
        return self.day.date().toPython(), self.meal.currentData(), self.ward.currentData() or ""


class _RoundModel(RecordTableModel[RoundRow]):
    """Patients without an order yet are shaded, to be called before the cut-off."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            return QBrush(QColor("#fde8e4")) if self.record(index.row()).no_order else None
        return super().data(index, role)


class RoundTab(Page):
    """The ward round sheet: who has ordered, who is NPO, who has no order yet."""

    watches = frozenset({Area.WARDS, Area.TRAYS, Area.ORDERS})

    def __init__(self, ctx: ViewContext, banner: MessageBanner) -> None:
        super().__init__()
        self.ctx, self.banner = ctx, banner
        self.sheet: RoundSheet | None = None
        self.picker = _MealPicker(ctx, self.tr("All wards"))
        self.model: RecordTableModel[RoundRow] = _RoundModel(
            [
                Column(self.tr("Ward / bed"), lambda r: f"{r.ward} · {r.bed}"),
                Column(self.tr("Patient"), lambda r: r.patient + (" ⚠" if r.high_risk else "")),
                Column(self.tr("Diet"), lambda r: service_words.words(r.diet)),
                Column(
                    self.tr("Texture / drinks"),
                    lambda r: f"{service_words.word(r.texture)}; {service_words.word(r.drink)}",
                ),
                Column(self.tr("Allergens"), lambda r: ", ".join(label(a) for a in r.allergens)),
                Column(self.tr("Ordered"), self._ordered),
            ]
        )
        self.table = record_table(self.model)
        self.summary = QLabel("")
        # The names of the high-risk patients to call can run long: wrap, never widen the window.
        self.summary.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Round sheet &PDF…"))
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.print_button = QPushButton(self.tr("P&rint round sheet…"))
        self.print_button.clicked.connect(self.print_sheet)
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.picker.changed.connect(self.refresh)
        self.refresh()

    def _ordered(self, r: RoundRow) -> str:
        if r.npo:
            return self.tr("NPO {until}").format(until=r.npo)
        if r.no_order:
            return self.tr("NO ORDER YET")
        guests = self.tr(" + %n guest(s)", "", r.guests) if r.guests else ""
        return r.ordered + guests

    def refresh(self) -> None:
        day, meal, ward = self.picker.chosen()
        self.ctx.query(self, wards.list_wards, self.picker.ward.set_wards, purpose="wards")
        self.ctx.query(
            self,
            lambda uow, actor: rounds.round_sheet(uow, actor, day, meal, ward),
            self._show,
            purpose="round",
        )

    def _show(self, sheet: RoundSheet) -> None:
        self.sheet = sheet
        self.model.set_records(list(sheet.rows))
        missing = sheet.not_ordered
        risky = [r.patient for r in missing if r.high_risk]
        text = self.tr("%n patient(s) · {missing} without an order", "", len(sheet.rows)).format(
            missing=len(missing)
        )
        if risky:
            text += " · " + self.tr("call first (high-risk diet): {names}").format(
                names=", ".join(risky)
            )
        self.summary.setText(text)
        self.refreshed.emit()

    def _ask_pdf(self) -> None:
        if self.sheet is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save round sheet"), "ward-round.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_pdf(Path(path))

    def print_sheet(self) -> None:
        """The A4 round sheet in Qt's print preview, whose Print button prints it."""
        if self.sheet is not None:
            self.preview = preview_round_sheet(self.sheet, self.ctx.zone, self)

    def save_pdf(self, path: Path) -> None:
        if self.sheet is not None:
            save_round_sheet_pdf(self.sheet, self.ctx.zone, path)
            self.banner.show_info(self.tr("Round sheet saved to {path}").format(path=path))


class TraysTab(Page):
    """The trays of a meal in delivery order with their status and lateness; the kitchen's
    counts; tickets to print."""

    watches = frozenset({Area.TRAYS, Area.ORDERS, Area.WARDS})

    def __init__(self, ctx: ViewContext, banner: MessageBanner) -> None:
        super().__init__()
        self.ctx, self.banner = ctx, banner
        self.picker = _MealPicker(ctx, self.tr("All wards"))
        self.model: RecordTableModel[TrayView] = RecordTableModel(
            [
                Column(self.tr("Ward / bed"), lambda t: f"{t.ward} · {t.bed}"),
                Column(
                    self.tr("Patient"),
                    lambda t: t.patient + (self.tr(" (guest)") if t.for_guest else ""),
                ),
                Column(self.tr("Dishes"), lambda t: t.dishes, stretch=True),
                Column(self.tr("Status"), self._status, tooltip=self._status),
                Column(self.tr("Due"), lambda t: local_time(t.due_at, ctx.zone)),
                Column(self.tr("Late"), self._late),
                Column(self.tr("Order"), lambda t: t.order_number),
            ]
        )
        self.table = record_table(self.model)
        self.counts: RecordTableModel[rounds.CountRow] = RecordTableModel(
            [
                Column(self.tr("Dish"), lambda r: r.dish, stretch=True),
                Column(self.tr("Texture"), lambda r: service_words.word(r.texture)),
                Column(self.tr("Ward"), lambda r: r.ward),
                Column(self.tr("Count"), lambda r: str(r.quantity), align_right=True),
            ]
        )
        self.counts_table: QTableView = record_table(self.counts)
        self.counts_total = QLabel("")
        self.counts_total.setWordWrap(True)  # one entry per dish: it may run long
        self.buttons: dict[TrayStatus, QPushButton] = {}
        actions = QHBoxLayout()
        for status in (TrayStatus.PREPARED, TrayStatus.SENT, TrayStatus.DELIVERED):
            button = QPushButton(label(status))
            button.clicked.connect(lambda _c=False, s=status: self.advance(s))
            self.buttons[status] = button
            actions.addWidget(button)
        self.approve_button = QPushButton(self.tr("Approve late tray…"))
        self.approve_button.setVisible(ctx.actor.can(Permission.APPROVE_LATE_TRAYS))
        self.approve_button.clicked.connect(self.open_approve)
        actions.addWidget(self.approve_button)
        self.refuse_button = QPushButton(self.tr("Refuse late tray…"))
        self.refuse_button.setVisible(ctx.actor.can(Permission.APPROVE_LATE_TRAYS))
        self.refuse_button.clicked.connect(self.open_refuse)
        actions.addWidget(self.refuse_button)
        actions.addStretch(1)
        # The paper's buttons on a row of their own: beside the others they would be wider than
        # the screen in French or Kinyarwanda.
        paper = QHBoxLayout()
        paper.addStretch(1)
        self.roll_button = QPushButton(self.tr("Tickets 80 mm PDF…"))
        self.a6_button = QPushButton(self.tr("Tickets A6 PDF…"))
        self.roll_button.clicked.connect(lambda: self._ask_tickets("roll"))
        self.a6_button.clicked.connect(lambda: self._ask_tickets("a6"))
        paper.addWidget(self.roll_button)
        paper.addWidget(self.a6_button)
        self.print_button = QPushButton(self.tr("&Print tickets"))
        paper_menu = QMenu(self.print_button)
        paper_menu.addAction(self.tr("80 mm roll…"), lambda: self.print_tickets("roll"))
        paper_menu.addAction(self.tr("A6 labels…"), lambda: self.print_tickets("a6"))
        self.print_button.setMenu(paper_menu)
        paper.addWidget(self.print_button)
        kitchen = QWidget()
        k = QVBoxLayout(kitchen)
        k.setContentsMargins(0, 0, 0, 0)
        k.addWidget(QLabel(self.tr("<b>Kitchen counts</b> (approved trays)")))
        k.addWidget(self.counts_table, 1)
        k.addWidget(self.counts_total)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(kitchen)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        # The trays' seven columns first; the counts' four are short (stretch factors alone
        # leave the split to the tables' size hints, which squeezed the trays).
        split.setSizes([3000, 1700])
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addLayout(actions)
        layout.addLayout(paper)
        layout.addWidget(split, 1)
        self.picker.changed.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.refresh()

    def _status(self, t: TrayView) -> str:
        if t.refused_by:
            return self.tr("Refused by {who}: {why}").format(who=t.refused_by, why=t.refusal_reason)
        return label(t.status)

    def _late(self, t: TrayView) -> str:
        minutes = t.late_by_minutes(self.ctx.now())
        return self.tr("{m} min").format(m=minutes) if minutes else ""

    def refresh(self) -> None:
        day, meal, ward = self.picker.chosen()
        self.ctx.query(self, wards.list_wards, self.picker.ward.set_wards, purpose="wards")
        self.ctx.query(
            self,
            lambda uow, actor: trays.trays_for(uow, actor, day, meal, ward),
            self._show,
            purpose="trays",
        )
        self.ctx.query(
            self,
            lambda uow, actor: rounds.kitchen_counts(uow, actor, day, meal),
            self._show_counts,
            purpose="counts",
        )

    def _show(self, found: list[TrayView]) -> None:
        chosen = self.tray()
        self.model.set_records(found)
        for row, tray in enumerate(found):
            if chosen is not None and tray.id == chosen.id:
                self.table.selectRow(row)
        self._chosen()
        self.refreshed.emit()

    def _show_counts(self, counts: KitchenCounts) -> None:
        self.counts.set_records(list(counts.rows))
        totals = " · ".join(f"{dish}: {n}" for dish, n in counts.by_dish.items())
        self.counts_total.setText(
            self.tr("%n dish(es) — {totals}", "", counts.total).format(totals=totals)
        )

    def tray(self) -> TrayView | None:
        found: TrayView | None = selected_record(self.table, self.model)
        return found

    def _chosen(self, *_args: object) -> None:
        tray = self.tray()
        for status, button in self.buttons.items():
            button.setEnabled(tray is not None and status in trays.NEXT.get(tray.status, set()))
        waiting = tray is not None and tray.status == TrayStatus.AWAITING_APPROVAL
        self.approve_button.setEnabled(waiting)
        self.refuse_button.setEnabled(waiting)

    def advance(self, to: TrayStatus) -> None:
        tray = self.tray()
        if tray is None:
            return

        def move(uow: UnitOfWork, actor: Actor) -> TrayView:
            return trays.advance_tray(uow, actor, tray.id, tray.version, to)

        self.ctx.command(
            self, move, purpose="tray", on_error=lambda e: self.banner.show_error(e.message)
        )

    def open_approve(self) -> ApproveLateDialog | None:
        tray = self.tray()
        if tray is None:
            return None
        dialog = ApproveLateDialog(self.ctx, tray, self)
        dialog.open()
        return dialog

    def open_refuse(self) -> None:
        """The refusal needs the order's payments (how the money goes back): read them first."""
        tray = self.tray()
        if tray is None:
            return
        order_id = tray.order_id
        self.ctx.query(
            self,
            lambda uow, actor: orders.get_order(uow, actor, order_id),
            lambda detail: self._refuse(tray, detail),
            purpose="refuse",
            on_error=lambda e: self.banner.show_error(e.message),
        )

    def _refuse(self, tray: TrayView, detail: OrderDetail) -> None:
        self.refuse_dialog = RefuseLateDialog(self.ctx, tray, detail, self)
        self.refuse_dialog.saved.connect(
            lambda t: self.banner.show_info(
                self.tr("Late tray for {patient} refused; order {number} cancelled.").format(
                    patient=t.patient, number=t.order_number
                )
            )
        )
        self.refuse_dialog.open()

    def print_tickets(self, paper: str) -> None:
        """The meal's tickets in delivery order, in Qt's print preview for the chosen paper."""
        day, meal, ward = self.picker.chosen()

        def show(found: list[TrayTicket]) -> None:
            self.preview = preview_tickets(
                found, self.ctx.zone, A6 if paper == "a6" else ROLL, self
            )

        self.ctx.query(
            self,
            lambda uow, actor: rounds.tray_tickets(uow, actor, day, meal, ward),
            show,
            purpose="tickets",
        )

    def _ask_tickets(self, paper: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save tray tickets"), f"tray-tickets-{paper}.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_tickets(Path(path), paper)

    def save_tickets(self, path: Path, paper: str) -> None:
        day, meal, ward = self.picker.chosen()

        def write(found: list[TrayTicket]) -> None:
            save_tickets_pdf(found, self.ctx.zone, path, A6 if paper == "a6" else ROLL)
            self.banner.show_info(
                self.tr("%n tray ticket(s) saved to {path}", "", len(found)).format(path=path)
            )

        self.ctx.query(
            self,
            lambda uow, actor: rounds.tray_tickets(uow, actor, day, meal, ward),
            write,
            purpose="tickets",
        )


class MealTimesTab(Page):
    """When each meal is served and when its orders close, ward by ward; a manager edits them."""

    watches = frozenset({Area.WARDS})

    def __init__(self, ctx: ViewContext, banner: MessageBanner) -> None:
        super().__init__()
        self.ctx, self.banner = ctx, banner
        self.times: WardMealTimes | None = None
        self.meals: RecordTableModel[MealTime] = RecordTableModel(
            [
                Column(self.tr("Meal"), lambda m: label(m.meal)),
                Column(self.tr("Served from"), lambda m: f"{m.serves_from:%H:%M}"),
                Column(self.tr("Until"), lambda m: f"{m.serves_until:%H:%M}"),
                Column(self.tr("Orders close"), lambda m: f"{m.cutoff:%H:%M}"),
                Column(
                    self.tr("Delivered within"),
                    lambda m: self.tr("{n} min").format(n=m.delivery_target_minutes),
                ),
            ]
        )
        self.meal_table = record_table(self.meals)
        self.cutoffs = _CutoffModel(
            [Column(self.tr("Ward"), lambda w: w)]
            + [
                Column(label(meal), lambda w, meal=meal: self._cutoff(w, meal))
                for meal in meals.MEALS
            ],
            self,
        )
        self.cutoff_table = record_table(self.cutoffs)
        self.cutoff_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        can_edit = ctx.actor.can(Permission.MANAGE_MEAL_TIMES)
        self.edit_meal = QPushButton(self.tr("Edit &meal time…"))
        self.edit_cutoff = QPushButton(self.tr("Ward &cut-off…"))
        for button in (self.edit_meal, self.edit_cutoff):
            button.setVisible(can_edit)
        self.edit_meal.clicked.connect(self.open_meal)
        self.edit_cutoff.clicked.connect(self.open_cutoff)
        self.meal_table.activated.connect(self.open_meal)
        self.cutoff_table.activated.connect(self.open_cutoff)
        note = QLabel(
            self.tr(
                "After a ward's cut-off an order goes with the next meal, or becomes a late tray "
                "a manager approves. <b>Bold</b>: the ward's own cut-off."
            )
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_meal)
        buttons.addWidget(self.edit_cutoff)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("<b>Meals</b>")))
        layout.addWidget(self.meal_table, 2)
        layout.addWidget(QLabel(self.tr("<b>Orders close, by ward</b>")))
        layout.addWidget(self.cutoff_table, 3)
        layout.addWidget(note)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.query(self, wards.ward_meal_times, self._show, purpose="meal times")

    def _show(self, times: WardMealTimes) -> None:
        self.times = times
        self.meals.set_records(list(times.meals))
        self.cutoffs.set_records(list(times.wards))
        self.refreshed.emit()

    def _cutoff(self, ward: str, meal: MealPeriod) -> str:
        return f"{self.times.cutoff(ward, meal):%H:%M}" if self.times else ""

    def own_cutoff(self, ward: str, column: int) -> bool:
        return self.times is not None and (ward, meals.MEALS[column - 1]) in self.times.own_cutoffs

    def open_meal(self, *_args: object) -> MealTimeDialog | None:
        rows = self.meal_table.selectionModel().selectedRows()
        if self.times is None or not self.ctx.actor.can(Permission.MANAGE_MEAL_TIMES):
            return None
        meal = self.meals.record(rows[0].row()) if rows else self.times.meals[0]
        dialog = MealTimeDialog(self.ctx, meal, self)
        dialog.saved.connect(
            lambda _r: self.banner.show_info(
                self.tr("{meal} times saved.").format(meal=label(meal.meal))
            )
        )
        dialog.open()
        return dialog

    def open_cutoff(self, *_args: object) -> WardCutoffDialog | None:
        times = self.times
        if times is None or not times.wards:
            return None
        if not self.ctx.actor.can(Permission.MANAGE_MEAL_TIMES):
            return None
        index = self.cutoff_table.currentIndex()
        ward = times.wards[index.row()] if index.isValid() else times.wards[0]
        column = index.column() if index.isValid() else 0
        meal = meals.MEALS[max(0, column - 1)]
        dialog = WardCutoffDialog(self.ctx, times, ward, meal, self)
        dialog.saved.connect(lambda _r: self.banner.show_info(self.tr("Ward cut-off saved.")))
        dialog.open()
        return dialog


class _CutoffModel(RecordTableModel[str]):
    """A ward's own cut-off in bold, the meal's general one plain."""

    def __init__(self, columns: list[Column[str]], tab: MealTimesTab) -> None:
        super().__init__(columns)
        self.tab = tab

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if (
            role == Qt.ItemDataRole.FontRole
            and index.isValid()
            and index.column() > 0
            and self.tab.own_cutoff(self.record(index.row()), index.column())
        ):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class WardsPage(Page):
    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.banner = MessageBanner()
        self.admissions = AdmissionsTab(ctx, self.banner)
        self.round = RoundTab(ctx, self.banner)
        self.trays = TraysTab(ctx, self.banner)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.admissions, self.tr("Patients"))
        self.tabs.addTab(self.round, self.tr("Round sheet"))
        self.tabs.addTab(self.trays, self.tr("Trays and kitchen"))
        self.meal_times = MealTimesTab(ctx, self.banner)
        self.tabs.addTab(self.meal_times, self.tr("Meal times"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        for tab in (self.admissions, self.round, self.trays, self.meal_times):
            tab.refresh()
