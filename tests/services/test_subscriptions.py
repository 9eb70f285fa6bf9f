"""Meal packages: plans by category, subscribe, pause and resume, cancel, charges never twice."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, time
from itertools import pairwise

import pytest
from sqlalchemy import func, select

from dusangire_desktop.models.subscriptions import SubscriptionCharge
from dusangire_desktop.services import subscriptions
from dusangire_desktop.services.errors import ValidationError
from dusangire_desktop.services.subscriptions import (
    BillingPeriod,
    PlanInput,
    SubscriptionStatus,
    TherapeuticCategory,
)

from ..ordering_world import kitchen  # noqa: F401

C = TherapeuticCategory


@pytest.fixture
def plans(uow_factory, admin):
    made = {}
    for name, category, price, period in (
        ("Keto week", C.KETO, 35_000, BillingPeriod.WEEKLY),
        ("Diabetic month", C.DIABETIC_FRIENDLY, 120_000, BillingPeriod.MONTHLY),
        ("Renal month", C.RENAL, 140_000, BillingPeriod.MONTHLY),
        ("Detox week", C.DETOX, 30_000, BillingPeriod.WEEKLY),
    ):
        made[name] = subscriptions.save_plan(
            uow_factory(), admin, PlanInput(name, category, price, period, 3)
        )
    return made


def test_filter_by_several_categories_and_price(uow_factory, admin, plans):
    found = subscriptions.list_plans(
        uow_factory(), admin, frozenset({C.KETO, C.RENAL, C.DETOX}), max_price_rwf=100_000
    )
    assert [p.name for p in found] == ["Keto week", "Detox week"] or sorted(
        p.name for p in found
    ) == ["Detox week", "Keto week"]


def test_subscribe_pause_resume_cancel(uow_factory, admin, plans, kitchen):  # noqa: F811
    sub = subscriptions.subscribe(
        uow_factory(), admin, kitchen.patient, plans["Keto week"].id, date(2026, 3, 3)
    )
    sub = subscriptions.pause(uow_factory(), admin, sub.id, sub.version, "In theatre")
    assert sub.status == SubscriptionStatus.PAUSED
    with pytest.raises(ValidationError, match="Only an active subscription"):
        subscriptions.pause(uow_factory(), admin, sub.id, sub.version)
    sub = subscriptions.resume(uow_factory(), admin, sub.id, sub.version)
    sub = subscriptions.cancel(uow_factory(), admin, sub.id, sub.version, "Discharged")
    with pytest.raises(ValidationError, match="Only an active subscription"):
        subscriptions.pause(uow_factory(), admin, sub.id, sub.version)
    assert [
        s.status
        for s in subscriptions.customer_subscriptions(uow_factory(), admin, kitchen.patient)
    ] == [SubscriptionStatus.CANCELLED]


def test_bad_subscriptions(uow_factory, admin, plans, kitchen):  # noqa: F811
    with pytest.raises(ValidationError, match="today or later") as error:
        subscriptions.subscribe(
            uow_factory(), admin, kitchen.patient, plans["Keto week"].id, date(2026, 3, 1)
        )
    assert error.value.field == "starts_on"
    subscriptions.subscribe(
        uow_factory(), admin, kitchen.patient, plans["Keto week"].id, date(2026, 3, 3)
    )
    with pytest.raises(ValidationError, match="already subscribes"):
        subscriptions.subscribe(
            uow_factory(), admin, kitchen.patient, plans["Keto week"].id, date(2026, 3, 5)
        )


def test_charges_per_period_skip_paused_and_never_twice(
    uow_factory,
    admin,
    plans,
    kitchen,  # noqa: F811
    clock,
):
    weekly = subscriptions.subscribe(
        uow_factory(), admin, kitchen.patient, plans["Keto week"].id, date(2026, 3, 3)
    )
    paused = subscriptions.subscribe(
        uow_factory(), admin, kitchen.visitor, plans["Detox week"].id, date(2026, 3, 3)
    )
    subscriptions.pause(uow_factory(), admin, paused.id, paused.version)
    as_of = datetime(2026, 3, 20, 10, tzinfo=UTC)
    assert subscriptions.charge_due(uow_factory(), admin, as_of) == 3  # 3, 10, 17 March
    assert subscriptions.charge_due(uow_factory(), admin, as_of) == 0
    listed = subscriptions.customer_subscriptions(uow_factory(), admin, kitchen.patient)
    assert listed[0].charged_rwf == 105_000
    assert weekly.id == listed[0].id


def test_two_desks_charging_at_once_charge_once(uow_factory, admin, plans, kitchen):  # noqa: F811
    subscriptions.subscribe(
        uow_factory(), admin, kitchen.patient, plans["Diabetic month"].id, date(2026, 3, 3)
    )
    barrier = threading.Barrier(4)
    results = []

    def desk():
        barrier.wait()
        results.append(
            subscriptions.charge_due(uow_factory(), admin, datetime(2026, 6, 10, tzinfo=UTC))
        )

    threads = [threading.Thread(target=desk) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(results) == 4  # 3 Mar, 3 Apr, 3 May, 3 Jun — each once
    with uow_factory() as uow:
        assert uow.session.scalar(select(func.count()).select_from(SubscriptionCharge)) == 4


def _charged_periods(uow_factory, subscription_id):
    with uow_factory() as uow:
        return [
            (row.period_start, row.period_end)
            for row in uow.session.scalars(
                select(SubscriptionCharge)
                .where(SubscriptionCharge.subscription_id == subscription_id)
                .order_by(SubscriptionCharge.period_start)
            )
        ]


def test_weeks_that_begin_while_paused_are_never_charged(
    uow_factory,
    admin,
    plans,
    kitchen,  # noqa: F811
    clock,
):
    clock.set_local(2026, 7, 1, 8, 0)
    sub = subscriptions.subscribe(
        uow_factory(), admin, kitchen.patient, plans["Keto week"].id, date(2026, 7, 1)
    )
    clock.set_local(2026, 7, 2, 10, 0)
    sub = subscriptions.pause(uow_factory(), admin, sub.id, sub.version, "In theatre")
    clock.set_local(2026, 7, 20, 10, 0)
    sub = subscriptions.resume(uow_factory(), admin, sub.id, sub.version)
    assert subscriptions.charge_due(uow_factory(), admin, clock.now) == 1  # not 8 and 15 July
    clock.set_local(2026, 7, 29, 9, 0)
    assert subscriptions.charge_due(uow_factory(), admin, clock.now) == 2
    assert subscriptions.charge_due(uow_factory(), admin, clock.now) == 0
    assert _charged_periods(uow_factory, sub.id) == [
        (date(2026, 7, 1), date(2026, 7, 8)),
        (date(2026, 7, 22), date(2026, 7, 29)),
        (date(2026, 7, 29), date(2026, 8, 5)),
    ]
    listed = subscriptions.customer_subscriptions(uow_factory(), admin, kitchen.patient)
    assert listed[0].charged_rwf == 3 * 35_000


def test_charging_during_a_pause_bills_the_week_begun_before_it(
    uow_factory,
    admin,
    plans,
    kitchen,  # noqa: F811
    clock,
):
    clock.set_local(2026, 7, 1, 8, 0)
    sub = subscriptions.subscribe(
        uow_factory(), admin, kitchen.patient, plans["Keto week"].id, date(2026, 7, 1)
    )
    clock.set_local(2026, 7, 2, 10, 0)
    sub = subscriptions.pause(uow_factory(), admin, sub.id, sub.version)
    clock.set_local(2026, 7, 10, 9, 0)
    assert subscriptions.charge_due(uow_factory(), admin, clock.now) == 1
    clock.set_local(2026, 7, 20, 10, 0)
    subscriptions.resume(uow_factory(), admin, sub.id, sub.version)
    assert subscriptions.charge_due(uow_factory(), admin, clock.now) == 0
    assert _charged_periods(uow_factory, sub.id) == [(date(2026, 7, 1), date(2026, 7, 8))]


def test_a_pause_and_resume_within_one_week_charge_that_week_once(
    uow_factory,
    admin,
    plans,
    kitchen,  # noqa: F811
    clock,
):
    sub = subscriptions.subscribe(
        uow_factory(), admin, kitchen.patient, plans["Keto week"].id, date(2026, 3, 3)
    )
    clock.set_local(2026, 3, 4, 9, 0)
    sub = subscriptions.pause(uow_factory(), admin, sub.id, sub.version)
    clock.set_local(2026, 3, 6, 9, 0)
    sub = subscriptions.resume(uow_factory(), admin, sub.id, sub.version)
    clock.set_local(2026, 3, 10, 0, 0)  # the next week begins at midnight, the desk is active
    assert subscriptions.charge_due(uow_factory(), admin, clock.now) == 2
    assert [start for start, _end in _charged_periods(uow_factory, sub.id)] == [
        date(2026, 3, 3),
        date(2026, 3, 10),
    ]


def test_a_cancelled_package_is_charged_for_the_weeks_begun_before_cancelling(
    uow_factory,
    admin,
    plans,
    kitchen,  # noqa: F811
    clock,
):
    sub = subscriptions.subscribe(
        uow_factory(), admin, kitchen.patient, plans["Keto week"].id, date(2026, 3, 3)
    )
    clock.set_local(2026, 3, 12, 9, 0)
    subscriptions.cancel(uow_factory(), admin, sub.id, sub.version, "Discharged")
    clock.set_local(2026, 3, 30, 9, 0)
    assert subscriptions.charge_due(uow_factory(), admin, clock.now) == 2
    assert [start for start, _end in _charged_periods(uow_factory, sub.id)] == [
        date(2026, 3, 3),
        date(2026, 3, 10),
    ]


@pytest.mark.parametrize(
    ("starts_on", "expected"),
    [
        ("2026-01-29", ["01-29", "02-28", "03-29", "04-29", "05-29"]),
        ("2026-01-30", ["01-30", "02-28", "03-30", "04-30", "05-30"]),
        ("2026-01-31", ["01-31", "02-28", "03-31", "04-30", "05-31"]),
        ("2028-01-30", ["01-30", "02-29", "03-30", "04-30", "05-30"]),  # leap year
        ("2028-01-31", ["01-31", "02-29", "03-31", "04-30", "05-31"]),
        ("2027-12-31", ["12-31", "01-31", "02-29", "03-31", "04-30"]),  # into a leap year
    ],
)
def test_monthly_periods_keep_the_day_they_started_on(
    uow_factory,
    admin,
    plans,
    kitchen,  # noqa: F811
    clock,
    starts_on,
    expected,
):
    first = date.fromisoformat(starts_on)
    clock.set_local(first.year, first.month, first.day, 8, 0)
    sub = subscriptions.subscribe(
        uow_factory(), admin, kitchen.patient, plans["Diabetic month"].id, first
    )
    sixth_month = date(first.year + first.month // 12, first.month % 12 + 5, 1)
    as_of = datetime.combine(sixth_month, time(12), UTC)  # five periods have begun
    assert subscriptions.charge_due(uow_factory(), admin, as_of) == 5
    periods = _charged_periods(uow_factory, sub.id)
    assert [start.strftime("%m-%d") for start, _end in periods] == expected
    assert all(end == following for (_s, end), (following, _e) in pairwise(periods))


def test_a_package_started_on_29_february_bills_on_the_29th_and_the_28th(
    uow_factory,
    admin,
    plans,
    kitchen,  # noqa: F811
    clock,
):
    clock.set_local(2028, 2, 29, 8, 0)
    sub = subscriptions.subscribe(
        uow_factory(), admin, kitchen.patient, plans["Diabetic month"].id, date(2028, 2, 29)
    )
    assert subscriptions.charge_due(uow_factory(), admin, datetime(2029, 3, 30, tzinfo=UTC)) == 14
    starts = [start for start, _end in _charged_periods(uow_factory, sub.id)]
    assert starts[:3] == [date(2028, 2, 29), date(2028, 3, 29), date(2028, 4, 29)]
    assert starts[-3:] == [date(2029, 1, 29), date(2029, 2, 28), date(2029, 3, 29)]
