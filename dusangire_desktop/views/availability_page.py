"""Weekly availability, fee and time off, edited by the nutritionist or an administrator."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from PySide6.QtCore import QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTimeEdit,
    QVBoxLayout,
)

from ..services.auth import Actor, Permission
from ..services.changes import Area
from ..services.scheduling import availability
from ..services.scheduling.common import Interval, NutritionistView, TimeOffView
from ..services.uow import UnitOfWork
from .banner import MessageBanner
from .changes import ChangeSet
from .context import ViewContext
from .formatting import local_datetime
from .page import Page
from .table_model import Column, RecordTableModel
from .widgets import fit_columns


@dataclass(frozen=True)
class Schedule:
    """One nutritionist's schedule as the page shows it."""

    intervals: list[Interval]
    fee_rwf: int
    time_off: list[TimeOffView]


def _schedule(uow: UnitOfWork, actor: Actor, nutritionist_id: int) -> Schedule:
    fee = next(
        (n.fee_rwf for n in availability.list_nutritionists(uow, actor) if n.id == nutritionist_id),
        0,
    )
    return Schedule(
        availability.weekly_availability(uow, actor, nutritionist_id),
        fee,
        availability.list_time_off(uow, actor, nutritionist_id),
    )


class AvailabilityPage(Page):
    """Reads the shown schedule again when it changes anywhere (saved here or at another desk)."""

    watches = frozenset({Area.AVAILABILITY, Area.STAFF})
    loaded = Signal()
    saved = Signal()

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.banner = MessageBanner()
        self.who = QComboBox()
        self.who.setProperty("data", True)  # the nutritionists' names
        self.who.setMinimumWidth(240)
        self.who.currentIndexChanged.connect(lambda _i: self.refresh())
        self.week = QTableWidget(0, 3)
        self.week.setHorizontalHeaderLabels([self.tr("Day"), self.tr("From"), self.tr("To")])
        self.week.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.week.verticalHeader().hide()
        self.fee = QSpinBox()
        self.fee.setRange(0, 200_000)
        self.fee.setSingleStep(500)
        self.fee.setGroupSeparatorShown(True)
        self.fee.setSuffix(self.tr(" RWF"))
        add, remove, save = (
            QPushButton(self.tr("&Add interval")),
            QPushButton(self.tr("&Remove interval")),
            QPushButton(self.tr("&Save week")),
        )
        add.clicked.connect(lambda: self.add_interval(0, time(8), time(12)))
        remove.clicked.connect(lambda: self.week.removeRow(self.week.currentRow()))
        save.clicked.connect(self.save)
        self.off_model: RecordTableModel[TimeOffView] = RecordTableModel(
            [
                Column(self.tr("From"), lambda t: local_datetime(t.starts_at, ctx.zone)),
                Column(self.tr("To"), lambda t: local_datetime(t.ends_at, ctx.zone)),
                Column(self.tr("Reason"), lambda t: t.reason, stretch=True),
            ]
        )
        off_table = QTableView()
        off_table.setModel(self.off_model)
        off_table.verticalHeader().hide()
        fit_columns(off_table)
        now = QDateTime(ctx.local_now().replace(second=0, microsecond=0, tzinfo=None))
        shown_as = "ddd dd MMM yyyy HH:mm"
        self.off_from = QDateTimeEdit(now, calendarPopup=True, displayFormat=shown_as)
        self.off_to = QDateTimeEdit(now.addSecs(3600), calendarPopup=True, displayFormat=shown_as)
        self.whole_day = QCheckBox(self.tr("whole day(s)"))
        self.off_reason = QLineEdit()
        self.off_reason.setPlaceholderText(self.tr("reason, e.g. training"))
        add_off = QPushButton(self.tr("Add &time off"))
        add_off.clicked.connect(self.add_time_off)
        who_label = QLabel(self.tr("&Nutritionist"))
        who_label.setBuddy(self.who)
        top = QHBoxLayout()
        top.addWidget(who_label)
        top.addWidget(self.who)
        top.addStretch(1)
        fee_label = QLabel(self.tr("Consultation &fee"))
        fee_label.setBuddy(self.fee)
        week_buttons = QHBoxLayout()
        for widget in (add, remove, fee_label, self.fee, save):
            week_buttons.addWidget(widget)
        week_buttons.addStretch(1)
        off_row = QHBoxLayout()
        for widget in (
            QLabel(self.tr("From")),
            self.off_from,
            QLabel(self.tr("to")),
            self.off_to,
            self.whole_day,
            self.off_reason,
            add_off,
        ):
            off_row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(
            QLabel(self.tr("<b>Weekly availability</b> (hospital time; whole or half hours)"))
        )
        layout.addWidget(self.week, 2)
        layout.addLayout(week_buttons)
        layout.addWidget(QLabel(self.tr("<b>Time off</b>")))
        layout.addWidget(off_table, 1)
        layout.addLayout(off_row)
        self._load_nutritionists()

    def _load_nutritionists(self) -> None:
        self.ctx.query(self, availability.list_nutritionists, self._nutritionists,
                       purpose="nutritionists")  # fmt: skip

    def _nutritionists(self, found: list[NutritionistView]) -> None:
        actor, shown = self.ctx.actor, self.nutritionist()
        allowed = (
            found
            if actor.can(Permission.MANAGE_ALL_SCHEDULES)
            else [n for n in found if n.id == actor.staff_id]
        )
        self.who.blockSignals(True)
        self.who.clear()
        for n in allowed:
            self.who.addItem(n.name, n)
        still = [i for i, n in enumerate(allowed) if shown is not None and n.id == shown.id]
        self.who.setCurrentIndex(still[0] if still else 0)
        self.who.blockSignals(False)
        self.who.setEnabled(len(allowed) > 1)
        if not allowed:
            self.banner.show_warning(self.tr("There is no schedule here you may edit."))
        self.refresh()

    def nutritionist(self) -> NutritionistView | None:
        who = self.who.currentData()
        return who if isinstance(who, NutritionistView) else None

    def on_changes(self, changes: ChangeSet) -> None:
        who = self.nutritionist()
        if changes.touches({Area.STAFF}):
            self._load_nutritionists()
            return
        changed = changes.ids(Area.AVAILABILITY)
        if who is not None and (changed is None or who.id in changed):
            self.refresh()

    def refresh(self) -> None:
        """Read the shown nutritionist's week, fee and time off again (edits not saved are lost,
        which is what a schedule changed elsewhere asks for)."""
        who = self.nutritionist()
        if who is None:
            return
        self.ctx.query(self, lambda uow, actor: _schedule(uow, actor, who.id), self._show,
                       purpose="schedule")  # fmt: skip

    def _show(self, schedule: Schedule) -> None:
        self.week.setRowCount(0)
        for interval in schedule.intervals:
            self.add_interval(interval.weekday, interval.starts, interval.ends)
        self.fee.setValue(schedule.fee_rwf)
        self.off_model.set_records(schedule.time_off)
        self.loaded.emit()
        self.refreshed.emit()

    def weekday_names(self) -> list[str]:
        return [self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"),
                self.tr("Thursday"), self.tr("Friday"), self.tr("Saturday"),
                self.tr("Sunday")]  # fmt: skip

    def add_interval(self, weekday: int, starts: time, ends: time) -> None:
        row = self.week.rowCount()
        self.week.insertRow(row)
        day = QComboBox()
        day.addItems(self.weekday_names())
        day.setCurrentIndex(weekday)
        self.week.setCellWidget(row, 0, day)
        for column, value in ((1, starts), (2, ends)):
            editor = QTimeEdit(QTime(value.hour, value.minute), displayFormat="HH:mm")
            self.week.setCellWidget(row, column, editor)

    def intervals(self) -> list[Interval]:
        rows = []
        for r in range(self.week.rowCount()):
            day, starts, ends = (self.week.cellWidget(r, c) for c in range(3))
            assert isinstance(day, QComboBox)
            assert isinstance(starts, QTimeEdit) and isinstance(ends, QTimeEdit)
            rows.append(
                Interval(day.currentIndex(), starts.time().toPython(), ends.time().toPython())
            )
        return rows

    def save(self) -> None:
        who = self.nutritionist()
        if who is None:
            return
        intervals, fee = self.intervals(), self.fee.value()
        self.ctx.command(
            self,
            lambda uow, actor: availability.set_weekly_availability(
                uow, actor, who.id, intervals, fee_rwf=fee
            ),
            lambda _none: self._saved(),
            purpose="week",
        )

    def _saved(self) -> None:
        self.banner.show_info(self.tr("Week saved; the calendar shows the new slots."))
        self.saved.emit()

    def add_time_off(self) -> None:
        who, zone = self.nutritionist(), self.ctx.zone
        if who is None:
            return
        starts = self.off_from.dateTime().toPython().replace(tzinfo=zone)
        ends = self.off_to.dateTime().toPython().replace(tzinfo=zone)
        if self.whole_day.isChecked():
            starts = datetime.combine(starts.date(), time(0), zone)
            ends = datetime.combine(ends.date() + timedelta(days=1), time(0), zone)
        reason = self.off_reason.text()
        self.ctx.command(
            self,
            lambda uow, actor: availability.add_time_off(uow, actor, who.id, starts, ends, reason),
            lambda _off: self.banner.show_info(self.tr("Time off added.")),
            purpose="time off",
        )
