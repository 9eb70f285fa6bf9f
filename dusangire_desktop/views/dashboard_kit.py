"""Pieces every dashboard shares: the page base, KPI cards, period picker, charts with export,
PDF of the page.

pyqtgraph and pandas are imported here, and this module only when a dashboard is first opened.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QMarginsF,
    QRectF,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services.analytics.periods import Period, add_months, month_start
from .changes import ChangeSet
from .formatting import NOT_AVAILABLE
from .formatting import number as figure
from .page import Page
from .widgets import WrappedLabel

pg.setConfigOptions(antialias=True, background="w", foreground="#333")
PALETTE = ["#2f7d4a", "#3a6ea5", "#d08c2b", "#8e5aa8", "#c0392b", "#16a085"]
CONTEXT = "dashboards"


def tr(text: str) -> str:
    """A dashboard's title, KPI or series name (marked with QT_TRANSLATE_NOOP in CONTEXT where it
    is written), in the current language."""
    return QCoreApplication.translate(CONTEXT, text)


class Dashboard(Page):
    """A dashboard page: it reads its figures again for the changes it `watches`, at once when
    visible and when next shown otherwise. Its figures take a while to compute, so while changes
    keep arriving (a busy hospital) it reads them at most once every `SETTLE_MS`: the first
    change at once, the ones that follow together when that time is up."""

    SETTLE_MS = 500

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._again = False
        self._settle = QTimer(self, singleShot=True, interval=self.SETTLE_MS, timeout=self._settled)

    def on_changes(self, changes: ChangeSet) -> None:
        if self._settle.isActive():
            self._again = True
            return
        self.refresh()
        self._settle.start()

    def _settled(self) -> None:
        if self._again:
            self._again = False
            self.refresh()
            self._settle.start()


class KpiCard(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiCard")
        self.setStyleSheet(
            "#kpiCard { background: white; border: 1px solid #dde3de; border-radius: 6px; }"
        )
        self.title = WrappedLabel(tr(title))
        self.title.setStyleSheet("color:#5b665e; font-size:12px;")
        self.value = QLabel(NOT_AVAILABLE)
        self.value.setStyleSheet("font-size:20px; font-weight:600; color:#1f3d2b;")
        self.subtitle = WrappedLabel("")
        self.subtitle.setStyleSheet("color:#7a857d; font-size:11px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.subtitle)

    def show_value(self, text: str, subtitle: str = "", why_missing: str = "") -> None:
        self.value.setText(text)
        self.subtitle.setText(subtitle)
        self.setToolTip(why_missing if text == NOT_AVAILABLE else "")


class KpiGrid(QWidget):
    def __init__(self, titles: Sequence[str], columns: int = 4) -> None:
        super().__init__()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.cards: dict[str, KpiCard] = {}
        for index, title in enumerate(titles):
            card = KpiCard(title)
            self.cards[title] = card
            layout.addWidget(card, index // columns, index % columns)

    def __getitem__(self, title: str) -> KpiCard:
        return self.cards[title]

    def clear(self) -> None:
        """Every card blank: no figure is shown for a period that cannot be read."""
        for card in self.cards.values():
            card.show_value(NOT_AVAILABLE)


PRESETS = [
    QT_TRANSLATE_NOOP("dashboards", "This month (to date)"),
    QT_TRANSLATE_NOOP("dashboards", "Last month"),
    QT_TRANSLATE_NOOP("dashboards", "Last 3 months"),
    QT_TRANSLATE_NOOP("dashboards", "This year (to date)"),
    QT_TRANSLATE_NOOP("dashboards", "Custom"),
]


class PeriodPicker(QWidget):
    """Presets for the usual meeting questions, or any local days from one to another, both
    shown included ("1 Mar to 31 Mar"); `period()` is the half-open [from, day after to).
    A period that runs into today ends with today, so "to" never names a day still to come.
    It says `period_changed(None)` when "to" is before "from", so the screen clears its figures."""

    period_changed = Signal(object)

    def __init__(self, today: Callable[[], date]) -> None:
        super().__init__()
        self._today = today
        self.preset = QComboBox()
        self.preset.addItems([tr(preset) for preset in PRESETS])
        self.start = QDateEdit(calendarPopup=True, displayFormat="dd MMM yyyy")
        self.end = QDateEdit(calendarPopup=True, displayFormat="dd MMM yyyy")
        self.end.setToolTip(self.tr("The last day of the period (included)"))
        label = QLabel(self.tr("&Period"))
        label.setBuddy(self.preset)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (label, self.preset, QLabel(self.tr("from")), self.start,
                       QLabel(self.tr("to")), self.end):  # fmt: skip
            layout.addWidget(widget)
        self.preset.currentIndexChanged.connect(self._apply_preset)
        self.start.dateChanged.connect(self._custom_changed)
        self.end.dateChanged.connect(self._custom_changed)
        self._applying = False
        self._apply_preset()

    def period(self) -> Period | None:
        start, last = self.start.date().toPython(), self.end.date().toPython()
        return Period(start, last + timedelta(days=1)) if last >= start else None

    def comparison(self) -> Period | None:
        """The month before the period's first month, to show beside it."""
        period = self.period()
        if period is None:
            return None
        first = month_start(period.start)
        return Period(add_months(first, -1), first)

    def _apply_preset(self) -> None:
        today = self._today()
        first = month_start(today)
        tomorrow = today + timedelta(days=1)
        ranges = {
            0: (first, tomorrow),
            1: (add_months(first, -1), first),
            2: (add_months(first, -2), tomorrow),
            3: (date(today.year, 1, 1), tomorrow),
        }
        index = self.preset.currentIndex()
        custom = index == len(PRESETS) - 1
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if custom:
            return
        start, end = ranges[index]
        last = end - timedelta(days=1)
        self._applying = True
        self.start.setDate(QDate(start.year, start.month, start.day))
        self.end.setDate(QDate(last.year, last.month, last.day))
        self._applying = False
        self.period_changed.emit(self.period())

    def _custom_changed(self) -> None:
        if not self._applying:
            self.period_changed.emit(self.period())


