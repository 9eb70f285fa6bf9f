"""The consultation calendar: a week per nutritionist, or a day across them; book from a slot."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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

from ..services import scheduling
from ..services.customers import CustomerView
from ..services.errors import DomainError
from ..services.scheduling import ConsultationStatus, NutritionistView, Slot, SlotState
from .areas import ViewContext
from .background import run_in_background
from .banner import MessageBanner
from .changes import announce, changes_hub
from .customer_picker import CustomerPicker

REFRESH_MS = 30000
ALL = -1
COLOURS = {
    SlotState.FREE: ("#e6f4ea", "#1e5b2c"),
    SlotState.BOOKED: ("#d6e4f5", "#173f6b"),
    SlotState.COMPLETED: ("#e4e4e4", "#444444"),
    SlotState.NO_SHOW: ("#fde2cc", "#7a3a00"),
    SlotState.PAST: ("#f5f5f5", "#aaaaaa"),
}
LABELS = {
    SlotState.FREE: "free",
    SlotState.PAST: "",
    SlotState.COMPLETED: "✓ ",
    SlotState.NO_SHOW: "no-show: ",
    SlotState.BOOKED: "",
}


class BookingDialog(QDialog):
    """Find or register the customer and give an optional reason; the slot is already chosen."""

    def __init__(self, ctx: ViewContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.picker = CustomerPicker(ctx, self)
        self.search = self.picker.search
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText("optional, e.g. diabetes follow-up")
        form = QFormLayout()
        form.addRow("&Customer", self.picker)
        form.addRow("&Reason", self.reason)
        buttons = QDialogButtonBox()
        self.book_button = buttons.addButton("Book", QDialogButtonBox.ButtonRole.AcceptRole)
        self.book_button.setEnabled(False)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.picker.chosen.connect(lambda c: self.book_button.setEnabled(c is not None))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(title))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def customer(self) -> CustomerView | None:
        return self.picker.customer()


class CalendarPage(QWidget):
    refreshed = Signal()

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.nutritionists: list[NutritionistView] = []
        self.slots: list[Slot] = []
        self._cells: dict[tuple[int, int], Slot] = {}
        today = datetime.now(ctx.zone).date()
        self.day = today
        self.banner = MessageBanner()
        self.who = QComboBox()
        self.title = QLabel("")
        self.title.setStyleSheet("font-size:15px; font-weight:600;")
        previous, today_button, following = (
            QPushButton("◀ &Previous"),
            QPushButton("&Today"),
            QPushButton("&Next ▶"),
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
                f"<span style='background:{bg}; color:{fg}'>&nbsp;{name}&nbsp;</span>"
                for name, (bg, fg) in (
                    ("free", COLOURS[SlotState.FREE]),
                    ("booked", COLOURS[SlotState.BOOKED]),
                    ("completed", COLOURS[SlotState.COMPLETED]),
                    ("no-show", COLOURS[SlotState.NO_SHOW]),
                )
            )
        )
        who_label = QLabel("&Who")
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
        self._timer = QTimer(self, interval=REFRESH_MS, timeout=self.refresh)
        self._timer.start()
        changes_hub().changed.connect(self._on_change)
        self._load_nutritionists()

    # what is shown
    @property
    def day_view(self) -> bool:
        return self.who.currentData() == ALL

    def first_day(self) -> date:
        return self.day if self.day_view else self.day - timedelta(days=self.day.weekday())

    def _load_nutritionists(self) -> None:
        ctx = self._ctx
        run_in_background(
            self,
            lambda: scheduling.list_nutritionists(ctx.uow_factory(), ctx.actor),
            self._nutritionists_loaded,
            lambda e: self.banner.show_error(e.message),
        )

    def _nutritionists_loaded(self, found: list[NutritionistView]) -> None:
        self.nutritionists = found
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItem("All nutritionists — day view", ALL)
        for n in found:
            self.who.addItem(n.name, n.id)
        mine = next((i + 1 for i, n in enumerate(found) if n.id == self._ctx.actor.staff_id), None)
        self.who.setCurrentIndex(mine if mine is not None else (1 if found else 0))
        self.who.blockSignals(False)
        self.refresh()

    def move(self, steps: int) -> None:
        self.day += timedelta(days=steps * (1 if self.day_view else 7))
        self.refresh()

    def go_today(self) -> None:
        self.day = datetime.now(self._ctx.zone).date()
        self.refresh()

    def refresh(self) -> None:
        if not self.nutritionists:
            return
        ctx = self._ctx
        ids = [n.id for n in self.nutritionists] if self.day_view else [self.who.currentData()]
        first, days = self.first_day(), 1 if self.day_view else 7
        run_in_background(
            self,
            lambda: scheduling.week_slots(ctx.uow_factory(), ctx.actor, ids, first, days),
            lambda found: self._draw(found, first, days, ids),
            lambda e: self.banner.show_error(e.message),
        )

    def _draw(self, found: list[Slot], first: date, days: int, ids: list[int]) -> None:
        zone = self._ctx.zone
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
        today = datetime.now(zone)
        if not self.day_view and first <= today.date() < first + timedelta(days=7):
            header = self.grid.horizontalHeaderItem((today.date() - first).days)
            font = QFont(header.font())
            font.setBold(True)
            header.setFont(font)
            header.setText("● " + header.text() + " (today)")
        now_row = next(
            (
                r
                for r, t in enumerate(times)
                if t <= today.time() < (datetime.combine(today.date(), t) + scheduling.SLOT).time()
            ),
            None,
        )
        if now_row is not None and first <= today.date() < first + timedelta(days=days):
            self.grid.verticalHeaderItem(now_row).setText(f"▶ {times[now_row]:%H:%M}")
        for slot in found:
            local = slot.starts_at.astimezone(zone)
            row = times.index(local.time())
            column = (
                ids.index(slot.nutritionist_id) if self.day_view else (local.date() - first).days
            )
            background, foreground = COLOURS[slot.state]
            text = LABELS[slot.state] + (slot.customer if slot.consultation_id else "")
            if slot.cancelled_customer:
                text = f"{text} · cancelled: {slot.cancelled_customer}".strip(" ·")
            item = QTableWidgetItem(text or LABELS[slot.state])
            item.setBackground(QBrush(QColor(background)))
            item.setForeground(QBrush(QColor(foreground)))
            if slot.cancelled_customer:
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
            item.setToolTip(
                f"{local:%a %d %b %H:%M} — {slot.state.value.replace('_', ' ')}"
                + (f": {slot.customer}" if slot.customer else "")
                + (
                    f" (a booking for {slot.cancelled_customer} was cancelled)"
                    if slot.cancelled_customer
                    else ""
                )
            )
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
        when = slot.starts_at.astimezone(self._ctx.zone)
        dialog = BookingDialog(
            self._ctx, f"Book {self._name(slot.nutritionist_id)} — {when:%a %d %b %H:%M}", self
        )
        dialog.accepted.connect(lambda: self._book(slot, dialog))
        dialog.open()
        return dialog

    def _book(self, slot: Slot, dialog: BookingDialog) -> None:
        customer, ctx = dialog.customer(), self._ctx
        if customer is None:
            return
        reason = dialog.reason.text()
        self._run(
            lambda: scheduling.book(
                ctx.uow_factory(),
                ctx.actor,
                nutritionist_id=slot.nutritionist_id,
                customer_id=customer.id,
                starts_at=slot.starts_at,
                reason=reason,
            ),
            lambda c: f"Booked {c.customer} with {c.nutritionist}.",
        )

    def _run(self, work, done) -> None:  # type: ignore[no-untyped-def]
        def succeeded(consultation) -> None:  # type: ignore[no-untyped-def]
            self.banner.show_info(done(consultation))
            announce("consultations", [consultation.id])

        def failed(error: DomainError) -> None:
            self.banner.show_error(error.message)
            self.refresh()

        run_in_background(self, work, succeeded, failed)

    def consultation_actions(self, slot: Slot) -> list[str]:
        """What may be done with a booked consultation; another nutritionist's is not marked."""
        actions = ["Reschedule…", "Cancel…"]
        if scheduling.may_mark(self._ctx.actor, slot.nutritionist_id):
            actions += ["Mark completed", "Mark no-show"]
        return actions

    def open_consultation(self, slot: Slot) -> None:
        if slot.state != SlotState.BOOKED:
            self.banner.show_info(f"{slot.customer}: {slot.state.value.replace('_', ' ')}.")
            return
        actions = self.consultation_actions(slot)
        choice, ok = QInputDialog.getItem(self, slot.customer, "What happened?", actions, 0, False)
        if not ok:
            return
        if choice == "Reschedule…":
            self._ask_reschedule(slot)
        elif choice == "Cancel…":
            reason, ok = QInputDialog.getText(self, "Cancel consultation", "Reason:")
            if ok:
                self.cancel(slot, reason)
        else:
            self.mark(
                slot,
                ConsultationStatus.COMPLETED
                if choice == "Mark completed"
                else ConsultationStatus.NO_SHOW,
            )

    def _ask_reschedule(self, slot: Slot) -> None:
        ctx = self._ctx
        run_in_background(
            self,
            lambda: scheduling.first_free(
                ctx.uow_factory(), ctx.actor, datetime.now(UTC), slot.nutritionist_id, limit=30
            ),
            lambda free: self._choose_new_time(slot, free),
        )

    def _choose_new_time(self, slot: Slot, free: list[Slot]) -> None:
        if not free:
            self.banner.show_error("No free slot in the next 60 days.")
            return
        labels = [f.starts_at.astimezone(self._ctx.zone).strftime("%a %d %b %H:%M") for f in free]
        choice, ok = QInputDialog.getItem(self, "Reschedule", "New time:", labels, 0, False)
        if ok:
            self.reschedule(slot, free[labels.index(choice)].starts_at)

    def reschedule(self, slot: Slot, to: datetime) -> None:
        ctx = self._ctx
        self._run(
            lambda: scheduling.reschedule(
                ctx.uow_factory(), ctx.actor, slot.consultation_id, slot.version, to
            ),
            lambda c: f"{c.customer} moved to {c.starts_at.astimezone(ctx.zone):%a %d %b %H:%M}.",
        )

    def cancel(self, slot: Slot, reason: str) -> None:
        ctx = self._ctx
        self._run(
            lambda: scheduling.cancel(
                ctx.uow_factory(), ctx.actor, slot.consultation_id, slot.version, reason
            ),
            lambda c: f"Consultation with {c.customer} cancelled.",
        )

    def mark(self, slot: Slot, outcome: ConsultationStatus) -> None:
        ctx = self._ctx
        self._run(
            lambda: scheduling.mark(
                ctx.uow_factory(), ctx.actor, slot.consultation_id, slot.version, outcome
            ),
            lambda c: f"{c.customer}: {outcome.value.replace('_', ' ')}.",
        )

    def _on_change(self, area: str, _ids: list) -> None:
        if area == "consultations":
            self.refresh()
