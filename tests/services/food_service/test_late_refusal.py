"""A manager refuses a late tray: the refusal is kept, the order is cancelled with the reason,
the money goes back, and the desk sees why."""

from __future__ import annotations

from datetime import date

import pytest

from dusangire_desktop.models.food_service import TrayStatus
from dusangire_desktop.services import audit, orders
from dusangire_desktop.services.errors import PermissionDenied, ValidationError
from dusangire_desktop.services.food_service import patient_account, rounds, trays
from dusangire_desktop.services.food_service.trays import MealRequest
from dusangire_desktop.services.menu import MealPeriod
from dusangire_desktop.services.orders import OrderStatus, PaymentMethod, RefundInput

TUESDAY = date(2026, 3, 3)


def _late(uow_factory, ward, customer, **request):  # type: ignore[no-untyped-def]
    return trays.order_meal(
        uow_factory(),
        ward.desk,
        MealRequest(
            ward.jean_stay,
            customer,
            meal=MealPeriod.LUNCH,
            late_reason="back from theatre",
            **request,
        ),
        ward.lines(ward.isombe),
        ward.cash(),
    )


def test_a_refused_paid_late_tray_cancels_its_order_with_the_reason_and_gives_the_cash_back(
    uow_factory, ward, clock
):
    clock.set_local(2026, 3, 3, 10, 45)
    late = _late(uow_factory, ward, ward.jean).tray
    with pytest.raises(PermissionDenied):
        trays.refuse_late_tray(uow_factory(), ward.desk, late.id, late.version, "not today")
    with pytest.raises(ValidationError, match="why the late tray is refused") as no_reason:
        trays.refuse_late_tray(uow_factory(), ward.manager, late.id, late.version, " ")
    assert no_reason.value.field == "reason"
    with pytest.raises(ValidationError, match="Say how the 3,500 RWF went back"):
        trays.refuse_late_tray(uow_factory(), ward.manager, late.id, late.version, "kitchen closed")
    refused = trays.refuse_late_tray(
        uow_factory(),
        ward.manager,
        late.id,
        late.version,
        "kitchen already closed",
        RefundInput(PaymentMethod.CASH),
    )
    assert (refused.status, refused.refused_by, refused.refusal_reason) == (
        TrayStatus.CANCELLED,
        "Patrick Kagame",
        "kitchen already closed",
    )
    order = orders.get_order(uow_factory(), ward.desk, late.order_id)
    assert order.summary.status == OrderStatus.CANCELLED
    assert order.cancel_reason == "Late tray refused by Patrick Kagame: kitchen already closed"
    assert order.customer_paid_rwf == 0
    assert rounds.kitchen_counts(uow_factory(), ward.desk, TUESDAY, "lunch").total == 0
    actions = [e.action for e in audit.list_events(uow_factory(), ward.manager)]
    assert "late_tray_refused" in actions and "order_cancelled" in actions
    # Refused once is settled: neither approved nor refused again.
    with pytest.raises(ValidationError, match="does not wait for approval"):
        trays.approve_late_tray(
            uow_factory(), ward.manager, refused.id, refused.version, "changed my mind"
        )
    # The bed's one tray for lunch is free again for an order in time or a new late one.
    again = _late(uow_factory, ward, ward.jean)
    assert again.tray.status == TrayStatus.AWAITING_APPROVAL


def test_a_refused_late_guest_tray_leaves_the_patients_account(uow_factory, ward, clock):
    clock.set_local(2026, 3, 3, 10, 45)
    late = _late(uow_factory, ward, ward.visitor, on_account=True).tray
    account = patient_account.account(uow_factory(), ward.desk, ward.jean_stay)
    assert account.due_rwf == 3500
    trays.refuse_late_tray(
        uow_factory(), ward.manager, late.id, late.version, "visitors eat in the canteen"
    )
    assert patient_account.account(uow_factory(), ward.desk, ward.jean_stay).due_rwf == 0
    listed = trays.trays_for(uow_factory(), ward.desk, TUESDAY, MealPeriod.LUNCH)
    assert [(t.status, t.refusal_reason) for t in listed] == [
        (TrayStatus.CANCELLED, "visitors eat in the canteen")
    ]
