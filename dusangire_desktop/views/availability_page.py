"""Weekly availability, fee and time off, edited by the nutritionist or an administrator."""

from __future__ import annotations

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
    QWidget,
)

from ..services import scheduling
from ..services.auth import Permission
from ..services.scheduling import WEEKDAYS, Interval, NutritionistView, TimeOffView
from .areas import ViewContext
from .background import run_in_background
from .banner import MessageBanner
from .changes import announce
from .formatting import local_datetime
from .table_model import Column, RecordTableModel


class AvailabilityPage(QWidget):
    loaded = Signal()
    saved = Signal()

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.banner = MessageBanner()
        self.who = QComboBox()
        self.who.setMinimumWidth(240)
        self.who.currentIndexChanged.connect(lambda _i: self.load())
        self.week = QTableWidget(0, 3)
        self.week.setHorizontalHeaderLabels(["Day", "From", "To"])
        self.week.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.week.verticalHeader().hide()
        self.fee = QSpinBox()
        self.fee.setRange(0, 200_000)
        self.fee.setSingleStep(500)
        self.fee.setGroupSeparatorShown(True)
        self.fee.setSuffix(" RWF")
        add, remove, save = (
            QPushButton("&Add interval"),
            QPushButton("&Remove interval"),
            QPushButton("&Save week"),
        )
        add.clicked.connect(lambda: self.add_interval(0, time(8), time(12)))
        remove.clicked.connect(lambda: self.week.removeRow(self.week.currentRow()))
        save.clicked.connect(self.save)
        self.off_model: RecordTableModel[TimeOffView] = RecordTableModel(
            [
                Column("From", lambda t: local_datetime(t.starts_at, ctx.zone)),
                Column("To", lambda t: local_datetime(t.ends_at, ctx.zone)),
                Column("Reason", lambda t: t.reason),
            ]
        )
        off_table = QTableView()
        off_table.setModel(self.off_model)
        off_table.verticalHeader().hide()
        off_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        local_now = datetime.now(ctx.zone).replace(second=0, microsecond=0, tzinfo=None)
        now = QDateTime(local_now)
        self.off_from = QDateTimeEdit(
            now, calendarPopup=True, displayFormat="ddd dd MMM yyyy HH:mm"
        )
        self.off_to = QDateTimeEdit(
            now.addSecs(3600), calendarPopup=True, displayFormat="ddd dd MMM yyyy HH:mm"
        )
        self.whole_day = QCheckBox("whole day(s)")
        self.off_reason = QLineEdit()
        self.off_reason.setPlaceholderText("reason, e.g. training")
        add_off = QPushButton("Add &time off")
        add_off.clicked.connect(self.add_time_off)
        top = QHBoxLayout()
        top.addWidget(QLabel("Nutritionist"))
        top.addWidget(self.who)
        top.addStretch(1)
        week_buttons = QHBoxLayout()
        for widget in (add, remove, QLabel("Consultation fee"), self.fee, save):
            week_buttons.addWidget(widget)
        week_buttons.addStretch(1)
        off_row = QHBoxLayout()
        for widget in (
            QLabel("From"),
            self.off_from,
            QLabel("to"),
            self.off_to,
            self.whole_day,
            self.off_reason,
            add_off,
        ):
            off_row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(QLabel("<b>Weekly availability</b> (hospital time; whole or half hours)"))
        layout.addWidget(self.week, 2)
        layout.addLayout(week_buttons)
        layout.addWidget(QLabel("<b>Time off</b>"))
        layout.addWidget(off_table, 1)
        layout.addLayout(off_row)
        run_in_background(
            self,
            lambda: scheduling.list_nutritionists(ctx.uow_factory(), ctx.actor),
            self._nutritionists,
            lambda e: self.banner.show_error(e.message),
        )

    def _nutritionists(self, found: list[NutritionistView]) -> None:
        actor = self._ctx.actor
        allowed = (
            found
            if actor.can(Permission.MANAGE_ALL_SCHEDULES)
            else [n for n in found if n.id == actor.staff_id]
        )
        self.who.blockSignals(True)
        for n in allowed:
            self.who.addItem(n.name, n)
        self.who.blockSignals(False)
        self.who.setEnabled(len(allowed) > 1)
        if not allowed:
            self.banner.show_warning("There is no schedule here you may edit.")
        self.load()

    def nutritionist(self) -> NutritionistView | None:
        return self.who.currentData()

    def load(self) -> None:
        who, ctx = self.nutritionist(), self._ctx
        if who is None:
            return

        def load():  # type: ignore[no-untyped-def]
            return (
                scheduling.weekly_availability(ctx.uow_factory(), ctx.actor, who.id),
                scheduling.list_time_off(ctx.uow_factory(), ctx.actor, who.id),
            )

        run_in_background(self, load, self._show, lambda e: self.banner.show_error(e.message))

    def _show(self, data) -> None:  # type: ignore[no-untyped-def]
        intervals, time_off = data
        self.week.setRowCount(0)
        for interval in intervals:
            self.add_interval(interval.weekday, interval.starts, interval.ends)
        self.fee.setValue(self.nutritionist().fee_rwf)
        self.off_model.set_records(time_off)
        self.loaded.emit()

    def add_interval(self, weekday: int, starts: time, ends: time) -> None:
        row = self.week.rowCount()
        self.week.insertRow(row)
        day = QComboBox()
        day.addItems(WEEKDAYS)
        day.setCurrentIndex(weekday)
        self.week.setCellWidget(row, 0, day)
        for column, value in ((1, starts), (2, ends)):
            editor = QTimeEdit(QTime(value.hour, value.minute), displayFormat="HH:mm")
            self.week.setCellWidget(row, column, editor)

    def intervals(self) -> list[Interval]:
        return [
            Interval(
                self.week.cellWidget(r, 0).currentIndex(),
                self.week.cellWidget(r, 1).time().toPython(),
                self.week.cellWidget(r, 2).time().toPython(),
            )
            for r in range(self.week.rowCount())
        ]

    def save(self) -> None:
        who, ctx = self.nutritionist(), self._ctx
        if who is None:
            return
        intervals, fee = self.intervals(), self.fee.value()
        run_in_background(
            self,
            lambda: scheduling.set_weekly_availability(
                ctx.uow_factory(), ctx.actor, who.id, intervals, fee_rwf=fee
            ),
            lambda _none: (
                self.banner.show_info("Week saved; the calendar shows the new slots."),
                announce("consultations", [who.id]),
                self.saved.emit(),
            ),
            lambda e: self.banner.show_error(e.message),
        )

    def add_time_off(self) -> None:
        who, ctx = self.nutritionist(), self._ctx
        if who is None:
            return
        starts = self.off_from.dateTime().toPython().replace(tzinfo=ctx.zone)
        ends = self.off_to.dateTime().toPython().replace(tzinfo=ctx.zone)
        if self.whole_day.isChecked():
            starts = datetime.combine(starts.date(), time(0), ctx.zone)
            ends = datetime.combine(ends.date() + timedelta(days=1), time(0), ctx.zone)
        reason = self.off_reason.text()
        run_in_background(
            self,
            lambda: scheduling.add_time_off(
                ctx.uow_factory(), ctx.actor, who.id, starts, ends, reason
            ),
            lambda _off: (
                self.banner.show_info("Time off added."),
                announce("consultations", [who.id]),
                self.load(),
            ),
            lambda e: self.banner.show_error(e.message),
        )
