"""The support dashboard: backlog, resolution and response times, SLA breaches, staff, priority."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services.analytics import support
from ..services.analytics.periods import Period
from ..services.analytics.support import StaffPerformance, SupportSummary
from ..services.changes import Area
from ..services.errors import DomainError
from .areas import ViewContext
from .banner import MessageBanner
from .dashboard_kit import (
    PALETTE,
    BusyBar,
    ChartPanel,
    Dashboard,
    KpiGrid,
    PeriodPicker,
    hover_points,
    save_page_pdf,
)
from .formatting import NOT_AVAILABLE, date_text, local_datetime, percent
from .formatting import number as figure
from .labels import label
from .table_model import Column, RecordTableModel
from .widgets import fit_columns

KPIS = [
    QT_TRANSLATE_NOOP("dashboards", "Backlog (open + in progress)"),
    QT_TRANSLATE_NOOP("dashboards", "Created"),
    QT_TRANSLATE_NOOP("dashboards", "Resolved"),
    QT_TRANSLATE_NOOP("dashboards", "Resolution time"),
    QT_TRANSLATE_NOOP("dashboards", "First response time"),
]
PRIORITIES = list(support.TicketPriority)
STATUSES = list(support.TicketStatus)


def duration(minutes: Decimal | None) -> str:
    if minutes is None:
        return NOT_AVAILABLE
    total = int(minutes.to_integral_value())
    days, rest = divmod(total, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("SupportDashboard", "{days} d {hours} h").format(
            days=days, hours=hours)  # fmt: skip
    if hours:
        return QCoreApplication.translate("SupportDashboard", "{hours} h {minutes} min").format(
            hours=hours, minutes=f"{mins:02d}")  # fmt: skip
    return QCoreApplication.translate("SupportDashboard", "{minutes} min").format(minutes=mins)


class SupportDashboard(Dashboard):
    watches = frozenset({Area.TICKETS, Area.STAFF})

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.summary: SupportSummary | None = None
        self.banner = MessageBanner()
        self.picker = PeriodPicker(ctx.today)
        self.picker.period_changed.connect(self._period_chosen)
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.clicked.connect(self.refresh)
        pdf = QPushButton(self.tr("Export &PDF…"))
        pdf.clicked.connect(self._ask_pdf)
        self.status = QLabel("")
        self.status.setWordWrap(True)  # longer in translation: wraps, never widens
        self.busy = BusyBar()
        bar = QHBoxLayout()
        bar.addWidget(self.picker)
        bar.addStretch(1)
        bar.addWidget(refresh)
        bar.addWidget(pdf)
        self.kpis = KpiGrid(KPIS, columns=5)
        self.status.setStyleSheet("color:#5b665e;")
        self.status_chart = ChartPanel(QT_TRANSLATE_NOOP("dashboards", "Tickets by status now"),
                                       money=False)  # fmt: skip
        self.sla_chart = ChartPanel(QT_TRANSLATE_NOOP("dashboards",
                                                      "SLA breach rate by priority (%)"),
                                    money=False)  # fmt: skip
        self.priority_chart = ChartPanel(
            QT_TRANSLATE_NOOP("dashboards", "Created in the period and open now, by priority"),
            money=False)  # fmt: skip
        breach_tip = self.tr(
            "Of the tickets created in the period and assigned to this person: those resolved "
            "late or still open past their resolution target, out of those resolved or already due."
        )
        self.staff_model: RecordTableModel[StaffPerformance] = RecordTableModel([
            Column(self.tr("Staff"), lambda r: r.name),
            Column(self.tr("Resolved"), lambda r: f"{r.resolved}", align_right=True),
            Column(self.tr("Median resolution"), lambda r: duration(r.resolution.median_minutes)),
            Column(self.tr("Mean resolution"), lambda r: duration(r.resolution.mean_minutes)),
            Column(self.tr("Median first response"),
                   lambda r: duration(r.median_first_response_minutes)),
            Column(self.tr("Resolution SLA breached"), lambda r: percent(r.resolution_breach_rate),
                   tooltip=lambda r: breach_tip),
            Column(self.tr("Open now"), lambda r: f"{r.open_backlog}", align_right=True),
        ])  # fmt: skip
        self.staff_table = QTableView()
        self.staff_table.setModel(self.staff_model)
        self.staff_table.verticalHeader().hide()
        fit_columns(self.staff_table)
        self.staff_table.setMinimumHeight(160)
        export_staff = QPushButton(self.tr("CSV"))
        export_staff.clicked.connect(self._ask_staff_csv)
        staff_header = QHBoxLayout()
        staff_title = QLabel(self.tr("Staff performance (resolved in the period; SLA over tickets "
                                     "created in it)"))  # fmt: skip
        staff_title.setStyleSheet("font-weight:600;")
        staff_header.addWidget(staff_title, 1)
        staff_header.addWidget(export_staff)
        charts = QGridLayout()
        charts.addWidget(self.status_chart, 0, 0)
        charts.addWidget(self.sla_chart, 0, 1)
        charts.addWidget(self.priority_chart, 1, 0, 1, 2)
        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.addWidget(self.kpis)
        content_layout.addLayout(charts, 1)
        content_layout.addLayout(staff_header)
        content_layout.addWidget(self.staff_table)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(scroll, 1)
        self.refresh()

    def _period_chosen(self, _period: Period | None) -> None:
        self.refresh()

    def refresh(self) -> None:
        period = self.picker.period()
        if period is None:
            # No figures rather than those of another period under the error.
            self.summary = None
            self.kpis.clear()
            for chart in (self.status_chart, self.sla_chart, self.priority_chart):
                chart.clear()
            self.staff_model.set_records([])
            self.banner.show_error(self.tr("The period must end after it starts."))
            return
        as_of = self.ctx.now()
        self.busy.show()
        self.ctx.query(
            self, lambda uow, actor: support.support_summary(uow, actor, period, as_of),
            self._show, purpose="figures", on_error=self._failed,
        )  # fmt: skip

    def _failed(self, error: DomainError) -> None:
        self.busy.hide()
        self.banner.show_error(error.message)

    def _show(self, s: SupportSummary) -> None:
        self.busy.hide()
        self.banner.clear()
        self.summary = s
        self.status.setText(
            self.tr("As of {moment}").format(moment=local_datetime(s.as_of, self.ctx.zone))
        )
        k = self.kpis
        k["Backlog (open + in progress)"].show_value(
            figure(s.backlog), self.tr("{open} open, {in_progress} in progress").format(
                open=figure(s.status_counts[support.TicketStatus.OPEN]),
                in_progress=figure(s.status_counts[support.TicketStatus.IN_PROGRESS])))  # fmt: skip
        k["Created"].show_value(figure(s.created), self.tr("tickets opened in the period"))
        k["Resolved"].show_value(figure(s.resolved),
                                 self.tr("last resolved (or closed) in the period"))  # fmt: skip
        k["Resolution time"].show_value(
            duration(s.resolution.median_minutes),
            self.tr("median; mean {mean}").format(mean=duration(s.resolution.mean_minutes)),
            self.tr("No ticket was resolved in this period."),
        )  # fmt: skip
        k["First response time"].show_value(
            duration(s.first_response.median_minutes),
            self.tr("median; mean {mean}").format(mean=duration(s.first_response.mean_minutes)),
            self.tr("No ticket created in this period has had a reply yet."),
        )  # fmt: skip
        self._bars(self.status_chart, [label(x) for x in STATUSES],
                   [s.status_counts[x] for x in STATUSES], self.tr("tickets"))  # fmt: skip
        self._sla(s)
        self._priorities(s)
        self.staff_model.set_records(s.staff)
        self.refreshed.emit()

    def _bars(self, chart: ChartPanel, labels: list[str], values: list[int], unit: str) -> None:
        chart.clear()
        chart.set_categories(labels)
        x = list(range(len(values)))
        chart.plot.addItem(pg.BarGraphItem(x=x, height=values, width=0.6, brush=PALETTE[0]))
        tips = [
            f"{text}: {figure(value)} {unit}" for text, value in zip(labels, values, strict=True)
        ]
        chart.plot.addItem(hover_points(x, values, tips, "#1f3d2b"))
        chart.frame = pd.DataFrame({"category": labels, unit: values})

    def _sla(self, s: SupportSummary) -> None:
        chart = self.sla_chart
        chart.clear()
        labels = [label(p) for p in PRIORITIES]
        chart.set_categories(labels)
        chart.plot.addLegend(offset=(-10, 5), brush=pg.mkBrush(255, 255, 255, 220))
        rows = []
        for offset, (name, rates, color) in enumerate((
            (self.tr("First response"), s.sla_first_response, PALETTE[1]),
            (self.tr("Resolution"), s.sla_resolution, PALETTE[2]),
        )):  # fmt: skip
            x = [i - 0.18 + offset * 0.36 for i in range(len(PRIORITIES))]
            heights = [float(rates[p].breach_rate or 0) * 100 for p in PRIORITIES]
            chart.plot.addItem(pg.BarGraphItem(x=x, height=heights, width=0.34, brush=color,
                                               name=name))  # fmt: skip
            tips = [f"{name}, {label(p)}: {percent(rates[p].breach_rate)} "
                    f"({rates[p].breached} of {rates[p].met + rates[p].breached})"
                    for p in PRIORITIES]  # fmt: skip
            chart.plot.addItem(hover_points(x, heights, tips, color))
            chart.plot.setYRange(0, 100)
            rows += [{"target": name, "priority": p.value, "met": rates[p].met,
                      "breached": rates[p].breached} for p in PRIORITIES]  # fmt: skip
        chart.frame = pd.DataFrame(rows)

    def _priorities(self, s: SupportSummary) -> None:
        chart = self.priority_chart
        chart.clear()
        labels = [label(p) for p in PRIORITIES]
        chart.set_categories(labels)
        chart.plot.addLegend(offset=(-10, 5), brush=pg.mkBrush(255, 255, 255, 220))
        created_name = self.tr("Created")
        for offset, (name, counts, color) in enumerate((
            (created_name, s.created_by_priority, PALETTE[0]),
            (self.tr("Open now"), s.backlog_by_priority, PALETTE[4]),
        )):  # fmt: skip
            x = [i - 0.18 + offset * 0.36 for i in range(len(PRIORITIES))]
            heights = [counts[p] for p in PRIORITIES]
            chart.plot.addItem(pg.BarGraphItem(x=x, height=heights, width=0.34, brush=color,
                                               name=name))  # fmt: skip
            tips = [f"{name}, {label(p)}: {counts[p]}"
                    + (f" ({percent(s.created_share(p))})" if name == created_name else "")
                    for p in PRIORITIES]  # fmt: skip
            chart.plot.addItem(hover_points(x, heights, tips, color))
        chart.frame = pd.DataFrame({
            "priority": [p.value for p in PRIORITIES],
            "created": [s.created_by_priority[p] for p in PRIORITIES],
            "share_of_created": [None if s.created_share(p) is None
                                 else float(s.created_share(p)) for p in PRIORITIES],
            "open_now": [s.backlog_by_priority[p] for p in PRIORITIES],
        })  # fmt: skip

    def staff_frame(self) -> pd.DataFrame:
        return pd.DataFrame([
            {"staff": r.name, "resolved": r.resolved,
             "median_resolution_minutes": r.resolution.median_minutes,
             "mean_resolution_minutes": r.resolution.mean_minutes,
             "median_first_response_minutes": r.median_first_response_minutes,
             "resolution_breach_rate": r.resolution_breach_rate, "open_now": r.open_backlog}
            for r in self.staff_model.records
        ])  # fmt: skip

    def _ask_staff_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save staff performance"),
                                              "staff-performance.csv", "CSV (*.csv)")  # fmt: skip
        if path:
            self.staff_frame().to_csv(path, index=False)

    def _ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save dashboard"),
                                              "support-dashboard.pdf", "PDF (*.pdf)")  # fmt: skip
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        period = self.picker.period()
        subtitle = (
            self.tr("{start} to {end} (end excluded). ").format(
                start=date_text(period.start, "dd MMM yyyy"),
                end=date_text(period.end, "dd MMM yyyy"))
            if period else ""
        )  # fmt: skip
        save_page_pdf(self.content, path, self.tr("Dusangire — Support"),
                      subtitle + self.status.text())  # fmt: skip
        self.banner.show_info(self.tr("Saved {path}").format(path=path))
