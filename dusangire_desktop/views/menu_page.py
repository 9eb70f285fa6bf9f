"""Menu administration: dishes, categories, meal periods, prices, diet tags, allergens, and the
IDDSI textures and drink thicknesses each can be served at (the food service's diet rules)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..services import menu
from ..services.auth import Actor
from ..services.changes import Area
from ..services.food_service import dish_levels
from ..services.food_service.common import FoodTexture
from ..services.food_service.dish_levels import DishLevels
from ..services.menu import Allergen, DietTag, MealPeriod, MenuItemInput, MenuItemView, TaxType
from ..services.uow import UnitOfWork
from .banner import MessageBanner
from .context import ViewContext
from .formatting import rwf
from .forms import FormDialog
from .labels import choices, label
from .operations import Operation
from .page import Page
from .table_model import Column, RecordTableModel
from .widgets import checked, checklist, record_table


def _drink_words() -> dict[int, str]:
    return {
        0: QCoreApplication.translate("menu_page", "0 thin"),
        1: QCoreApplication.translate("menu_page", "1 slightly thick"),
        2: QCoreApplication.translate("menu_page", "2 mildly thick"),
        3: QCoreApplication.translate("menu_page", "3 moderately thick"),
        4: QCoreApplication.translate("menu_page", "4 extremely thick"),
    }


def _drink_checklist(chosen: tuple[int, ...]) -> QListWidget:
    widget = QListWidget()
    widget.setMaximumHeight(80)
    for level, text in _drink_words().items():
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, level)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if level in chosen else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def textures_text(levels: DishLevels | None) -> str:
    """The menu's texture column: levels a dish is served at ("" for regular only)."""
    if levels is None or not levels.textures:
        return ""
    return ", ".join(t.value.replace("ec", " EC") for t in levels.textures)


def drinks_text(levels: DishLevels | None) -> str:
    """The menu's drink column: the IDDSI drink levels ("" when not a drink)."""
    if levels is None or not levels.drink_levels:
        return ""
    return ", ".join(str(d) for d in levels.drink_levels)


class MenuItemDialog(FormDialog):
    def __init__(
        self,
        ctx: ViewContext,
        categories: list[str],
        existing: MenuItemView | None = None,
        parent: QWidget | None = None,
        levels: DishLevels | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("MenuItemDialog", "Edit dish")
            if existing
            else QCoreApplication.translate("MenuItemDialog", "New dish")
        )
        super().__init__(ctx, title, parent)
        self._existing = existing
        self.name = QLineEdit(existing.name if existing else "")
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems(categories)
        if existing:
            self.category.setCurrentText(existing.category)
        self.period = QComboBox()
        for text, period in choices(MealPeriod):
            self.period.addItem(text, period)
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
        self.available = QCheckBox(self.tr("Available to order now"))
        self.available.setChecked(existing.is_available if existing else True)
        for title, field, widget in (
            (self.tr("&Name"), "name", self.name),
            (self.tr("&Category"), "category", self.category),
            (self.tr("Meal &period"), "meal_period", self.period),
            (self.tr("&Price"), "price_rwf", self.price),
            (self.tr("&Description"), "description", self.description),
            (self.tr("Diet &tags"), "diet_tags", self.tags),
            (self.tr("&Allergens"), "allergens", self.allergens),
        ):
            self.add_field(title, field, widget)
        self._add_serving_levels(levels or DishLevels())
        self._add_fiscal_fields(existing)
        self.form.addRow("", self.available)

    def _add_fiscal_fields(self, existing: MenuItemView | None) -> None:
        """The dish's tax type and RRA item classification code, for its fiscal receipts."""
        self.tax_type = QComboBox()
        for text, tax_type in choices(TaxType):
            self.tax_type.addItem(text, tax_type)
        current = existing.tax_type if existing else TaxType.STANDARD
        self.tax_type.setCurrentIndex(self.tax_type.findData(current))
        self.item_class_code = QLineEdit(
            existing.item_class_code if existing else menu.DEFAULT_ITEM_CLASS_CODE
        )
        self.item_class_code.setMaxLength(10)
        self.item_class_code.setToolTip(
            self.tr("The RRA item classification code printed on the EBM receipt (10 digits).")
        )
        self.add_field(self.tr("Ta&x type (EBM)"), "tax_type", self.tax_type)
        self.add_field(self.tr("Item classification c&ode"), "item_class_code",
                       self.item_class_code)  # fmt: skip

    def _fiscal_input(self, data: MenuItemInput) -> MenuItemInput:
        return replace(data, tax_type=self.tax_type.currentData(),
                       item_class_code=self.item_class_code.text())  # fmt: skip

    def _add_serving_levels(self, levels: DishLevels) -> None:
        """The food service's IDDSI levels (textures for a dish, thickness for a drink)."""
        self.textures = self.add_field(
            self.tr("Te&xtures (IDDSI)"),
            "texture",
            checklist(FoodTexture, levels.textures, height=80),
        )
        self.textures.setToolTip(self.tr("None ticked: served regular only."))
        self.drinks = self.add_field(
            self.tr("D&rink levels (IDDSI)"), "drink_levels", _drink_checklist(levels.drink_levels)
        )
        self.drinks.setToolTip(self.tr("Ticked for a drink only: the thicknesses it comes in."))

    def operation(self) -> Operation[Any]:
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
        data = self._fiscal_input(data)
        item_id = self._existing.id if self._existing else None
        chosen = dish_levels.levels(checked(self.textures), checked(self.drinks))

        def save(uow: UnitOfWork, actor: Actor) -> MenuItemView:
            return dish_levels.save_dish(uow, actor, data, item_id, chosen)

        return save


