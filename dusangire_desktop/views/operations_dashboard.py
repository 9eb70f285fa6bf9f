"""Operations today: the floor (orders by state, late orders, time to deliver, catering events,
consultations) and revenue today and this month by channel, live as work is done anywhere."""

from __future__ import annotations

import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..services import targets
from ..services.analytics import operations
from ..services.analytics.bi_figures import CHANNELS
from ..services.analytics.operations import ActivityToday, OperationsSummary
from ..services.changes import Area
from ..services.food_service import rounds
from ..services.food_service.rounds import TrayLateness
from .areas import ViewContext
from .banner import MessageBanner
from .dashboard_kit import PALETTE, ChartPanel, Dashboard, KpiGrid, hover_points, tr
from .formatting import NOT_AVAILABLE, local_datetime, local_time, rwf
from .formatting import number as figure
from .labels import label

LABELS = {
    "orders": QT_TRANSLATE_NOOP("dashboards", "Orders"),
    "corporate": QT_TRANSLATE_NOOP("dashboards", "Corporate"),
    "catering": QT_TRANSLATE_NOOP("dashboards", "Catering"),
    "subscriptions": QT_TRANSLATE_NOOP("dashboards", "Subscriptions"),
}
TODAY = QT_TRANSLATE_NOOP("dashboards", "Today — {channel}")
MONTH = QT_TRANSLATE_NOOP("dashboards", "Month to date — {channel}")
TOTAL = QT_TRANSLATE_NOOP("dashboards", "total")
ACTIVITY = [
    QT_TRANSLATE_NOOP("dashboards", "Orders placed today"),
    QT_TRANSLATE_NOOP("dashboards", "Late now"),
    QT_TRANSLATE_NOOP("dashboards", "Placed → delivered today"),
    QT_TRANSLATE_NOOP("dashboards", "Catering events today"),
    QT_TRANSLATE_NOOP("dashboards", "Consultations today"),
]
STATE_COLOURS = ["#d4a017", "#2f6fb0", "#7b4fb0", "#2f7d4a", "#9aa39c", "#b3261e"]


def _card(heading: str, channel: str) -> str:
    """The card's key, in English (the KPI grid translates what it shows)."""
    return heading.format(channel=LABELS.get(channel, channel))


class OperationsDashboard(Dashboard):
    watches = frozenset({Area.ORDERS, Area.CORPORATE, Area.CATERING, Area.SUBSCRIPTIONS,
                         Area.CONSULTATIONS, Area.TRAYS})  # fmt: skip

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.summary: OperationsSummary | None = None
        self.activity: ActivityToday | None = None
        self.floor = KpiGrid(ACTIVITY, 5)
        self.banner = MessageBanner()
        self.status = QLabel("")
        self.status.setWordWrap(True)  # longer in translation: wraps, never widens
        self.status.setStyleSheet("color:#5b665e;")
        self.today = KpiGrid([_card(TODAY, c) for c in CHANNELS] + [_card(TODAY, TOTAL)], 5)
        self.month = KpiGrid([_card(MONTH, c) for c in CHANNELS] + [_card(MONTH, TOTAL)], 5)
        for grid, heading in ((self.today, TODAY), (self.month, MONTH)):
            for channel in [*CHANNELS, TOTAL]:
                grid[_card(heading, channel)].title.setText(
                    tr(heading).format(channel=tr(LABELS.get(channel, channel)))
                )
        self.trays = QLabel("")
        self.trays.setWordWrap(True)  # longer in translation: wraps, never widens
        self.chart = ChartPanel(QT_TRANSLATE_NOOP("dashboards", "Month to date by channel"))
        self.states_chart = ChartPanel(
            QT_TRANSLATE_NOOP("dashboards", "Orders placed today by state"), money=False
        )
        charts = QHBoxLayout()
        charts.addWidget(self.states_chart, 1)
        charts.addWidget(self.chart, 1)
        # Scrolls rather than making the window taller than a small screen (150 % scaling).
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        for widget in (self.floor, self.today, self.month, self.trays):
            inner.addWidget(widget)
        inner.addLayout(charts, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        self.refresh()

    def refresh(self) -> None:
        as_of = self.ctx.now()
        self.ctx.query(self, lambda uow, actor: operations.operations_summary(uow, actor, as_of),
                       self._show, purpose="figures")  # fmt: skip
        self.ctx.query(self, lambda uow, actor: operations.activity_today(uow, actor, as_of),
                       self._show_activity, purpose="activity")  # fmt: skip
        day = self.ctx.today()
        self.ctx.query(self, lambda uow, actor: rounds.tray_lateness(uow, actor, day),
                       self._show_trays, purpose="trays")  # fmt: skip

    def _show_activity(self, a: ActivityToday) -> None:
        self.activity = a
        zone = self.ctx.zone
        placed = sum(a.orders_by_state.values())
        self.floor["Orders placed today"].show_value(
            figure(placed),
            " · ".join(f"{count} {label(state).lower()}"
                       for state, count in a.orders_by_state.items() if count),
        )  # fmt: skip
        self.floor["Late now"].show_value(
            figure(a.late),
            self.tr("not delivered {pickup} min after placed (pickup), {ward} min (ward)").format(
                pickup=int(targets.PICKUP_TARGET.total_seconds() // 60),
                ward=int(targets.DELIVERY_TARGET.total_seconds() // 60)),
        )  # fmt: skip
        self.floor["Placed → delivered today"].show_value(
            NOT_AVAILABLE if a.mean_minutes_to_deliver is None
            else self.tr("{minutes} min").format(minutes=f"{a.mean_minutes_to_deliver:.0f}"),
            self.tr("mean over {count} orders delivered today").format(count=a.delivered),
            self.tr("No order has been delivered today."),
        )  # fmt: skip
        self.floor["Catering events today"].show_value(
            figure(len(a.catering)),
            " · ".join(self.tr("{time} {package}, %n guest(s)", "", e.guests).format(
                time=local_time(e.event_at, zone), package=e.package)
                for e in a.catering[:2]) + (" …" if len(a.catering) > 2 else ""),
        )  # fmt: skip
        self.floor["Late now"].value.setStyleSheet(
            "font-size:20px; font-weight:600; color:%s;" % ("#b3261e" if a.late else "#1f3d2b")
        )
        self.floor["Consultations today"].show_value(
            figure(sum(a.consultations_by_state.values())),
            " · ".join(f"{count} {label(state).lower()}"
                       for state, count in a.consultations_by_state.items() if count),
        )  # fmt: skip
        chart = self.states_chart
        chart.clear()
        states = list(a.orders_by_state)
        labels = [label(state) for state in states]
        chart.set_categories(labels)
        counts = [a.orders_by_state[state] for state in states]
        x = list(range(len(states)))
        brushes = [pg.mkBrush(color) for color in STATE_COLOURS[: len(states)]]
        chart.plot.addItem(pg.BarGraphItem(x=x, height=counts, width=0.6, brushes=brushes))
        chart.plot.addItem(hover_points(
            x, counts, [f"{text}: {n}" for text, n in zip(labels, counts, strict=True)],
            "#1f3d2b"))  # fmt: skip
        chart.plot.setYRange(0, max([*counts, 1]) * 1.1, padding=0)
        chart.frame = pd.DataFrame({"state": [s.value for s in states], "orders": counts})

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
