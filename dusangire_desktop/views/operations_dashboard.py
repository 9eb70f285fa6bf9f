"""Operations: revenue today and this month by channel, live as orders are taken anywhere."""

from __future__ import annotations

import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QVBoxLayout

from ..services.analytics import operations
from ..services.analytics.bi import CHANNELS
from ..services.analytics.operations import OperationsSummary
from ..services.changes import Area
from ..services.food_service import rounds
from ..services.food_service.rounds import TrayLateness
from .areas import ViewContext
from .banner import MessageBanner
from .dashboard_kit import PALETTE, ChartPanel, Dashboard, KpiGrid, hover_points, tr
from .formatting import local_datetime, rwf

LABELS = {
    "orders": QT_TRANSLATE_NOOP("dashboards", "Orders"),
    "corporate": QT_TRANSLATE_NOOP("dashboards", "Corporate"),
    "catering": QT_TRANSLATE_NOOP("dashboards", "Catering"),
    "subscriptions": QT_TRANSLATE_NOOP("dashboards", "Subscriptions"),
}
TODAY = QT_TRANSLATE_NOOP("dashboards", "Today — {channel}")
MONTH = QT_TRANSLATE_NOOP("dashboards", "Month to date — {channel}")
TOTAL = QT_TRANSLATE_NOOP("dashboards", "total")


def _card(heading: str, channel: str) -> str:
    """The card's key, in English (the KPI grid translates what it shows)."""
    return heading.format(channel=LABELS.get(channel, channel))


class OperationsDashboard(Dashboard):
    watches = frozenset(
        {Area.ORDERS, Area.CORPORATE, Area.CATERING, Area.SUBSCRIPTIONS, Area.TRAYS}
    )

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.summary: OperationsSummary | None = None
        self.banner = MessageBanner()
        self.status = QLabel("")
        self.status.setStyleSheet("color:#5b665e;")
        self.today = KpiGrid([_card(TODAY, c) for c in CHANNELS] + [_card(TODAY, TOTAL)], 5)
        self.month = KpiGrid([_card(MONTH, c) for c in CHANNELS] + [_card(MONTH, TOTAL)], 5)
        self.trays = QLabel("")
        self.chart = ChartPanel(QT_TRANSLATE_NOOP("dashboards", "Month to date by channel"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.status)
        layout.addWidget(self.today)
        layout.addWidget(self.month)
        layout.addWidget(self.trays)
        layout.addWidget(self.chart, 1)
        self.refresh()

    def refresh(self) -> None:
        as_of = self.ctx.now()
        self.ctx.query(self, lambda uow, actor: operations.operations_summary(uow, actor, as_of),
                       self._show, purpose="figures")  # fmt: skip
        day = self.ctx.today()
        self.ctx.query(self, lambda uow, actor: rounds.tray_lateness(uow, actor, day),
                       self._show_trays, purpose="trays")  # fmt: skip

    def _show_trays(self, t: TrayLateness) -> None:
        self.trays.setText(self.tr(
            "Ward trays today: {trays} · delivered {delivered} ({late} after the target) · "
            "overdue now {overdue} · worst {worst} min late"
        ).format(trays=t.trays, delivered=t.delivered, late=t.delivered_late,
                 overdue=t.overdue_now, worst=t.worst_minutes_late))  # fmt: skip

    def _show(self, s: OperationsSummary) -> None:
        self.summary = s
        self.banner.clear()
        self.status.setText(
            self.tr(
                "Live — as of {moment}, refreshed as orders are taken at any desk. Channels add "
                "up to the BI revenue total."
            ).format(moment=local_datetime(s.as_of, self.ctx.zone))
        )
        for grid, heading, figures in ((self.today, TODAY, s.today),
                                       (self.month, MONTH, s.month_to_date)):  # fmt: skip
            for channel, amount in figures.as_dict().items():
                grid[_card(heading, channel)].show_value(rwf(amount))
            grid[_card(heading, TOTAL)].show_value(rwf(figures.total))
        chart = self.chart
        chart.clear()
        labels = [tr(LABELS[c]) for c in CHANNELS]
        chart.set_categories(labels)
        values = list(s.month_to_date.as_dict().values())
        x = list(range(len(values)))
        brushes = [pg.mkBrush(color) for color in PALETTE[:4]]
        chart.plot.addItem(pg.BarGraphItem(x=x, height=values, width=0.6, brushes=brushes))
        chart.plot.addItem(hover_points(
            x, values, [f"{text}: {rwf(v)}" for text, v in zip(labels, values, strict=True)],
            "#1f3d2b"))  # fmt: skip
        chart.frame = pd.DataFrame(
            {
                "channel": list(CHANNELS),
                "today_rwf": list(s.today.as_dict().values()),
                "month_to_date_rwf": values,
            }
        )
        self.refreshed.emit()