class MenuPage(Page):
    watches = frozenset({Area.MENU})

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.banner = MessageBanner()
        self.model: RecordTableModel[MenuItemView] = RecordTableModel(
            [
                Column(self.tr("Dish"), lambda i: i.name),
                Column(self.tr("Category"), lambda i: i.category),
                Column(self.tr("Period"), lambda i: label(i.meal_period)),
                Column(self.tr("Price"), lambda i: rwf(i.price_rwf), align_right=True),
                Column(self.tr("Diet"), lambda i: ", ".join(label(t) for t in i.diet_tags)),
                Column(self.tr("Allergens"), lambda i: ", ".join(label(a) for a in i.allergens)),
                Column(self.tr("Available"), self._available),
                *self._fiscal_columns(),
                *self._serving_columns(),
            ]
        )
        self.table = record_table(self.model)
        self.table.activated.connect(self.open_edit)
        new = QPushButton(self.tr("&New dish…"))
        new.clicked.connect(self.open_new)
        edit = QPushButton(self.tr("&Edit…"))
        edit.clicked.connect(self.open_edit)
        self.toggle = QPushButton(self.tr("Mark &unavailable / available"))
        self.toggle.clicked.connect(self.toggle_selected)
        buttons = QHBoxLayout()
        for button in (new, edit, self.toggle):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def _fiscal_columns(self) -> list[Column[MenuItemView]]:
        return [
            Column(self.tr("Tax"), lambda i: label(i.tax_type)),
            Column(self.tr("Item code"), lambda i: i.item_class_code),
        ]

    def _serving_columns(self) -> list[Column[MenuItemView]]:
        self.levels: dict[int, DishLevels] = {}
        return [
            Column(self.tr("Textures"), lambda i: textures_text(self.levels.get(i.id))),
            Column(self.tr("Drink levels"), lambda i: drinks_text(self.levels.get(i.id))),
        ]

    def _show_levels(self, levels: dict[int, DishLevels]) -> None:
        self.levels = levels
        self.model.set_records(list(self.model.records))

    def _available(self, item: MenuItemView) -> str:
        return self.tr("yes") if item.is_available else self.tr("no")

    def refresh(self) -> None:
        self.ctx.query(
            self, lambda uow, actor: menu.list_menu(uow, actor, include_unavailable=True),
            self._show, purpose="menu",
        )  # fmt: skip
        self.ctx.query(self, dish_levels.dish_levels, self._show_levels, purpose="levels")

    def _show(self, items: list[MenuItemView]) -> None:
        chosen = self.selected()
        self.model.set_records(items)
        if chosen is not None:
            row = next((i for i, item in enumerate(items) if item.id == chosen.id), None)
            if row is not None:
                self.table.selectRow(row)
        self.refreshed.emit()

    def selected(self) -> MenuItemView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _categories(self) -> list[str]:
        return sorted({i.category for i in self.model.records})

    def open_new(self) -> MenuItemDialog:
        dialog = MenuItemDialog(self.ctx, self._categories(), parent=self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def open_edit(self, *_args: object) -> MenuItemDialog | None:
        item = self.selected()
        if item is None:
            return None
        dialog = MenuItemDialog(
            self.ctx, self._categories(), item, parent=self, levels=self.levels.get(item.id)
        )
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, item: MenuItemView) -> None:
        self.banner.show_info(self.tr("{name} saved.").format(name=item.name))

    def toggle_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        self.ctx.command(
            self,
            lambda uow, actor: menu.set_available(uow, actor, item.id, not item.is_available),
            purpose="availability",
        )
