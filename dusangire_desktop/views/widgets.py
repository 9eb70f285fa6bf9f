"""Small widgets the screens share: record tables whose columns fit their text, and a list of
checkable values."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from .labels import label
from .table_model import RecordTableModel

# A column fitted to its text is never wider than this; longer text is elided, with a tooltip.
MAX_FITTED_WIDTH = 320
MAIN_COLUMN_ROOM = 180


class ElidedTextTooltips(QStyledItemDelegate):
    """Shows a cell's whole text as its tooltip when the cell is too narrow to show it all (a
    tooltip the model gives itself wins)."""

    def helpEvent(self, event, view, option, index):  # type: ignore[no-untyped-def]
        if event is None or event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        if index.data(Qt.ItemDataRole.ToolTipRole):
            return super().helpEvent(event, view, option, index)
        if is_elided(view, option, index):
            QToolTip.showText(event.globalPos(), str(index.data()), view)
            return True
        QToolTip.hideText()
        event.ignore()
        return False


def is_elided(view: QAbstractItemView, option: QStyleOptionViewItem, index: QModelIndex) -> bool:
    """True when the cell's text needs more width than the cell has."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text in (None, ""):
        return False
    needed = view.itemDelegateForIndex(index).sizeHint(option, index).width()
    return needed > option.rect.width()


def cell_is_elided(table: QTableView, row: int, column: int) -> bool:
    index = table.model().index(row, column)
    option = QStyleOptionViewItem()
    option.initFrom(table.viewport())
    option.rect = table.visualRect(index)
    option.font = table.font()
    return is_elided(table, option, index)


def _source(model: QAbstractItemModel | None) -> QAbstractItemModel | None:
    while isinstance(model, QSortFilterProxyModel):
        model = model.sourceModel()
    return model


def fit_columns(table: QTableView, stretch: int | None = None) -> None:
    """Columns as wide as their header and text; when they do not all fit, the widest are
    narrowed (never below their header) and their text elided with the whole text as tooltip.
    The main text column (`stretch`, else the columns the model marks, else the first) takes
    what is left. Fitted again when the rows are replaced and when the table is resized."""
    model = table.model()
    source = _source(model)
    if stretch is not None:
        stretched = {stretch}
    elif isinstance(source, RecordTableModel) and source.stretch_columns():
        stretched = set(source.stretch_columns())
    else:
        stretched = {0}
    table.setItemDelegate(ElidedTextTooltips(table))
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setTextElideMode(Qt.TextElideMode.ElideNone)
    fitter = _ColumnFitter(table, stretched)
    model.modelReset.connect(fitter.measure)
    model.layoutChanged.connect(fitter.measure)
    model.rowsInserted.connect(fitter.measure)
    model.dataChanged.connect(fitter.measure)
    table.installEventFilter(fitter)
    table.viewport().installEventFilter(fitter)
    table.__dict__["column_fitter"] = fitter
    fitter.measure()


class _ColumnFitter(QObject):
    def __init__(self, table: QTableView, stretched: set[int]) -> None:
        super().__init__(table)
        self._table = table
        self._stretched = stretched
        self._wanted: dict[int, tuple[int, int]] = {}  # column: (header width, content width)
        # Width a column's text needs elsewhere, e.g. in a totals row under the table.
        self.also_needed: Callable[[int], int] = lambda _column: 0

    def measure(self) -> None:
        table, header = self._table, self._table.horizontalHeader()
        self._wanted = {}
        for column in range(table.model().columnCount()):
            needed = _header_width(table, column)
            if column in self._stretched:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                # The main column keeps room for a fair part of its text before others shrink.
                content = max(table.sizeHintForColumn(column), needed)
                self._wanted[column] = (needed, min(content, MAIN_COLUMN_ROOM))
                continue
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            content = max(table.sizeHintForColumn(column), needed, self.also_needed(column))
            self._wanted[column] = (needed, min(content, max(MAX_FITTED_WIDTH, needed)))
        self.fit()

    def fit(self) -> None:
        table, header = self._table, self._table.horizontalHeader()
        fitted = {c: w for c, w in self._wanted.items() if c not in self._stretched}
        main = [self._wanted[c] for c in self._stretched if c in self._wanted]
        width = table.viewport().width()

        def total(limit: int) -> int:
            return sum(max(needed, min(content, limit)) for needed, content in fitted.values())

        def cap_for(room: int) -> int:
            """The largest width cap on the fitted columns that leaves `room` for them."""
            low, high = 0, max((content for _needed, content in fitted.values()), default=0)
            while low < high:
                middle = (low + high + 1) // 2
                low, high = (middle, high) if total(middle) <= room else (low, middle - 1)
            return low

        # First the main column keeps room for some of its text; if the others cannot then show
        # their headers, it gives that room up down to its own header.
        cap = cap_for(width - sum(room for _needed, room in main))
        if total(cap) > width - sum(room for _needed, room in main):
            cap = cap_for(width - sum(needed for needed, _room in main))
        for column, (needed, content) in fitted.items():
            header.resizeSection(column, max(needed, min(content, cap)))
        # When even the headers do not fit, the main column keeps its header's width too and the
        # table scrolls sideways rather than cutting a header.
        squeezed = total(cap) > width - sum(needed for needed, _room in main)
        for column in self._stretched:
            if column not in self._wanted:
                continue
            if squeezed:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, self._wanted[column][0])
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.StyleChange, QEvent.Type.FontChange, QEvent.Type.Polish,
                    QEvent.Type.Show):  # fmt: skip
            self.measure()
        elif kind == QEvent.Type.Resize and watched is self._table.viewport():
            self.fit()
        return False


