"""Meal packages: plans by category, subscribe, pause and resume, cancel, charges never twice."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime

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

from ...ordering_world import kitchen  # noqa: F401

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
