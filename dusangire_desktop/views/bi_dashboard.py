"""The BI dashboard: AOV, retention, churn, lifetime value and revenue against target."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services.analytics import bi
from ..services.analytics.periods import Period
from ..services.analytics.series import MonthFigures
from ..services.errors import DomainError
from .areas import ViewContext
from .background import run_in_background
from .banner import MessageBanner
from .cohort_table import CohortModel
from .dashboard_kit import (
    PALETTE,
    BusyBar,
    ChartPanel,
    KpiGrid,
    PeriodPicker,
    hover_points,
    save_page_pdf,
)
from .formatting import local_datetime, percent, rwf, rwf_rounded

KPIS = [
    "Orders", "Order revenue", "Average order value", "Retention",
    "Churn (orders)", "Churn (subscriptions)", "Lifetime value (historical)",
    "Lifetime value (predictive)", "Revenue, all channels", "Target attainment",
]  # fmt: skip
CHANNEL_LABELS = {"regular": "Orders", "corporate": "Corporate", "catering": "Catering",
                  "subscriptions": "Subscriptions"}  # fmt: skip
MONTHS_SHOWN = 12


def _month_label(month: MonthFigures, index: int) -> str:
    """Short month names; the year only where it starts, so twelve labels fit a small chart."""
    if index == 0 or month.month.month == 1:
        return month.month.strftime("%b %y")
    return month.month.strftime("%b")


def _months_label(months: Period) -> str:
    """'Mar 2026', or 'Jan–Mar 2026' for several months (the end is the first day after)."""
    last = months.end - timedelta(days=1)
    if (months.start.year, months.start.month) == (last.year, last.month):
        return months.start.strftime("%b %Y")
    first = months.start.strftime("%b" if months.start.year == last.year else "%b %Y")
    return f"{first}–{last:%b %Y}"


BiData = bi.BiDashboardData


class BiDashboard(QWidget):
    refreshed = Signal()

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self._ctx = ctx
        self._request = 0
        self.data: BiData | None = None
        self.banner = MessageBanner()
        self.picker = PeriodPicker(ctx.today)
        self.picker.period_changed.connect(lambda _p: self.refresh())
        refresh = QPushButton("&Refresh")
        refresh.clicked.connect(self.refresh)
        pdf = QPushButton("Export &PDF…")
        pdf.clicked.connect(self._ask_pdf)
        self.status = QLabel("")
        self.status.setStyleSheet("color:#5b665e;")
        self.busy = BusyBar()
        bar = QHBoxLayout()
        bar.addWidget(self.picker)
        bar.addStretch(1)
        bar.addWidget(refresh)
        bar.addWidget(pdf)
        self.kpis = KpiGrid(KPIS, columns=5)
        self.revenue_chart = ChartPanel("Revenue by month and target")
        self.aov_chart = ChartPanel("Average order value by month")
        charts = QHBoxLayout()
        charts.addWidget(self.revenue_chart, 3)
        charts.addWidget(self.aov_chart, 2)
        self.cohort_model = CohortModel()
        self.cohort_view = QTableView()
        self.cohort_view.setModel(self.cohort_model)
        header = self.cohort_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.cohort_view.setMinimumHeight(390)
        cohort_csv = QPushButton("CSV")
        cohort_csv.clicked.connect(self._ask_cohort_csv)
        cohort_header = QHBoxLayout()
        cohort_title = QLabel("Cohort retention: share of each month's new customers who ordered "
                              "again k months later")  # fmt: skip
        cohort_title.setStyleSheet("font-weight:600;")
        cohort_header.addWidget(cohort_title, 1)
        cohort_header.addWidget(cohort_csv)
        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.addWidget(self.kpis)
        content_layout.addLayout(charts, 1)
        content_layout.addLayout(cohort_header)
        content_layout.addWidget(self.cohort_view)
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

    def refresh(self) -> None:
        period = self.picker.period()
        if period is None:
            self.banner.show_error("The period must end after it starts.")
            return
        self._request += 1
        request = self._request
        ctx = self._ctx
        as_of = ctx.now()
        self.busy.show()

        def compute() -> BiData:
            return bi.bi_dashboard(ctx.uow_factory(), ctx.actor, period, MONTHS_SHOWN, as_of)

        run_in_background(
            self, compute, lambda data: self._show(request, data),
            lambda error: self._failed(request, error),
        )  # fmt: skip

    def _failed(self, request: int, error: DomainError) -> None:
        if request == self._request:
            self.busy.hide()
            self.banner.show_error(error.message)

    def _show(self, request: int, data: BiData) -> None:
        if request != self._request:
            return
        self.busy.hide()
        self.banner.clear()
        self.data = data
        s = data.summary
        zone = self._ctx.zone
        provisional = " — provisional, month to date" if s.provisional else ""
        self.status.setText(f"As of {local_datetime(s.as_of, zone)}{provisional}")
        no_orders = "No counted orders in this period."
        k = self.kpis
        k["Orders"].show_value(f"{s.orders:,}", "not cancelled or refunded")
        k["Order revenue"].show_value(rwf(s.order_revenue), "after discounts, both shares")
        k["Average order value"].show_value(rwf_rounded(s.aov), "order revenue ÷ orders", no_orders)
        k["Retention"].show_value(
            percent(s.retention_rate), f"of {s.retention_base:,} customers of the previous period",
            "Nobody ordered in the previous period of the same length.",
        )  # fmt: skip
        k["Churn (orders)"].show_value(
            percent(s.churn.rate),
            f"{s.churn.churned:,} of {s.churn.active_at_start:,} active (N = {s.active_days} days)",
            f"Nobody had ordered in the {s.active_days} days before the period.",
        )  # fmt: skip
        k["Churn (subscriptions)"].show_value(
            percent(s.subscription_churn.rate),
            f"{s.subscription_churn.churned} of {s.subscription_churn.active_at_start} active",
            "No subscription was active at the start of the period.",
        )  # fmt: skip
        k["Lifetime value (historical)"].show_value(
            rwf_rounded(s.clv_historical_mean), f"median {rwf_rounded(s.clv_historical_median)}",
            "No customer has a counted order yet.",
        )  # fmt: skip
        k["Lifetime value (predictive)"].show_value(
            rwf_rounded(s.clv_predictive), "AOV × monthly frequency ÷ monthly churn, 12 months",
            "Needs at least one complete month with churn above zero.",
        )  # fmt: skip
        k["Revenue, all channels"].show_value(
            rwf(s.revenue.total),
            " · ".join(f"{CHANNEL_LABELS.get(n, n)} {rwf(v)}" for n, v in
                       (("regular", s.revenue.orders), ("corporate", s.revenue.corporate),
                        ("catering", s.revenue.catering),
                        ("subscriptions", s.revenue.subscriptions))),
        )  # fmt: skip
        t = s.target_progress
        k["Target attainment"].show_value(
            percent(t.attainment),
            f"{rwf(t.actual)} of {rwf(t.target)}, {_months_label(t.months)}; day "
            f"{t.days_elapsed} of {t.days_in_period}; projection {rwf_rounded(t.projection)}",
            "No revenue target is set for these months.",
        )  # fmt: skip
        self._draw_revenue(data.months)
        self._draw_aov(data.months)
        self.cohort_model.set_table(data.cohorts)
        self.refreshed.emit()

    def _draw_revenue(self, months: list[MonthFigures]) -> None:
        chart = self.revenue_chart
        chart.clear()
        labels = [_month_label(m, i) + ("*" if m.provisional else "") for i, m in enumerate(months)]
        chart.set_categories(labels)
        chart.plot.addLegend(offset=(-10, 5), brush=pg.mkBrush(255, 255, 255, 220))
        x = list(range(len(months)))
        bottom = [0] * len(months)
        for color, name in zip(PALETTE, CHANNEL_LABELS, strict=False):
            heights = [getattr(m, name) for m in months]
            bars = pg.BarGraphItem(x=x, height=heights, y0=bottom, width=0.6, brush=color,
                                   name=CHANNEL_LABELS[name])  # fmt: skip
            chart.plot.addItem(bars)
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        tips = [f"{label}: {rwf(m.total)}" + (f" (target {rwf(m.target)})" if m.target else "")
                for label, m in zip(labels, months, strict=True)]  # fmt: skip
        chart.plot.addItem(hover_points(x, bottom, tips, "#1f3d2b"))
        target_x = [i for i, m in enumerate(months) if m.target is not None]
        if target_x:
            chart.plot.plot(
                target_x, [months[i].target for i in target_x],
                pen=pg.mkPen("#c0392b", width=2, style=pg.QtCore.Qt.PenStyle.DashLine),
                symbol="t", symbolBrush="#c0392b", name="Target",
            )  # fmt: skip
        chart.frame = pd.DataFrame([
            {"month": m.month.isoformat(), "provisional": m.provisional, "orders": m.regular,
             "corporate": m.corporate, "catering": m.catering, "subscriptions": m.subscriptions,
             "total": m.total, "target": m.target}
            for m in months
        ])  # fmt: skip

    def _draw_aov(self, months: list[MonthFigures]) -> None:
        chart = self.aov_chart
        chart.clear()
        labels = [_month_label(m, i) for i, m in enumerate(months)]
        chart.set_categories(labels)
        points = [(i, float(m.aov)) for i, m in enumerate(months) if m.aov is not None]
        if points:
            xs, ys = zip(*points, strict=True)
            chart.plot.plot(xs, ys, pen=pg.mkPen(PALETTE[1], width=2))
            tips = [f"{labels[i]}: {rwf_rounded(months[i].aov)} over {months[i].orders:,} orders"
                    for i in xs]  # fmt: skip
            chart.plot.addItem(hover_points(xs, ys, tips, PALETTE[1]))
        chart.frame = pd.DataFrame([
            {"month": m.month.isoformat(), "orders": m.orders, "order_revenue": m.order_revenue,
             "aov": None if m.aov is None else round(float(m.aov), 2)}
            for m in months
        ])  # fmt: skip

    def _ask_cohort_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save cohort retention", "cohorts.csv",
                                              "CSV (*.csv)")  # fmt: skip
        if path:
            self.cohort_model.frame().to_csv(path, index=False)

    def _ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save dashboard", "bi-dashboard.pdf",
                                              "PDF (*.pdf)")  # fmt: skip
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        period: Period | None = self.picker.period()
        subtitle = (
            f"{period.start:%d %b %Y} to {period.end:%d %b %Y} (end excluded). " if period else ""
        )
        save_page_pdf(self.content, path, "Dusangire — Business intelligence",
                      subtitle + self.status.text())  # fmt: skip
        self.banner.show_info(f"Saved {path}")