def _header_width(table: QTableView, column: int) -> int:
    header = table.horizontalHeader()
    return header.sectionSizeFromContents(column).width()


def empty_note(table: QTableView, text: str) -> QLabel:
    """A grey line on the table while it has no rows, saying why (and what fills it)."""
    note = QLabel(text, table.viewport())
    note.setObjectName("emptyNote")
    note.setWordWrap(True)
    note.setStyleSheet("color:#666; font-style:italic;")
    _EmptyNote(table, note)
    return note


class _EmptyNote(QObject):
    def __init__(self, table: QTableView, note: QLabel) -> None:
        super().__init__(table)
        self._table, self._note = table, note
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):  # fmt: skip
            signal.connect(self.place)
        table.viewport().installEventFilter(self)
        self.place()

    def place(self) -> None:
        viewport, note = self._table.viewport(), self._note
        width = max(0, viewport.width() - 24)
        note.setGeometry(12, 12, width, note.heightForWidth(width))
        note.setVisible(self._table.model().rowCount() == 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.place()
        return False


def record_table(model: RecordTableModel, stretch: int | None = None) -> QTableView:
    """A read-only table of records: whole rows selected one at a time, columns fitted to their
    text, the main text column stretched."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    fit_columns(table, stretch)
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


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps them onto more lines when the width runs out, so
    a row of chips never makes the window wider (after Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y = area.x(), y + line_height + self._spacing
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class WrappedLabel(QLabel):
    """A word-wrapped label that claims the height its lines need at its width: a layout under
    pressure otherwise squeezes it to one line and cuts the rest."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def setText(self, text: str) -> None:
        super().setText(text)
        needed = self.heightForWidth(self.width()) if self.width() > 0 else -1
        if needed > 0:
            self.setMinimumHeight(needed)


def totals_row(table: QTableView, model: RecordTableModel) -> QTableView:
    """A one-line table in bold under `table`, its columns kept as wide as the table's: the
    totals row of a statement, which stays in view however the rows above scroll. `model` has
    the table's columns and holds one record, the totals."""
    footer = QTableView()
    footer.setModel(model)
    footer.horizontalHeader().hide()
    footer.verticalHeader().hide()
    footer.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    footer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    footer.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    footer.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    font = footer.font()
    font.setBold(True)
    footer.setFont(font)
    footer.setObjectName("totalsRow")
    footer.setItemDelegate(ElidedTextTooltips(footer))
    footer.setFixedHeight(footer.verticalHeader().defaultSectionSize() + 2 * footer.frameWidth())
    header = table.horizontalHeader()

    def follow(*_args: object) -> None:
        for column in range(header.count()):
            footer.setColumnWidth(column, header.sectionSize(column))
        # The table's vertical scroll bar takes width the footer does not have.
        bar = table.verticalScrollBar()
        footer.setViewportMargins(0, 0, bar.width() if bar.isVisible() else 0, 0)

    header.sectionResized.connect(follow)
    header.geometriesChanged.connect(follow)
    table.horizontalScrollBar().valueChanged.connect(footer.horizontalScrollBar().setValue)
    fitter = table.__dict__.get("column_fitter")
    if isinstance(fitter, _ColumnFitter):
        # The totals are often longer than any line above them: the columns fit them too.
        fitter.also_needed = footer.sizeHintForColumn
        model.modelReset.connect(fitter.measure)
    follow()
    return footer
