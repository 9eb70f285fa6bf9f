"""The consultation calendar: a week per nutritionist, or a day across them; book from a slot."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.changes import Area
from ..services.errors import ConcurrentChange, DomainError, ValidationError
from ..services.scheduling import availability, consultations
from ..services.scheduling.common import (
    SLOT,
    ConsultationStatus,
    ConsultationView,
    NutritionistView,
    Slot,
    SlotState,
    SlotTaken,
)
from ..services.scheduling.slots import first_free, week_slots
from .banner import MessageBanner
from .changes import ChangeSet
from .context import ViewContext
from .customer_picker import CustomerPicker
from .forms import FormDialog
from .labels import label
from .operations import Operation
from .page import Page

ALL = -1
COLOURS = {
    SlotState.FREE: ("#e6f4ea", "#1e5b2c"),
    SlotState.BOOKED: ("#d6e4f5", "#173f6b"),
    SlotState.COMPLETED: ("#e4e4e4", "#444444"),
    SlotState.NO_SHOW: ("#fde2cc", "#7a3a00"),
    SlotState.PAST: ("#f5f5f5", "#aaaaaa"),
}


def _when(moment: datetime, ctx: ViewContext) -> str:
    return moment.astimezone(ctx.zone).strftime("%a %d %b %H:%M")


class BookingDialog(FormDialog):
    """Find or register the customer and give an optional reason; the slot is already chosen.

    A refusal of the slot itself (taken meanwhile, no longer offered) cannot be mended here: the
    dialog closes and `slot_refused` hands the error to the calendar, which says so and shows the
    slot as it is now."""

    def __init__(
        self, ctx: ViewContext, slot: Slot, title: str, parent: QWidget | None = None
    ) -> None:
        book = QCoreApplication.translate("BookingDialog", "Book")
        super().__init__(ctx, title, parent, save_text=book, minimum_width=440)
        self.slot = slot
        self.slot_refused: Callable[[DomainError], None] | None = None
        heading = QLabel(title)
        heading.setStyleSheet("font-weight:600;")
        self.body.insertWidget(1, heading)
        self.picker = self.add_field(self.tr("&Customer"), "customer_id", CustomerPicker(ctx, self))
        self.search = self.picker.search
        self.reason = self.add_field(self.tr("&Reason"), "reason", QLineEdit())
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("optional, e.g. diabetes follow-up"))
        self.book_button = self.save_button
        self.book_button.setEnabled(False)
        self.picker.chosen.connect(self._chosen)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The buttons were made before the fields, so focus would start on Cancel.
        self.search.setFocus()

    def _chosen(self, customer: object) -> None:
        self.book_button.setEnabled(customer is not None)
        self.book_button.setDefault(customer is not None)

    def operation(self) -> Operation[ConsultationView]:
        customer, slot, reason = self.picker.customer(), self.slot, self.reason.text()
        if customer is None:
            raise ValidationError(self.tr("Choose the customer first."), field="customer_id")
        return lambda uow, actor: consultations.book(
            uow,
            actor,
            nutritionist_id=slot.nutritionist_id,
            customer_id=customer.id,
            starts_at=slot.starts_at,
            reason=reason,
        )

    def show_domain_error(self, error: DomainError) -> None:
        about_the_slot = isinstance(error, SlotTaken | ConcurrentChange) or (
            error.field == "starts_at"
        )
        if about_the_slot and self.slot_refused is not None:
            self.slot_refused(error)
            self.reject()
            return
        super().show_domain_error(error)


class CancelDialog(FormDialog):
    """Why the consultation is cancelled; the reason is kept with it."""

    def __init__(self, ctx: ViewContext, slot: Slot, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("CancelDialog", "Cancel consultation")
        super().__init__(ctx, title, parent, save_text=title)
        self.slot = slot
        self.body.insertWidget(1, QLabel(f"{slot.customer} — {_when(slot.starts_at, ctx)}"))
        self.reason = self.add_field(self.tr("&Reason"), "reason", QLineEdit())
        self.reason.setPlaceholderText(self.tr("e.g. patient discharged"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reason.setFocus()

    def operation(self) -> Operation[ConsultationView]:
        return _cancelling(self.slot, self.reason.text())


def _cancelling(slot: Slot, reason: str) -> Operation[ConsultationView]:
    consultation_id = slot.consultation_id
    assert consultation_id is not None
    return lambda uow, actor: consultations.cancel(
        uow, actor, consultation_id, slot.version, reason
    )


class CalendarPage(Page):
    watches = frozenset({Area.CONSULTATIONS, Area.AVAILABILITY, Area.STAFF})

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.nutritionists: list[NutritionistView] = []
        self.slots: list[Slot] = []
        self._cells: dict[tuple[int, int], Slot] = {}
        self.day = ctx.today()
        self.banner = MessageBanner()
        self.who = QComboBox()
        self.title = QLabel("")
        self.title.setStyleSheet("font-size:15px; font-weight:600;")
        previous, today_button, following = (
            QPushButton(self.tr("◀ &Previous")),
            QPushButton(self.tr("&Today")),
            QPushButton(self.tr("&Next ▶")),
        )
        previous.clicked.connect(lambda: self.move(-1))
        following.clicked.connect(lambda: self.move(+1))
        today_button.clicked.connect(self.go_today)
        for keys, slot in (
            ("PgUp", lambda: self.move(-1)),
            ("PgDown", lambda: self.move(+1)),
            ("Home", self.go_today),
            ("F5", self.refresh),
        ):
            QShortcut(QKeySequence(keys), self, activated=slot)
        self.grid = QTableWidget()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.cellActivated.connect(self.open_cell)
        self.grid.cellClicked.connect(self.open_cell)
        self.legend = QLabel(
            "  ".join(
                f"<span style='background:{COLOURS[state][0]}; color:{COLOURS[state][1]}'>"
                f"&nbsp;{label(state).lower()}&nbsp;</span>"
                for state in (
                    SlotState.FREE,
                    SlotState.BOOKED,
                    SlotState.COMPLETED,
                    SlotState.NO_SHOW,
                )
            )
        )
        who_label = QLabel(self.tr("&Who"))
        who_label.setBuddy(self.who)
        self.who.setMinimumWidth(240)
        bar = QHBoxLayout()
        bar.addWidget(who_label)
        bar.addWidget(self.who)
        bar.addWidget(previous)
        bar.addWidget(today_button)
        bar.addWidget(following)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.legend)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(bar)
        layout.addWidget(self.grid, 1)
        self.who.currentIndexChanged.connect(lambda _i: self.refresh())
        self._load_nutritionists()

    # what is shown
    @property
    def day_view(self) -> bool:
        return bool(self.who.currentData() == ALL)

    def first_day(self) -> date:
        return self.day if self.day_view else self.day - timedelta(days=self.day.weekday())

    def _load_nutritionists(self) -> None:
        self.ctx.query(self, availability.list_nutritionists, self._nutritionists_loaded,
                       purpose="nutritionists")  # fmt: skip

    def _nutritionists_loaded(self, found: list[NutritionistView]) -> None:
        shown = self.who.currentData()
        self.nutritionists = found
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItem(self.tr("All nutritionists — day view"), ALL)
        for n in found:
            self.who.addItem(n.name, n.id)
        index = self.who.findData(shown) if shown is not None else -1
        if index < 0:
            mine = next((i + 1 for i, n in enumerate(found) if n.id == self.ctx.actor.staff_id),
                        None)  # fmt: skip
            index = mine if mine is not None else (1 if found else 0)
        self.who.setCurrentIndex(index)
        self.who.blockSignals(False)
        self.refresh()

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.touches({Area.STAFF}):
            self._load_nutritionists()
            return
        # Availability is recorded by nutritionist: another one's week does not change this one.
        others = changes.ids(Area.AVAILABILITY)
        if (
            not changes.touches({Area.CONSULTATIONS})
            and not self.day_view
            and others is not None
            and self.who.currentData() not in others
        ):
            return
        self.refresh()

    def move(self, steps: int) -> None:
        self.day += timedelta(days=steps * (1 if self.day_view else 7))
        self.refresh()

    def go_today(self) -> None:
        self.day = self.ctx.today()
        self.refresh()

    def refresh(self) -> None:
        if not self.nutritionists:
            return
        ids = [n.id for n in self.nutritionists] if self.day_view else [self.who.currentData()]
        first, days = self.first_day(), 1 if self.day_view else 7
        self.ctx.query(
            self,
            lambda uow, actor: week_slots(uow, actor, ids, first, days),
            lambda found: self._draw(found, first, days, ids),
            purpose="slots",
        )

    def _cell_text(self, slot: Slot) -> str:
        prefix = {
            SlotState.FREE: self.tr("free"),
            SlotState.COMPLETED: "✓ ",
            SlotState.NO_SHOW: self.tr("no-show: "),
        }.get(slot.state, "")
        text = prefix + (slot.customer if slot.consultation_id else "")
        if slot.cancelled_customer:
            cancelled = self.tr("cancelled: {name}").format(name=slot.cancelled_customer)
            text = f"{text} · {cancelled}".strip(" ·")
        return text or prefix

    def _tooltip(self, slot: Slot) -> str:
        text = f"{_when(slot.starts_at, self.ctx)} — {label(slot.state)}"
        if slot.customer:
            text += f": {slot.customer}"
        if slot.cancelled_customer:
            text += " " + self.tr("(a booking for {name} was cancelled)").format(
                name=slot.cancelled_customer
            )
        return text

    def _draw(self, found: list[Slot], first: date, days: int, ids: list[int]) -> None:
        zone = self.ctx.zone
        self.slots = found
        self._cells.clear()
        times = sorted({s.starts_at.astimezone(zone).time() for s in found}) or [
            time(8),
            time(8, 30),
        ]
        columns = (
            [n.name for n in self.nutritionists]
            if self.day_view
            else [(first + timedelta(days=d)).strftime("%a %d %b") for d in range(days)]
        )
        self.grid.clear()
        self.grid.setRowCount(len(times))
        self.grid.setColumnCount(len(columns))
        self.grid.setHorizontalHeaderLabels(columns)
        self.grid.setVerticalHeaderLabels([t.strftime("%H:%M") for t in times])
        now = self.ctx.local_now()
        if not self.day_view and first <= now.date() < first + timedelta(days=7):
            header = self.grid.horizontalHeaderItem((now.date() - first).days)
            font = QFont(header.font())
            font.setBold(True)
            header.setFont(font)
            header.setText(self.tr("{day}\n● today").format(day=header.text()))
        now_row = next(
            (
                r
                for r, t in enumerate(times)
                if t <= now.time() < (datetime.combine(now.date(), t) + SLOT).time()
            ),
            None,
        )
        if now_row is not None and first <= now.date() < first + timedelta(days=days):
            self.grid.verticalHeaderItem(now_row).setText(f"▶ {times[now_row]:%H:%M}")
        for slot in found:
            local = slot.starts_at.astimezone(zone)
            row = times.index(local.time())
            column = (
                ids.index(slot.nutritionist_id) if self.day_view else (local.date() - first).days
            )
            background, foreground = COLOURS[slot.state]
            item = QTableWidgetItem(self._cell_text(slot))
            item.setBackground(QBrush(QColor(background)))
            item.setForeground(QBrush(QColor(foreground)))
            if slot.cancelled_customer:
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
            item.setToolTip(self._tooltip(slot))
            self.grid.setItem(row, column, item)
            self._cells[(row, column)] = slot
        for row in range(len(times)):
            for column in range(len(columns)):
                if (row, column) not in self._cells:
                    blank = QTableWidgetItem("")
                    blank.setFlags(Qt.ItemFlag.NoItemFlags)
                    blank.setBackground(QBrush(QColor("#fafafa")))
                    self.grid.setItem(row, column, blank)
        last = first + timedelta(days=days - 1)
        self.title.setText(
            f"{first:%a %d %b %Y}" if days == 1 else f"{first:%d %b} – {last:%d %b %Y}"
        )
        self.refreshed.emit()

    def cell_of(self, starts_at: datetime, nutritionist_id: int | None = None) -> tuple[int, int]:
        for (row, column), slot in self._cells.items():
            if slot.starts_at == starts_at and (
                nutritionist_id is None or slot.nutritionist_id == nutritionist_id
            ):
                return row, column
        raise KeyError(starts_at)

    def slot_state(self, starts_at: datetime, nutritionist_id: int | None = None) -> SlotState:
        return self._cells[self.cell_of(starts_at, nutritionist_id)].state

    # actions
    def open_cell(self, row: int, column: int) -> None:
        slot = self._cells.get((row, column))
        if slot is None:
            return
        if slot.state == SlotState.FREE:
            self.open_booking(slot)
        elif slot.consultation_id is not None:
            self.open_consultation(slot)

    def _name(self, nutritionist_id: int) -> str:
        return next((n.name for n in self.nutritionists if n.id == nutritionist_id), "")

    def open_booking(self, slot: Slot) -> BookingDialog:
        title = self.tr("Book {name} — {when}").format(
            name=self._name(slot.nutritionist_id), when=_when(slot.starts_at, self.ctx)
        )
        dialog = BookingDialog(self.ctx, slot, title, self)
        dialog.slot_refused = self._refused
        dialog.saved.connect(self._booked)
        dialog.open()
        return dialog

    def _booked(self, c: ConsultationView) -> None:
        self.banner.show_info(
            self.tr("Booked {customer} with {nutritionist}.").format(
                customer=c.customer, nutritionist=c.nutritionist
            )
        )

    def _refused(self, error: DomainError) -> None:
        """The calendar may be behind (another desk took or moved the slot): show it as it is."""
        self.banner.show_error(error.message)
        self.refresh()

    def _change(
        self, op: Operation[ConsultationView], done: Callable[[ConsultationView], str]
    ) -> None:
        self.ctx.command(self, op, lambda c: self.banner.show_info(done(c)),
                         purpose="consultation", on_error=self._refused)  # fmt: skip

    def consultation_actions(self, slot: Slot) -> list[str]:
        """What may be done with a booked consultation; another nutritionist's is not marked."""
        actions = [self.tr("Reschedule…"), self.tr("Cancel…")]
        if consultations.may_mark(self.ctx.actor, slot.nutritionist_id):
            actions += [self.tr("Mark completed"), self.tr("Mark no-show")]
        return actions

    def open_consultation(self, slot: Slot) -> None:
        if slot.state != SlotState.BOOKED:
            self.banner.show_info(f"{slot.customer}: {label(slot.state).lower()}.")
            return
        actions = self.consultation_actions(slot)
        choice, ok = QInputDialog.getItem(
            self, slot.customer, self.tr("What happened?"), actions, 0, False
        )
        if not ok:
            return
        index = actions.index(choice)
        if index == 0:
            self._ask_reschedule(slot)
        elif index == 1:
            self.open_cancel(slot)
        else:
            self.mark(slot, (ConsultationStatus.COMPLETED, ConsultationStatus.NO_SHOW)[index - 2])

    def _ask_reschedule(self, slot: Slot) -> None:
        now = self.ctx.now()
        self.ctx.query(
            self,
            lambda uow, actor: first_free(uow, actor, now, slot.nutritionist_id, limit=30),
            lambda free: self._choose_new_time(slot, free),
            purpose="free slots",
        )

    def _choose_new_time(self, slot: Slot, free: list[Slot]) -> None:
        if not free:
            self.banner.show_error(self.tr("No free slot in the next 60 days."))
            return
        labels = [_when(f.starts_at, self.ctx) for f in free]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Reschedule"), self.tr("New time:"), labels, 0, False
        )
        if ok:
            self.reschedule(slot, free[labels.index(choice)].starts_at)

    def reschedule(self, slot: Slot, to: datetime) -> None:
        consultation_id = slot.consultation_id
        assert consultation_id is not None
        self._change(
            lambda uow, actor: consultations.reschedule(
                uow, actor, consultation_id, slot.version, to
            ),
            lambda c: self.tr("{customer} moved to {when}.").format(
                customer=c.customer, when=_when(c.starts_at, self.ctx)
            ),
        )

    def open_cancel(self, slot: Slot) -> CancelDialog:
        dialog = CancelDialog(self.ctx, slot, self)
        dialog.saved.connect(lambda c: self.banner.show_info(self._cancelled(c)))
        dialog.open()
        return dialog

    def _cancelled(self, c: ConsultationView) -> str:
        return self.tr("Consultation with {customer} cancelled.").format(customer=c.customer)

    def cancel(self, slot: Slot, reason: str) -> None:
        self._change(_cancelling(slot, reason), self._cancelled)

    def mark(self, slot: Slot, outcome: ConsultationStatus) -> None:
        consultation_id = slot.consultation_id
        assert consultation_id is not None
        self._change(
            lambda uow, actor: consultations.mark(
                uow, actor, consultation_id, slot.version, outcome
            ),
            lambda c: f"{c.customer}: {label(outcome).lower()}.",
        )
