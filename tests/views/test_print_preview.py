"""Receipts and statements can be looked at as they will print, beside Print and PDF; the
statement has a totals row under its employees."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintPreviewWidget

from dusangire_desktop.services import orders
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.orders import DeliveryInput, Fulfilment, PaymentInput, PaymentMethod
from dusangire_desktop.services.pricing import LineRequest


def _order(uow_factory, admin, kitchen, customer, quantity=1):  # type: ignore[no-untyped-def]
    return orders.place_order(
        uow_factory(), admin, customer_id=customer, lines=[LineRequest(kitchen.isombe, quantity)],
        payment=PaymentInput(PaymentMethod.CASH, 20_000), delivery=DeliveryInput(Fulfilment.PICKUP),
    )  # fmt: skip


def _pages(qtbot, dialog) -> int:  # type: ignore[no-untyped-def]
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 0)
    return preview.pageCount()


def test_receipt_preview_from_the_queue(qtbot, open_main_window, kitchen, uow_factory, admin):
    placed = _order(uow_factory, admin, kitchen, kitchen.visitor).summary
    page = open_main_window(Role.FRONT_DESK).open_area("order_queue")
    qtbot.waitUntil(lambda: len(page.model.records) == 1)
    assert not page.preview_button.isEnabled(), "nothing to preview without a selection"
    page.select(placed.id)
    assert page.preview_button.isEnabled()
    page.preview_button.click()
    qtbot.waitUntil(lambda: getattr(page, "preview", None) is not None)
    assert placed.number in page.preview.windowTitle()
    assert _pages(qtbot, page.preview) == 1  # a roll is one long page
    page.preview.close()


def test_statement_totals_row_and_preview(qtbot, open_main_window, kitchen, uow_factory, admin):
    _order(uow_factory, admin, kitchen, kitchen.employee, 2)
    _order(uow_factory, admin, kitchen, kitchen.employee, 2)
    page = open_main_window(Role.MANAGER).open_area("corporate")
    page.tabs.setCurrentIndex(2)
    tab = page.statement
    qtbot.waitUntil(lambda: tab.statement is not None and tab.model.rowCount() == 1)
    totals = tab.totals_model
    row = [totals.data(totals.index(0, c)) for c in range(totals.columnCount())]
    statement = tab.statement
    assert row[1] == "Total" and row[2] == "2"
    assert row[3:] == [f"{statement.total_rwf:,}", f"{statement.company_rwf:,}",
                       f"{statement.employee_rwf:,}"]  # fmt: skip
    header = tab.table.horizontalHeader()
    assert [tab.totals_row.columnWidth(c) for c in range(header.count())] == [
        header.sectionSize(c) for c in range(header.count())
    ]
    assert tab.print_button.isVisible() and tab.preview_button.isVisible()
    dialog = tab.preview()
    assert _pages(qtbot, dialog) == 1
    assert dialog.isVisible()
    dialog.close()
