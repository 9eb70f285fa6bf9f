"""Small widgets the screens share: a record table and a list of checkable values."""

from __future__ import annotations

import enum
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableView,
)

from .labels import label
from .table_model import RecordTableModel


def record_table(model: RecordTableModel) -> QTableView:
    """A read-only table of records: whole rows selected one at a time, columns stretched."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def selected_record(table: QTableView, model: RecordTableModel):  # type: ignore[no-untyped-def]
    rows = table.selectionModel().selectedRows()
    return model.record(rows[0].row()) if rows else None


def checklist(
    values: Iterable[enum.Enum], chosen: Iterable[enum.Enum] = (), height: int = 110
) -> QListWidget:
    """Enum values as checkable lines, e.g. allergens or diet tags."""
    chosen = set(chosen)
    widget = QListWidget()
    widget.setMaximumHeight(height)
    for value in values:
        item = QListWidgetItem(label(value))
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in chosen else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def checked(widget: QListWidget) -> tuple:
    return tuple(
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )
