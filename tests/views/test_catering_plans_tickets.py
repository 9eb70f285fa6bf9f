"""Catering form, meal-package filters and a support ticket, driven as staff would."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt

from dusangire_desktop.services import catering, subscriptions, support
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.catering import (
    AddonPricing,
    CateringStatus,
    PackageInput,
    RequestInput,
)
from dusangire_desktop.services.subscriptions import BillingPeriod, PlanInput, TherapeuticCategory
from dusangire_desktop.services.support import TicketCategory, TicketPriority, TicketStatus
from dusangire_desktop.views.changes import changes_hub


def _conference_lunch(uow_factory, admin):  # type: ignore[no-untyped-def]
    package = catering.save_package(
        uow_factory(),
        admin,
        PackageInput(
            "Conference lunch",
            5000,
            20,
            300,
            setup_fee_rwf=50_000,
            large_group_min_guests=100,
            large_group_price_per_person_rwf=4500,
        ),
    )
    return catering.save_addon(
        uow_factory(), admin, package.id, "Fresh juice", AddonPricing.PER_PERSON, 800
    )


def test_catering_estimate_follows_the_form(qtbot, open_main_window, uow_factory, admin, snapshot):
    _conference_lunch(uow_factory, admin)
    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("catering")
    form = page.booking
    qtbot.waitUntil(lambda: form.estimate is not None, timeout=10000)
    assert form.estimate.total_rwf == 20 * 5000 + 50_000
    assert "Fresh juice — 800 RWF per person" in form.addons.item(0).text()
    with qtbot.waitSignal(form.estimated, timeout=5000):
        form.guests.setValue(50)
    assert "300,000 RWF" in form.breakdown.text()
    with qtbot.waitSignal(form.estimated, timeout=5000):
        form.addons.item(0).setCheckState(Qt.CheckState.Checked)
    assert form.estimate.total_rwf == 340_000
    with qtbot.waitSignal(form.estimated, timeout=5000):
        form.guests.setValue(120)
    assert "large-group rate" in form.breakdown.text() and form.estimate.total_rwf == 686_000
    with qtbot.waitSignal(form.estimated, timeout=5000):
        form.guests.setValue(500)
    assert "for 20 to 300 guests" in form.breakdown.text()
    qtbot.keyClicks(form.venue, "Hall B")
    qtbot.keyClicks(form.contact_name, "Organiser")
    qtbot.keyClicks(form.contact_phone, "0788555000")
    form.save_request()
    qtbot.waitUntil(lambda: form.errors.text("guests") != "")
    assert "not 500" in form.errors.text("guests") and form.venue.text() == "Hall B"
    form.guests.setValue(120)
    with qtbot.waitSignal(form.requested, timeout=5000) as requested:
        form.save_request()
    assert requested.args[0].estimate_rwf == 686_000
    snapshot(page, "catering-form")
    page.tabs.setCurrentIndex(1)
    requests = page.requests
    qtbot.waitUntil(lambda: requests.model.rowCount() == 1)
    assert requests.model.data(requests.model.index(0, 5)) == "New"
    requests.table.selectRow(0)
    requests.advance(requests.selected_request(), CateringStatus.CONFIRMED)
    qtbot.waitUntil(lambda: "may not manage catering" in page.banner.text)


def test_a_catering_request_changed_at_another_desk_reaches_the_open_list(
    qtbot, open_main_window, uow_factory, admin
):
    package = _conference_lunch(uow_factory, admin)
    window = open_main_window(Role.MANAGER)
    page = window.open_area("catering")
    page.tabs.setCurrentIndex(1)
    requests = page.requests
    other_desk = uow_factory()
    request = catering.create_request(
        other_desk,
        admin,
        RequestInput(package.id, 40, datetime(2026, 3, 20, 12, tzinfo=UTC), "Hall B", "Aline",
                     "0788555000"),
    )  # fmt: skip
    changes_hub().publish(other_desk.committed)
    qtbot.waitUntil(lambda: [r.number for r in requests.model.records] == [request.number])
    other_desk = uow_factory()
    catering.advance(other_desk, admin, request.id, request.version, CateringStatus.QUOTED, 650_000)
    changes_hub().publish(other_desk.committed)
    qtbot.waitUntil(lambda: requests.model.record(0).quoted_price_rwf == 650_000)
    assert requests.model.data(requests.model.index(0, 6)) == "650,000 RWF"


def test_a_refused_cancellation_keeps_the_reason_at_its_field(
    qtbot, open_main_window, uow_factory, admin
):
    package = _conference_lunch(uow_factory, admin)
    catering.create_request(
        uow_factory(),
        admin,
        RequestInput(package.id, 40, datetime(2026, 3, 20, 12, tzinfo=UTC), "Hall B", "Aline",
                     "0788555000"),
    )  # fmt: skip
    window = open_main_window(Role.MANAGER)
    page = window.open_area("catering")
    page.tabs.setCurrentIndex(1)
    requests = page.requests
    qtbot.waitUntil(lambda: requests.model.rowCount() == 1)
    requests.table.selectRow(0)
    dialog = requests.open_cancel()
    qtbot.keyClicks(dialog.reason, "no")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text("reason") != "")
    assert "Give the reason" in dialog.errors.text("reason")
    assert dialog.isVisible() and dialog.reason.text() == "no"
    qtbot.keyClicks(dialog.reason, "t enough guests")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: requests.model.rowCount() == 0)  # no longer open
    assert "K-00001 is cancelled." in page.banner.text


def test_admin_adds_a_package_that_the_booking_form_offers(qtbot, open_main_window):
    window = open_main_window(Role.ADMIN)
    page = window.open_area("catering")
    page.tabs.setCurrentIndex(2)
    dialog = page.packages.open_new()
    qtbot.keyClicks(dialog.name, "Ward celebration")
    dialog.price.setValue(2500)
    dialog.min_guests.setValue(60)
    dialog.max_guests.setValue(10)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text("max_guests") != "")
    assert "below the minimum" in dialog.errors.text("max_guests")
    assert dialog.name.text() == "Ward celebration"
    dialog.max_guests.setValue(80)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.packages.model.rowCount() == 1)
    page.packages.table.selectRow(0)
    dialog = page.packages.open_addon()
    qtbot.keyClicks(dialog.name, "Cake")
    dialog.pricing.setCurrentIndex(dialog.pricing.findData(AddonPricing.FLAT))
    dialog.price.setValue(30_000)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    page.tabs.setCurrentIndex(0)
    form = page.booking
    qtbot.waitUntil(lambda: form.addons.count() == 1)
    assert "Ward celebration" in form.package.currentText()
    assert form.addons.item(0).text() == "Cake — 30,000 RWF flat"


def test_plans_filter_by_several_categories(
    qtbot, open_main_window, uow_factory, admin, kitchen, snapshot
):
    for name, category, price in (
        ("Keto week", TherapeuticCategory.KETO, 35_000),
        ("Renal month", TherapeuticCategory.RENAL, 140_000),
        ("Detox week", TherapeuticCategory.DETOX, 30_000),
    ):
        subscriptions.save_plan(
            uow_factory(), admin, PlanInput(name, category, price, BillingPeriod.WEEKLY, 3)
        )
    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("plans")
    plans = page.plans
    qtbot.waitUntil(lambda: plans.model.rowCount() == 3)
    assert plans.chips[TherapeuticCategory.DIABETIC_FRIENDLY].text() == "Diabetic-friendly"
    plans.chips[TherapeuticCategory.KETO].setChecked(True)
    qtbot.waitUntil(lambda: [p.name for p in plans.model.records] == ["Keto week"])
    assert plans.model.data(plans.model.index(0, 2)) == "35,000 RWF / weekly"
    plans.chips[TherapeuticCategory.RENAL].setChecked(True)
    qtbot.waitUntil(lambda: plans.model.rowCount() == 2)
    plans.max_price.setValue(100_000)
    qtbot.waitUntil(lambda: [p.name for p in plans.model.records] == ["Keto week"])
    snapshot(page, "plans")
    plans.table.selectRow(0)
    dialog = plans.open_subscribe()
    assert dialog.starts.date().toPython() == date(2026, 3, 3)  # the hospital's clock
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Find the customer first" in dialog.errors.text("customer")
    qtbot.keyClicks(dialog.picker.search, "Jeanne")
    qtbot.waitUntil(lambda: dialog.picker.customer() is not None)
    subs = page.subscriptions
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Jeanne Uwera subscribed to Keto week." in page.banner.text)
    assert subs.model.rowCount() == 0  # a hidden tab reads again only when it is shown
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: subs.model.rowCount() == 1)
    subs.table.selectRow(0)
    with qtbot.waitSignal(subs.refreshed, timeout=5000):
        subs.pause_selected()
    assert subs.model.record(0).status.value == "paused"
    assert subs.model.data(subs.model.index(0, 3)) == "Paused"
    dialog = subs.open_cancel()
    qtbot.keyClicks(dialog.reason, "Discharged")
    with qtbot.waitSignal(subs.refreshed, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    subs.table.selectRow(0)
    subs.pause_selected()
    qtbot.waitUntil(lambda: "Only an active subscription" in page.banner.text)


def test_walk_a_ticket_through_its_life(qtbot, open_main_window, snapshot):
    window = open_main_window(Role.SUPPORT)
    page = window.open_area("tickets")
    dialog = page.open_new()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text("subject") != "")
    qtbot.keyClicks(dialog.subject, "Wrong dish delivered to Maternity 12A")
    dialog.priority.setCurrentIndex(dialog.priority.findData(TicketPriority.URGENT))
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 2)) == "Urgent"
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail is not None)
    page.assign_to.setCurrentIndex(1)
    with qtbot.waitSignal(page.detail_loaded, timeout=5000):
        page.assign_selected()
    qtbot.keyClicks(page.reply, "Sorry, the right dish is on its way.")
    with qtbot.waitSignal(page.detail_loaded, timeout=5000):
        page.add_comment()
    qtbot.waitUntil(lambda: page.detail.ticket.first_response_at is not None)
    for to in (TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED):
        page.move_selected(to)
        qtbot.waitUntil(lambda to=to: page.detail.ticket.status == to, timeout=5000)
    page.status.setCurrentIndex(1)
    qtbot.waitUntil(
        lambda: page.model.rowCount() == 1 and page.model.record(0).status == TicketStatus.RESOLVED
    )
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.ticket.status == TicketStatus.RESOLVED)
    assert not page.move_buttons[TicketStatus.IN_PROGRESS].isEnabled()
    assert "In progress → Resolved" in page.thread.text()
    assert "Sorry, the right dish" in page.thread.text()
    snapshot(page, "ticket")


def test_a_ticket_changed_at_another_desk_reaches_the_open_page(
    qtbot, open_main_window, uow_factory, admin
):
    window = open_main_window(Role.SUPPORT)
    page = window.open_area("tickets")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and page.property("busy") is False)
    other_desk = uow_factory()
    ticket = support.create_ticket(
        other_desk, admin, subject="Juice missing from the tray", description="",
        category=TicketCategory.ORDER, priority=TicketPriority.HIGH,
    )  # fmt: skip
    changes_hub().publish(other_desk.committed)
    qtbot.waitUntil(lambda: [t.number for t in page.model.records] == [ticket.number])
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail is not None)
    other_desk = uow_factory()
    support.move(other_desk, admin, ticket.id, ticket.version, TicketStatus.IN_PROGRESS)
    changes_hub().publish(other_desk.committed)
    qtbot.waitUntil(lambda: page.detail.ticket.status == TicketStatus.IN_PROGRESS)
    assert "In progress" in page.header.text()
    # The list is read on its own, after or before the detail.
    qtbot.waitUntil(lambda: page.model.record(0).status == TicketStatus.IN_PROGRESS)


def test_a_stale_ticket_is_refused_and_read_again(qtbot, open_main_window, uow_factory, admin):
    ticket = support.create_ticket(
        uow_factory(), admin, subject="Cold soup", description="",
        category=TicketCategory.FOOD_QUALITY, priority=TicketPriority.LOW,
    )  # fmt: skip
    window = open_main_window(Role.SUPPORT)
    page = window.open_area("tickets")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail is not None)
    support.set_priority(uow_factory(), admin, ticket.id, ticket.version, TicketPriority.URGENT)
    page.move_selected(TicketStatus.IN_PROGRESS)
    qtbot.waitUntil(lambda: "changed at another desk" in page.banner.text)
    qtbot.waitUntil(lambda: page.detail.ticket.priority == TicketPriority.URGENT)
    assert page.detail.ticket.status == TicketStatus.OPEN


def test_a_refused_ticket_keeps_the_typing_with_the_error_at_the_field(qtbot, open_main_window):
    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("tickets")
    dialog = page.open_new()
    qtbot.keyClicks(dialog.subject, "Charged twice")
    qtbot.keyClicks(dialog.description, "Mobile money, twice")
    qtbot.keyClicks(dialog.order, "D-999999")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text("order_number") != "")
    assert "There is no order D-999999" in dialog.errors.text("order_number")
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert (dialog.subject.text(), dialog.description.toPlainText(), dialog.order.text()) == (
        "Charged twice",
        "Mobile money, twice",
        "D-999999",
    )
    assert page.model.rowCount() == 0


def test_admin_adds_and_withdraws_a_plan(qtbot, open_main_window):
    window = open_main_window(Role.ADMIN)
    page = window.open_area("plans")
    plans = page.plans
    plans.plan_name.setText("Kidney-friendly week")
    plans.plan_category.setCurrentIndex(plans.plan_category.findData(TherapeuticCategory.RENAL))
    plans.plan_price.setValue(45_000)
    with qtbot.waitSignal(plans.refreshed, timeout=5000):
        plans.save_plan(None)
    qtbot.waitUntil(lambda: [p.name for p in plans.model.records] == ["Kidney-friendly week"])
    plans.table.selectRow(0)
    plans.plan_active.setChecked(False)
    plans.save_plan(plans.model.record(0).id)
    qtbot.waitUntil(lambda: plans.model.rowCount() == 0)
    plans.plan_name.setText("")
    plans.save_plan(None)
    qtbot.waitUntil(lambda: "needs a name" in page.banner.text)


def test_charging_uses_the_hospital_clock(qtbot, open_main_window, uow_factory, admin, kitchen):
    plan = subscriptions.save_plan(
        uow_factory(),
        admin,
        PlanInput("Keto week", TherapeuticCategory.KETO, 35_000, BillingPeriod.WEEKLY, 3),
    )
    subscriptions.subscribe(uow_factory(), admin, kitchen.patient, plan.id, date(2026, 3, 3))
    window = open_main_window(Role.MANAGER)
    page = window.open_area("plans")
    page.tabs.setCurrentIndex(1)
    subs = page.subscriptions
    qtbot.waitUntil(lambda: subs.model.rowCount() == 1)
    subs.charge_due()
    qtbot.waitUntil(lambda: subs.model.record(0).charged_rwf == 35_000)
    assert "1 period(s) charged." in page.banner.text


def test_ticket_actions_follow_the_choice_and_the_state(
    qtbot, open_main_window, uow_factory, admin
):
    ticket = support.create_ticket(
        uow_factory(), admin, subject="Tea was cold", description="",
        category=TicketCategory.FOOD_QUALITY, priority=TicketPriority.HIGH,
    )  # fmt: skip
    window = open_main_window(Role.SUPPORT)
    staff = support.support_staff(uow_factory(), admin)
    me = next(person for person in staff if person.name == "Test support")
    support.assign(uow_factory(), admin, ticket.id, ticket.version, me.id)
    page = window.open_area("tickets")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    # Nothing acts without a ticket chosen.
    assert not page.assign_button.isEnabled() and not page.priority_button.isEnabled()
    assert not page.send_button.isEnabled()
    assert not any(b.isVisible() for b in page.move_buttons.values())
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail is not None)
    assert page.assign_to.currentText() == "Test support"  # the ticket's own assignee
    assert page.set_priority.currentData() == TicketPriority.HIGH
    shown = {to for to, button in page.move_buttons.items() if button.isVisible()}
    assert shown == set(support.MOVES[TicketStatus.OPEN])
    page.move_selected(TicketStatus.IN_PROGRESS)
    qtbot.waitUntil(lambda: page.detail.ticket.status == TicketStatus.IN_PROGRESS, timeout=5000)
    shown = {to for to, button in page.move_buttons.items() if button.isVisible()}
    assert shown == set(support.MOVES[TicketStatus.IN_PROGRESS])
    assert TicketStatus.IN_PROGRESS not in shown
