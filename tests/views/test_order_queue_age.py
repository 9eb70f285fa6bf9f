"""The order queue shows how long each order has waited, colours its state, and makes an order
past its target stand out."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dusangire_desktop.services import orders
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.orders import DeliveryInput, Fulfilment, PaymentInput, PaymentMethod
from dusangire_desktop.services.pricing import LineRequest
from dusangire_desktop.views.order_queue import LATE_COLOURS, STATUS_COLOURS


def _cell(page, row: int, header: str, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    model = page.model
    column = next(
        c for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == header
    )  # fmt: skip
    return model.data(model.index(row, column), role)


def test_an_order_waiting_past_its_target_is_marked_late(
    qtbot, open_main_window, kitchen, uow_factory, admin, clock
):
    orders.place_order(
        uow_factory(), admin, customer_id=kitchen.visitor, lines=[LineRequest(kitchen.isombe, 1)],
        payment=PaymentInput(PaymentMethod.CASH, 5000), delivery=DeliveryInput(Fulfilment.PICKUP),
    )  # fmt: skip
    clock.advance(minutes=12)
    page = open_main_window(Role.FRONT_DESK).open_area("order_queue")
    qtbot.waitUntil(lambda: len(page.model.records) == 1)
    assert _cell(page, 0, "Age") == "12 min"
    background = _cell(page, 0, "Status", Qt.ItemDataRole.BackgroundRole)
    assert background.name() == STATUS_COLOURS[orders.OrderStatus.PLACED][0]
    assert _cell(page, 0, "Customer", Qt.ItemDataRole.BackgroundRole) is None

    clock.advance(minutes=13)  # 25 minutes: a pickup's target is 20
    page._minute.timeout.emit()  # the one-shot redraw armed for the next minute
    assert _cell(page, 0, "Age") == "25 min late"
    assert _cell(page, 0, "Customer", Qt.ItemDataRole.BackgroundRole).name() == LATE_COLOURS[0]
    assert _cell(page, 0, "Customer", Qt.ItemDataRole.FontRole).bold()
    assert "target 20 min" in _cell(page, 0, "Age", Qt.ItemDataRole.ToolTipRole)
