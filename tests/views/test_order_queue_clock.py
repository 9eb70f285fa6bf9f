"""The order queue's "today" follows the hospital clock past midnight."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from dusangire_desktop.services import orders
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.orders import DeliveryInput, Fulfilment, PaymentInput, PaymentMethod
from dusangire_desktop.services.pricing import LineRequest
from dusangire_desktop.views.changes import changes_hub


def _place(uow_factory, actor, kitchen):
    """Placed at another desk; what it changed is published here as the change follower does."""
    uow = uow_factory()
    placed = orders.place_order(
        uow, actor, customer_id=kitchen.visitor, lines=[LineRequest(kitchen.isombe, 1)],
        payment=PaymentInput(PaymentMethod.CASH, 5000), delivery=DeliveryInput(Fulfilment.PICKUP),
    ).summary  # fmt: skip
    changes_hub().publish(uow.committed)
    return placed


def test_the_queue_moves_to_the_new_day_at_local_midnight(
    qtbot, open_main_window, kitchen, uow_factory, admin, clock
):
    clock.set_local(2026, 3, 3, 23, 50)
    evening = _place(uow_factory, admin, kitchen)
    page = open_main_window(Role.FRONT_DESK).open_area("order_queue")
    assert page.day.date().toPython() == date(2026, 3, 3)
    qtbot.waitUntil(lambda: [o.id for o in page.model.records] == [evening.id])

    clock.set_local(2026, 3, 4, 0, 10)  # 22:10 UTC: still 3 March in UTC
    with qtbot.waitSignal(page.refreshed):
        page._midnight.timeout.emit()  # the single shot set for local midnight
    assert page.day.date().toPython() == date(2026, 3, 4)
    assert page.model.records == []
    with qtbot.waitSignal(page.refreshed):
        after_midnight = _place(uow_factory, admin, kitchen)
    assert [o.id for o in page.model.records] == [after_midnight.id]


def test_a_day_the_user_chose_stays_chosen_past_midnight(
    qtbot, open_main_window, kitchen, uow_factory, admin, clock
):
    clock.set_local(2026, 3, 3, 23, 50)
    page = open_main_window(Role.FRONT_DESK).open_area("order_queue")
    with qtbot.waitSignal(page.refreshed):
        page.day.setDate(QDate(2026, 3, 2))
    clock.set_local(2026, 3, 4, 0, 10)
    with qtbot.waitSignal(page.refreshed):
        page._midnight.timeout.emit()
    assert page.day.date().toPython() == date(2026, 3, 2)
