"""Operations: revenue today and this month by channel, refreshed live."""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..services.analytics import operations
from ..services.analytics.bi import CHANNELS
from ..services.analytics.operations import OperationsSummary
from .areas import ViewContext
from .background import run_in_background
from .banner import MessageBanner
from .dashboard_kit import PALETTE, ChartPanel, KpiGrid, auto_refresh, hover_points
from .formatting import local_datetime, rwf

REFRESH_SECONDS = 60
LABELS = {"orders": "Orders", "corporate": "Corporate", "catering": "Catering",
          "subscriptions": "Subscriptions"}  # fmt: skip


class OperationsDashboard(QWidget):
    refreshed = Signal()

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.summary: OperationsSummary | None = None
        self.banner = MessageBanner()
        self.status = QLabel("")
        self.status.setStyleSheet("color:#5b665e;")
        self.today = KpiGrid([f"Today — {LABELS[c]}" for c in CHANNELS] + ["Today — total"], 5)
        self.month = KpiGrid(
            [f"Month to date — {LABELS[c]}" for c in CHANNELS] + ["Month to date — total"], 5
        )
        self.chart = ChartPanel("Month to date by channel")
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.status)
        layout.addWidget(self.today)
        layout.addWidget(self.month)
        layout.addWidget(self.chart, 1)
        self._timer = auto_refresh(self, REFRESH_SECONDS, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        ctx = self._ctx
        as_of = datetime.now(UTC)
        run_in_background(
            self,
            lambda: operations.operations_summary(ctx.uow_factory(), ctx.actor, as_of),
            self._show,
            lambda error: self.banner.show_error(error.message),
        )

    def _show(self, s: OperationsSummary) -> None:
        self.summary = s
        self.banner.clear()
        self.status.setText(
            f"Live — as of {local_datetime(s.as_of, self._ctx.zone)}, "
            f"refreshed every {REFRESH_SECONDS} s. Channels add up to the BI revenue total."
        )
        for grid, prefix, figures in ((self.today, "Today", s.today),
                                      (self.month, "Month to date", s.month_to_date)):  # fmt: skip
            for channel, amount in figures.as_dict().items():
                grid[f"{prefix} — {LABELS[channel]}"].show_value(rwf(amount))
            grid[f"{prefix} — total"].show_value(rwf(figures.total))
        chart = self.chart
        chart.clear()
        labels = [LABELS[c] for c in CHANNELS]
        chart.set_categories(labels)
        values = list(s.month_to_date.as_dict().values())
        x = list(range(len(values)))
        brushes = [pg.mkBrush(color) for color in PALETTE[:4]]
        chart.plot.addItem(pg.BarGraphItem(x=x, height=values, width=0.6, brushes=brushes))
        chart.plot.addItem(hover_points(
            x, values, [f"{label}: {rwf(v)}" for label, v in zip(labels, values, strict=True)],
            "#1f3d2b"))  # fmt: skip
        chart.frame = pd.DataFrame(
            {
                "channel": list(CHANNELS),
                "today_rwf": list(s.today.as_dict().values()),
                "month_to_date_rwf": values,
            }
        )
        self.refreshed.emit()
