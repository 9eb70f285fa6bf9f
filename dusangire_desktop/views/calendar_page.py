"""The consultation calendar: a week per nutritionist, a day across them, or a month overview.

A slot's actions are on its context menu (right click, the menu key, or Enter on a booked slot),
offered only when `consultations.allowed_actions` says the services would allow them; a booked
consultation is dragged onto a free slot to move it. An empty column says why it is empty."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.auth import Permission
from ..services.changes import Area
from ..services.errors import ConcurrentChange, DomainError, ValidationError
from ..services.scheduling import availability, consultations
from ..services.scheduling.common import (
    SLOT,
    BlankDay,
    BlankReason,
    CalendarDays,
    ConsultationStatus,
    ConsultationView,
    NutritionistView,
    Slot,
    SlotState,
    SlotTaken,
)
from ..services.scheduling.consultations import SlotAction, allowed_actions
from ..services.scheduling.slots import calendar_days, first_free
from .banner import MessageBanner
from .changes import ChangeSet
from .context import ViewContext
from .customer_picker import CustomerPicker
from .formatting import date_text, month_text
from .forms import FormDialog
from .labels import label
from .operations import Operation
from .page import Page
from .widgets import WrappedLabel

WEEK, DAY, MONTH = "week", "day", "month"
SLOT_MIME = "application/x-dusangire-slot"
BLANK = "#f3f3f3"
COLOURS = {
    SlotState.FREE: ("#e6f4ea", "#1e5b2c"),
    SlotState.BOOKED: ("#d6e4f5", "#173f6b"),
    SlotState.COMPLETED: ("#e4e4e4", "#444444"),
    SlotState.NO_SHOW: ("#fde2cc", "#7a3a00"),
    SlotState.PAST: ("#f5f5f5", "#aaaaaa"),
}


def _when(moment: datetime, ctx: ViewContext) -> str:
    local = moment.astimezone(ctx.zone)
    return f"{date_text(local.date(), 'ddd dd MMM')} {local:%H:%M}"


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


class SlotGrid(QTableWidget):
    """The slot table: a booked cell may be dragged, a free one accepts the drop.

    Which cells do is decided by the page through the item flags it sets; the grid only carries
    the cell that was dragged (row and column, in its own mime type) to the cell it lands on and
    says so with `dropped`. The table's own item moving is never used: the page reschedules, and
    the refreshed calendar shows where the consultation is."""

    dropped = Signal(int, int, int, int)  # from row, from column, to row, to column

    def __init__(self) -> None:
        super().__init__()
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDropIndicatorShown(True)

    def mimeTypes(self) -> list[str]:
        return [SLOT_MIME]

    def mimeData(self, items: list[QTableWidgetItem]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        if items:
            data.setData(SLOT_MIME, f"{items[0].row()},{items[0].column()}".encode())
        return data

    def startDrag(self, supported: Qt.DropAction) -> None:
        item = self.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsDragEnabled:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.setPixmap(self.viewport().grab(self.visualItemRect(item)))
        drag.exec(Qt.DropAction.MoveAction)

    def _target(self, event: QDragMoveEvent | QDropEvent) -> QTableWidgetItem | None:
        if not event.mimeData().hasFormat(SLOT_MIME):
            return None
        item = self.itemAt(event.position().toPoint())
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsDropEnabled:
            return None
        return item

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(SLOT_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._target(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        target = self._target(event)
        if target is None:
            event.ignore()
            return
        row, column = (int(n) for n in bytes(event.mimeData().data(SLOT_MIME).data()).split(b","))
        # Not a move for Qt: the table must not clear the cell the booking came from.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.dropped.emit(row, column, target.row(), target.column())


class CalendarPage(Page):
    watches = frozenset({Area.CONSULTATIONS, Area.AVAILABILITY, Area.STAFF})
    open_area_requested = Signal(str)

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.nutritionists: list[NutritionistView] = []
        self.slots: list[Slot] = []
        self.blanks: list[BlankDay] = []
        self._cells: dict[tuple[int, int], Slot] = {}
        self._month_days: dict[tuple[int, int], date] = {}
        self.mode = WEEK
        self.day = ctx.today()
        self.banner = MessageBanner()
        self.who = QComboBox()
        self.who.setProperty("data", True)  # the nutritionists' names
        self.who.setMinimumWidth(160)
        self.title = QLabel("")
        self.title.setStyleSheet("font-size:15px; font-weight:600;")
        self.title.setWordWrap(True)  # a long week's dates in French wrap, not widen the window
        self.mode_buttons: dict[str, QPushButton] = {}
        modes = QButtonGroup(self)
        for key, text, tip in (
            (WEEK, self.tr("&Week"), self.tr("One nutritionist's week")),
            (DAY, self.tr("&Day — everyone"), self.tr("One day across all nutritionists")),
            (MONTH, self.tr("&Month"), self.tr("One nutritionist's month at a glance")),
        ):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setToolTip(tip)
            button.setObjectName(f"calendarMode_{key}")
            modes.addButton(button)
            button.clicked.connect(lambda _c=False, key=key: self.set_mode(key))
            self.mode_buttons[key] = button
        self.mode_buttons[WEEK].setChecked(True)
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

        self.grid = SlotGrid()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Rows share the height; a long day scrolls rather than squeezing them below this.
        self.grid.verticalHeader().setMinimumSectionSize(24)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._context_menu_at)
        self.grid.cellActivated.connect(self.open_cell)
        self.grid.cellClicked.connect(self._clicked)
        self.grid.dropped.connect(self._dropped)
        for keys in ("Menu", "Shift+F10"):  # the keyboard's way to the current slot's menu
            QShortcut(QKeySequence(keys), self.grid, activated=self.open_current_menu,
                      context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip
        self.month = QTableWidget(6, 7)
        self.month.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.month.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.month.setWordWrap(True)
        self.month.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.month.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.month.verticalHeader().hide()
        self.month.setHorizontalHeaderLabels(
            [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
             self.tr("Sat"), self.tr("Sun")]
        )  # fmt: skip
        self.month.cellActivated.connect(self.open_month_day)
        self.month.cellDoubleClicked.connect(self.open_month_day)
        self.views = QStackedWidget()
        self.views.addWidget(self.grid)
        self.views.addWidget(self.month)

        self.hours_missing = QFrame()
        self.hours_missing.setObjectName("hoursMissing")
        self.hours_missing.setStyleSheet(
            "#hoursMissing { background:#fff6e0; border:1px solid #f0d9a0; border-radius:4px; }"
        )
        self.hours_text = QLabel()
        self.hours_text.setWordWrap(True)
        self.set_hours = QPushButton(self.tr("Set consulting &hours…"))
        self.set_hours.setDefault(True)
        self.set_hours.clicked.connect(lambda: self.open_area_requested.emit("availability"))
        call = QHBoxLayout(self.hours_missing)
        call.setContentsMargins(12, 8, 12, 8)
        call.addWidget(self.hours_text, 1)
        call.addWidget(self.set_hours)
        self.hours_missing.hide()

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
        # Wrapped: in French or Kinyarwanda one line would widen the window past the screen.
        self.hint = WrappedLabel(
            self.tr(
                "Click a free slot to book · right-click a slot for what you can do · "
                "drag a booking onto a free slot to move it"
            )
        )
        self.hint.setStyleSheet("color:#555;")
        self.who_label = QLabel(self.tr("&Who"))
        self.who_label.setBuddy(self.who)
        bar = QHBoxLayout()
        for button in self.mode_buttons.values():
            bar.addWidget(button)
        bar.addSpacing(12)
        bar.addWidget(self.who_label)
        bar.addWidget(self.who)
        bar.addSpacing(12)
        bar.addWidget(previous)
        bar.addWidget(today_button)
        bar.addWidget(following)
        bar.addWidget(self.title, 1)
        below = QHBoxLayout()
        below.addWidget(self.hint, 1)
        below.addWidget(self.legend)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(bar)
        layout.addWidget(self.hours_missing)
        layout.addWidget(self.views, 1)
        layout.addLayout(below)
        self.who.currentIndexChanged.connect(lambda _i: self.refresh())
        self._load_nutritionists()

    # what is shown
    @property
    def day_view(self) -> bool:
        return self.mode == DAY

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.mode_buttons[mode].setChecked(True)
        self.who.setEnabled(mode != DAY)
        self.who_label.setEnabled(mode != DAY)
        self.views.setCurrentWidget(self.month if mode == MONTH else self.grid)
        self.refresh()

    def first_day(self) -> date:
        if self.mode == DAY:
            return self.day
        if self.mode == MONTH:
            first = self.day.replace(day=1)
            return first - timedelta(days=first.weekday())
        return self.day - timedelta(days=self.day.weekday())

    def _days_shown(self) -> int:
        return {DAY: 1, WEEK: 7, MONTH: 42}[self.mode]

    def _load_nutritionists(self) -> None:
        self.ctx.query(self, availability.list_nutritionists, self._nutritionists_loaded,
                       purpose="nutritionists")  # fmt: skip

    def _nutritionists_loaded(self, found: list[NutritionistView]) -> None:
        shown = self.who.currentData()
        self.nutritionists = found
        self.who.blockSignals(True)
        self.who.clear()
        for n in found:
            self.who.addItem(n.name, n.id)
        index = self.who.findData(shown) if shown is not None else -1
        if index < 0:
            index = max(0, self.who.findData(self.ctx.actor.staff_id))
        self.who.setCurrentIndex(index)
        self.who.blockSignals(False)
        if not found:
            self.title.setText(self.tr("No nutritionist on the staff list yet"))
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
        if self.mode == MONTH:
            first = self.day.replace(day=1)
            for _ in range(abs(steps)):
                first = (
                    (first + timedelta(days=32)).replace(day=1)
                    if steps > 0
                    else (first - timedelta(days=1)).replace(day=1)
                )
            self.day = first
        else:
            self.day += timedelta(days=steps * (1 if self.day_view else 7))
        self.refresh()

    def go_today(self) -> None:
        self.day = self.ctx.today()
        self.refresh()

    def refresh(self) -> None:
        if not self.nutritionists:
            return
        ids = [n.id for n in self.nutritionists] if self.day_view else [self.who.currentData()]
        first, days, mode = self.first_day(), self._days_shown(), self.mode
        self.ctx.query(
            self,
            lambda uow, actor: calendar_days(uow, actor, ids, first, days),
            lambda found: self._draw(found, first, days, ids, mode),
            purpose="slots",
        )

    def _draw(self, found: CalendarDays, first: date, days: int, ids: list[int], mode: str) -> None:
        self.slots, self.blanks = found.slots, found.blanks
        self._show_hours_missing(found.blanks, ids, mode)
        if mode == MONTH:
            self._draw_month(found, first)
        else:
            self._draw_grid(found, first, days, ids)
        self.refreshed.emit()

    def _show_hours_missing(self, blanks: list[BlankDay], ids: list[int], mode: str) -> None:
        """Lead whoever may set the hours to them; tell anyone else whom to ask."""
        unset = [
            self._name(n)
            for n in ids
            if any(b.nutritionist_id == n and b.reason == BlankReason.HOURS_NOT_SET for b in blanks)
        ]
        if not unset:
            self.hours_missing.hide()
            return
        actor = self.ctx.actor
        mine = mode != DAY and ids == [actor.staff_id]
        may_set = actor.can(Permission.MANAGE_ALL_SCHEDULES) or (
            mine and actor.can(Permission.MANAGE_OWN_SCHEDULE)
        )
        if mine:
            text = self.tr(
                "<b>You have not set your consulting hours yet</b>, so nobody can book you. "
                "Set your weekly hours once and this calendar fills with 30-minute slots."
            )
        elif may_set:
            text = self.tr(
                "<b>{names}: no consulting hours set yet</b>, so nobody can book them. "
                "Set their weekly hours in Availability and time off."
            ).format(names=", ".join(unset))
        else:
            text = self.tr(
                "<b>{names}: no consulting hours set yet</b>, so nobody can book them. "
                "Ask them, or an administrator, to set the hours in Availability and time off."
            ).format(names=", ".join(unset))
        self.hours_text.setText(text)
        self.set_hours.setVisible(may_set)
        self.set_hours.setText(self.tr("Set my consulting &hours…") if mine
                               else self.tr("Set consulting &hours…"))  # fmt: skip
        self.hours_missing.show()

    def blank_text(self, blank: BlankDay) -> str:
        if blank.reason == BlankReason.HOURS_NOT_SET:
            return self.tr("No consulting hours set yet")
        if blank.reason == BlankReason.NO_HOURS_THAT_DAY:
            return self.tr("No consulting hours on {weekday}s").format(
                weekday=date_text(blank.day, "dddd")
            )
        if blank.detail:
            return self.tr("Time off: {reason}").format(reason=blank.detail)
        return self.tr("Time off")

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

    def _flags(self, slot: Slot) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        actions = allowed_actions(self.ctx.actor, slot, self.ctx.now())
        if SlotAction.RESCHEDULE in actions:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        if SlotAction.BOOK in actions:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def _draw_grid(self, found: CalendarDays, first: date, days: int, ids: list[int]) -> None:
        zone = self.ctx.zone
        self._cells.clear()
        times = sorted({s.starts_at.astimezone(zone).time() for s in found.slots})
        if not times:  # nothing offered at all: a working day's rows, for the reasons to fill
            times = [(datetime.combine(first, time(8)) + SLOT * n).time() for n in range(18)]
        columns = (
            [self._name(n) for n in ids]
            if self.day_view
            else [date_text(first + timedelta(days=d), "ddd dd MMM") for d in range(days)]
        )
        self.grid.clear()
        self.grid.clearSpans()
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
            header.setToolTip(self.tr("Today"))
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
        for slot in found.slots:
            local = slot.starts_at.astimezone(zone)
            row = times.index(local.time())
            column = (
                ids.index(slot.nutritionist_id) if self.day_view else (local.date() - first).days
            )
            background, foreground = COLOURS[slot.state]
            item = QTableWidgetItem(self._cell_text(slot))
            item.setBackground(QBrush(QColor(background)))
            item.setForeground(QBrush(QColor(foreground)))
            item.setFlags(self._flags(slot))
            if slot.cancelled_customer:
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
            item.setToolTip(self._tooltip(slot))
            self.grid.setItem(row, column, item)
            self._cells[(row, column)] = slot
        blank_columns = {
            (ids.index(b.nutritionist_id) if self.day_view else (b.day - first).days): b
            for b in found.blanks
        }
        for row in range(len(times)):
            for column in range(len(columns)):
                if (row, column) not in self._cells:
                    blank = QTableWidgetItem("")
                    blank.setFlags(Qt.ItemFlag.NoItemFlags)
                    # Hatched: closed at this hour, unlike a past slot (plain) or a free one.
                    blank.setBackground(QBrush(QColor("#d4d4d4"), Qt.BrushStyle.BDiagPattern))
                    blank.setToolTip(self.tr("Not consulting at this time"))
                    self.grid.setItem(row, column, blank)
        for column, why in blank_columns.items():
            item = self.grid.item(0, column)
            item.setText(self.blank_text(why))
            item.setToolTip(self.blank_text(why))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setForeground(QBrush(QColor("#555555")))
            item.setBackground(QBrush(QColor(BLANK)))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if len(times) > 1:
                self.grid.setSpan(0, column, len(times), 1)
        last = first + timedelta(days=days - 1)
        self.title.setText(
            date_text(first, "ddd dd MMM yyyy")
            if days == 1
            else f"{date_text(first, 'dd MMM')} – {date_text(last, 'dd MMM yyyy')}"
        )

    def column_note(self, column: int) -> str:
        """The reason written in an empty column ("" when the column has slots)."""
        if any(c == column for _r, c in self._cells):
            return ""
        item = self.grid.item(0, column)
        return item.text() if item else ""

    def _draw_month(self, found: CalendarDays, first: date) -> None:
        zone = self.ctx.zone
        counts: dict[date, dict[SlotState, int]] = {}
        for slot in found.slots:
            day = slot.starts_at.astimezone(zone).date()
            counts.setdefault(day, {}).setdefault(slot.state, 0)
            counts[day][slot.state] += 1
        blanks = {b.day: b for b in found.blanks}
        shown = self.day.replace(day=1)
        today = self.ctx.today()
        self._month_days.clear()
        self.month.clearContents()
        for cell in range(42):
            day = first + timedelta(days=cell)
            row, column = divmod(cell, 7)
            self._month_days[(row, column)] = day
            item = QTableWidgetItem(self.month_text(day, counts.get(day, {}), blanks.get(day)))
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            here = counts.get(day, {})
            colour = (
                COLOURS[SlotState.FREE][0]
                if here.get(SlotState.FREE)
                else COLOURS[SlotState.BOOKED][0]
                if here.get(SlotState.BOOKED)
                else BLANK
            )
            item.setBackground(QBrush(QColor(colour)))
            if day.month != shown.month:
                item.setForeground(QBrush(QColor("#aaaaaa")))
            if day == today:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            item.setToolTip(self.tr("Double-click or Enter: the week of {day}").format(
                day=date_text(day, "ddd dd MMM")))  # fmt: skip
            self.month.setItem(row, column, item)
        self.title.setText(
            self.tr("{month} — {name}").format(
                month=month_text(shown), name=self._name(self.who.currentData())
            )
        )

    def month_text(self, day: date, counts: dict[SlotState, int], blank: BlankDay | None) -> str:
        parts = []
        if counts.get(SlotState.BOOKED):
            parts.append(self.tr("%n booked", "", counts[SlotState.BOOKED]))
        if counts.get(SlotState.FREE):
            parts.append(self.tr("%n free", "", counts[SlotState.FREE]))
        done = counts.get(SlotState.COMPLETED, 0) + counts.get(SlotState.NO_SHOW, 0)
        if done:
            parts.append(self.tr("%n seen or missed", "", done))
        if blank is not None:
            parts.append(self.blank_text(blank))
        elif not parts:
            parts.append(self.tr("past"))
        return f"{day.day}\n" + "\n".join(parts)

    def month_cell(self, day: date) -> QTableWidgetItem:
        for (row, column), shown in self._month_days.items():
            if shown == day:
                return self.month.item(row, column)
        raise KeyError(day)

    def open_month_day(self, row: int, column: int) -> None:
        day = self._month_days.get((row, column))
        if day is not None:
            self.day = day
            self.set_mode(WEEK)

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
    def _name(self, nutritionist_id: int) -> str:
        return next((n.name for n in self.nutritionists if n.id == nutritionist_id), "")

    def slot_actions(self, slot: Slot) -> list[SlotAction]:
        return allowed_actions(self.ctx.actor, slot, self.ctx.now())

    def action_text(self, action: SlotAction) -> str:
        return {
            SlotAction.BOOK: self.tr("Book…"),
            SlotAction.RESCHEDULE: self.tr("Reschedule…"),
            SlotAction.CANCEL: self.tr("Cancel…"),
            SlotAction.COMPLETED: self.tr("Mark completed"),
            SlotAction.NO_SHOW: self.tr("Mark no-show"),
        }[action]

    def consultation_actions(self, slot: Slot) -> list[str]:
        """The texts of the actions a slot's menu offers."""
        return [self.action_text(a) for a in self.slot_actions(slot)]

    def menu_for(self, slot: Slot) -> QMenu:
        """The slot's context menu: what may be done now, or why nothing can."""
        menu = QMenu(self)
        heading = menu.addAction(self._tooltip(slot))
        heading.setEnabled(False)
        menu.addSeparator()
        actions = self.slot_actions(slot)
        for action in actions:
            entry = menu.addAction(self.action_text(action))
            entry.setObjectName(action.value)
            entry.triggered.connect(lambda _c=False, a=action: self.run(slot, a))
        if not actions:
            why = {
                SlotState.PAST: self.tr("Nothing to do: this slot has passed"),
                SlotState.COMPLETED: self.tr("Nothing to do: the consultation took place"),
                SlotState.NO_SHOW: self.tr("Nothing to do: marked no-show"),
            }.get(slot.state, self.tr("Nothing you may do with this slot"))
            menu.addAction(why).setEnabled(False)
        elif slot.state == SlotState.BOOKED and SlotAction.COMPLETED not in actions:
            note = (
                self.tr("Completed / no-show: once it has started")
                if consultations.may_mark(self.ctx.actor, slot.nutritionist_id)
                else self.tr("Completed / no-show: only its nutritionist or the desk")
            )
            menu.addAction(note).setEnabled(False)
        return menu

    def run(self, slot: Slot, action: SlotAction) -> None:
        if action == SlotAction.BOOK:
            self.open_booking(slot)
        elif action == SlotAction.RESCHEDULE:
            self._ask_reschedule(slot)
        elif action == SlotAction.CANCEL:
            self.open_cancel(slot)
        else:
            outcome = {
                SlotAction.COMPLETED: ConsultationStatus.COMPLETED,
                SlotAction.NO_SHOW: ConsultationStatus.NO_SHOW,
            }[action]
            self.mark(slot, outcome)

    def _context_menu_at(self, position: QPoint) -> None:
        index = self.grid.indexAt(position)
        slot = self._cells.get((index.row(), index.column()))
        if slot is not None:
            self.menu_for(slot).popup(self.grid.viewport().mapToGlobal(position))

    def open_current_menu(self) -> QMenu | None:
        row, column = self.grid.currentRow(), self.grid.currentColumn()
        slot = self._cells.get((row, column))
        if slot is None:
            return None
        menu = self.menu_for(slot)
        rect = self.grid.visualItemRect(self.grid.item(row, column))
        menu.popup(self.grid.viewport().mapToGlobal(rect.center()))
        return menu

    def _clicked(self, row: int, column: int) -> None:
        slot = self._cells.get((row, column))
        if slot is not None and SlotAction.BOOK in self.slot_actions(slot):
            self.open_booking(slot)

    def open_cell(self, row: int, column: int) -> None:
        """Enter or double-click: book a free slot; otherwise the slot's menu at the cell."""
        slot = self._cells.get((row, column))
        if slot is None:
            return
        if SlotAction.BOOK in self.slot_actions(slot):
            self.open_booking(slot)
            return
        self.grid.setCurrentCell(row, column)
        self.open_current_menu()

    def _dropped(self, from_row: int, from_column: int, to_row: int, to_column: int) -> None:
        source = self._cells.get((from_row, from_column))
        target = self._cells.get((to_row, to_column))
        if source is None or target is None:
            return
        self.move_to(source, target)

    def move_to(self, booked: Slot, free: Slot) -> None:
        """A booking dropped on a slot: moved there (to that nutritionist in the day view)."""
        if SlotAction.RESCHEDULE not in self.slot_actions(booked):
            self.banner.show_error(self.tr("Only a booked consultation can be moved."))
            return
        if free.state != SlotState.FREE:
            self.banner.show_error(
                self.tr("Drop it on a free slot; {when} is not free.").format(
                    when=_when(free.starts_at, self.ctx)
                )
            )
            return
        self.reschedule(booked, free.starts_at, free.nutritionist_id)

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
            self,
            self.tr("Reschedule"),
            self.tr("New time for {customer} (or drag the booking onto a free slot):").format(
                customer=slot.customer
            ),
            labels,
            0,
            False,
        )
        if ok:
            self.reschedule(slot, free[labels.index(choice)].starts_at)

    def reschedule(self, slot: Slot, to: datetime, nutritionist_id: int | None = None) -> None:
        consultation_id = slot.consultation_id
        assert consultation_id is not None
        self._change(
            lambda uow, actor: consultations.reschedule(
                uow, actor, consultation_id, slot.version, to, nutritionist_id
            ),
            lambda c: self.tr("{customer} moved to {when} with {nutritionist}.").format(
                customer=c.customer, when=_when(c.starts_at, self.ctx), nutritionist=c.nutritionist
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
