"""The menu page shows each dish's EBM tax type and item code, and its form edits them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dusangire_desktop.services import menu
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.menu import TaxType


def _cell(page, row, header):
    headers = [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    return page.model.data(page.model.index(row, headers.index(header)))


def _edit_isombe(qtbot, open_main_window, kitchen):
    page = open_main_window(Role.ADMIN).open_area("menu")
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    row = next(i for i, item in enumerate(page.model.records) if item.id == kitchen.isombe)
    assert _cell(page, row, "Tax") == "B · 18 % VAT"
    assert _cell(page, row, "Item code") == menu.DEFAULT_ITEM_CLASS_CODE
    page.table.selectRow(row)
    return page, page.open_edit()


def test_a_dishs_tax_type_and_code_are_edited_in_its_form(
    qtbot, open_main_window, kitchen, uow_factory, admin, snapshot
):
    page, dialog = _edit_isombe(qtbot, open_main_window, kitchen)
    qtbot.waitUntil(dialog.isVisible)
    snapshot(dialog, "menu-item-dialog")
    assert dialog.height() <= 768 - 40
    assert dialog.tax_type.currentData() == TaxType.STANDARD
    assert [dialog.tax_type.itemText(i) for i in range(4)] == [
        "A · exempt", "B · 18 % VAT", "C · zero-rated", "D · non-VAT"
    ]  # fmt: skip
    dialog.tax_type.setCurrentIndex(dialog.tax_type.findData(TaxType.EXEMPT))
    dialog.item_class_code.setText("5010160100")
    with qtbot.waitSignal(page.refreshed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    row = next(i for i, item in enumerate(page.model.records) if item.id == kitchen.isombe)
    assert _cell(page, row, "Tax") == "A · exempt"
    assert _cell(page, row, "Item code") == "5010160100"
    [saved] = [d for d in menu.list_menu(uow_factory(), admin) if d.id == kitchen.isombe]
    assert (saved.tax_type, saved.item_class_code) == (TaxType.EXEMPT, "5010160100")


def test_a_malformed_item_code_is_refused_at_its_field(
    qtbot, open_main_window, kitchen, uow_factory, admin
):
    _page, dialog = _edit_isombe(qtbot, open_main_window, kitchen)
    dialog.item_class_code.setText("50-2023")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text("item_class_code") != "")
    assert "10 digits" in dialog.errors.text("item_class_code")
    [kept] = [d for d in menu.list_menu(uow_factory(), admin) if d.id == kitchen.isombe]
    assert kept.item_class_code == menu.DEFAULT_ITEM_CLASS_CODE
