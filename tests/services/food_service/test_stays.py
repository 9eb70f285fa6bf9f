"""Admission, transfer and discharge: who lies where, and what discharge undoes."""

from __future__ import annotations

import pytest

from dusangire_desktop.services import customers, orders
from dusangire_desktop.services.errors import Conflict, ValidationError
from dusangire_desktop.services.food_service import patient_account, stays, trays
from dusangire_desktop.services.food_service.patient_account import SettlementInput
from dusangire_desktop.services.food_service.trays import MealRequest
from dusangire_desktop.services.menu import MealPeriod
from dusangire_desktop.services.orders import DeliveryInput, Fulfilment, OrderStatus, PaymentMethod


def test_the_customer_record_shows_the_current_stay(uow_factory, ward):
    stay = stays.current_stay(uow_factory(), ward.desk, ward.jean)
    assert stay is not None and stay.place == "Surgical · 4"
    assert stays.current_stay(uow_factory(), ward.desk, ward.visitor) is None


def test_a_bed_holds_one_patient_and_the_refusal_says_who_is_there(uow_factory, ward):
    with pytest.raises(Conflict, match="Bed 4 on Surgical is occupied by Jean Bosco Nshimiyimana"):
        stays.admit(uow_factory(), ward.desk, ward.visitor, "Surgical", "4")


def test_a_patient_already_admitted_is_transferred_not_admitted_again(uow_factory, ward):
    with pytest.raises(Conflict, match="already admitted to Surgical · 4"):
        stays.admit(uow_factory(), ward.desk, ward.jean, "Paediatrics", "1")


def test_transfer_to_an_occupied_bed_is_refused(uow_factory, ward):
    stay = stays.current_stay(uow_factory(), ward.desk, ward.jean)
    with pytest.raises(Conflict, match="occupied by Jeanne Uwera"):
        stays.transfer(uow_factory(), ward.desk, stay.id, stay.version, "Maternity", "12A")


def test_transfer_reroutes_pending_trays_and_keeps_the_move(uow_factory, ward):
    placed = trays.order_meal(
        uow_factory(),
        ward.desk,
        MealRequest(ward.jean_stay, ward.jean),
        ward.lines(ward.isombe),
        ward.cash(),
    )
    stay = stays.current_stay(uow_factory(), ward.desk, ward.jean)
    moved = stays.transfer(uow_factory(), ward.desk, stay.id, stay.version, "Paediatrics", "7")
    assert moved.place == "Paediatrics · 7"
    order = orders.get_order(uow_factory(), ward.desk, placed.order.summary.id)
    assert (order.summary.ward, order.summary.bed) == ("Paediatrics", "7")
    history = stays.moves(uow_factory(), ward.desk, stay.id)
    assert [(m.from_place, m.to_place, m.moved_by) for m in history] == [
        ("Surgical · 4", "Paediatrics · 7", "Claudine Mukeshimana")
    ]
    customer = customers.get_customer(uow_factory(), ward.desk, ward.jean)
    assert (customer.ward, customer.bed) == ("Paediatrics", "7")


def test_an_ordinary_order_to_an_occupied_bed_names_who_is_there(uow_factory, ward):
    with pytest.raises(ValidationError, match="occupied by Jean Bosco Nshimiyimana"):
        orders.place_order(
            uow_factory(),
            ward.desk,
            customer_id=ward.visitor,
            lines=ward.lines(ward.isombe),
            payment=ward.cash(),
            delivery=DeliveryInput(Fulfilment.DELIVERY, "Surgical", "4"),
        )


