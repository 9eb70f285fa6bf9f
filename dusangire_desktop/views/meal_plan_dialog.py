"""Writing a meal plan from a completed consultation: category, calories, diet tags, notes."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QSpinBox, QWidget

from ..services.scheduling import meal_plans
from ..services.scheduling.common import ConsultationView
from ..services.scheduling.meal_plans import DietTag, MealPlanView, TherapeuticCategory
from .context import ViewContext
from .forms import FormDialog
from .labels import choices, label
from .operations import Operation


def opening(consultation_id: int, values: dict[str, Any]) -> Operation[MealPlanView]:
    """The command that opens the plan (values as `MealPlanDialog.values()` gives them)."""
    return lambda uow, actor: meal_plans.open_meal_plan(uow, actor, consultation_id, **values)


def tag_list(values: Iterable[enum.Enum], height: int = 100) -> QListWidget:
    """Enumerated values, labelled from the one table, as checkable lines."""
    widget = QListWidget()
    widget.setMaximumHeight(height)
    for value in values:
        item = QListWidgetItem(label(value))
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def ticked(widget: QListWidget) -> tuple[Any, ...]:
    return tuple(
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )


class MealPlanDialog(FormDialog):
    def __init__(
        self, ctx: ViewContext, consultation: ConsultationView, parent: QWidget | None = None
    ) -> None:
        title = QCoreApplication.translate("MealPlanDialog", "Meal plan for {customer}")
        super().__init__(ctx, title.format(customer=consultation.customer), parent)
        self.consultation = consultation
        self.category = self.add_field(self.tr("&Category"), "category", QComboBox())
        for text, category in choices(TherapeuticCategory):
            self.category.addItem(text, category)
        self.calories = self.add_field(self.tr("Daily &calories"), "daily_calories", QSpinBox())
        self.calories.setRange(0, 6000)
        self.calories.setSingleStep(100)
        self.calories.setSpecialValueText(self.tr("no target"))
        self.allowed = self.add_field(self.tr("&Allowed"), "allowed", tag_list(DietTag))
        self.forbidden = self.add_field(self.tr("&Forbidden"), "forbidden", tag_list(DietTag))
        self.notes = self.add_field(self.tr("&Notes"), "notes", QLineEdit())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.category.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "category": self.category.currentData(),
            "daily_calories": self.calories.value() or None,
            "allowed": ticked(self.allowed),
            "forbidden": ticked(self.forbidden),
            "notes": self.notes.text(),
        }

    def operation(self) -> Operation[MealPlanView]:
        return opening(self.consultation.id, self.values())
