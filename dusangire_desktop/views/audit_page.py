"""The audit log: latest changes first, searchable."""

from __future__ import annotations

import json

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from ..services import audit
from ..services.audit import AuditEntry
from .areas import ViewContext
from .background import run_in_background
from .banner import MessageBanner
from .changes import changes_hub
from .formatting import local_datetime
from .table_model import Column, RecordTableModel


class AuditPage(QWidget):
    refreshed = Signal()

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self._ctx = ctx
        zone = ctx.zone
        self.model: RecordTableModel[AuditEntry] = RecordTableModel([
            Column("When", lambda e: local_datetime(e.at, zone)),
            Column("Who", lambda e: e.actor),
            Column("Action", lambda e: e.action.replace("_", " ")),
            Column("Record", lambda e: f"{e.entity} {e.entity_id or ''}".strip()),
            Column("Details", lambda e: json.dumps(e.details, ensure_ascii=False)
                   if e.details else ""),
        ])  # fmt: skip
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search who, action, record or details")
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=300, timeout=self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.banner = MessageBanner()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        changes_hub().changed.connect(self._on_change)
        self.refresh()

    def _on_change(self, _area: str, _ids: list) -> None:
        self.refresh()

    def refresh(self) -> None:
        text = self.search.text()
        run_in_background(
            self,
            lambda: audit.list_events(self._ctx.uow_factory(), self._ctx.actor, search=text),
            self._show,
            lambda e: self.banner.show_error(e.message),
        )

    def _show(self, entries: list[AuditEntry]) -> None:
        self.model.set_records(entries)
        self.refreshed.emit()
