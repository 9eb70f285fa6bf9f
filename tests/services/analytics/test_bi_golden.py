"""BI figures on a small hospital whose every figure was worked out by hand (METRICS.md)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from dusangire_desktop.models.catering import CateringPackage, CateringRequest, CateringStatus
from dusangire_desktop.models.customers import Customer, CustomerKind
from dusangire_desktop.models.orders import Channel, Fulfilment, Order, OrderStatus
from dusangire_desktop.models.subscriptions import (
    BillingPeriod,
    Subscription,
    SubscriptionCharge,
    SubscriptionPause,
    SubscriptionPlan,
    TherapeuticCategory,
)
from dusangire_desktop.models.targets import RevenueTarget
from dusangire_desktop.services.analytics import bi, report
from dusangire_desktop.services.analytics.periods import Period
from dusangire_desktop.services.auth import Actor, Role
from dusangire_desktop.services.errors import PermissionDenied

from ...conftest import KIGALI

FEBRUARY = Period(date(2026, 2, 1), date(2026, 3, 1))
AS_OF = datetime(2026, 3, 10, 12, 0, tzinfo=KIGALI)


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=KIGALI).astimezone(UTC)


def _order(number, customer, at, total, status=OrderStatus.DELIVERED, company=0):
    channel = Channel.CORPORATE if company else Channel.REGULAR
    return Order(
        number=f"D-{number}", customer_id=customer, placed_at=at, status=status, channel=channel,
        fulfilment=Fulfilment.PICKUP, subtotal_rwf=total, discount_rwf=0, total_rwf=total,
        company_share_rwf=company, customer_share_rwf=total - company, status_changed_at=at,
    )  # fmt: skip


@pytest.fixture
def hospital(uow_factory):
    with uow_factory() as uow:
        s = uow.session
        ids = {}
        for name in "ABCDE":
            customer = Customer(reference=f"C-{name}", kind=CustomerKind.VISITOR,
                                full_name=f"Customer {name}")  # fmt: skip
            s.add(customer)
            s.flush()
            ids[name] = customer.id
        a, b, c, d, e = (ids[n] for n in "ABCDE")
        s.add_all([
            _order(1, a, local(2026, 1, 20, 10, 0), 10_000),
            _order(2, b, local(2026, 1, 25, 12, 0), 6_000),
            _order(3, c, local(2026, 1, 31, 23, 30), 4_000),    # 21:30 UTC, still January
            _order(4, a, local(2026, 2, 1, 0, 30), 8_000),       # 31 Jan 22:30 UTC, yet February
            _order(5, b, local(2026, 2, 10, 9, 0), 5_000, OrderStatus.CANCELLED),
            _order(6, d, local(2026, 2, 15, 13, 0), 12_000, company=3_000),
            _order(7, e, local(2026, 2, 20, 13, 0), 7_000, OrderStatus.REFUNDED),
            _order(8, c, local(2026, 2, 28, 23, 59), 2_000),
            _order(9, e, local(2026, 3, 1, 0, 10), 3_000),       # March
        ])  # fmt: skip
        package = CateringPackage(name="Conference lunch", price_per_person_rwf=5_000,
                                  min_guests=10, max_guests=200)  # fmt: skip
        s.add(package)
        s.flush()

        def request(number, status, event, estimate, quoted=None):
            return CateringRequest(
                number=f"K-{number}", package_id=package.id, guests=30, event_at=event,
                venue="Hall", contact_name="Organiser", contact_phone="+250788000000",
                status=status, estimate_rwf=estimate, quoted_price_rwf=quoted,
            )  # fmt: skip

        s.add_all([
            request(1, CateringStatus.CONFIRMED, local(2026, 2, 14, 12, 0), 140_000, 150_000),
            request(2, CateringStatus.NEW, local(2026, 2, 20, 12, 0), 80_000),
            request(3, CateringStatus.COMPLETED, local(2026, 1, 30, 12, 0), 90_000, 90_000),
        ])  # fmt: skip
        plan = SubscriptionPlan(
            name="Diabetic week", category=TherapeuticCategory.DIABETIC_FRIENDLY, price_rwf=45_000,
            billing_period=BillingPeriod.MONTHLY, meals_per_day=2,
        )  # fmt: skip
        s.add(plan)
        s.flush()

        def subscription(customer, started, cancelled=None):
            sub = Subscription(customer_id=customer, plan_id=plan.id, starts_on=started.date(),
                               started_at=started, cancelled_at=cancelled)  # fmt: skip
            s.add(sub)
            s.flush()
            return sub

        jan1 = local(2026, 1, 1, 9, 0)
        s1 = subscription(a, jan1, cancelled=local(2026, 2, 10, 9, 0))  # churns in February
        s2 = subscription(b, jan1)  # paused before February
        subscription(c, jan1)  # stays
        subscription(d, local(2026, 2, 5, 9, 0))  # starts in February
        s5 = subscription(e, jan1)  # pauses in February
        s.add_all([
            SubscriptionPause(subscription_id=s2.id, paused_at=local(2026, 1, 20, 9, 0)),
            SubscriptionPause(subscription_id=s5.id, paused_at=local(2026, 2, 3, 9, 0)),
            SubscriptionCharge(subscription_id=s1.id, period_start=date(2026, 2, 5),
                               period_end=date(2026, 3, 5), amount_rwf=45_000,
                               charged_at=local(2026, 2, 5, 8, 0)),
            SubscriptionCharge(subscription_id=s1.id, period_start=date(2026, 1, 5),
                               period_end=date(2026, 2, 5), amount_rwf=45_000,
                               charged_at=local(2026, 1, 28, 8, 0)),
            RevenueTarget(month_start=date(2026, 2, 1), channel="total", amount_rwf=200_000),
            RevenueTarget(month_start=date(2026, 3, 1), channel="total", amount_rwf=310_000),
        ])  # fmt: skip
        uow.commit()


@pytest.fixture
def manager():
    return Actor(None, "manager", "Patrick Habimana", Role.MANAGER)


def test_february_orders_aov_and_channels(uow_factory, hospital, manager):
    summary = bi.bi_summary(uow_factory(), manager, FEBRUARY, AS_OF)
    assert (summary.orders, summary.order_revenue) == (3, 22_000)
    assert summary.aov == Decimal(22_000) / 3
    assert summary.aov * summary.orders == summary.order_revenue
    assert summary.revenue.as_dict() == {
        "orders": 10_000, "corporate": 12_000, "catering": 150_000, "subscriptions": 45_000,
    }  # fmt: skip
    assert summary.revenue.total == 217_000
    assert not summary.provisional


def test_retention_and_churn(uow_factory, hospital, manager):
    summary = bi.bi_summary(uow_factory(), manager, FEBRUARY, AS_OF)
    assert (summary.retention_base, summary.retention_rate) == (3, Decimal(2) / 3)
    assert (summary.churn.active_at_start, summary.churn.churned) == (3, 1)
    assert summary.churn.rate == Decimal(1) / 3
    sub = summary.subscription_churn
    assert (sub.active_at_start, sub.churned, sub.rate) == (3, 1, Decimal(1) / 3)


def test_lifetime_value(uow_factory, hospital, manager):
    summary = bi.bi_summary(uow_factory(), manager, FEBRUARY, AS_OF)
    assert summary.clv_historical_mean == Decimal(9_000)
    assert summary.clv_historical_median == Decimal(6_000)
    assert summary.clv_predictive == Decimal(15_750)


def test_target_attainment(uow_factory, hospital, manager):
    progress = bi.bi_summary(uow_factory(), manager, FEBRUARY, AS_OF).target_progress
    assert progress.target == 200_000
    assert progress.attainment == Decimal("1.085")
    assert progress.projection == Decimal(217_000)


MARCH = Period(date(2026, 3, 1), date(2026, 4, 1))


@pytest.fixture
def april_target(uow_factory):
    with uow_factory() as uow:
        uow.session.add(
            RevenueTarget(month_start=date(2026, 4, 1), channel="total", amount_rwf=300_000)
        )
        uow.commit()


# (period, as_of local) -> months measured, actual, target, days elapsed of days, projection,
# pace, needed per remaining day. March: target 310,000 over 31 days; its only revenue is order
# 9, 3,000 RWF at 00:10 on 1 March. February: 217,000 of 200,000 over 28 days. April: 300,000.
TARGET_MOMENTS = [
    pytest.param(
        MARCH, (2026, 3, 1, 10, 0),
        (MARCH, 3_000, 310_000, 1, 31, Decimal(93_000), Decimal("0.3"), Decimal(307_000) / 30),
        id="first-morning-is-day-1-not-10-hours",
    ),
    pytest.param(
        MARCH, (2026, 3, 20, 14, 0),
        (MARCH, 3_000, 310_000, 20, 31, Decimal(4_650), Decimal("0.015"), Decimal(307_000) / 11),
        id="day-20-counts-20-days-not-19.58",
    ),
    pytest.param(
        MARCH, (2026, 3, 31, 18, 0),
        (MARCH, 3_000, 310_000, 31, 31, Decimal(3_000), Decimal(3_000) / 310_000, None),
        id="last-day",
    ),
    pytest.param(
        FEBRUARY, (2026, 3, 10, 12, 0),
        (FEBRUARY, 217_000, 200_000, 28, 28, Decimal(217_000), Decimal("1.085"), None),
        id="past-month",
    ),
    pytest.param(
        Period(date(2026, 4, 1), date(2026, 5, 1)), (2026, 3, 10, 12, 0),
        (Period(date(2026, 4, 1), date(2026, 5, 1)), 0, 300_000, 0, 30, None, None,
         Decimal(10_000)),
        id="future-month",
    ),
    pytest.param(
        Period(date(2026, 1, 1), date(2026, 4, 1)), (2026, 3, 10, 12, 0),
        (Period(date(2026, 1, 1), date(2026, 4, 1)), 375_000, 510_000, 69, 90,
         Decimal(375_000) * 90 / 69, Decimal(375_000) * 90 / (510_000 * 69),
         Decimal(135_000) / 21),
        id="three-months-to-date",
    ),
    pytest.param(
        Period(date(2026, 2, 10), date(2026, 3, 10)), (2026, 3, 10, 12, 0),
        (Period(date(2026, 2, 1), date(2026, 4, 1)), 220_000, 510_000, 38, 59,
         Decimal(220_000) * 59 / 38, Decimal(220_000) * 59 / (510_000 * 38),
         Decimal(290_000) / 21),
        id="a-part-month-period-is-measured-over-its-whole-months",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("period", "moment", "expected"), TARGET_MOMENTS)
def test_revenue_against_target_counts_whole_days_including_today(
    uow_factory, hospital, april_target, manager, period, moment, expected
):
    as_of = datetime(*moment, tzinfo=KIGALI)
    with uow_factory() as uow:
        progress = bi.target_progress(uow.session, period, as_of, KIGALI)
    assert (
        progress.months, progress.actual, progress.target, progress.days_elapsed,
        progress.days_in_period, progress.projection, progress.pace,
        progress.needed_per_remaining_day,
    ) == expected  # fmt: skip
    attainment = Decimal(progress.actual) / progress.target
    assert progress.attainment == attainment
    # The BI summary, its dashboard and `report bi` show this same computation.
    assert bi.bi_summary(uow_factory(), manager, period, as_of).target_progress == progress
    figures = report.bi_report(uow_factory(), manager, period, as_of)
    projection = None if progress.projection is None else float(round(progress.projection, 6))
    assert (figures["target"], figures["attainment"], figures["projection"]) == (
        progress.target, float(round(attainment, 6)), projection,
    )  # fmt: skip
    assert (figures["days_elapsed"], figures["days_in_target_months"]) == expected[3:5]


def test_empty_period_gives_none_not_zero(uow_factory, manager):
    summary = bi.bi_summary(uow_factory(), manager, FEBRUARY, AS_OF)
    assert summary.orders == 0
    assert summary.aov is None and summary.retention_rate is None and summary.churn.rate is None
    assert summary.clv_historical_mean is None and summary.clv_predictive is None
    progress = summary.target_progress
    assert progress.target is None and progress.attainment is None and progress.pace is None


def test_front_desk_may_not_see_bi(uow_factory):
    desk = Actor(None, "desk", "Desk", Role.FRONT_DESK)
    with pytest.raises(PermissionDenied):
        bi.bi_summary(uow_factory(), desk, FEBRUARY, AS_OF)


def test_report_command_prints_the_same_figures(database_url, hospital, capsys):
    import json

    from dusangire_desktop import cli

    args = ["--database", database_url, "report", "bi", "--from", "2026-02-01",
            "--to", "2026-03-01", "--as-of", "2026-03-10T12:00:00+02:00"]  # fmt: skip
    assert cli.main(args) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["orders"] == 3 and figures["order_revenue"] == 22_000
    assert figures["aov"] == pytest.approx(7333.333333)
    assert figures["retention_rate"] == pytest.approx(2 / 3, abs=1e-6)
    assert figures["churn_rate"] == pytest.approx(1 / 3, abs=1e-6)
    assert figures["clv_historical_mean"] == 9000 and figures["clv_predictive"] == 15750
    assert figures["revenue_by_channel"] == {
        "orders": 10_000,
        "corporate": 12_000,
        "catering": 150_000,
        "subscriptions": 45_000,
    }
    assert (figures["revenue_total"], figures["target"]) == (217_000, 200_000)
    assert figures["attainment"] == pytest.approx(1.085)
    assert cli.main([*args, "--format", "csv"]) == 0
    assert "revenue_by_channel.catering,150000" in capsys.readouterr().out


def test_report_command_refuses_a_backwards_period(database_url, hospital, capsys):
    from dusangire_desktop import cli

    args = [
        "--database",
        database_url,
        "report",
        "bi",
        "--from",
        "2026-03-01",
        "--to",
        "2026-02-01",
    ]
    assert cli.main(args) == 2
    assert "must end after it starts" in capsys.readouterr().err


def test_monthly_series_agrees_with_the_summary(uow_factory, hospital, manager):
    from dusangire_desktop.services.analytics import series

    months = series.last_months(uow_factory(), manager, 3, AS_OF)
    assert [m.month for m in months] == [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]
    january, february, march = months
    assert (january.orders, january.order_revenue, january.catering) == (3, 20_000, 90_000)
    assert (february.orders, february.order_revenue, february.aov) == (
        3,
        22_000,
        Decimal(22_000) / 3,
    )
    assert (february.regular, february.corporate) == (10_000, 12_000)
    assert (february.catering, february.subscriptions, february.total) == (150_000, 45_000, 217_000)
    assert (february.target, february.provisional) == (200_000, False)
    assert (march.orders, march.total, march.target, march.provisional) == (1, 3_000, 310_000, True)


def test_cohort_retention(uow_factory, hospital, manager):
    from dusangire_desktop.services.analytics import series

    table = series.last_months_cohorts(uow_factory(), manager, 4, AS_OF)
    assert table.months == [date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]
    # January cohort: A, B, C. February: D (E's only February order was refunded). March: E.
    assert table.sizes == [0, 3, 1, 1]
    assert table.shares[0] == [None, None, None, None]
    assert table.shares[1] == [Decimal(1), Decimal(2) / 3, Decimal(0)]
    assert table.shares[2] == [Decimal(1), Decimal(0)]
    assert table.shares[3] == [Decimal(1)]
