"""EBM fiscal receipts: signed, copied, refunded, and queued through an outage with nothing lost
or signed twice (against the VSDC simulator)."""

from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import select

from dusangire_desktop.models.fiscal import FiscalReceipt
from dusangire_desktop.services import orders
from dusangire_desktop.services.errors import ValidationError
from dusangire_desktop.services.fiscal import device, outbox
from dusangire_desktop.services.fiscal.device import DeviceConfig, ReceiptMode
from dusangire_desktop.services.fiscal.receipt_data import FiscalKind, FiscalStatus
from dusangire_desktop.services.orders import PaymentMethod, RefundInput

from ...till_world import cash, momo

QR = re.compile(r"^\d{8}#\d{6}#SDC010000001#\d+#[A-Z2-7]{26}#[A-Z2-7]{16}$")


def _receipts(uow_factory, admin, order):
    return outbox.receipts_of_order(uow_factory(), admin, order.summary.id)


def test_a_sale_is_signed_and_prints_the_sdc_block(uow_factory, admin, controller, sell, simulator):
    sold = sell(cash(10_000), isombe=2, juice=1, customer_tin="101234567")
    [pending] = _receipts(uow_factory, admin, sold)
    assert pending.status == FiscalStatus.PENDING and not pending.printable
    result = outbox.send_pending(uow_factory(), admin)
    assert (result.signed, result.pending, result.problem) == ((pending.id,), 0, None)
    [receipt] = _receipts(uow_factory, admin, sold)
    assert receipt.is_official and receipt.title == "SALE"
    assert receipt.total_rwf == 8000 and receipt.customer_tin == "101234567"
    assert receipt.taxes == (("B", 18, 8000, 1220),)  # 8,000 × 18/118 = 1,220.3
    sdc = receipt.sdc
    assert sdc is not None and sdc.sdc_id == "SDC010000001"
    assert sdc.receipt_number == "1/1 NS"
    assert re.fullmatch(r"([A-Z2-7]{4}-){6}[A-Z2-7]{2}", sdc.internal_data)
    assert re.fullmatch(r"([A-Z2-7]{4}-){3}[A-Z2-7]{4}", sdc.signature)
    assert QR.match(sdc.qr)
    day, time = sdc.date.replace("/", ""), sdc.time.replace(":", "")
    assert sdc.qr.startswith(f"{day}#{time}#")
    [(path, body)] = simulator.requests
    assert path == "/trnsSales/saveSales"
    assert (body["salesTyCd"], body["rcptTyCd"], body["pmtTyCd"], body["totAmt"]) == (
        "N",
        "S",
        "01",
        8000,
    )
    assert [i["itemNm"] for i in body["itemList"]] == ["Isombe n'umuceri", "Passion juice"]


def test_a_reprint_is_sent_as_a_copy_and_prints_what_the_controller_answered(
    uow_factory, admin, controller, sell, simulator
):
    sold = sell(cash(10_000), isombe=2, juice=1)
    outbox.send_pending(uow_factory(), admin)
    [first] = _receipts(uow_factory, admin, sold)
    copy = outbox.print_copy(uow_factory(), admin, first.id)
    assert copy.copy and not copy.is_official and copy.title == "COPY SALE"
    assert copy.printable and copy.copy_of_receipt == "1/1 NS"
    # The controller's own numbers for the copy, not the sale's.
    assert copy.sdc.receipt_number == "1/2 CS" and copy.sdc.signature != first.sdc.signature
    (_, sale_body), (path, body) = simulator.requests
    assert path == "/trnsSales/saveSales"
    assert (body["salesTyCd"], body["rcptTyCd"], body["orgInvcNo"]) == ("C", "S", first.invoice_no)
    assert body["invcNo"] != sale_body["invcNo"]
    same = ("itemList", "totAmt", "totTaxAmt", "taxblAmtB", "taxAmtB", "pmtTyCd", "custTin")
    assert {k: body[k] for k in same} == {k: sale_body[k] for k in same}
    assert (copy.lines, copy.taxes, copy.total_rwf) == (first.lines, first.taxes, first.total_rwf)
    with uow_factory() as uow:
        assert uow.session.get(FiscalReceipt, first.id).copies_printed == 1
    # The order's receipts are still its sale alone; a second reprint is a second copy.
    assert [r.id for r in _receipts(uow_factory, admin, sold)] == [first.id]
    again = outbox.print_copy_of_order(uow_factory(), admin, sold.summary.number)
    assert again.sdc.receipt_number == "2/3 CS" and again.id != copy.id
    # Copies sell nothing: the day's and the shift's figures count the sale once.
    from datetime import date

    from dusangire_desktop.services.fiscal import daily
    from dusangire_desktop.services.till import reports, shifts

    day = daily.daily_report(uow_factory(), admin, date(2026, 3, 3))
    [sales] = day.lines
    assert (sales.kind, sales.receipts, sales.total_rwf, day.copies) == (
        FiscalKind.SALE,
        1,
        8000,
        2,
    )
    shift = shifts.desk_state(uow_factory(), admin).shift
    fiscal = reports.shift_report(uow_factory(), admin, shift.id).fiscal
    assert [(f.kind, f.status, f.receipts) for f in fiscal] == [
        (FiscalKind.SALE, FiscalStatus.SIGNED, 1)
    ]


