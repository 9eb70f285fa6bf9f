"""Managers read the dashboards: right figures, blanks explained, exports that open."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import pytest
from PySide6.QtCore import QDate

from dusangire_desktop.services.accounts import Role

from ..services.analytics.test_bi_golden import hospital  # noqa: F401  (fixture)
from ..services.analytics.test_support_golden import tickets  # noqa: F401  (fixture)


def _choose_period(qtbot, page, start: date, end: date) -> None:
    """[start, end) as a person picks it: "to" is the last day, included."""
    last = end - timedelta(days=1)
    page.picker.preset.setCurrentIndex(page.picker.preset.count() - 1)
    page.picker.end.setDate(QDate(last.year, last.month, last.day))
    page.picker.start.setDate(QDate(start.year, start.month, start.day))


def _card(page, title):
    card = page.kpis[title]
    return card.value.text(), card.subtitle.text(), card.toolTip()


def test_bi_dashboard_shows_february(qtbot, open_main_window, hospital, snapshot):  # noqa: F811
    window = open_main_window(Role.MANAGER)
    page = window.open_area("bi")
    _choose_period(qtbot, page, date(2026, 2, 1), date(2026, 3, 1))
    qtbot.waitUntil(lambda: page.data is not None and page.data.summary.period.start.month == 2,
                    timeout=10000)  # fmt: skip
    assert _card(page, "Orders")[0] == "3"
    assert _card(page, "Order revenue")[0] == "22,000 RWF"
    assert _card(page, "Average order value")[0] == "7,333 RWF"
    assert _card(page, "Retention")[0] == "66.7 %"
    assert _card(page, "Churn (orders)")[:2] == ("33.3 %", "1 of 3 active (N = 30 days)")
    assert _card(page, "Churn (subscriptions)")[0] == "33.3 %"
    assert _card(page, "Lifetime value (historical)")[:2] == ("9,000 RWF", "median 6,000 RWF")
    assert _card(page, "Revenue, all channels")[0] == "217,000 RWF"
    assert _card(page, "Target attainment")[0] == "108.5 %"
    cohorts = page.cohort_model.frame()
    assert cohorts.columns.tolist()[:3] == ["cohort", "customers", "month_0"]
    snapshot(page, "bi-february")


def test_bi_first_morning_projects_one_day(qtbot, open_main_window, hospital, clock):  # noqa: F811
    clock.set_local(2026, 3, 1, 10, 0)
    page = open_main_window(Role.MANAGER).open_area("bi")
    qtbot.waitUntil(lambda: page.data is not None, timeout=10000)
    assert page.data.summary.period.start == date(2026, 3, 1)
    assert _card(page, "Target attainment")[:2] == (
        "1.0 %", "3,000 RWF of 310,000 RWF, Mar 2026; day 1 of 31; projection 93,000 RWF",
    )  # fmt: skip


def test_bi_blanks_say_why(qtbot, open_main_window):
    window = open_main_window(Role.MANAGER)
    page = window.open_area("bi")
    qtbot.waitUntil(lambda: page.data is not None, timeout=10000)
    value, _subtitle, tooltip = _card(page, "Average order value")
    assert value == "—" and "No counted orders" in tooltip
    assert "No revenue target" in _card(page, "Target attainment")[2]


def test_bi_exports(qtbot, open_main_window, hospital, tmp_path):  # noqa: F811
    window = open_main_window(Role.ADMIN)
    page = window.open_area("bi")
    _choose_period(qtbot, page, date(2026, 2, 1), date(2026, 3, 1))
    qtbot.waitUntil(lambda: page.data is not None and page.data.summary.period.start.month == 2,
                    timeout=10000)  # fmt: skip
    page.save_pdf(tmp_path / "bi.pdf")
    page.revenue_chart.save_png(tmp_path / "revenue.png")
    page.revenue_chart.save_csv(tmp_path / "revenue.csv")
    assert (tmp_path / "bi.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "revenue.png").read_bytes().startswith(b"\x89PNG")
    months = pd.read_csv(tmp_path / "revenue.csv")
    assert months.columns.tolist()[:2] == ["month", "provisional"]
    february = months[months.month == "2026-02-01"].iloc[0]
    assert (february.total, february.catering, february.target) == (217_000, 150_000, 200_000)


def test_support_dashboard_shows_february(qtbot, open_main_window, tickets, clock, snapshot):  # noqa: F811
    clock.set_local(2026, 3, 10, 12, 0)  # as the golden figures: after every ticket was opened
    window = open_main_window(Role.SUPPORT)
    page = window.open_area("support_dashboard")
    _choose_period(qtbot, page, date(2026, 2, 1), date(2026, 3, 1))
    qtbot.waitUntil(lambda: page.summary is not None and page.summary.created == 4, timeout=10000)
    assert _card(page, "Backlog (open + in progress)")[0] == "2"
    assert _card(page, "Resolved")[0] == "4"
    assert _card(page, "Resolution time")[:2] == ("19 h 00 min", "median; mean 22 h 15 min")
    assert _card(page, "First response time")[:2] == ("1 h 00 min", "median; mean 1 h 30 min")
    assert [r.name for r in page.staff_model.records] == ["Fabrice Rukundo", "Josiane Uwera"]
    assert page.staff_frame().resolved.tolist() == [2, 2]
    snapshot(page, "support-february")


def test_front_desk_has_no_dashboards(open_main_window):
    window = open_main_window(Role.FRONT_DESK)
    assert "bi" not in window.area_keys() and "support_dashboard" not in window.area_keys()


def test_operations_shows_today_and_month_to_date(
    qtbot, open_main_window, uow_factory, clock, snapshot
):
    from datetime import timedelta

    from dusangire_desktop.models.customers import Customer, CustomerKind
    from dusangire_desktop.models.orders import Channel, Fulfilment, Order

    now = clock.now
    with uow_factory() as uow:
        customer = Customer(reference="C-1", kind=CustomerKind.VISITOR, full_name="Grace Mutesi")
        uow.session.add(customer)
        uow.session.flush()
        for number, (at, total, company) in enumerate(
            [(now - timedelta(seconds=2), 4_500, 0), (now - timedelta(seconds=1), 8_000, 2_000)]
        ):
            uow.session.add(Order(
                number=f"D-{number}", customer_id=customer.id, placed_at=at,
                channel=Channel.CORPORATE if company else Channel.REGULAR,
                fulfilment=Fulfilment.PICKUP, subtotal_rwf=total, total_rwf=total,
                company_share_rwf=company, customer_share_rwf=total - company,
            ))  # fmt: skip
        uow.commit()
    window = open_main_window(Role.MANAGER)
    page = window.open_area("operations")
    qtbot.waitUntil(lambda: page.summary is not None, timeout=10000)
    assert page.today["Today — Orders"].value.text() == "4,500 RWF"
    assert page.today["Today — Corporate"].value.text() == "8,000 RWF"
    assert page.today["Today — total"].value.text() == "12,500 RWF"
    assert page.month["Month to date — total"].value.text() == "12,500 RWF"
    snapshot(page, "operations")


@pytest.fixture
def live_changes(uow_factory):
    """This workstation following what the others commit, as the app does after sign-in."""
    from dusangire_desktop.views.live import LiveChanges

    live = LiveChanges(uow_factory)
    live.start()
    assert live.wait_until_listening(10)
    yield live
    live.stop()


@pytest.fixture
def other_desk(database_url, clock):
    """Another workstation: its own engine and connections on the same database."""
    from dusangire_desktop import db
    from dusangire_desktop.services.uow import UnitOfWorkFactory

    engine = db.make_engine(database_url)
    yield UnitOfWorkFactory(db.make_session_factory(engine), description="desk 2", clock=clock)
    engine.dispose()


def test_an_order_taken_at_another_desk_reaches_the_open_dashboard_within_two_seconds(
    qtbot, open_main_window, live_changes, other_desk, clock
):
    from dusangire_desktop.models.customers import Customer, CustomerKind
    from dusangire_desktop.models.orders import Channel, Fulfilment, Order
    from dusangire_desktop.services.changes import Area

    page = open_main_window(Role.MANAGER).open_area("operations")
    qtbot.waitUntil(lambda: page.summary is not None, timeout=10000)
    assert page.today["Today — total"].value.text() == "0 RWF"
    earlier = clock.now - timedelta(minutes=1)  # the dashboard counts up to its own "now"
    with other_desk() as uow:
        customer = Customer(reference="C-9", kind=CustomerKind.VISITOR, full_name="Eric Habimana")
        uow.session.add(customer)
        uow.session.flush()
        order = Order(number="D-9", customer_id=customer.id, placed_at=earlier,
                      channel=Channel.REGULAR, fulfilment=Fulfilment.PICKUP, subtotal_rwf=6_500,
                      total_rwf=6_500, company_share_rwf=0, customer_share_rwf=6_500)  # fmt: skip
        uow.session.add(order)
        uow.flush()
        uow.record(Area.ORDERS, [order.id])
        uow.commit()
    qtbot.waitUntil(lambda: page.today["Today — total"].value.text() == "6,500 RWF", timeout=2000)


def test_a_hidden_dashboard_reads_its_figures_again_when_shown(
    qtbot, open_main_window, uow_factory
):
    from dusangire_desktop.services.changes import Area
    from dusangire_desktop.views.changes import changes_hub

    window = open_main_window(Role.ADMIN)
    page = window.open_area("support_dashboard")
    qtbot.waitUntil(lambda: page.summary is not None, timeout=10000)
    window.open_area("account")
    with uow_factory() as uow:
        uow.record(Area.TICKETS, [1])
        uow.commit()
    changes_hub().publish(uow.committed)
    refreshed = []
    page.refreshed.connect(lambda: refreshed.append(True))
    qtbot.wait(100)
    assert refreshed == []  # hidden: nothing read
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        window.open_area("support_dashboard")


def test_bi_opens_on_month_to_date_with_last_month_beside_it(
    qtbot,
    open_main_window,
    hospital,  # noqa: F811
    clock,
):
    clock.set_local(2026, 3, 10, 12, 0)
    page = open_main_window(Role.MANAGER).open_area("bi")
    qtbot.waitUntil(lambda: page.data is not None, timeout=10000)
    assert page.picker.start.date().toString("dd MMM yyyy") == "01 Mar 2026"
    assert page.picker.end.date().toString("dd MMM yyyy") == "10 Mar 2026"  # to today, included
    assert page.data.summary.period.end == date(2026, 3, 11)
    assert "Feb 2026: 3" in _card(page, "Orders")[1]
    assert "Feb 2026: 22,000 RWF" in _card(page, "Order revenue")[1]
    assert "Mar*" in page.aov_chart.plot.getAxis("bottom")._tickLevels[0][-1][1]
    low, _high = page.aov_chart.plot.viewRange()[1]
    assert low == 0  # the average order value's axis starts at zero


def test_reversed_custom_dates_clear_the_figures(qtbot, open_main_window, hospital):  # noqa: F811
    page = open_main_window(Role.MANAGER).open_area("bi")
    _choose_period(qtbot, page, date(2026, 2, 1), date(2026, 3, 1))
    qtbot.waitUntil(lambda: page.data is not None and page.data.summary.period.start.month == 2,
                    timeout=10000)  # fmt: skip
    assert _card(page, "Orders")[0] == "3"
    page.picker.end.setDate(QDate(2026, 1, 15))  # before "from"
    assert page.data is None and _card(page, "Orders")[0] == "—"
    assert "must end after it starts" in page.banner.text
    assert page.cohort_model.rowCount() == 0