def test_discharge_cancels_future_deliveries_settles_the_account_and_only_once(
    uow_factory, ward, clock
):
    guest_lunch = trays.order_meal(
        uow_factory(),
        ward.desk,
        MealRequest(ward.jean_stay, ward.visitor, on_account=True),
        ward.lines(ward.brochette),
        ward.cash(),
    )
    dinner = trays.order_meal(
        uow_factory(),
        ward.desk,
        MealRequest(ward.jean_stay, ward.jean, meal=MealPeriod.DINNER),
        ward.lines(ward.isombe),
        ward.cash(),
    )
    clock.set_local(2026, 3, 3, 13, 0)  # lunch has been served
    snack = trays.order_meal(
        uow_factory(),
        ward.desk,
        MealRequest(ward.jean_stay, ward.jean, on_account=True),
        ward.lines(ward.porridge),
        ward.cash(),
    )
    stay = stays.current_stay(uow_factory(), ward.desk, ward.jean)
    preview = stays.discharge_preview(uow_factory(), ward.desk, stay.id)
    numbers = [d.order_number for d in preview.deliveries]
    assert numbers == [snack.order.summary.number, dinner.order.summary.number]
    assert preview.account_due_rwf == 2000  # the guest's lunch; the snack is cancelled
    assert [d.order_number for d in preview.blocking] == [dinner.order.summary.number]
    with pytest.raises(ValidationError, match="paid at the counter"):
        stays.discharge(uow_factory(), ward.desk, stay.id, stay.version)
    orders.cancel(
        uow_factory(),
        ward.manager,
        dinner.order.summary.id,
        dinner.order.summary.version,
        "discharged early",
        orders.RefundInput(PaymentMethod.CASH),
    )
    with pytest.raises(ValidationError, match="2,000 RWF of meals is on the patient's account"):
        stays.discharge(uow_factory(), ward.desk, stay.id, stay.version)
    done = stays.discharge(
        uow_factory(), ward.desk, stay.id, stay.version, SettlementInput(PaymentMethod.CASH, 5000)
    )
    assert [d.order_number for d in done.deliveries] == [snack.order.summary.number]
    cancelled = orders.get_order(uow_factory(), ward.desk, snack.order.summary.id)
    assert cancelled.summary.status == OrderStatus.CANCELLED
    assert cancelled.cancel_reason == "Patient discharged"
    paid = orders.get_order(uow_factory(), ward.desk, guest_lunch.order.summary.id)
    assert [(p.method, p.amount_rwf) for p in paid.payments] == [(PaymentMethod.CASH, 2000)]
    assert patient_account.account(uow_factory(), ward.desk, stay.id).due_rwf == 0
    with pytest.raises(ValidationError, match="Jean Bosco Nshimiyimana was discharged on"):
        stays.discharge(uow_factory(), ward.desk, stay.id, stay.version + 1)
    assert stays.current_stay(uow_factory(), ward.desk, ward.jean) is None


def test_settlement_pays_every_meal_on_the_account(uow_factory, ward, clock):
    guest = trays.order_meal(
        uow_factory(),
        ward.desk,
        MealRequest(ward.jean_stay, ward.visitor, on_account=True),
        ward.lines(ward.isombe),
        ward.cash(),
    )
    assert guest.order.payments == ()
    clock.set_local(2026, 3, 3, 14, 0)  # after lunch: nothing left to cancel
    stay = stays.current_stay(uow_factory(), ward.desk, ward.jean)
    stays.discharge(
        uow_factory(),
        ward.desk,
        stay.id,
        stay.version,
        SettlementInput(PaymentMethod.MOBILE_MONEY, reference="MP240303ABC"),
    )
    paid = orders.get_order(uow_factory(), ward.desk, guest.order.summary.id)
    assert [(p.method, p.amount_rwf, p.reference) for p in paid.payments] == [
        (PaymentMethod.MOBILE_MONEY, 3500, "MP240303ABC")
    ]
    assert paid.summary.status == OrderStatus.PLACED


def test_no_meal_for_a_discharged_patient(uow_factory, ward, clock):
    clock.set_local(2026, 3, 3, 14, 0)
    stay = stays.current_stay(uow_factory(), ward.desk, ward.jean)
    stays.discharge(uow_factory(), ward.desk, stay.id, stay.version)
    with pytest.raises(ValidationError, match="was discharged on Tue 03 Mar at 14:00"):
        trays.order_meal(
            uow_factory(),
            ward.desk,
            MealRequest(ward.jean_stay, ward.jean),
            ward.lines(ward.isombe),
            ward.cash(),
        )
    with pytest.raises(ValidationError, match="discharged on Tue 03 Mar 14:00"):
        orders.place_order(
            uow_factory(),
            ward.desk,
            customer_id=ward.jean,
            lines=ward.lines(ward.isombe),
            payment=ward.cash(),
            delivery=DeliveryInput(Fulfilment.DELIVERY, "Surgical", "4"),
        )


def test_discharge_pauses_the_patients_meal_packages(uow_factory, ward, admin, clock):
    from datetime import date

    from dusangire_desktop.services import subscriptions
    from dusangire_desktop.services.subscriptions import (
        BillingPeriod,
        PlanInput,
        SubscriptionStatus,
        TherapeuticCategory,
    )

    plan = subscriptions.save_plan(
        uow_factory(),
        admin,
        PlanInput("Renal week", TherapeuticCategory.RENAL, 35_000, BillingPeriod.WEEKLY, 3),
    )
    sub = subscriptions.subscribe(uow_factory(), admin, ward.jean, plan.id, date(2026, 3, 3))
    stay = stays.current_stay(uow_factory(), ward.desk, ward.jean)
    assert stays.discharge_preview(uow_factory(), ward.desk, stay.id).paused_packages == 1
    stays.discharge(uow_factory(), ward.desk, stay.id, stay.version)
    (now,) = subscriptions.customer_subscriptions(uow_factory(), admin, ward.jean)
    assert (now.id, now.status) == (sub.id, SubscriptionStatus.PAUSED)
