"""The cohort retention table, coloured as a heat map, with its CSV."""

from __future__ import annotations

from typing import Any

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ..services.analytics.series import CohortTable
from .formatting import NOT_AVAILABLE, month_text, percent
from .formatting import number as figure

Index = QModelIndex | QPersistentModelIndex


class CohortModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.table = CohortTable([], [], [])
        # The last month is still running: its cells (the partial diagonal) are marked.
        self.partial_last_month = False

    def _partial(self, row: int, column: int) -> bool:
        return self.partial_last_month and row + column - 1 == len(self.table.months) - 1

    def set_table(self, table: CohortTable) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.months)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.months) + 1

    def _share(self, row: int, column: int):  # type: ignore[no-untyped-def]
        k = column - 1
        shares = self.table.shares[row]
        return shares[k] if k < len(shares) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return figure(self.table.sizes[row])
            return None
        share = self._share(row, column)
        in_range = column - 1 < len(self.table.shares[row])
        partial = share is not None and self._partial(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if share is None:
                return NOT_AVAILABLE if in_range else ""
            return percent(share, 0) + ("*" if partial else "")
        if role == Qt.ItemDataRole.FontRole and partial:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and share is not None:
            strength = float(share)
            return QColor(int(255 - 208 * strength), int(255 - 130 * strength),
                          int(255 - 181 * strength))  # fmt: skip
        if role == Qt.ItemDataRole.ForegroundRole and share is not None and share > 0.55:
            return QColor("white")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and in_range:
            month = month_text(self.table.months[row])
            if share is None and self.table.sizes[row] == 0:
                return self.tr("Nobody placed a first order in {month}.").format(month=month)
            if share is None:
                return self.tr("This month has not started yet.")
            tip = self.tr("{share} of the {month} cohort ordered {months} month(s) later.").format(
                share=percent(share), month=month, months=column - 1
            )
            if partial:
                tip += " " + self.tr("That month is not over yet: the share can still grow.")
            return tip
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return month_text(self.table.months[section], short=True)
        return self.tr("Customers") if section == 0 else f"+{section - 1}"

    def frame(self) -> pd.DataFrame:
        rows = []
        for month, size, shares in zip(self.table.months, self.table.sizes, self.table.shares,
                                       strict=True):  # fmt: skip
            row: dict[str, Any] = {"cohort": month.isoformat(), "customers": size}
            row.update(
                {f"month_{k}": None if s is None else float(s) for k, s in enumerate(shares)}
            )
            rows.append(row)
        return pd.DataFrame(rows)
