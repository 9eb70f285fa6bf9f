"""Demo monthly revenue targets, set near what each month actually earned.

A manager sets a month's target from experience: a past month's target lies within about ten
per cent of its revenue (all channels, as `analytics.bi.revenue_by_channel` counts it), so the
target chart shows months just over and just under; the current month's is last month's revenue
with a little growth, since it has not been earned yet.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from ...models.targets import RevenueTarget
from ..analytics.bi import revenue_by_channel
from ..messages import QT_TRANSLATE_NOOP
from . import DemoContext


def _month_revenue(ctx: DemoContext, month: date) -> int:
    following = (month + timedelta(days=32)).replace(day=1)
    start, end = (
        datetime.combine(day, time(0), ctx.zone).astimezone(UTC) for day in (month, following)
    )
    return revenue_by_channel(ctx.session, start, min(end, ctx.now)).total


def populate(ctx: DemoContext) -> None:
    ctx.progress(QT_TRANSLATE_NOOP("errors", "monthly revenue targets"))
    ctx.session.flush()
    this_month = ctx.now.astimezone(ctx.zone).date().replace(day=1)
    month = this_month
    for _ in range(ctx.sizes.months - 1):
        month = (month - timedelta(days=1)).replace(day=1)
    previous = 0
    while month <= this_month:
        # Per mille of the revenue it is set from: 900-1100 for a past month, 1000-1080 for this.
        if month < this_month:
            previous = _month_revenue(ctx, month)
            base, per_mille = previous, ctx.rng.randint(900, 1100)
        else:
            base, per_mille = previous or _month_revenue(ctx, month), ctx.rng.randint(1000, 1080)
        # Targets are round figures: to the nearest 100,000 RWF.
        rounded = max(100_000, (base * per_mille // 1000 + 50_000) // 100_000 * 100_000)
        ctx.session.add(RevenueTarget(month_start=month, channel="total", amount_rwf=rounded))
        month = (month + timedelta(days=32)).replace(day=1)
