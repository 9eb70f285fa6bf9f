"""Support tickets: the queue with filters and sort, one ticket's life and its comments."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import support
from ..services.auth import Permission
from ..services.errors import DomainError
from ..services.support import (
    TicketCategory,
    TicketDetail,
    TicketPriority,
    TicketStatus,
    TicketView,
)
from .areas import ViewContext
from .background import run_in_background, run_latest
from .banner import MessageBanner
from .changes import announce, changes_hub
from .customer_picker import CustomerPicker
from .formatting import local_datetime
from .forms import FieldErrors
from .table_model import Column, RecordTableModel

REFRESH_MS = 20000
PRIORITY_ORDER = {
    TicketPriority.URGENT: 0,
    TicketPriority.HIGH: 1,
    TicketPriority.MEDIUM: 2,
    TicketPriority.LOW: 3,
}
ACTIONS = [
    ("Start", TicketStatus.IN_PROGRESS),
    ("Resolve", TicketStatus.RESOLVED),
    ("Close", TicketStatus.CLOSED),
    ("Reopen", TicketStatus.OPEN),
]


class NewTicketDialog(QDialog):
    created = Signal(object)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle("New support ticket")
        self.setMinimumWidth(480)
        self.subject = QLineEdit()
        self.subject.setMaxLength(200)
        self.description = QPlainTextEdit()
        self.category = QComboBox()
        for c in TicketCategory:
            self.category.addItem(c.value.replace("_", " "), c)
        self.priority = QComboBox()
        for p in TicketPriority:
            self.priority.addItem(p.value, p)
        self.priority.setCurrentIndex(1)
        self.picker = CustomerPicker(ctx, self)
        self.order = QLineEdit()
        self.order.setPlaceholderText("optional, e.g. D-000123")
        self.banner = MessageBanner()
        form = QFormLayout()
        self.errors = FieldErrors(form)
        for label, field, widget in (
            ("&Subject", "subject", self.subject),
            ("&Description", "description", self.description),
            ("C&ategory", "category", self.category),
            ("&Priority", "priority", self.priority),
            ("&Customer (optional)", "customer", self.picker),
            ("&Order (optional)", "order_number", self.order),
        ):
            self.errors.add_row(label, field, widget)
        buttons = QDialogButtonBox()
        self.save = buttons.addButton("Create", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _submit(self) -> None:
        self.errors.clear()
        ctx, customer = self._ctx, self.picker.customer()
        values = {
            "subject": self.subject.text(),
            "description": self.description.toPlainText(),
            "category": self.category.currentData(),
            "priority": self.priority.currentData(),
            "customer_id": customer.id if customer and self.picker.search.text() else None,
            "order_number": self.order.text(),
        }
        run_in_background(
            self,
            lambda: support.create_ticket(ctx.uow_factory(), ctx.actor, **values),
            self._created,
            self._failed,
        )

    def _created(self, ticket: TicketView) -> None:
        announce("tickets", [ticket.id])
        self.created.emit(ticket)
        self.accept()

    def _failed(self, error: DomainError) -> None:
        if not self.errors.show(error):
            self.banner.show_error(error.message)


class TicketsPage(QWidget):
    refreshed = Signal()
    detail_loaded = Signal()

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.detail: TicketDetail | None = None
        works = ctx.actor.can(Permission.WORK_TICKETS)
        zone = ctx.zone
        self.banner = MessageBanner()
        self.status = QComboBox()
        self.status.addItem(
            "Unfinished (open, in progress)", (TicketStatus.OPEN, TicketStatus.IN_PROGRESS)
        )
        self.status.addItem("All", ())
        for s in TicketStatus:
            self.status.addItem(s.value.replace("_", " "), (s,))
        self.priority = QComboBox()
        self.priority.addItem("Any priority", ())
        for p in TicketPriority:
            self.priority.addItem(p.value, (p,))
        self.assignee = QComboBox()
        self.assignee.addItem("Anyone", None)
        self.assignee.addItem("Unassigned", -1)
        self.overdue = QCheckBox("&Overdue only")
        self.search = QLineEdit()
        self.search.setPlaceholderText("subject or number")
        new = QPushButton("&New ticket…")
        new.clicked.connect(self.open_new)
        self.model: RecordTableModel[TicketView] = RecordTableModel(
            [
                Column("Ticket", lambda t: t.number),
                Column("Subject", lambda t: t.subject),
                Column(
                    "Priority",
                    lambda t: t.priority.value,
                    sort_key=lambda t: PRIORITY_ORDER[t.priority],
                ),
                Column("Status", lambda t: t.status.value.replace("_", " ")),
                Column("Assignee", lambda t: t.assignee or "—"),
                Column(
                    "Created",
                    lambda t: local_datetime(t.created_at, zone),
                    sort_key=lambda t: t.created_at.isoformat(),
                ),
                Column(
                    "SLA",
                    lambda t: "OVERDUE" if t.overdue else "",
                    tooltip=lambda t: (
                        f"First reply due {local_datetime(t.first_response_due, zone)};"
                        f" resolution due {local_datetime(t.resolution_due, zone)}"
                    ),
                ),
            ]
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(RecordTableModel.SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.load_detail())
        self.header = QLabel("Choose a ticket.")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.thread = QLabel("")
        self.thread.setWordWrap(True)
        self.thread.setTextFormat(Qt.TextFormat.RichText)
        self.thread.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.reply = QPlainTextEdit()
        self.reply.setPlaceholderText("Reply to the customer, or an internal note")
        self.reply.setMaximumHeight(80)
        self.internal = QCheckBox("&Internal note (the customer does not see it)")
        send = QPushButton("Add &comment")
        send.clicked.connect(self.add_comment)
        self.assign_to = QComboBox()
        self.assign_to.addItem("Unassigned", None)
        assign = QPushButton("&Assign")
        assign.clicked.connect(self.assign_selected)
        self.set_priority = QComboBox()
        for p in TicketPriority:
            self.set_priority.addItem(p.value, p)
        priority = QPushButton("Set priorit&y")
        priority.clicked.connect(self.priority_selected)
        moves = QHBoxLayout()
        self.move_buttons = {}
        for label, to in ACTIONS:
            button = QPushButton(label)
            button.clicked.connect(lambda _c=False, to=to: self.move_selected(to))
            button.setVisible(works)
            self.move_buttons[to] = button
            moves.addWidget(button)
        moves.addStretch(1)
        people = QHBoxLayout()
        for widget in (self.assign_to, assign, self.set_priority, priority):
            widget.setVisible(works)
            people.addWidget(widget)
        people.addStretch(1)
        filters = QHBoxLayout()
        for widget in (self.status, self.priority, self.assignee, self.overdue, self.search, new):
            filters.addWidget(widget)
        right = QWidget()
        r = QVBoxLayout(right)
        r.addWidget(self.header)
        r.addLayout(moves)
        r.addLayout(people)
        r.addWidget(self.thread, 1)
        r.addWidget(self.reply)
        row = QHBoxLayout()
        row.addWidget(self.internal)
        row.addStretch(1)
        row.addWidget(send)
        r.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        for signal in (
            self.status.currentIndexChanged,
            self.priority.currentIndexChanged,
            self.assignee.currentIndexChanged,
            self.overdue.toggled,
            self.search.textChanged,
        ):
            signal.connect(lambda *_: self._debounce.start())
        self._debounce = QTimer(self, singleShot=True, interval=250, timeout=self.refresh)
        self._timer = QTimer(self, interval=REFRESH_MS, timeout=self.refresh)
        self._timer.start()
        changes_hub().changed.connect(self._on_change)
        run_in_background(
            self, lambda: support.support_staff(ctx.uow_factory(), ctx.actor), self._staff
        )
        self.refresh()

    def _staff(self, staff: list[tuple[int, str]]) -> None:
        for staff_id, name in staff:
            self.assignee.addItem(name, staff_id)
            self.assign_to.addItem(name, staff_id)

    def refresh(self) -> None:
        ctx = self._ctx
        who = self.assignee.currentData()
        filters = {
            "statuses": self.status.currentData(),
            "priorities": self.priority.currentData(),
            "assignee_id": who if who not in (None, -1) else None,
            "unassigned": who == -1,
            "overdue_only": self.overdue.isChecked(),
            "search": self.search.text(),
        }
        run_latest(
            self,
            "queue",
            lambda: support.queue(ctx.uow_factory(), ctx.actor, **filters),
            self._show,
            lambda e: self.banner.show_error(e.message),
        )

    def _show(self, tickets: list[TicketView]) -> None:
        selected = self.selected()
        self.model.set_records(tickets)
        if selected is not None:
            self.select(selected.id)
        self.refreshed.emit()

    def selected(self) -> TicketView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.data(rows[0], RecordTableModel.RECORD_ROLE) if rows else None

    def select(self, ticket_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if (
                self.proxy.data(self.proxy.index(row, 0), RecordTableModel.RECORD_ROLE).id
                == ticket_id
            ):
                self.table.selectRow(row)
                return

    def load_detail(self) -> None:
        ticket, ctx = self.selected(), self._ctx
        if ticket is None:
            return
        run_in_background(
            self,
            lambda: support.detail(ctx.uow_factory(), ctx.actor, ticket.id),
            self._show_detail,
            lambda e: self.banner.show_error(e.message),
        )

    def _show_detail(self, detail: TicketDetail) -> None:
        self.detail = detail
        t, zone = detail.ticket, self._ctx.zone
        first = (
            local_datetime(t.first_response_at, zone)
            if t.first_response_at
            else f"not yet (due {local_datetime(t.first_response_due, zone)})"
        )
        self.header.setText(
            f"<b>{t.number}</b> · {escape(t.subject)}<br>{t.priority.value} · "
            f"{t.status.value.replace('_', ' ')} · {escape(t.assignee or 'unassigned')}"
            + (f" · customer {escape(t.customer)}" if t.customer else "")
            + (f" · order {t.order_number}" if t.order_number else "")
            + f"<br>First response: {first}<br><i>{escape(detail.description)}</i>"
        )
        entries = [
            (
                c.created_at,
                f"<p><b>{escape(c.author)}</b> "
                f"{'(internal)' if c.is_internal else ''} "
                f"<span style='color:#666'>{local_datetime(c.created_at, zone)}</span><br>"
                f"{escape(c.body)}</p>",
            )
            for c in detail.comments
        ]
        entries += [
            (
                at,
                f"<p style='color:#666'>{local_datetime(at, zone)} — {escape(who)}: "
                f"{(old or 'new').replace('_', ' ')} → {new.replace('_', ' ')}</p>",
            )
            for at, old, new, who in detail.events
        ]
        self.thread.setText("".join(text for _at, text in sorted(entries, key=lambda e: e[0])))
        allowed = support.MOVES[t.status]
        for to, button in self.move_buttons.items():
            button.setEnabled(to in allowed)
        self.detail_loaded.emit()

    def _run(self, work, message: str) -> None:  # type: ignore[no-untyped-def]
        def done(ticket: TicketView) -> None:
            self.banner.show_info(message.format(number=ticket.number))
            announce("tickets", [ticket.id])

        def failed(error: DomainError) -> None:
            self.banner.show_error(error.message)
            self.refresh()

        run_in_background(self, work, done, failed)

    def current(self) -> TicketView | None:
        """The ticket as last shown in the detail panel: what the person is acting on."""
        selected = self.selected()
        if (
            selected is not None
            and self.detail is not None
            and self.detail.ticket.id == selected.id
        ):
            return self.detail.ticket
        return selected

    def move_selected(self, to: TicketStatus) -> None:
        t, ctx = self.current(), self._ctx
        if t is not None:
            self._run(
                lambda: support.move(ctx.uow_factory(), ctx.actor, t.id, t.version, to),
                "{number}: " + to.value.replace("_", " ") + ".",
            )

    def assign_selected(self) -> None:
        t, ctx, who = self.current(), self._ctx, self.assign_to.currentData()
        if t is not None:
            self._run(
                lambda: support.assign(ctx.uow_factory(), ctx.actor, t.id, t.version, who),
                "{number} assigned.",
            )

    def priority_selected(self) -> None:
        t, ctx, p = self.current(), self._ctx, self.set_priority.currentData()
        if t is not None:
            self._run(
                lambda: support.set_priority(ctx.uow_factory(), ctx.actor, t.id, t.version, p),
                "{number} is now " + p.value + ".",
            )

    def add_comment(self) -> None:
        t, ctx = self.selected(), self._ctx
        if t is None:
            return
        body, internal = self.reply.toPlainText(), self.internal.isChecked()

        def done(ticket: TicketView) -> None:
            self.reply.clear()
            announce("tickets", [ticket.id])

        run_in_background(
            self,
            lambda: support.comment(ctx.uow_factory(), ctx.actor, t.id, body, internal),
            done,
            lambda e: self.banner.show_error(e.message),
        )

    def open_new(self) -> NewTicketDialog:
        dialog = NewTicketDialog(self._ctx, self)
        dialog.created.connect(lambda t: self.banner.show_info(f"{t.number} created."))
        dialog.open()
        return dialog

    def _on_change(self, area: str, _ids: list) -> None:
        if area == "tickets":
            self.refresh()
            self.load_detail()
