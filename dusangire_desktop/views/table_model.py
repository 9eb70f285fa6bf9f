"""A read-only Qt table model over a list of plain records, described by columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[R], str] | None = None
    # The table's main text column takes the width the others leave (see widgets.fit_columns).
    stretch: bool = False
    # A cell's own (background, text) colours, e.g. a state's; it wins over the row's.
    colours: Callable[[R], tuple[str, str] | None] | None = None


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows are records; each column says how to show one."""

    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(
        self,
        columns: Sequence[Column[R]],
        parent: Any = None,
        *,
        row_colours: Callable[[R], tuple[str, str] | None] | None = None,
        row_bold: Callable[[R], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[R] = []
        self._row_colours = row_colours
        self._row_bold = row_bold

    def redisplay(self) -> None:
        """Ask the views to draw every cell again (texts that depend on the time, say)."""
        if self._records:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._records) - 1, len(self._columns) - 1)
            )

    @property
    def records(self) -> list[R]:
        return list(self._records)

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def stretch_columns(self) -> list[int]:
        return [number for number, column in enumerate(self._columns) if column.stretch]

    def record(self, row: int) -> R:
        return self._records[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == self.SORT_ROLE:
            return column.sort_key(record) if column.sort_key else column.text(record)
        if role == self.RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = (column.colours(record) if column.colours else None) or (
                self._row_colours(record) if self._row_colours else None
            )
            if colours:
                return QColor(colours[0 if role == Qt.ItemDataRole.BackgroundRole else 1])
        if role == Qt.ItemDataRole.FontRole and self._row_bold and self._row_bold(record):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header
        return None
