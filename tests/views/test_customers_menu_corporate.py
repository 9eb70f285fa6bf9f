"""Customers, the menu and corporate partners, as the desk and the office use them."""

from __future__ import annotations

import dataclasses
from datetime import date

import pandas as pd
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

from dusangire_desktop.services import corporate, menu, orders
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.changes import Area, Change
from dusangire_desktop.services.orders import DeliveryInput, Fulfilment, PaymentInput, PaymentMethod
from dusangire_desktop.services.pricing import LineRequest
from dusangire_desktop.views.changes import changes_hub


def _order(uow_factory, admin, kitchen, customer, quantity=1):
    return orders.place_order(
        uow_factory(),
        admin,
        customer_id=customer,
        lines=[LineRequest(kitchen.isombe, quantity)],
        payment=PaymentInput(PaymentMethod.CASH, 20_000),
        delivery=DeliveryInput(Fulfilment.PICKUP),
    )


def test_customer_record_shows_allergies_and_orders(
    qtbot, open_main_window, kitchen, uow_factory, admin, snapshot
):
    _order(uow_factory, admin, kitchen, kitchen.patient)
    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("customers")
    qtbot.keyClicks(page.search, "Uwera")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.waitUntil(lambda: page.record.orders_model.rowCount() == 1)
    assert "Allergies: <b>Peanuts</b>" in page.record.header.text()
    assert "Maternity, bed 12A" in page.record.header.text()
    snapshot(page, "customers")


def test_new_customer_with_a_bad_phone_keeps_the_form(qtbot, open_main_window, kitchen):
    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("customers")
    dialog = page.open_new()
    dialog.kind.setCurrentIndex(dialog.kind.findData(dialog.kind.itemData(1)))  # visitor
    dialog.full_name.setText("Théoneste Bizimana")  # QTest types ASCII only
    qtbot.keyClicks(dialog.phone, "0755 12 34")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text("phone") != "")
    assert "not a Rwandan mobile number" in dialog.errors.text("phone")
    assert dialog.full_name.text() == "Théoneste Bizimana"
    dialog.phone.setText("0788 12 34 56")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].phone == "+250788123456"


def test_patient_needs_ward_and_bed(qtbot, open_main_window):
    window = open_main_window(Role.FRONT_DESK)
    dialog = window.open_area("customers").open_new()
    qtbot.keyClicks(dialog.full_name, "Jean Bosco Ndayisaba")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text("ward") != "")
    assert "needs a ward" in dialog.errors.text("ward")