class MoneyAxis(pg.AxisItem):
    """RWF with thousands separators; never pyqtgraph's SI prefixes such as "(x0.001)"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.enableAutoSIPrefix(False)
        # A fixed width: pyqtgraph otherwise sizes the axis before the data and drops labels.
        self.setWidth(84)

    def tickStrings(self, values, scale, spacing):  # type: ignore[no-untyped-def]
        return [figure(round(v)) for v in values]


class ChartPanel(QFrame):
    """A titled chart whose data can be saved as CSV and whose picture can be saved as PNG."""

    def __init__(self, title: str, money: bool = True) -> None:
        super().__init__()
        self.setObjectName("chartPanel")
        self.setStyleSheet(
            "#chartPanel { background: white; border: 1px solid #dde3de; border-radius: 6px; }"
        )
        self.title = QLabel(tr(title))
        self.title.setStyleSheet("font-weight:600;")
        self._name = title
        self._money = money
        self.frame = pd.DataFrame()
        self.plot = pg.PlotWidget(axisItems={"left": MoneyAxis("left")} if money else {})
        self.plot.showGrid(y=True, alpha=0.2)
        self.plot.setMenuEnabled(False)
        self.plot.setMinimumHeight(220)
        png = QPushButton(self.tr("PNG"))
        png.setToolTip(self.tr("Save this chart as a picture"))
        png.clicked.connect(lambda: self._ask_and_save("png"))
        csv = QPushButton(self.tr("CSV"))
        csv.setToolTip(self.tr("Save this chart's figures for a spreadsheet"))
        csv.clicked.connect(lambda: self._ask_and_save("csv"))
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(png)
        header.addWidget(csv)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.plot, 1)

    def clear(self) -> None:
        self.plot.clear()
        if self.plot.plotItem.legend is not None:
            self.plot.plotItem.legend.clear()

    def set_categories(self, labels: list[str]) -> None:
        self.plot.getAxis("bottom").setTicks([list(enumerate(labels))])

    def _ask_and_save(self, kind: str) -> None:
        name = "-".join(self._name.lower().split())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save {title}").format(title=self.title.text()), f"{name}.{kind}",
            f"{kind.upper()} (*.{kind})",
        )  # fmt: skip
        if path:
            self.save_png(Path(path)) if kind == "png" else self.save_csv(Path(path))

    def save_png(self, path: Path) -> None:
        self.grab().save(str(path), "PNG")

    def save_csv(self, path: Path) -> None:
        self.frame.to_csv(path, index=False)


def hover_points(x: Sequence[float], y: Sequence[float], tips: Sequence[str], color: str):  # type: ignore[no-untyped-def]
    """Invisible-until-hovered points that show an exact figure as a tooltip."""
    data = list(tips)
    return pg.ScatterPlotItem(
        x=list(x), y=list(y), data=data, size=9, brush=pg.mkBrush(color), pen=pg.mkPen("w"),
        hoverable=True, hoverSize=13, tip=lambda x, y, data: data,
    )  # fmt: skip


class BusyBar(QProgressBar):
    def __init__(self) -> None:
        super().__init__()
        self.setRange(0, 0)
        self.setMaximumHeight(4)
        self.setTextVisible(False)
        self.hide()


def save_page_pdf(page: QWidget, path: Path, title: str, subtitle: str) -> None:
    """The dashboard as it looks, on A4 landscape, with its title and period."""
    writer = QPdfWriter(str(path))
    a4 = QPageSize(QPageSize.PageSizeId.A4)
    writer.setPageLayout(
        QPageLayout(a4, QPageLayout.Orientation.Landscape, QMarginsF(12, 12, 12, 12))
    )
    writer.setTitle(title)
    picture = page.grab()
    painter = QPainter(writer)
    try:
        area = painter.viewport()
        heading = area.height() * 0.08
        font = painter.font()
        font.setPointSize(14)
        painter.setFont(font)
        painter.drawText(QRectF(0, 0, area.width(), heading * 0.6), title)
        font.setPointSize(9)
        painter.setFont(font)
        painter.drawText(QRectF(0, heading * 0.55, area.width(), heading * 0.45), subtitle)
        scale = min(area.width() / picture.width(), (area.height() - heading) / picture.height())
        target = QRectF(0, heading, picture.width() * scale, picture.height() * scale)
        painter.drawPixmap(target, picture, QRectF(picture.rect()))
    finally:
        painter.end()
