"""Menu administration: dishes, categories, meal periods, prices, diet tags, allergens."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import menu
from ..services.errors import DomainError
from ..services.menu import Allergen, DietTag, MealPeriod, MenuItemInput, MenuItemView
from .areas import ViewContext
from .background import run_in_background
from .banner import MessageBanner
from .changes import announce, changes_hub
from .formatting import rwf
from .forms import FieldErrors
from .table_model import Column, RecordTableModel
from .widgets import checked, checklist


class MenuItemDialog(QDialog):
    saved = Signal(object)

    def __init__(
        self,
        ctx: ViewContext,
        categories: list[str],
        existing: MenuItemView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._existing = existing
        self.setWindowTitle("Edit dish" if existing else "New dish")
        self.name = QLineEdit(existing.name if existing else "")
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems(categories)
        if existing:
            self.category.setCurrentText(existing.category)
        self.period = QComboBox()
        for period in MealPeriod:
            self.period.addItem(period.value.replace("_", " "), period)
        if existing:
            self.period.setCurrentIndex(self.period.findData(existing.meal_period))
        self.price = QSpinBox()
        self.price.setRange(0, menu.MAX_PRICE_RWF)
        self.price.setSingleStep(100)
        self.price.setGroupSeparatorShown(True)
        self.price.setSuffix(" RWF")
        self.price.setValue(existing.price_rwf if existing else 0)
        self.description = QLineEdit(existing.description if existing else "")
        self.tags = checklist(DietTag, existing.diet_tags if existing else ())
        self.allergens = checklist(Allergen, existing.allergens if existing else ())
        self.available = QCheckBox("Available to order now")
        self.available.setChecked(existing.is_available if existing else True)
        self.banner = MessageBanner()
        form = QFormLayout()
        self.errors = FieldErrors(form)
        for label, field, widget in (
            ("&Name", "name", self.name),
            ("&Category", "category", self.category),
            ("Meal &period", "meal_period", self.period),
            ("&Price", "price_rwf", self.price),
            ("&Description", "description", self.description),
            ("Diet &tags", "diet_tags", self.tags),
            ("&Allergens", "allergens", self.allergens),
        ):
            self.errors.add_row(label, field, widget)
        form.addRow("", self.available)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton("Save", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _submit(self) -> None:
        self.errors.clear()
        data = MenuItemInput(
            self.name.text(),
            self.category.currentText(),
            self.period.currentData(),
            self.price.value(),
            self.description.text(),
            checked(self.tags),
            checked(self.allergens),
            self.available.isChecked(),
        )
        ctx, item_id = self._ctx, self._existing.id if self._existing else None
        self.save_button.setEnabled(False)
        run_in_background(
            self,
            lambda: menu.save_item(ctx.uow_factory(), ctx.actor, data, item_id),
            self._saved,
            self._failed,
        )

    def _saved(self, item: MenuItemView) -> None:
        announce("menu", [item.id])
        self.saved.emit(item)
        self.accept()

    def _failed(self, error: DomainError) -> None:
        self.save_button.setEnabled(True)
        if not self.errors.show(error):
            self.banner.show_error(error.message)


class MenuPage(QWidget):
    refreshed = Signal()

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.banner = MessageBanner()
        self.model: RecordTableModel[MenuItemView] = RecordTableModel(
            [
                Column("Dish", lambda i: i.name),
                Column("Category", lambda i: i.category),
                Column("Period", lambda i: i.meal_period.value.replace("_", " ")),
                Column("Price", lambda i: rwf(i.price_rwf), align_right=True),
                Column("Diet", lambda i: ", ".join(t.value.replace("_", " ") for t in i.diet_tags)),
                Column(
                    "Allergens", lambda i: ", ".join(a.value.replace("_", " ") for a in i.allergens)
                ),
                Column("Available", lambda i: "yes" if i.is_available else "no"),
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _i: self.open_edit())
        new = QPushButton("&New dish…")
        new.clicked.connect(self.open_new)
        edit = QPushButton("&Edit…")
        edit.clicked.connect(self.open_edit)
        self.toggle = QPushButton("Mark &unavailable / available")
        self.toggle.clicked.connect(self.toggle_selected)
        buttons = QHBoxLayout()
        for button in (new, edit, self.toggle):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        changes_hub().changed.connect(self._on_change)
        self.refresh()

    def refresh(self) -> None:
        ctx = self._ctx
        run_in_background(
            self,
            lambda: menu.list_menu(ctx.uow_factory(), ctx.actor, include_unavailable=True),
            self._show,
            lambda e: self.banner.show_error(e.message),
        )

    def _show(self, items: list[MenuItemView]) -> None:
        self.model.set_records(items)
        self.refreshed.emit()

    def _on_change(self, area: str, _ids: list) -> None:
        if area == "menu":
            self.refresh()

    def selected(self) -> MenuItemView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _categories(self) -> list[str]:
        return sorted({i.category for i in self.model.records})

    def open_new(self) -> MenuItemDialog:
        dialog = MenuItemDialog(self._ctx, self._categories(), parent=self)
        dialog.saved.connect(lambda item: self.banner.show_info(f"{item.name} saved."))
        dialog.open()
        return dialog

    def open_edit(self) -> MenuItemDialog | None:
        item = self.selected()
        if item is None:
            return None
        dialog = MenuItemDialog(self._ctx, self._categories(), item, parent=self)
        dialog.saved.connect(lambda saved: self.banner.show_info(f"{saved.name} saved."))
        dialog.open()
        return dialog

    def toggle_selected(self) -> None:
        item, ctx = self.selected(), self._ctx
        if item is None:
            return
        run_in_background(
            self,
            lambda: menu.set_available(
                ctx.uow_factory(), ctx.actor, item.id, not item.is_available
            ),
            lambda saved: announce("menu", [saved.id]),
            lambda e: self.banner.show_error(e.message),
        )
