"""The order queue follows what other desks do, without losing the pages loaded with "more"."""

from __future__ import annotations

import pytest

from dusangire_desktop.services import orders
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.orders import (
    DeliveryInput,
    Fulfilment,
    OrderStatus,
    PaymentInput,
    PaymentMethod,
)
from dusangire_desktop.services.pricing import LineRequest
from dusangire_desktop.views.changes import changes_hub
from dusangire_desktop.views.order_queue import OrderQueuePage

PUBLISHED_WITHIN_MS = 2000


def _at_another_desk(uow_factory, work):
    """Work done at another workstation; its changes arrive here as the follower brings them."""
    uow = uow_factory()
    result = work(uow)
    changes_hub().publish(uow.committed)
    return result


def _place(uow_factory, admin, kitchen):
    return _at_another_desk(uow_factory, lambda uow: orders.place_order(
        uow, admin, customer_id=kitchen.visitor, lines=[LineRequest(kitchen.isombe, 1)],
        payment=PaymentInput(PaymentMethod.CASH, 5000), delivery=DeliveryInput(Fulfilment.PICKUP),
    ).summary)  # fmt: skip


@pytest.fixture
def two_page_queue(qtbot, open_main_window, kitchen, uow_factory, admin, monkeypatch):
    monkeypatch.setattr(OrderQueuePage, "page_size", 2)
    placed = [orders.place_order(
        uow_factory(), admin, customer_id=kitchen.visitor, lines=[LineRequest(kitchen.isombe, 1)],
        payment=PaymentInput(PaymentMethod.CASH, 5000), delivery=DeliveryInput(Fulfilment.PICKUP),
    ).summary for _ in range(5)]  # fmt: skip
    page = open_main_window(Role.MANAGER).open_area("order_queue")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    with qtbot.waitSignal(page.refreshed):
        page.more_button.click()
    assert [o.id for o in page.model.records] == [o.id for o in reversed(placed)][:4]
    assert page.more_button.isEnabled()
    return page, placed


def test_an_order_changed_at_another_desk_is_updated_and_the_pages_loaded_stay(
    qtbot, two_page_queue, uow_factory, admin
):
    page, placed = two_page_queue
    on_second_page = placed[1]
    page.select(on_second_page.id)
    with qtbot.waitSignal(page.refreshed, timeout=PUBLISHED_WITHIN_MS):
        _at_another_desk(uow_factory, lambda uow: orders.advance(
            uow, admin, on_second_page.id, on_second_page.version, OrderStatus.PREPARING,
        ))  # fmt: skip
    assert [o.id for o in page.model.records] == [o.id for o in reversed(placed)][:4]
    assert page.selected().id == on_second_page.id
    assert page.selected().status == OrderStatus.PREPARING
    assert page.next_button.text() == "&Next: Delivered"
    assert page.more_button.isEnabled()


def test_an_order_placed_at_another_desk_appears_on_top_of_the_pages_loaded(
    qtbot, two_page_queue, uow_factory, admin, kitchen
):
    page, placed = two_page_queue
    with qtbot.waitSignal(page.refreshed, timeout=PUBLISHED_WITHIN_MS):
        new = _place(uow_factory, admin, kitchen)
    assert [o.id for o in page.model.records] == [new.id, *[o.id for o in reversed(placed)][:4]]
    with qtbot.waitSignal(page.refreshed):
        page.more_button.click()
    assert page.model.rowCount() == 6 and not page.more_button.isEnabled()


def test_an_order_cancelled_at_another_desk_leaves_the_active_queue(
    qtbot, two_page_queue, uow_factory, admin
):
    page, placed = two_page_queue
    with qtbot.waitSignal(page.refreshed, timeout=PUBLISHED_WITHIN_MS):
        _at_another_desk(uow_factory, lambda uow: orders.cancel(
            uow, admin, placed[2].id, placed[2].version, "Customer left",
            orders.RefundInput(PaymentMethod.CASH),
        ))  # fmt: skip
    assert [o.id for o in page.model.records] == [placed[4].id, placed[3].id, placed[1].id]


def test_a_hidden_queue_refreshes_when_shown(qtbot, open_main_window, kitchen, uow_factory, admin):
    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("order_queue")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and page.property("busy") is False)
    window.open_area("order_entry")
    assert not page.isVisible()
    new = _place(uow_factory, admin, kitchen)
    qtbot.wait(50)
    assert page.model.rowCount() == 0  # hidden: nothing read yet
    with qtbot.waitSignal(page.refreshed):
        window.open_area("order_queue")
    assert [o.id for o in page.model.records] == [new.id]


def test_a_receipt_from_the_queue_is_written_off_the_ui_thread(qtbot, two_page_queue, tmp_path):
    from pypdf import PdfReader

    page, placed = two_page_queue
    path = tmp_path / "receipt.pdf"
    page.save_receipt_pdf(placed[4].id, path)
    qtbot.waitUntil(lambda: "Receipt saved" in page.banner.text)
    text = " ".join(p.extract_text() for p in PdfReader(path).pages)
    assert placed[4].number in text and "3,500 RWF" in " ".join(text.split())
