"""A page that lists records in a table with a row of buttons under it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..services.errors import DomainError
from .banner import MessageBanner
from .context import ViewContext
from .operations import Operation
from .page import Page
from .table_model import Column, RecordTableModel
from .widgets import record_table, selected_record

R = TypeVar("R")


class RecordsPage(Page, Generic[R]):
    """Subclasses give the columns and `load()` (what to read; None shows an empty list) and add
    their buttons. The chosen row stays chosen when the list is read again, and an action that
    needs a row says so when none is chosen (`chosen()`)."""

    def __init__(
        self,
        ctx: ViewContext,
        banner: MessageBanner,
        columns: Sequence[Column],
        above: QWidget | None = None,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.banner = banner
        self.model: RecordTableModel[R] = RecordTableModel(list(columns))
        self.table = record_table(self.model)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        if above is not None:
            layout.addWidget(above)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

    def add_buttons(
        self, actions: Iterable[tuple[str, Callable[[], object]]], visible: bool = True
    ) -> list[QPushButton]:
        added = []
        for title, action in actions:
            button = QPushButton(title)
            button.clicked.connect(action)
            button.setVisible(visible)
            self.buttons.insertWidget(self.buttons.count() - 1, button)
            added.append(button)
        return added

    def load(self) -> Operation[list[R]] | None:
        raise NotImplementedError

    def refresh(self) -> None:
        operation = self.load()
        if operation is None:
            self.model.set_records([])
            return
        self.ctx.query(self, operation, self._loaded, purpose="records")

    def _loaded(self, records: list[R]) -> None:
        before = self.selected()
        self.model.set_records(records)
        if before is not None:
            same = getattr(before, "id", before)
            row = next((i for i, r in enumerate(records) if getattr(r, "id", r) == same), None)
            if row is not None:
                self.table.selectRow(row)
        self.refreshed.emit()

    def selected(self) -> R | None:
        record: R | None = selected_record(self.table, self.model)
        return record

    def nothing_chosen(self) -> str:
        """What to say when an action needs a row and none is chosen; subclasses name the thing."""
        return QCoreApplication.translate("RecordsPage", "Choose a line in the list first.")

    def chosen(self) -> R | None:
        record = self.selected()
        if record is None:
            self.banner.show_error(self.nothing_chosen())
        return record

    def refused_and_read_again(self, error: DomainError) -> None:
        """Show why, and read the list again: the record may have changed at another desk."""
        self.banner.show_error(error.message)
        self.refresh()