def test_price_change_leaves_past_orders_alone(
    qtbot, open_main_window, kitchen, uow_factory, admin
):
    placed = _order(uow_factory, admin, kitchen, kitchen.visitor)
    window = open_main_window(Role.ADMIN)
    page = window.open_area("menu")
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    row = next(i for i, item in enumerate(page.model.records) if item.id == kitchen.isombe)
    page.table.selectRow(row)
    dialog = page.open_edit()
    dialog.price.setValue(4000)
    with qtbot.waitSignal(page.refreshed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert next(i for i in page.model.records if i.id == kitchen.isombe).price_rwf == 4000
    again = orders.get_order(uow_factory(), admin, placed.summary.id)
    assert again.lines[0].unit_price_rwf == 3500 and again.summary.total_rwf == 3500


def test_unavailable_dish_disappears_from_order_entry(
    qtbot, open_main_window, kitchen, uow_factory, admin
):
    menu.set_available(uow_factory(), admin, kitchen.juice, False)
    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("order_entry")
    qtbot.waitUntil(lambda: page.menu_model.rowCount() == 4)
    assert "Passion juice" not in [i.name for i in page.menu_model.records]


def test_statement_on_screen_as_csv_and_pdf(
    qtbot, open_main_window, kitchen, uow_factory, admin, tmp_path, snapshot
):
    _order(uow_factory, admin, kitchen, kitchen.employee, 2)
    _order(uow_factory, admin, kitchen, kitchen.employee, 2)
    window = open_main_window(Role.MANAGER)
    page = window.open_area("corporate")
    qtbot.waitUntil(lambda: page.contracts.model.rowCount() == 1)
    assert page.contracts.model.data(page.contracts.model.index(0, 6)) == "Company invoice"
    page.tabs.setCurrentIndex(2)
    tab = page.statement
    assert tab.month.date().toPython() == date(2026, 3, 1)  # the hospital's clock
    tab.month.setDate(QDate(2026, 2, 1))
    qtbot.waitUntil(lambda: tab.statement is not None and tab.statement.month == date(2026, 2, 1))
    assert tab.model.rowCount() == 0
    tab.month.setDate(QDate(2026, 3, 1))
    qtbot.waitUntil(
        lambda: (
            tab.statement is not None
            and tab.statement.month == date(2026, 3, 1)
            and tab.model.rowCount() == 1
        )
    )
    assert "company owes <b>10,000 RWF</b>" in tab.totals.text()
    snapshot(page, "corporate-statement")
    tab.export(tmp_path / "statement.csv")
    tab.export(tmp_path / "statement.pdf")
    frame = pd.read_csv(tmp_path / "statement.csv")
    assert frame.company_rwf.sum() + frame.employee_rwf.sum() == frame.total_rwf.sum() == 12_600
    text = " ".join(PdfReader(tmp_path / "statement.pdf").pages[0].extract_text().split())
    assert "Bank of Kigali" in text and "10,000" in text


def test_an_order_at_another_desk_reaches_the_open_statement(
    qtbot, open_main_window, kitchen, uow_factory, admin
):
    window = open_main_window(Role.MANAGER)
    page = window.open_area("corporate")
    page.tabs.setCurrentIndex(2)
    tab = page.statement
    qtbot.waitUntil(lambda: tab.statement is not None and tab.statement.orders == 0)
    placed = _order(uow_factory, admin, kitchen, kitchen.employee, 2)
    # As the change follower delivers another desk's recorded order.
    changes_hub().publish([Change(1, Area.ORDERS, frozenset({placed.summary.id}), None, "")])
    qtbot.waitUntil(lambda: tab.statement.orders == 1)
    assert tab.model.rowCount() == 1


def test_an_employee_enrolled_at_another_desk_reaches_the_open_list(
    qtbot, open_main_window, kitchen, uow_factory, admin
):
    window = open_main_window(Role.MANAGER)
    page = window.open_area("corporate")
    page.tabs.setCurrentIndex(1)
    employees = page.employees
    qtbot.waitUntil(lambda: employees.model.rowCount() == 1)
    other_desk = uow_factory()
    corporate.enrol_employee(
        other_desk, admin, page.partner().id, "BK-7", "Alice Umutoni", "0788000007"
    )
    changes_hub().publish(other_desk.committed)
    qtbot.waitUntil(lambda: employees.model.rowCount() == 2)
    qtbot.waitUntil(lambda: "(2 employee(s))" in page.partners.item(0).text())


def test_employee_csv_with_errors_imports_nothing(qtbot, open_main_window, kitchen, tmp_path):
    window = open_main_window(Role.ADMIN)
    page = window.open_area("corporate")
    page.tabs.setCurrentIndex(1)
    employees = page.employees
    qtbot.waitUntil(lambda: employees.model.rowCount() == 1)
    path = tmp_path / "staff.csv"
    path.write_text("employee_number,full_name,phone\nBK-1,Alice Umutoni,0788000001\nBK-2,,0788\n")
    employees.import_csv(path)
    qtbot.waitUntil(lambda: page.banner.text != "")
    assert "Nothing was imported" in page.banner.text and "line 3" in page.banner.text
    assert employees.model.rowCount() == 1


def test_a_refused_enrolment_keeps_the_typing_at_its_field(qtbot, open_main_window, kitchen):
    window = open_main_window(Role.ADMIN)
    page = window.open_area("corporate")
    page.tabs.setCurrentIndex(1)
    employees = page.employees
    qtbot.waitUntil(lambda: employees.model.rowCount() == 1)
    dialog = employees.open_enrol()
    qtbot.keyClicks(dialog.number, "BK-9")
    qtbot.keyClicks(dialog.phone, "0788000009")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text("full_name") != "")
    assert (dialog.number.text(), dialog.phone.text()) == ("BK-9", "0788000009")
    qtbot.keyClicks(dialog.full_name, "Alice Umutoni")
    with qtbot.waitSignal(employees.refreshed, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Alice Umutoni" in [e.full_name for e in employees.model.records]
    # The partner list reads its counts on its own: wait for it, as a person would glance at it.
    qtbot.waitUntil(lambda: "(2 employee(s))" in page.partners.item(0).text())


def test_an_existing_partners_statement_language_can_be_changed_and_is_audited(
    qtbot, open_main_window, kitchen, uow_factory, admin
):
    from dusangire_desktop.services import audit
    from dusangire_desktop.views.audit_page import sentence

    before = corporate.list_partners(uow_factory(), admin)[0]
    window = open_main_window(Role.ADMIN)
    page = window.open_area("corporate")
    qtbot.waitUntil(lambda: page.partner() is not None and page.edit_partner.isEnabled())
    dialog = page.open_edit_partner()
    assert dialog is not None and dialog.windowTitle() == "Edit partner"
    assert dialog.name.text() == before.name and dialog.language.currentData() == "en"
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.submit()
    qtbot.waitUntil(lambda: page.partner() is not None and page.partner().language == "fr")
    assert page.banner.text == f"{before.name} saved."
    [after] = [p for p in corporate.list_partners(uow_factory(), admin) if p.id == before.id]
    # Only the language changed: name, contact, phone, e-mail and the employees are kept.
    assert dataclasses.replace(after, language="en") == before
    statement = corporate.monthly_statement(uow_factory(), admin, before.id, date(2026, 3, 1))
    assert statement.language == "fr"
    [event] = [e for e in audit.list_events(uow_factory(), admin)
               if e.action == "partner_updated"]  # fmt: skip
    assert event.details["fields"] == ["language"] and event.details["language"] == "fr"
    assert sentence(event) == (
        f"{event.actor} changed language of the corporate partner {before.name}"
    )
