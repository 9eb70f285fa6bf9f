"""Meals, cut-offs and trays: one tray per patient per meal, late trays, guests, the kitchen."""

from __future__ import annotations

from datetime import date

import pytest

from dusangire_desktop.models.food_service import TrayStatus
from dusangire_desktop.models.subscriptions import TherapeuticCategory
from dusangire_desktop.services import orders
from dusangire_desktop.services.errors import PermissionDenied, ValidationError
from dusangire_desktop.services.food_service import diet_orders, meals, rounds, stays, trays
from dusangire_desktop.services.food_service.diet_orders import DietOrderInput
from dusangire_desktop.services.food_service.trays import DuplicateTray, MealRequest
from dusangire_desktop.services.menu import MealPeriod
from dusangire_desktop.services.orders import OrderStatus

from ...races import race

TUESDAY = date(2026, 3, 3)


def _lunch(uow_factory, ward, stay, customer, *items, **request):
    return trays.order_meal(
        uow_factory(),
        ward.desk,
        MealRequest(stay, customer, **request),
        ward.lines(*items),
        ward.cash(),
    )


def test_the_order_screen_is_told_how_long_is_left_for_the_meal(uow_factory, ward, clock):
    clock.set_local(2026, 3, 3, 10, 0)
    surgical = meals.meal_clock(uow_factory(), ward.desk, "Surgical")
    maternity = meals.meal_clock(uow_factory(), ward.desk, "Maternity")
    assert (surgical.current.meal, surgical.minutes_left) == (MealPeriod.LUNCH, 30)
    assert maternity.minutes_left == 60  # its own lunch cut-off, 11:00


def test_after_the_cut_off_an_order_needs_the_next_meal_or_a_late_tray(uow_factory, ward, clock):
    clock.set_local(2026, 3, 3, 10, 45)
    with pytest.raises(
        ValidationError,
        match="Lunch orders for Surgical closed at 10:30. Send "
        r"it with snack \(Tue 03 Mar\), or ask for a late tray",
    ) as refused:
        _lunch(uow_factory, ward, ward.jean_stay, ward.jean, ward.isombe, meal=MealPeriod.LUNCH)
    assert refused.value.field == "cutoff"
    # Maternity's lunch closes at 11:00.
    assert (
        _lunch(
            uow_factory, ward, ward.jeanne_stay, ward.jeanne, ward.isombe, meal=MealPeriod.LUNCH
        ).tray.meal
        == MealPeriod.LUNCH
    )
    nxt = _lunch(
        uow_factory,
        ward,
        ward.jean_stay,
        ward.jean,
        ward.isombe,
        meal=MealPeriod.LUNCH,
        next_meal=True,
    )
    assert nxt.tray.meal == MealPeriod.SNACK


def test_a_late_tray_waits_for_a_manager_who_approves_it_with_a_reason(uow_factory, ward, clock):
    clock.set_local(2026, 3, 3, 10, 45)
    late = _lunch(
        uow_factory,
        ward,
        ward.jean_stay,
        ward.jean,
        ward.isombe,
        meal=MealPeriod.LUNCH,
        late_reason="back from theatre",
    )
    assert (late.tray.status, late.tray.late) == (TrayStatus.AWAITING_APPROVAL, True)
    assert rounds.kitchen_counts(uow_factory(), ward.desk, TUESDAY, "lunch").total == 0
    with pytest.raises(ValidationError, match="waits for a manager"):
        trays.advance_tray(
            uow_factory(), ward.desk, late.tray.id, late.tray.version, TrayStatus.PREPARED
        )
    with pytest.raises(PermissionDenied):
        trays.approve_late_tray(
            uow_factory(), ward.desk, late.tray.id, late.tray.version, "fine by me"
        )
    with pytest.raises(ValidationError, match="why the late tray"):
        trays.approve_late_tray(uow_factory(), ward.manager, late.tray.id, late.tray.version, "")
    approved = trays.approve_late_tray(
        uow_factory(), ward.manager, late.tray.id, late.tray.version, "surgery ran over"
    )
    assert (approved.status, approved.approved_by) == (TrayStatus.ORDERED, "Patrick Kagame")
    assert rounds.kitchen_counts(uow_factory(), ward.desk, TUESDAY, "lunch").total == 1


def test_a_second_tray_for_the_same_meal_needs_confirmation(uow_factory, ward):
    first = _lunch(uow_factory, ward, ward.jean_stay, ward.jean, ward.isombe)
    with pytest.raises(
        DuplicateTray,
        match=f"already has a lunch tray for Tue 03 Mar \\(order {first.order.summary.number}\\)",
    ):
        _lunch(uow_factory, ward, ward.jean_stay, ward.jean, ward.porridge)
    second = _lunch(
        uow_factory,
        ward,
        ward.jean_stay,
        ward.jean,
        ward.porridge,
        duplicate_reason="first tray dropped",
    )
    assert second.tray.meal == MealPeriod.LUNCH
    # A cancelled tray no longer counts: the one the patient still has is named.
    orders.cancel(
        uow_factory(),
        ward.manager,
        first.order.summary.id,
        first.order.summary.version,
        "changed mind",
        orders.RefundInput(orders.PaymentMethod.CASH),
    )
    with pytest.raises(DuplicateTray, match=f"order {second.order.summary.number}"):
        _lunch(uow_factory, ward, ward.jean_stay, ward.jean, ward.isombe)


