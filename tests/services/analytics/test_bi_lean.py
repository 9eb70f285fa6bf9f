"""`report bi` from the stored days and months without SQLAlchemy agrees with the full path on
every figure, reads a few stale or missing days again from the orders, and hands over to the full
path when nothing is stored."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from dusangire_desktop import cli
from dusangire_desktop.models.orders import Order, OrderStatus
from dusangire_desktop.services import auth, demo
from dusangire_desktop.services.analytics import bi, bi_figures, bi_lean, months, report
from dusangire_desktop.services.analytics.periods import Period

from ...conftest import KIGALI

ROOT = Path(__file__).resolve().parents[3]
ACTOR = auth.command_line_actor("test")
SIZES = demo.DemoSizes(customers=120, orders=900, months=14)
# The fixture's clock: Tue 3 Mar 2026, 08:00 in Kigali.
NOW = datetime(2026, 3, 3, 6, 0, tzinfo=UTC)
CASES = [
    (Period(date(2026, 3, 1), date(2026, 4, 1)), NOW),  # the running month
    (Period(date(2026, 2, 1), date(2026, 3, 1)), NOW),  # last month, whole
    (Period(date(2026, 2, 1), date(2026, 3, 1)), datetime(2026, 2, 17, 9, 30, tzinfo=KIGALI)),
    (Period(date(2026, 1, 10), date(2026, 2, 20)), NOW),  # not whole months: target read apart
    (Period(date(2025, 6, 1), date(2025, 7, 1)), NOW),
]


@pytest.fixture
def stored(uow_factory, database_url):  # type: ignore[no-untyped-def]
    """Demo history (orders, catering, subscriptions, targets) with the BI figures stored, as
    after an upgrade or the first opening of the screen."""
    demo.generate(uow_factory(), ACTOR, seed=16, sizes=SIZES)
    bi.prepare_stored_figures(uow_factory(), ACTOR, NOW)
    return database_url


def _full(uow_factory, period: Period, as_of: datetime) -> dict:  # type: ignore[no-untyped-def]
    return report.bi_report(uow_factory(), ACTOR, period, as_of)


def test_the_stored_figures_give_the_same_report_as_the_full_path(stored, uow_factory):
    for period, as_of in CASES:
        summary = bi_lean.bi_figures(stored, period, as_of, KIGALI)
        assert summary is not None, (period, as_of)
        assert bi_figures.report(summary) == _full(uow_factory, period, as_of), (period, as_of)
    assert bi_lean.ACTIVE_DAYS == months.DEFAULT_ACTIVE_DAYS


def test_a_refund_and_the_days_since_the_last_opening_are_read_again_from_the_orders(
    stored, uow_factory
):
    with uow_factory() as uow:  # an order of January refunded: its day and months are stale
        order_id = uow.session.scalar(
            select(Order.id)
            .where(Order.status == OrderStatus.DELIVERED, Order.placed_at < NOW - timedelta(40))
            .order_by(Order.placed_at.desc())
            .limit(1)
        )
        uow.session.execute(
            update(Order).where(Order.id == order_id).values(status=OrderStatus.REFUNDED)
        )
        uow.commit()
    later = NOW + timedelta(days=5)  # five days closed since the figures were stored
    for period, as_of in [*CASES, (CASES[0][0], later)]:
        summary = bi_lean.bi_figures(stored, period, as_of, KIGALI)
        assert summary is not None, (period, as_of)
        assert bi_figures.report(summary) == _full(uow_factory, period, as_of), (period, as_of)


def test_with_nothing_stored_the_command_takes_the_full_path(uow_factory, database_url, capsys):
    demo.generate(uow_factory(), ACTOR, seed=16, sizes=SIZES)
    period, as_of = CASES[0]
    assert bi_lean.bi_figures(database_url, period, as_of, KIGALI) is None
    arguments = ["--database", database_url, "report", "bi", "--from", "2026-03-01",
                 "--to", "2026-04-01", "--as-of", as_of.isoformat()]  # fmt: skip
    assert cli.main(arguments) == 0
    assert json.loads(capsys.readouterr().out) == _full(uow_factory, period, as_of)
    assert bi_lean.bi_figures("sqlite:////nowhere/at/all.sqlite", period, as_of, KIGALI) is None


def test_the_command_reads_stored_figures_without_sqlalchemy(stored, uow_factory):
    period, as_of = CASES[1]
    for form in ("json", "csv"):
        # A fresh interpreter, as a script runs it; it fails if the models were loaded.
        run = subprocess.run(
            [sys.executable, "-c",
             "import sys; from dusangire_desktop import cli; code = cli.main(sys.argv[1:]); "
             "assert 'sqlalchemy' not in sys.modules and 'numpy' not in sys.modules; "
             "sys.exit(code)",
             "--database", stored, "report", "bi", "--from", "2026-02-01", "--to", "2026-03-01",
             "--as-of", as_of.isoformat(), "--format", form],
            cwd=ROOT, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
        if form == "json":
            assert json.loads(run.stdout) == _full(uow_factory, period, as_of)
        else:
            rows = dict(line.split(",", 1) for line in run.stdout.splitlines()[1:])
            assert rows["orders"] == str(_full(uow_factory, period, as_of)["orders"])