def test_a_copy_asked_for_while_the_controller_is_down_waits_and_is_never_official(
    uow_factory, admin, controller, sell, simulator, clock
):
    sold = sell(momo())
    outbox.send_pending(uow_factory(), admin)
    simulator.fail_next(1)
    waiting = outbox.print_copy_of_order(uow_factory(), admin, sold.summary.number)
    assert waiting.status == FiscalStatus.PENDING and not waiting.printable
    assert waiting.sdc is None and not waiting.is_official and waiting.title == "COPY SALE"
    [line] = outbox.outbox(uow_factory(), admin)
    assert line.copy and line.status == FiscalStatus.PENDING
    clock.advance(seconds=5)
    # Asking again sends the same copy (after asking the controller about the lost request).
    signed = outbox.print_copy_of_order(uow_factory(), admin, sold.summary.number)
    assert signed.id == waiting.id and signed.printable and not signed.is_official
    assert signed.sdc.receipt_number == "1/2 CS"
    assert set(simulator.signatures_issued.values()) == {1}
    assert outbox.outbox(uow_factory(), admin) == []


def test_a_pending_receipt_cannot_be_copied(uow_factory, admin, controller, sell):
    sold = sell(cash(5000))
    [pending] = _receipts(uow_factory, admin, sold)
    with pytest.raises(ValidationError, match="not signed yet"):
        outbox.print_copy(uow_factory(), admin, pending.id)


def test_a_refund_is_signed_with_negative_amounts_and_the_original_receipt(
    uow_factory, admin, controller, sell, simulator
):
    sold = sell(momo(), isombe=2)
    outbox.send_pending(uow_factory(), admin)
    orders.refund(
        uow_factory(),
        admin,
        sold.summary.id,
        sold.summary.version,
        "Cold meal",
        RefundInput(PaymentMethod.MOBILE_MONEY, "RV12345"),
    )
    outbox.send_pending(uow_factory(), admin)
    sale, refund = _receipts(uow_factory, admin, sold)
    assert refund.kind == FiscalKind.REFUND and refund.title == "REFUND"
    assert refund.total_rwf == -7000 and all(line.total_rwf < 0 for line in refund.lines)
    assert refund.original_receipt == sale.sdc.receipt_number == "1/1 NS"
    assert refund.sdc.receipt_number == "1/2 NR"
    body = simulator.requests[-1][1]
    assert (body["rcptTyCd"], body["orgInvcNo"], body["pmtTyCd"]) == ("R", sale.invoice_no, "06")


def test_sales_during_an_outage_are_kept_and_signed_once_in_order_when_it_answers(
    uow_factory, admin, controller, sell, simulator, clock
):
    simulator.fail_next(1)
    first = sell(cash(5000))
    result = outbox.send_pending(uow_factory(), admin)
    assert result.signed == () and result.pending == 1
    assert "not answering" in result.problem and "stay pending" in result.problem
    second = sell(cash(5000))
    third = sell(momo())
    # Another desk right away leaves the request in flight alone.
    busy = outbox.send_pending(uow_factory(), admin)
    assert busy.signed == () and "Another desk is sending" in busy.problem
    clock.advance(seconds=5)
    result = outbox.send_pending(uow_factory(), admin)
    assert result.pending == 0 and len(result.signed) == 3
    numbers = [
        _receipts(uow_factory, admin, o)[0].sdc.receipt_number for o in (first, second, third)
    ]
    assert numbers == ["1/1 NS", "2/2 NS", "3/3 NS"]
    # The lost request was asked about before it was sent again, and nothing was signed twice.
    paths = [path for path, _body in simulator.requests]
    assert paths[:2] == ["/trnsSales/saveSales", "/trnsSales/selectSales"]
    assert set(simulator.signatures_issued.values()) == {1}
    assert len(simulator.signatures_issued) == 3