def test_guest_trays_on_the_patients_account_stay_within_the_limit(uow_factory, ward):
    charged = _lunch(uow_factory, ward, ward.jean_stay, ward.visitor, ward.isombe, on_account=True)
    assert (charged.tray.for_guest, charged.tray.on_account) == (True, True)
    assert charged.order.payments == ()
    assert (charged.order.summary.ward, charged.order.summary.bed) == ("Surgical", "4")
    with pytest.raises(ValidationError, match="already carries 1 guest tray for this lunch"):
        _lunch(uow_factory, ward, ward.jean_stay, ward.visitor, ward.isombe, on_account=True)
    paid = _lunch(uow_factory, ward, ward.jean_stay, ward.visitor, ward.isombe)
    assert paid.order.customer_paid_rwf == 3500


def test_tray_status_carries_the_order_and_lateness_is_measured(uow_factory, ward, clock):
    tray = _lunch(uow_factory, ward, ward.jean_stay, ward.jean, ward.isombe).tray
    other = _lunch(uow_factory, ward, ward.jeanne_stay, ward.jeanne, ward.isombe).tray
    assert tray.due_at == meals_due(12, 45)
    clock.set_local(2026, 3, 3, 12, 10)
    tray = trays.advance_tray(uow_factory(), ward.desk, tray.id, tray.version, TrayStatus.PREPARED)
    tray = trays.advance_tray(uow_factory(), ward.desk, tray.id, tray.version, TrayStatus.SENT)
    clock.set_local(2026, 3, 3, 13, 0)
    tray = trays.advance_tray(uow_factory(), ward.desk, tray.id, tray.version, TrayStatus.DELIVERED)
    assert tray.late_by_minutes(clock.now) == 15
    order = orders.get_order(uow_factory(), ward.desk, tray.order_id)
    assert order.summary.status == OrderStatus.DELIVERED
    lateness = rounds.tray_lateness(uow_factory(), ward.desk, TUESDAY)
    assert (
        lateness.trays,
        lateness.delivered,
        lateness.delivered_late,
        lateness.overdue_now,
        lateness.worst_minutes_late,
    ) == (2, 1, 1, 1, 15)
    assert other.id


def meals_due(hour: int, minute: int):  # type: ignore[no-untyped-def]
    from datetime import datetime

    from tests.conftest import KIGALI

    return datetime(2026, 3, 3, hour, minute, tzinfo=KIGALI)


def test_round_sheet_shows_who_has_not_ordered_who_is_npo_and_high_risk(
    uow_factory, ward, desk_two
):
    diet_orders.write_diet_order(
        uow_factory(),
        ward.nutritionist,
        ward.jean_stay,
        DietOrderInput(diets=(TherapeuticCategory.DIABETIC_FRIENDLY,), texture="4", drink_level=2),
    )
    _lunch(uow_factory, ward, ward.jeanne_stay, ward.jeanne, ward.isombe)
    sheet = rounds.round_sheet(uow_factory(), ward.desk, TUESDAY, "lunch")
    rows = {r.patient: r for r in sheet.rows}
    assert [r.patient for r in sheet.rows] == [
        "Jean Bosco Nshimiyimana",
        "Jeanne Uwera",
        "Ange Mutesi",
    ]
    jean = rows["Jean Bosco Nshimiyimana"]
    assert (jean.no_order, jean.high_risk, jean.texture, jean.drink) == (
        True,
        True,
        "4 puréed",
        "2 mildly thick",
    )
    assert rows["Jeanne Uwera"].ordered == "Isombe n'umuceri"
    assert rows["Ange Mutesi"].npo.startswith("until 03 Mar 14:00 (surgery)")
    assert not rows["Ange Mutesi"].no_order
    assert [r.patient for r in sheet.not_ordered] == ["Jean Bosco Nshimiyimana"]
    only = rounds.round_sheet(uow_factory(), ward.desk, TUESDAY, "lunch", ward="Maternity")
    assert [r.patient for r in only.rows] == ["Jeanne Uwera"]


@pytest.fixture
def desk_two(uow_factory, ward, admin):
    """A third patient, NPO, on Paediatrics."""
    from datetime import UTC, datetime

    from dusangire_desktop.services import customers
    from dusangire_desktop.services.customers import CustomerInput, CustomerKind

    ange = customers.create_customer(
        uow_factory(),
        admin,
        CustomerInput(CustomerKind.PATIENT, "Ange Mutesi", ward="Paediatrics", bed="2"),
    ).id
    stay = stays.admit(uow_factory(), ward.desk, ange, "Paediatrics", "2").id
    diet_orders.write_diet_order(
        uow_factory(),
        ward.nutritionist,
        stay,
        DietOrderInput(
            npo=True, npo_reason="surgery", npo_until=datetime(2026, 3, 3, 12, tzinfo=UTC)
        ),
    )
    return stay


