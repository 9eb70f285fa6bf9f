"""The audit log: latest changes first, searchable."""

from __future__ import annotations

import json

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit, QVBoxLayout

from ..services import audit
from ..services.audit import AuditEntry
from ..services.changes import Area
from .areas import ViewContext
from .banner import MessageBanner
from .formatting import local_datetime
from .page import Page
from .table_model import Column, RecordTableModel
from .widgets import record_table


class AuditPage(Page):
    # Every change that is recorded is audited too.
    watches = frozenset(Area)

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self.ctx = ctx
        zone = ctx.zone
        self.model: RecordTableModel[AuditEntry] = RecordTableModel([
            Column(self.tr("When"), lambda e: local_datetime(e.at, zone)),
            Column(self.tr("Who"), lambda e: e.actor),
            # The action as recorded, which is also what the search matches.
            Column(self.tr("Action"), lambda e: e.action),
            Column(self.tr("Record"), lambda e: f"{e.entity} {e.entity_id or ''}".strip()),
            Column(self.tr("Details"), lambda e: json.dumps(e.details, ensure_ascii=False)
                   if e.details else "", stretch=True),
        ])  # fmt: skip
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search who, action, record or details"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=300, timeout=self.refresh)
        self.search.textChanged.connect(self._typed)
        self.table = record_table(self.model)
        self.banner = MessageBanner()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        self.refresh()

    def _typed(self, _text: str) -> None:
        self._debounce.start()

    def refresh(self) -> None:
        text = self.search.text()
        self.ctx.query(self, lambda uow, actor: audit.list_events(uow, actor, search=text),
                       self._show, purpose="events")  # fmt: skip

    def _show(self, entries: list[AuditEntry]) -> None:
        self.model.set_records(entries)
        self.refreshed.emit()
