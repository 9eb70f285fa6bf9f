"""Long work runs in a progress dialog; cancelling it, where offered, saves nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressBar, QPushButton
from sqlalchemy import func, select

from dusangire_desktop.models.customers import Customer
from dusangire_desktop.services import demo
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.views.long_work import STEPS, run_with_progress

SMALL = demo.DemoSizes(customers=120, orders=400, months=1)


def _customers(uow_factory) -> int:
    with uow_factory() as uow:
        return uow.session.scalar(select(func.count()).select_from(Customer))


def _load(uow_factory, admin, done, failed):
    return run_with_progress(
        uow_factory, admin, "Creating demo data…",
        lambda uow, who, progress: demo.generate(uow, who, sizes=SMALL, progress=progress),
        done.append, failed.append, what="Loading the demo data",
    )  # fmt: skip


def test_demo_data_loads_in_a_dialog_that_shows_how_far_it_has_got(qtbot, uow_factory, admin):
    done, failed, values = [], [], []
    dialog = _load(uow_factory, admin, done, failed)
    dialog.findChild(QProgressBar).valueChanged.connect(values.append)
    assert dialog.isVisible() and dialog.maximum() == STEPS
    qtbot.waitUntil(lambda: bool(done or failed), timeout=60000)
    assert failed == [] and done[0].counts["customers"] == 120
    assert values == sorted(values) and values[-1] == STEPS
    assert not dialog.isVisible()


def test_cancelling_the_demo_data_saves_nothing(qtbot, uow_factory, admin):
    done, failed = [], []
    dialog = _load(uow_factory, admin, done, failed)
    cancel = dialog.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(done or failed), timeout=60000)
    assert done == []
    assert failed[0].message == "Loading the demo data was cancelled; nothing was saved."
    assert _customers(uow_factory) == 0 and not dialog.isVisible()


def _staff_csv(tmp_path, rows: int):
    path = tmp_path / "staff.csv"
    path.write_text("employee_number,full_name,phone\n" + "".join(
        f"NEW-{n:04d},Employee {n},07880{n:05d}\n" for n in range(1, rows + 1)))  # fmt: skip
    return path


def _employees_tab(qtbot, open_main_window):
    window = open_main_window(Role.ADMIN)
    page = window.open_area("corporate")
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.employees.model.rowCount() == 1)
    return page


def test_an_employee_import_shows_its_progress(qtbot, open_main_window, kitchen, tmp_path):
    page = _employees_tab(qtbot, open_main_window)
    page.employees.import_csv(_staff_csv(tmp_path, 250))
    dialog = page.employees.importing
    assert dialog.isVisible() and dialog.labelText().startswith("Importing employees from staff")
    qtbot.waitUntil(lambda: "250 employee(s) imported from staff.csv." in page.banner.text,
                    timeout=30000)  # fmt: skip
    assert dialog.value() == STEPS and not dialog.isVisible()
    qtbot.waitUntil(lambda: page.employees.model.rowCount() == 251)


def test_a_cancelled_employee_import_enrols_nobody(qtbot, open_main_window, kitchen, tmp_path):
    page = _employees_tab(qtbot, open_main_window)
    page.employees.import_csv(_staff_csv(tmp_path, 250))
    qtbot.mouseClick(page.employees.importing.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cancelled" in page.banner.text, timeout=30000)
    assert page.banner.text == "The import of staff.csv was cancelled; nothing was saved."
    assert page.employees.model.rowCount() == 1
