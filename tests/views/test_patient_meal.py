"""Ordering an admitted patient's meal at the desk: through the stay, with the diet order, NPO,
the meal's cut-off and a visitor's meal charged to the patient's account."""

from __future__ import annotations

from datetime import UTC, datetime

from dusangire_desktop.services import customers
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.food_service import diet_orders, rounds
from dusangire_desktop.services.food_service.diet_orders import DietOrderInput
from dusangire_desktop.services.food_service.patient_account import account
from dusangire_desktop.services.menu import MealPeriod
from dusangire_desktop.services.subscriptions import TherapeuticCategory

TUESDAY = datetime(2026, 3, 3).date()


def _order_entry(open_main_window, qtbot, uow_factory, ward, customer_id):  # type: ignore[no-untyped-def]
    window = open_main_window(Role.FRONT_DESK)
    window.resize(1366, 768)
    page = window.open_area("order_entry")
    qtbot.waitUntil(lambda: page.menu_model.rowCount() == 5)
    page.choose_customer(customers.get_customer(uow_factory(), ward.desk, customer_id))
    qtbot.waitUntil(lambda: page.patient_meal.context is not None)
    return window, page


def _dish(page, name):  # type: ignore[no-untyped-def]
    for row in range(page.menu_model.rowCount()):
        if page.menu_model.record(row).name == name:
            return page.menu_model.record(row)
    return None


def test_an_admitted_patients_meal_goes_through_the_stay_with_the_diet_menu(
    qtbot, open_main_window, uow_factory, ward, clock, snapshot
):
    diet_orders.write_diet_order(
        uow_factory(),
        ward.nutritionist,
        ward.jean_stay,
        DietOrderInput(diets=(TherapeuticCategory.DIABETIC_FRIENDLY,)),
    )
    clock.set_local(2026, 3, 3, 10, 0)
    window, page = _order_entry(open_main_window, qtbot, uow_factory, ward, ward.jean)
    panel = page.patient_meal
    assert "Admitted: <b>Surgical · 4</b>" in panel.stay_label.text()
    assert "Lunch for Surgical closes at 10:30 — 0 h 30 min left." in panel.time_left.text()
    qtbot.waitUntil(lambda: _dish(page, "Passion juice") is None)  # outside the diabetic diet
    assert window.width() <= 1366 and window.height() <= 768
    snapshot(page, "order-entry-patient")
    page.add(_dish(page, "Isombe n'umuceri"))
    page.tendered.setText("5000")
    qtbot.waitUntil(lambda: page.quote is not None)
    with qtbot.waitSignal(page.placed, timeout=10000) as placed:
        page.place()
    assert (placed.args[0].summary.ward, placed.args[0].summary.bed) == ("Surgical", "4")
    counts = rounds.kitchen_counts(uow_factory(), ward.desk, TUESDAY, MealPeriod.LUNCH)
    assert counts.by_dish == {"Isombe n'umuceri": 1}


def test_npo_is_said_plainly_at_the_desk(qtbot, open_main_window, uow_factory, ward):
    diet_orders.write_diet_order(
        uow_factory(),
        ward.nutritionist,
        ward.jean_stay,
        DietOrderInput(
            npo=True, npo_reason="surgery", npo_until=datetime(2026, 3, 3, 12, tzinfo=UTC)
        ),
    )
    _window, page = _order_entry(open_main_window, qtbot, uow_factory, ward, ward.jean)
    assert "is NPO until Tue 03 Mar 14:00 (surgery)" in page.patient_meal.stay_label.text()
    page.add(_dish(page, "Sorghum porridge"))
    page.tendered.setText("5000")
    qtbot.waitUntil(lambda: page.quote is not None)
    page.place()
    qtbot.waitUntil(
        lambda: "Jean Bosco Nshimiyimana is NPO until 14:00 (surgery)" in page.banner.text
    )


def test_after_the_cut_off_the_desk_sends_it_with_the_next_meal(
    qtbot, open_main_window, uow_factory, ward, clock
):
    clock.set_local(2026, 3, 3, 10, 45)
    _window, page = _order_entry(open_main_window, qtbot, uow_factory, ward, ward.jean)
    panel = page.patient_meal
    assert panel.meal.currentData() == MealPeriod.SNACK
    assert "Lunch closed at 10:30 (choose Lunch for a late tray)" in panel.time_left.text()
    panel.meal.setCurrentIndex(panel.meal.findData(MealPeriod.LUNCH))
    assert "Lunch for Surgical closed at 10:30" in panel.time_left.text()
    page.add(_dish(page, "Isombe n'umuceri"))
    page.tendered.setText("5000")
    qtbot.waitUntil(lambda: page.quote is not None)
    page.place()
    qtbot.waitUntil(lambda: "closed at 10:30" in page.banner.text)
    assert panel.late_reason.hasFocus()
    panel.next_meal.setChecked(True)
    with qtbot.waitSignal(page.placed, timeout=10000):
        page.place()
    assert rounds.kitchen_counts(uow_factory(), ward.desk, TUESDAY, MealPeriod.SNACK).total == 1


def test_a_visitors_meal_is_charged_to_the_patients_account(
    qtbot, open_main_window, uow_factory, ward
):
    window = open_main_window(Role.FRONT_DESK)
    page = window.open_area("order_entry")
    qtbot.waitUntil(lambda: page.menu_model.rowCount() == 5)
    page.choose_customer(customers.get_customer(uow_factory(), ward.desk, ward.visitor))
    panel = page.patient_meal
    qtbot.waitUntil(lambda: panel.visiting.count() == 3)
    panel.visiting.setCurrentIndex(panel.visiting.findData(ward.jean_stay))
    qtbot.waitUntil(lambda: panel.context is not None)
    assert "Guest of Jean Bosco Nshimiyimana, Surgical · 4" in panel.stay_label.text()
    panel.on_account.setChecked(True)
    page.add(_dish(page, "Isombe n'umuceri"))
    qtbot.waitUntil(lambda: page.quote is not None)
    with qtbot.waitSignal(page.placed, timeout=10000):
        page.place()
    assert account(uow_factory(), ward.desk, ward.jean_stay).due_rwf == 3500
