"""Catering: one price from form to quote to report; life cycle with who and when."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from dusangire_desktop.services import catering
from dusangire_desktop.services.catering import (
    AddonPricing,
    CateringStatus,
    PackageInput,
    RequestInput,
)
from dusangire_desktop.services.errors import Conflict, ValidationError

from ..conftest import KIGALI


@pytest.fixture
def package(uow_factory, admin):
    p = catering.save_package(
        uow_factory(),
        admin,
        PackageInput(
            "Conference lunch",
            5000,
            20,
            300,
            setup_fee_rwf=50_000,
            large_group_min_guests=100,
            large_group_price_per_person_rwf=4500,
        ),
    )
    catering.save_addon(uow_factory(), admin, p.id, "Fresh juice", AddonPricing.PER_PERSON, 800)
    return catering.save_addon(
        uow_factory(), admin, p.id, "Sound system", AddonPricing.FLAT, 40_000
    )


def event(days=5, hour=12):
    return datetime(2026, 3, 3 + days, hour, 0, tzinfo=KIGALI).astimezone(UTC)


def request(package, guests=50, at=None, phone="0788555000", addons=None):
    return RequestInput(
        package.id,
        guests,
        at or event(),
        "Hall B, King Faisal Hospital",
        "Immaculée Nyirahabimana",
        phone,
        "Rwanda Heart Foundation",
        addon_ids=tuple(a.id for a in package.addons) if addons is None else addons,
    )


def test_estimate_with_tier_and_add_ons(uow_factory, admin, package):
    small = catering.estimate(
        uow_factory(), admin, package.id, 50, tuple(a.id for a in package.addons)
    )
    assert [(line.label, line.amount_rwf) for line in small.lines] == [
        ("50 guests × 5,000 RWF", 250_000),
        ("Setup", 50_000),
        ("Fresh juice: 50 × 800 RWF", 40_000),
        ("Sound system", 40_000),
    ]
    assert small.total_rwf == 380_000
    large = catering.estimate(uow_factory(), admin, package.id, 120)
    assert (large.lines[0].label, large.lines[0].amount_rwf) == (
        "120 guests × 4,500 RWF (large-group rate)",
        540_000,
    )
    assert large.total_rwf == 590_000


def test_quote_freezes_the_price(uow_factory, admin, package):
    r = catering.create_request(uow_factory(), admin, request(package))
    assert (r.number, r.status, r.estimate_rwf) == ("K-00001", CateringStatus.NEW, 380_000)
    catering.save_package(
        uow_factory(),
        admin,
        PackageInput("Conference lunch", 6000, 20, 300, setup_fee_rwf=50_000),
        package.id,
    )
    quoted = catering.advance(uow_factory(), admin, r.id, r.version, CateringStatus.QUOTED)
    assert quoted.quoted_price_rwf == 380_000
    confirmed = catering.advance(
        uow_factory(), admin, quoted.id, quoted.version, CateringStatus.CONFIRMED
    )
    assert [s.step for s in confirmed.history] == ["requested", "quoted", "confirmed"]
    assert {s.who for s in confirmed.history} == {admin.full_name}
    with pytest.raises(ValidationError, match="not happened yet"):
        catering.advance(
            uow_factory(), admin, confirmed.id, confirmed.version, CateringStatus.COMPLETED
        )


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"guests": 10}, "guests", "for 20 to 300 guests, not 10"),
        ({"guests": 400}, "guests", "not 400"),
        ({"at": datetime(2026, 3, 1, 12, tzinfo=UTC)}, "event_at", "at least 48 hours"),
        ({"at": datetime(2026, 3, 4, 12, tzinfo=UTC)}, "event_at", "at least 48 hours"),
        ({"phone": ""}, "contact_phone", "phone"),
        ({"phone": "12"}, "contact_phone", "not a Rwandan mobile number"),
    ],
)
def test_bad_requests(uow_factory, admin, package, data, field, message):
    with pytest.raises(ValidationError, match=message) as error:
        catering.create_request(uow_factory(), admin, request(package, **data))
    assert error.value.field == field
    assert catering.list_requests(uow_factory(), admin) == []


def test_cancel_needs_a_reason_and_stale_screens_are_refused(uow_factory, admin, package):
    r = catering.create_request(uow_factory(), admin, request(package))
    with pytest.raises(ValidationError, match="reason"):
        catering.advance(uow_factory(), admin, r.id, r.version, CateringStatus.CANCELLED)
    done = catering.advance(
        uow_factory(), admin, r.id, r.version, CateringStatus.CANCELLED, reason="Event postponed"
    )
    assert done.cancel_reason == "Event postponed"
    with pytest.raises(Conflict, match="changed at another desk"):
        catering.advance(uow_factory(), admin, r.id, r.version, CateringStatus.QUOTED)


def test_completed_after_the_event(uow_factory, admin, package, clock):
    r = catering.create_request(uow_factory(), admin, request(package))
    r = catering.advance(uow_factory(), admin, r.id, r.version, CateringStatus.QUOTED, 350_000)
    r = catering.advance(uow_factory(), admin, r.id, r.version, CateringStatus.CONFIRMED)
    clock.now = event() + timedelta(hours=5)
    r = catering.advance(uow_factory(), admin, r.id, r.version, CateringStatus.COMPLETED)
    assert (r.status, r.quoted_price_rwf) == (CateringStatus.COMPLETED, 350_000)
