"""Fiscal receipts from the desk's screens: a refund from the order queue is signed at once, and
a reprint from the Till's fiscal tab is a copy signed by the controller (or waits for it)."""

from __future__ import annotations

import pytest

from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.fiscal import device, outbox
from dusangire_desktop.services.fiscal.device import DeviceConfig, ReceiptMode
from dusangire_desktop.services.fiscal.receipt_data import FiscalKind, FiscalStatus
from dusangire_desktop.tools.vsdc_simulator import VsdcSimulator

from ..till_world import cash


@pytest.fixture
def simulator(clock):
    sim = VsdcSimulator(clock=clock).start()
    sim.delay_seconds = 2.0
    yield sim
    sim.stop()


@pytest.fixture
def signed_sale(uow_factory, admin, kitchen, sell, simulator):
    device.configure(
        uow_factory(), admin,
        DeviceConfig(simulator.url, "100600570", "00", "DSG-VSDC-01", ReceiptMode.NORMAL,
                     timeout_seconds=1),
    )  # fmt: skip
    sold = sell(cash(5000))
    assert outbox.send_pending(uow_factory(), admin).problem is None
    return sold


def test_a_refund_from_the_order_queue_is_signed_without_waiting_for_another_sale(
    qtbot, open_main_window, uow_factory, admin, signed_sale, simulator
):
    window = open_main_window(Role.MANAGER)
    page = window.open_area("order_queue")
    page.any_day.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.property("busy") is False)
    page.select(signed_sale.summary.id)
    page.money_back = None
    page.refund_button.click()
    qtbot.waitUntil(lambda: page.money_back is not None and page.money_back.isVisible())
    qtbot.keyClicks(page.money_back.reason, "Food arrived cold")
    page.money_back.confirm_button.click()
    qtbot.waitUntil(lambda: "fiscal refund receipt" in page.banner.text, timeout=10_000)
    assert "1/2 NR signed" in page.banner.text
    _sale, refund = outbox.receipts_of_order(uow_factory(), admin, signed_sale.summary.id)
    assert refund.kind == FiscalKind.REFUND and refund.printable
    assert [b["rcptTyCd"] for _p, b in simulator.requests] == ["S", "R"]


def test_a_refund_while_the_controller_is_down_is_kept_and_the_desk_is_told(
    qtbot, open_main_window, uow_factory, admin, signed_sale, simulator
):
    simulator.fail_next(1)
    window = open_main_window(Role.MANAGER)
    page = window.open_area("order_queue")
    page.any_day.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.property("busy") is False)
    page.select(signed_sale.summary.id)
    page.money_back = None
    page.refund_button.click()
    qtbot.waitUntil(lambda: page.money_back is not None and page.money_back.isVisible())
    qtbot.keyClicks(page.money_back.reason, "Food arrived cold")
    page.money_back.confirm_button.click()
    qtbot.waitUntil(lambda: "fiscal refund receipt is pending" in page.banner.text, timeout=10_000)
    [waiting] = outbox.outbox(uow_factory(), admin)
    assert (waiting.kind, waiting.status) == (FiscalKind.REFUND, FiscalStatus.PENDING)


def _fiscal_tab(qtbot, window):
    page = window.open_area("till")
    qtbot.waitUntil(lambda: page.shift.state is not None)
    page.tabs.setCurrentWidget(page.fiscal)
    return page.fiscal


def test_a_reprint_from_the_till_is_a_signed_copy_and_waits_when_the_controller_is_down(
    qtbot,
    open_main_window,
    uow_factory,
    admin,
    signed_sale,
    simulator,
    tmp_path,
    monkeypatch,
    clock,
):
    tab = _fiscal_tab(qtbot, open_main_window(Role.FRONT_DESK))
    saved = []
    monkeypatch.setattr(tab, "_ask_copy_path", lambda receipt: saved.append(receipt))
    simulator.fail_next(1)
    tab.order_number.setText(signed_sale.summary.number)
    tab.copy_button.click()
    qtbot.waitUntil(lambda: "waits for the EBM controller" in tab.banner.text, timeout=10_000)
    assert saved == []  # nothing printed while the copy is unsigned
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.refresh()
    assert [tab.model.data(tab.model.index(0, 1))] == ["Sale (copy)"]
    clock.advance(seconds=5)  # the lost request may be asked about now
    tab.copy_button.click()
    qtbot.waitUntil(lambda: len(saved) == 1, timeout=10_000)
    [copy] = saved
    assert copy.printable and copy.title == "COPY SALE" and not copy.is_official
    assert copy.sdc.receipt_number == "1/2 CS" and copy.copy_of_receipt == "1/1 NS"
    path = tmp_path / "copy.pdf"
    tab.save_copy(copy, path)
    assert path.exists()