def test_kitchen_counts_and_tickets_follow_texture_ward_and_delivery_order(uow_factory, ward):
    diet_orders.write_diet_order(
        uow_factory(), ward.nutritionist, ward.jean_stay, DietOrderInput(texture="4")
    )
    stays.transfer(uow_factory(), ward.desk, ward.jean_stay, 1, "Maternity", "3")
    _lunch(uow_factory, ward, ward.jeanne_stay, ward.jeanne, ward.porridge)
    _lunch(uow_factory, ward, ward.jean_stay, ward.jean, ward.porridge)
    _lunch(uow_factory, ward, ward.jean_stay, ward.visitor, ward.isombe)
    counts = rounds.kitchen_counts(uow_factory(), ward.desk, TUESDAY, "lunch")
    assert [(r.dish, r.texture, r.ward, r.quantity) for r in counts.rows] == [
        ("Isombe n'umuceri", "7 regular", "Maternity", 1),
        ("Sorghum porridge", "4 puréed", "Maternity", 1),
        ("Sorghum porridge", "7 regular", "Maternity", 1),
    ]
    assert counts.by_dish == {"Isombe n'umuceri": 1, "Sorghum porridge": 2}
    tickets = rounds.tray_tickets(uow_factory(), ward.desk, TUESDAY, "lunch")
    assert [(t.bed, t.patient, t.guest) for t in tickets] == [
        ("3", "Jean Bosco Nshimiyimana", False),
        ("3", "Jean Bosco Nshimiyimana", True),
        ("12A", "Jeanne Uwera", False),
    ]
    assert tickets[2].allergens == (trays_allergen("peanuts"),)


def trays_allergen(value: str):  # type: ignore[no-untyped-def]
    from dusangire_desktop.models.menu import Allergen

    return Allergen(value)


def test_a_meal_name_outside_the_list_is_refused(uow_factory, ward):
    with pytest.raises(ValidationError, match="breakfast, lunch, snack or dinner"):
        rounds.kitchen_counts(uow_factory(), ward.desk, TUESDAY, "supper")


def test_two_desks_ordering_the_same_patients_meal_make_one_tray(pg_uow_factory, admin_pg_ward):
    ward = admin_pg_ward

    def order(_desk: int):  # type: ignore[no-untyped-def]
        return trays.order_meal(
            pg_uow_factory(),
            ward.desk,
            MealRequest(ward.jean_stay, ward.jean),
            ward.lines(ward.isombe),
            ward.cash(),
        )

    outcomes = race(order, [1, 2])
    assert sum(o.ok for o in outcomes) == 1
    refused = [o.error for o in outcomes if not o.ok]
    assert isinstance(refused[0], DuplicateTray)
    assert "confirm it with a reason" in str(refused[0])
    assert len(trays.trays_for(pg_uow_factory(), ward.desk, TUESDAY, MealPeriod.LUNCH)) == 1


@pytest.fixture
def admin_pg_ward(pg_uow_factory, request):  # type: ignore[no-untyped-def]
    """The ward world on PostgreSQL only, for the race."""
    from dusangire_desktop.services import accounts

    from ...conftest import ADMIN_PASSWORD
    from ...ward_world import ward as build

    admin = accounts.create_first_administrator(
        pg_uow_factory(), "admin", "Aline Uwase", ADMIN_PASSWORD
    )
    return build.__wrapped__(pg_uow_factory, admin)


def test_a_tray_ordered_ahead_is_late_only_once_its_meal_is_due(uow_factory, ward, clock):
    from dusangire_desktop.services import targets

    clock.set_local(2026, 3, 3, 8, 0)  # lunch ordered on the morning round, served from 12:00
    placed = _lunch(uow_factory, ward, ward.jean_stay, ward.jean, ward.isombe,
                    meal=MealPeriod.LUNCH)  # fmt: skip
    clock.set_local(2026, 3, 3, 11, 0)
    (row,) = orders.list_orders(uow_factory(), ward.desk, statuses=(OrderStatus.PLACED,)).orders
    assert row.id == placed.tray.order_id and row.due_at == placed.tray.due_at
    late = lambda: targets.is_late(row.status, row.fulfilment, row.placed_at, clock.now, row.due_at)  # noqa: E731
    assert not late()  # three hours after placing, but lunch is not yet due
    clock.set_local(2026, 3, 3, 12, 50)  # due 12:45 (served from 12:00, 45 minutes to deliver)
    assert late()
    prepared = orders.advance(uow_factory(), ward.desk, row.id, row.version, OrderStatus.PREPARING)
    assert prepared.due_at == row.due_at
