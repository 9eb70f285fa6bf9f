"""The BI dashboard: AOV, retention, churn, lifetime value and revenue against target."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP
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
from ..services.analytics.series import CohortTable, MonthFigures
from ..services.changes import Area
from ..services.errors import DomainError
from .areas import ViewContext
from .banner import MessageBanner
from .cohort_table import CohortModel
from .dashboard_kit import (
    PALETTE,
    BusyBar,
    ChartPanel,
    Dashboard,
    KpiGrid,
    PeriodPicker,
    hover_points,
    save_page_pdf,
    tr,
)
from .formatting import date_text, local_datetime, month_text, percent, rwf, rwf_rounded
from .formatting import number as figure

KPIS = [
    QT_TRANSLATE_NOOP("dashboards", "Orders"),
    QT_TRANSLATE_NOOP("dashboards", "Order revenue"),
    QT_TRANSLATE_NOOP("dashboards", "Average order value"),
    QT_TRANSLATE_NOOP("dashboards", "Retention"),
    QT_TRANSLATE_NOOP("dashboards", "Churn (orders)"),
    QT_TRANSLATE_NOOP("dashboards", "Churn (subscriptions)"),
    QT_TRANSLATE_NOOP("dashboards", "Lifetime value (historical)"),
    QT_TRANSLATE_NOOP("dashboards", "Lifetime value (predictive)"),
    QT_TRANSLATE_NOOP("dashboards", "Revenue, all channels"),
    QT_TRANSLATE_NOOP("dashboards", "Target attainment"),
]
CHANNEL_LABELS = {
    "regular": QT_TRANSLATE_NOOP("dashboards", "Orders"),
    "corporate": QT_TRANSLATE_NOOP("dashboards", "Corporate"),
    "catering": QT_TRANSLATE_NOOP("dashboards", "Catering"),
    "subscriptions": QT_TRANSLATE_NOOP("dashboards", "Subscriptions"),
}
MONTHS_SHOWN = 12


def _month_label(month: MonthFigures, index: int) -> str:
    """Short month names; the year only where it starts, so twelve labels fit a small chart."""
    if index == 0 or month.month.month == 1:
        return date_text(month.month, "MMM yy")
    return date_text(month.month, "MMM")


def _months_label(months: Period) -> str:
    """'Mar 2026', or 'Jan–Mar 2026' for several months (the end is the first day after)."""
    last = months.end - timedelta(days=1)
    if (months.start.year, months.start.month) == (last.year, last.month):
        return month_text(months.start, short=True)
    first = date_text(months.start, "MMM" if months.start.year == last.year else "MMM yyyy")
    return f"{first}–{month_text(last, short=True)}"


BiData = bi.BiDashboardData


class BiDashboard(Dashboard):
    watches = frozenset({Area.ORDERS, Area.CUSTOMERS, Area.CORPORATE, Area.CATERING,
                         Area.SUBSCRIPTIONS, Area.TARGETS})  # fmt: skip

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.data: BiData | None = None
        self.banner = MessageBanner()
        self.picker = PeriodPicker(ctx.today)
        self.picker.period_changed.connect(self._period_chosen)
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.clicked.connect(self.refresh)
        pdf = QPushButton(self.tr("Export &PDF…"))
        pdf.clicked.connect(self._ask_pdf)
        self.status = QLabel("")
        self.status.setWordWrap(True)  # longer in translation: wraps, never widens
        self.status.setStyleSheet("color:#5b665e;")
        self.busy = BusyBar()
        bar = QHBoxLayout()
        bar.addWidget(self.picker)
        bar.addStretch(1)
        bar.addWidget(refresh)
        bar.addWidget(pdf)
        self.kpis = KpiGrid(KPIS, columns=5)
        self.revenue_chart = ChartPanel(
            QT_TRANSLATE_NOOP("dashboards", "Revenue by month and target")
        )
        self.aov_chart = ChartPanel(QT_TRANSLATE_NOOP("dashboards", "Average order value by month"))
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
        cohort_csv = QPushButton(self.tr("CSV"))
        cohort_csv.clicked.connect(self._ask_cohort_csv)
        cohort_header = QHBoxLayout()
        cohort_title = QLabel(self.tr("Cohort retention: share of each month's new customers who "
                                      "ordered again k months later"))  # fmt: skip
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

    def _period_chosen(self, _period: Period | None) -> None:
        self.refresh()

    def refresh(self) -> None:
        period = self.picker.period()
        if period is None:
            self.clear_figures()
            self.banner.show_error(self.tr("The period must end after it starts."))
            return
        as_of = self.ctx.now()
        self.busy.show()
        self.ctx.query(
            self, lambda uow, actor: bi.bi_dashboard(uow, actor, period, MONTHS_SHOWN, as_of),
            self._show, purpose="figures", on_error=self._failed,
        )  # fmt: skip

    def clear_figures(self) -> None:
        """No figures rather than those of another period under an error."""
        self.data = None
        self.status.setText("")
        self.kpis.clear()
        self.revenue_chart.clear()
        self.aov_chart.clear()
        self.cohort_model.set_table(CohortTable([], [], []))

    def _failed(self, error: DomainError) -> None:
        self.busy.hide()
        self.banner.show_error(error.message)

    def _show(self, data: BiData) -> None:
        self.busy.hide()
        self.banner.clear()
        self.data = data
        s = data.summary
        zone = self.ctx.zone
        as_of = local_datetime(s.as_of, zone)
        self.status.setText(
            self.tr(
                "As of {moment} — provisional, month to date; * marks a month not yet over, "
                "and the cohort cells of that month"
            ).format(moment=as_of)
            if s.provisional
            else self.tr("As of {moment}").format(moment=as_of)
        )
        no_orders = self.tr("No counted orders in this period.")
        k = self.kpis
        k["Orders"].show_value(figure(s.orders), self.tr("not cancelled or refunded"))
        k["Order revenue"].show_value(rwf(s.order_revenue), self.tr("after discounts, both shares"))
        k["Average order value"].show_value(rwf_rounded(s.aov), self.tr("order revenue ÷ orders"),
                                            no_orders)  # fmt: skip
        k["Retention"].show_value(
            percent(s.retention_rate),
            self.tr("of {count} customers of the previous period").format(
                count=figure(s.retention_base)),
            self.tr("Nobody ordered in the previous period of the same length."),
        )  # fmt: skip
        k["Churn (orders)"].show_value(
            percent(s.churn.rate),
            self.tr("{churned} of {active} active (N = {days} days)").format(
                churned=figure(s.churn.churned), active=figure(s.churn.active_at_start),
                days=s.active_days),
            self.tr("Nobody had ordered in the {days} days before the period.").format(
                days=s.active_days),
        )  # fmt: skip
        k["Churn (subscriptions)"].show_value(
            percent(s.subscription_churn.rate),
            self.tr("{churned} of {active} active").format(
                churned=s.subscription_churn.churned, active=s.subscription_churn.active_at_start),
            self.tr("No subscription was active at the start of the period."),
        )  # fmt: skip
        k["Lifetime value (historical)"].show_value(
            rwf_rounded(s.clv_historical_mean),
            self.tr("median {amount}").format(amount=rwf_rounded(s.clv_historical_median)),
            self.tr("No customer has a counted order yet."),
        )  # fmt: skip
        k["Lifetime value (predictive)"].show_value(
            rwf_rounded(s.clv_predictive),
            self.tr("AOV × monthly frequency ÷ monthly churn, 12 months"),
            self.tr("Needs at least one complete month with churn above zero."),
        )  # fmt: skip
        k["Revenue, all channels"].show_value(
            rwf(s.revenue.total),
            " · ".join(f"{tr(CHANNEL_LABELS[n])} {rwf(v)}" for n, v in
                       (("regular", s.revenue.orders), ("corporate", s.revenue.corporate),
                        ("catering", s.revenue.catering),
                        ("subscriptions", s.revenue.subscriptions))),
        )  # fmt: skip
        t = s.target_progress
        k["Target attainment"].show_value(
            percent(t.attainment),
            self.tr("{actual} of {target}, {months}; day {day} of {days}; projection {projection}")
            .format(actual=rwf(t.actual), target=rwf(t.target), months=_months_label(t.months),
                    day=t.days_elapsed, days=t.days_in_period,
                    projection=rwf_rounded(t.projection)),
            self.tr("No revenue target is set for these months."),
        )  # fmt: skip
        self._beside_last_month(data)
        self._draw_revenue(data.months)
        self._draw_aov(data.months)
        self.cohort_model.partial_last_month = bool(data.months and data.months[-1].provisional)
        self.cohort_model.set_table(data.cohorts)
        self.refreshed.emit()

    def _beside_last_month(self, data: BiData) -> None:
        """The month before the period's first month, under the figures that months have."""
        comparison = self.picker.comparison()
        month = next((m for m in data.months if comparison and m.month == comparison.start), None)
        if month is None:
            return
        name = month_text(month.month, short=True)
        beside = {
            "Orders": figure(month.orders),
            "Order revenue": rwf(month.order_revenue),
            "Average order value": rwf_rounded(month.aov),
            "Revenue, all channels": rwf(month.total),
        }
        for title, shown in beside.items():
            card = self.kpis[title]
            line = self.tr("{month}: {figure}").format(month=name, figure=shown)
            text = card.subtitle.text()
            card.subtitle.setText(f"{text}\n{line}" if text else line)

    def _draw_revenue(self, months: list[MonthFigures]) -> None:
        chart = self.revenue_chart
        chart.clear()
        labels = [_month_label(m, i) + ("*" if m.provisional else "") for i, m in enumerate(months)]
        chart.set_categories(labels)
        # One line of legend across the top, over headroom left free for it, never over a bar.
        chart.plot.addLegend(offset=(10, 2), colCount=5, brush=pg.mkBrush(255, 255, 255, 230))
        x = list(range(len(months)))
        bottom = [0] * len(months)
        for color, name in zip(PALETTE, CHANNEL_LABELS, strict=False):
            heights = [getattr(m, name) for m in months]
            bars = pg.BarGraphItem(x=x, height=heights, y0=bottom, width=0.6, brush=color,
                                   name=tr(CHANNEL_LABELS[name]))  # fmt: skip
            chart.plot.addItem(bars)
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        tips = [f"{label}: {rwf(m.total)}"
                + (self.tr(" (target {amount})").format(amount=rwf(m.target)) if m.target else "")
                for label, m in zip(labels, months, strict=True)]  # fmt: skip
        chart.plot.addItem(hover_points(x, bottom, tips, "#1f3d2b"))
        target_x = [i for i, m in enumerate(months) if m.target is not None]
        highest = max([*bottom, *(months[i].target or 0 for i in target_x), 1])
        chart.plot.setYRange(0, highest * 1.3, padding=0)
        if target_x:
            chart.plot.plot(
                target_x, [months[i].target for i in target_x],
                pen=pg.mkPen("#c0392b", width=2, style=pg.QtCore.Qt.PenStyle.DashLine),
                symbol="t", symbolBrush="#c0392b", name=self.tr("Target"),
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
        labels = [_month_label(m, i) + ("*" if m.provisional else "") for i, m in enumerate(months)]
        chart.set_categories(labels)
        points = [(i, float(m.aov)) for i, m in enumerate(months) if m.aov is not None]
        # From zero, so a 2 % change does not look like a doubling.
        chart.plot.setYRange(0, max([y for _x, y in points] + [1]) * 1.15, padding=0)
        if points:
            xs, ys = zip(*points, strict=True)
            chart.plot.plot(xs, ys, pen=pg.mkPen(PALETTE[1], width=2))
            tips = [self.tr("{month}: {amount} over {orders} orders").format(
                        month=labels[i], amount=rwf_rounded(months[i].aov),
                        orders=figure(months[i].orders))
                    for i in xs]  # fmt: skip
            chart.plot.addItem(hover_points(xs, ys, tips, PALETTE[1]))
        chart.frame = pd.DataFrame([
            {"month": m.month.isoformat(), "orders": m.orders, "order_revenue": m.order_revenue,
             "aov": None if m.aov is None else round(float(m.aov), 2)}
            for m in months
        ])  # fmt: skip

    def _ask_cohort_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save cohort retention"),
                                              "cohorts.csv", "CSV (*.csv)")  # fmt: skip
        if path:
            self.cohort_model.frame().to_csv(path, index=False)

    def _ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save dashboard"),
                                              "bi-dashboard.pdf", "PDF (*.pdf)")  # fmt: skip
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        period: Period | None = self.picker.period()
        subtitle = (
            self.tr("{start} to {end}. ").format(
                start=date_text(period.start, "dd MMM yyyy"),
                end=date_text(period.end - timedelta(days=1), "dd MMM yyyy"))
            if period else ""
        )  # fmt: skip
        save_page_pdf(self.content, path, self.tr("Dusangire — Business intelligence"),
                      subtitle + self.status.text())  # fmt: skip
        self.banner.show_info(self.tr("Saved {path}").format(path=path))