def test_an_answer_lost_to_a_timeout_is_asked_for_never_sent_again(
    uow_factory, admin, controller, sell, simulator, clock
):
    simulator.time_out_next(1)
    sold = sell(cash(5000))
    result = outbox.send_pending(uow_factory(), admin)
    assert result.signed == () and result.pending == 1
    [pending] = _receipts(uow_factory, admin, sold)
    assert pending.status == FiscalStatus.PENDING and not pending.printable
    clock.advance(seconds=5)
    result = outbox.send_pending(uow_factory(), admin)
    assert result.signed == (pending.id,)
    saves = [b["invcNo"] for p, b in simulator.requests if p.endswith("saveSales")]
    assert saves == [pending.invoice_no]  # sent once; the second attempt only asked
    [signed] = _receipts(uow_factory, admin, sold)
    key = ("100600570", "00", pending.invoice_no)
    assert signed.sdc.signature.replace("-", "") == simulator.signed[key]["rcptSign"]
    assert simulator.signatures_issued[key] == 1


def test_a_duplicate_answer_returns_nothing_to_print_and_is_asked_about(
    uow_factory, admin, controller, sell, simulator, clock
):
    simulator.answer_duplicate_next(1)
    sold = sell(cash(5000))
    result = outbox.send_pending(uow_factory(), admin)
    assert result.signed == () and "duplicate" in result.problem
    clock.advance(seconds=5)
    assert outbox.send_pending(uow_factory(), admin).pending == 0
    [receipt] = _receipts(uow_factory, admin, sold)
    assert receipt.printable and set(simulator.signatures_issued.values()) == {1}


def test_a_refused_sale_is_rejected_for_a_person_and_the_queue_moves_on(
    uow_factory, admin, controller, sell, simulator
):
    first = sell(cash(5000))
    with uow_factory() as uow:
        receipt = uow.session.scalars(select(FiscalReceipt)).one()
        body = json.loads(receipt.request)
        del body["salesTyCd"]
        receipt.request = json.dumps(body)
        uow.commit()
    second = sell(cash(5000))
    result = outbox.send_pending(uow_factory(), admin)
    assert len(result.rejected) == 1 and len(result.signed) == 1
    assert _receipts(uow_factory, admin, first)[0].status == FiscalStatus.REJECTED
    assert _receipts(uow_factory, admin, second)[0].printable
    [waiting] = outbox.outbox(uow_factory(), admin)
    assert waiting.status == FiscalStatus.REJECTED and "910" in waiting.last_error


def test_training_receipts_are_marked_and_never_official(uow_factory, admin, simulator, sell):
    device.configure(
        uow_factory(),
        admin,
        DeviceConfig(
            simulator.url, "100600570", "00", "DSG-VSDC-01", ReceiptMode.TRAINING, timeout_seconds=1
        ),
    )
    sold = sell(cash(5000))
    outbox.send_pending(uow_factory(), admin)
    [receipt] = _receipts(uow_factory, admin, sold)
    assert receipt.title == "TRAINING SALE" and not receipt.is_official
    assert receipt.sdc.receipt_number == "1/1 TS"
    assert simulator.requests[0][1]["salesTyCd"] == "T"


def test_without_a_controller_no_fiscal_receipt_is_queued(uow_factory, admin, kitchen, sell):
    sold = sell(cash(5000))
    assert _receipts(uow_factory, admin, sold) == []
    assert outbox.send_pending(uow_factory(), admin).pending == 0


def test_the_shift_report_ties_to_the_fiscal_receipts(
    uow_factory, admin, controller, sell, simulator
):
    from dusangire_desktop.services.till import reports, shifts

    sold = sell(cash(10_000), isombe=2)
    sell(momo())
    outbox.send_pending(uow_factory(), admin)
    simulator.fail_next(1)
    orders.cancel(
        uow_factory(),
        admin,
        sold.summary.id,
        sold.summary.version,
        "Customer left",
        RefundInput(PaymentMethod.CASH),
    )
    outbox.send_pending(uow_factory(), admin)
    shift = shifts.desk_state(uow_factory(), admin).shift
    report = reports.shift_report(uow_factory(), admin, shift.id)
    fiscal = {(f.kind, f.status): (f.receipts, f.total_rwf) for f in report.fiscal}
    assert fiscal == {
        (FiscalKind.SALE, FiscalStatus.SIGNED): (2, report.sales_rwf),
        (FiscalKind.REFUND, FiscalStatus.PENDING): (1, report.refunds_rwf),
    }


def test_the_demo_sells_in_training_mode_through_the_simulator(
    uow_factory, admin, kitchen, sell, simulator, monkeypatch
):
    from types import SimpleNamespace

    from dusangire_desktop.services.demo import till as demo_till

    monkeypatch.setenv(demo_till.SIMULATOR_ENV, simulator.url)
    with uow_factory() as uow:
        demo_till.populate(SimpleNamespace(session=uow.session, progress=lambda _m: None))
        uow.commit()
    sold = sell(cash(5000))
    assert outbox.send_pending(uow_factory(), admin).problem is None
    [receipt] = _receipts(uow_factory, admin, sold)
    assert receipt.title == "TRAINING SALE" and not receipt.is_official


def test_desks_sending_at_once_keep_one_request_in_flight(
    uow_factory, admin, controller, sell, simulator, clock
):
    from ...races import race

    sold = [sell(cash(5000)) for _ in range(3)]
    outcomes = race(lambda _i: outbox.send_pending(uow_factory(), admin), range(4))
    assert all(o.ok for o in outcomes), [o.error for o in outcomes]
    clock.advance(seconds=5)
    outbox.send_pending(uow_factory(), admin)
    assert all(_receipts(uow_factory, admin, o)[0].printable for o in sold)
    saves = [b["invcNo"] for p, b in simulator.requests if p.endswith("saveSales")]
    assert sorted(saves) == sorted(set(saves)) and len(saves) == 3
    assert set(simulator.signatures_issued.values()) == {1}


def test_the_daily_fiscal_report_counts_what_the_controller_signed_that_day(
    uow_factory, admin, controller, sell, simulator, clock
):
    from datetime import date

    from dusangire_desktop.services.fiscal import daily

    first = sell(cash(10_000), isombe=2)
    sell(momo())
    outbox.send_pending(uow_factory(), admin)
    orders.cancel(
        uow_factory(),
        admin,
        first.summary.id,
        first.summary.version,
        "Left",
        RefundInput(PaymentMethod.CASH),
    )
    simulator.fail_next(1)
    outbox.send_pending(uow_factory(), admin)
    x = daily.daily_report(uow_factory(), admin, date(2026, 3, 3))
    assert not x.final and (x.pending, x.rejected) == (1, 0)
    [sales] = x.lines
    assert (sales.kind, sales.receipts, sales.first_receipt_no, sales.last_receipt_no) == (
        FiscalKind.SALE,
        2,
        1,
        2,
    )
    assert sales.total_rwf == 10_500 and sales.taxes == (("B", 10_500, 1602),)
    clock.advance(days=1)
    outbox.send_pending(uow_factory(), admin)
    z = daily.daily_report(uow_factory(), admin, date(2026, 3, 3))
    assert z.final and z.pending == 0 and len(z.lines) == 1  # the refund was signed on the 4th
    assert daily.daily_report(uow_factory(), admin, date(2026, 3, 4)).lines[0].total_rwf == 7000


def test_a_refund_is_signed_right_after_it_commits_without_another_sale(
    uow_factory, admin, controller, sell, simulator
):
    sold = sell(cash(5000))
    outbox.send_pending(uow_factory(), admin)
    cancelled = orders.cancel(
        uow_factory(), admin, sold.summary.id, sold.summary.version, "Customer left",
        RefundInput(PaymentMethod.CASH),
    )  # fmt: skip
    # What the order queue runs off the UI thread as soon as the cancellation is saved.
    _sale, refund = outbox.send_for_order(uow_factory(), admin, cancelled.id)
    assert refund.kind == FiscalKind.REFUND and refund.printable
    assert refund.sdc.receipt_number == "1/2 NR" and refund.original_receipt == "1/1 NS"
    assert [b["rcptTyCd"] for _p, b in simulator.requests] == ["S", "R"]
    assert outbox.outbox(uow_factory(), admin) == []
