"""Support tickets: the queue with filters and sort, one ticket's life and its comments."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
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
from ..services.changes import Area
from ..services.errors import DomainError
from ..services.support import (
    StaffChoice,
    TicketCategory,
    TicketDetail,
    TicketPriority,
    TicketStatus,
    TicketView,
)
from .banner import MessageBanner
from .changes import ChangeSet
from .context import ViewContext
from .customer_picker import CustomerPicker
from .formatting import local_datetime, short_datetime
from .forms import FormDialog
from .labels import choices, label
from .operations import Operation
from .page import Page
from .table_model import Column, RecordTableModel
from .widgets import empty_note, fit_columns

PRIORITY_ORDER = {
    TicketPriority.URGENT: 0,
    TicketPriority.HIGH: 1,
    TicketPriority.MEDIUM: 2,
    TicketPriority.LOW: 3,
}
MOVES = (TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED, TicketStatus.CLOSED, TicketStatus.OPEN)


class NewTicketDialog(FormDialog):
    """A new ticket; refused input stays in the form with the reason at its field."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent, minimum_width=480)
        self.setWindowTitle(self.tr("New support ticket"))
        self.save_button.setText(self.tr("Create"))
        self.subject = self.add_field(self.tr("&Subject"), "subject", QLineEdit())
        self.subject.setMaxLength(200)
        self.description = self.add_field(self.tr("&Description"), "description", QPlainTextEdit())
        self.category = self.add_field(self.tr("C&ategory"), "category", QComboBox())
        for text, category in choices(TicketCategory):
            self.category.addItem(text, category)
        self.priority = self.add_field(self.tr("&Priority"), "priority", QComboBox())
        for text, priority in choices(TicketPriority):
            self.priority.addItem(text, priority)
        self.priority.setCurrentIndex(self.priority.findData(TicketPriority.MEDIUM))
        self.picker = self.add_field(
            self.tr("&Customer (optional)"), "customer", CustomerPicker(ctx, self)
        )
        self.order = self.add_field(self.tr("&Order (optional)"), "order_number", QLineEdit())
        self.order.setPlaceholderText(self.tr("optional, e.g. D-000123"))

    def operation(self) -> Operation[TicketView]:
        customer = self.picker.customer()
        values: dict[str, Any] = {
            "subject": self.subject.text(),
            "description": self.description.toPlainText(),
            "category": self.category.currentData(),
            "priority": self.priority.currentData(),
            "customer_id": customer.id if customer and self.picker.search.text() else None,
            "order_number": self.order.text(),
        }
        return lambda uow, actor: support.create_ticket(uow, actor, **values)


class TicketsPage(Page):
    """The queue on the left, the chosen ticket's life on the right; both follow every desk."""

    watches = frozenset({Area.TICKETS, Area.STAFF})
    detail_loaded = Signal()

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.detail: TicketDetail | None = None
        works = ctx.actor.can(Permission.WORK_TICKETS)
        zone = ctx.zone
        self.banner = MessageBanner()
        self.status = QComboBox()
        self.status.addItem(
            self.tr("Unfinished (open, in progress)"),
            (TicketStatus.OPEN, TicketStatus.IN_PROGRESS),
        )
        self.status.addItem(self.tr("All"), ())
        for text, status in choices(TicketStatus):
            self.status.addItem(text, (status,))
        self.priority = QComboBox()
        self.priority.addItem(self.tr("Any priority"), ())
        for text, priority in choices(TicketPriority):
            self.priority.addItem(text, (priority,))
        self.assignee = QComboBox()
        self.assign_to = QComboBox()
        for staff_names in (self.assignee, self.assign_to):
            staff_names.setProperty("data", True)
        self._staff: list[StaffChoice] = []
        self._restoring = False
        self._fill_staff()
        self.overdue = QCheckBox(self.tr("&Overdue only"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("subject or number"))
        new = QPushButton(self.tr("&New ticket…"))
        new.clicked.connect(self.open_new)
        self.model: RecordTableModel[TicketView] = RecordTableModel(
            [
                Column(self.tr("Ticket"), lambda t: t.number),
                Column(self.tr("Subject"), lambda t: t.subject, stretch=True),
                Column(
                    self.tr("Priority"),
                    lambda t: label(t.priority),
                    sort_key=lambda t: PRIORITY_ORDER[t.priority],
                ),
                Column(self.tr("Status"), lambda t: label(t.status)),
                Column(self.tr("Assignee"), lambda t: t.assignee or "—"),
                Column(
                    self.tr("Created"),
                    lambda t: short_datetime(t.created_at, zone),
                    sort_key=lambda t: t.created_at.isoformat(),
                    tooltip=lambda t: local_datetime(t.created_at, zone),
                ),
                Column(
                    self.tr("SLA"),
                    lambda t: self.tr("OVERDUE") if t.overdue else "",
                    tooltip=lambda t: self.tr("First reply due {0}; resolution due {1}").format(
                        local_datetime(t.first_response_due, zone),
                        local_datetime(t.resolution_due, zone),
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
        fit_columns(self.table)
        empty_note(self.table, self.tr("No ticket matches these filters."))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.header = QLabel(self.tr("Choose a ticket."))
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.thread = QLabel("")
        self.thread.setWordWrap(True)
        self.thread.setTextFormat(Qt.TextFormat.RichText)
        self.thread.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.reply = QPlainTextEdit()
        self.reply.setPlaceholderText(self.tr("Reply to the customer, or an internal note"))
        self.reply.setMaximumHeight(80)
        self.internal = QCheckBox(self.tr("&Internal note"))
        self.internal.setToolTip(self.tr("An internal note: the customer does not see it."))
        send = self.send_button = QPushButton(self.tr("Add &comment"))
        send.clicked.connect(self.add_comment)
        assign = self.assign_button = QPushButton(self.tr("&Assign"))
        assign.clicked.connect(self.assign_selected)
        self.set_priority = QComboBox()
        for text, priority in choices(TicketPriority):
            self.set_priority.addItem(text, priority)
        priority_button = self.priority_button = QPushButton(self.tr("Set priorit&y"))
        priority_button.clicked.connect(self.priority_selected)
        moves = QHBoxLayout()
        self.move_buttons: dict[TicketStatus, QPushButton] = {}
        titles = {
            TicketStatus.IN_PROGRESS: self.tr("Start"),
            TicketStatus.RESOLVED: self.tr("Resolve"),
            TicketStatus.CLOSED: self.tr("Close"),
            TicketStatus.OPEN: self.tr("Reopen"),
        }
        for to in MOVES:
            button = QPushButton(titles[to])
            button.clicked.connect(lambda _c=False, to=to: self.move_selected(to))
            self.move_buttons[to] = button
            moves.addWidget(button)
        moves.addStretch(1)
        people = QHBoxLayout()
        self._works = works
        # Assigning and setting the priority on rows of their own keep the detail narrow, so
        # the list can show whole subjects.
        priority_row = QHBoxLayout()
        for row, widgets in ((people, (self.assign_to, assign)),
                             (priority_row, (self.set_priority, priority_button))):  # fmt: skip
            for widget in widgets:
                widget.setVisible(works)
                row.addWidget(widget)
            row.addStretch(1)
        filters = QHBoxLayout()
        for widget in (self.status, self.priority, self.assignee, self.overdue, self.search, new):
            filters.addWidget(widget)
        right = QWidget()
        r = QVBoxLayout(right)
        r.addWidget(self.header)
        r.addLayout(moves)
        r.addLayout(people)
        r.addLayout(priority_row)
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
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([950, 250])
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        # A debounce of typing and filter clicks, not polling: changes arrive through `watches`.
        self._debounce = QTimer(self, singleShot=True, interval=250, timeout=self.refresh_queue)
        for signal in (
            self.status.currentIndexChanged,
            self.priority.currentIndexChanged,
            self.assignee.currentIndexChanged,
            self.overdue.toggled,
            self.search.textChanged,
        ):
            signal.connect(self._filters_changed)
        self._update_actions()
        self.refresh()

    def _update_actions(self) -> None:
        """Only what can be done to the chosen ticket, as it is now, is offered: the moves its
        status allows (the others hidden), and nothing at all while no ticket is chosen."""
        ticket = self.current()
        chosen = ticket is not None
        allowed = support.MOVES[ticket.status] if ticket is not None else set()
        for to, button in self.move_buttons.items():
            button.setVisible(self._works and to in allowed)
            button.setEnabled(to in allowed)
        for widget in (
            self.assign_to,
            self.assign_button,
            self.set_priority,
            self.priority_button,
            self.send_button,
            self.reply,
            self.internal,
        ):
            widget.setEnabled(chosen)  # fmt: skip
        if ticket is None:
            return
        # The lists show the ticket's own assignee and priority until someone changes them.
        self.assign_to.setCurrentIndex(max(0, self.assign_to.findData(ticket.assignee_id)))
        self.set_priority.setCurrentIndex(max(0, self.set_priority.findData(ticket.priority)))

    def _filters_changed(self, *_args: object) -> None:
        self._debounce.start()

    # reading
    def refresh(self) -> None:
        self.load_staff()
        self.refresh_queue()
        self.load_detail()

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.touches({Area.STAFF}):
            self.load_staff()
        if changes.touches({Area.TICKETS}):
            self.refresh_queue()
            ids = changes.ids(Area.TICKETS)
            shown = self.detail.ticket.id if self.detail else None
            if ids is None or shown in ids:
                self.load_detail()

    def load_staff(self) -> None:
        self.ctx.query(self, support.support_staff, self._staff_loaded, purpose="staff")

    def _staff_loaded(self, staff: list[StaffChoice]) -> None:
        if staff != self._staff:
            self._staff = staff
            self._fill_staff()

    def _fill_staff(self) -> None:
        """Both staff lists again, keeping what each had chosen."""
        for combo, first in ((self.assignee, True), (self.assign_to, False)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if first:
                combo.addItem(self.tr("Anyone"), None)
            combo.addItem(self.tr("Unassigned"), -1 if first else None)
            for person in self._staff:
                combo.addItem(person.name, person.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        if hasattr(self, "move_buttons"):
            self._update_actions()

    def refresh_queue(self) -> None:
        who = self.assignee.currentData()
        filters: dict[str, Any] = {
            "statuses": self.status.currentData(),
            "priorities": self.priority.currentData(),
            "assignee_id": who if who not in (None, -1) else None,
            "unassigned": who == -1,
            "overdue_only": self.overdue.isChecked(),
            "search": self.search.text(),
        }
        self.ctx.query(self, lambda uow, actor: support.queue(uow, actor, **filters), self._show,
                       purpose="queue")  # fmt: skip

    def _show(self, tickets: list[TicketView]) -> None:
        selected = self.selected()
        self._restoring = True  # the same ticket chosen again: no need to read it again
        self.model.set_records(tickets)
        if selected is not None:
            self.select(selected.id)
        self._restoring = False
        self.refreshed.emit()

    def selected(self) -> TicketView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.data(rows[0], RecordTableModel.RECORD_ROLE) if rows else None

    def select(self, ticket_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            record = self.proxy.data(self.proxy.index(row, 0), RecordTableModel.RECORD_ROLE)
            if record.id == ticket_id:
                self.table.selectRow(row)
                return

    def _selection_changed(self, *_args: object) -> None:
        if not self._restoring:
            self._update_actions()
            self.load_detail()

    def load_detail(self) -> None:
        ticket = self.selected()
        if ticket is None:
            return
        self.ctx.query(self, lambda uow, actor: support.detail(uow, actor, ticket.id),
                       self._show_detail, purpose="detail")  # fmt: skip

    def _show_detail(self, detail: TicketDetail) -> None:
        self.detail = detail
        t, zone = detail.ticket, self.ctx.zone
        first = (
            local_datetime(t.first_response_at, zone)
            if t.first_response_at
            else self.tr("not yet (due {0})").format(local_datetime(t.first_response_due, zone))
        )
        parts = [label(t.priority), label(t.status), escape(t.assignee or self.tr("unassigned"))]
        if t.customer:
            parts.append(self.tr("customer {0}").format(escape(t.customer)))
        if t.order_number:
            parts.append(self.tr("order {0}").format(t.order_number))
        self.header.setText(
            f"<b>{t.number}</b> · {escape(t.subject)}<br>{' · '.join(parts)}<br>"
            + self.tr("First response: {0}").format(first)
            + f"<br><i>{escape(detail.description)}</i>"
        )
        internal = self.tr("(internal)")
        entries = [
            (
                c.created_at,
                f"<p><b>{escape(c.author)}</b> {internal if c.is_internal else ''} "
                f"<span style='color:#666'>{local_datetime(c.created_at, zone)}</span><br>"
                f"{escape(c.body)}</p>",
            )
            for c in detail.comments
        ]
        entries += [
            (
                e.at,
                f"<p style='color:#666'>{local_datetime(e.at, zone)} — {escape(e.who)}: "
                f"{label(e.old) if e.old else self.tr('new')} → {label(e.new)}</p>",
            )
            for e in detail.events
        ]
        self.thread.setText("".join(text for _at, text in sorted(entries, key=lambda e: e[0])))
        self._update_actions()
        self.detail_loaded.emit()

    # writing: each command's recorded change refreshes the queue and the ticket shown
    def current(self) -> TicketView | None:
        """The ticket as last shown in the detail panel: what the person is acting on."""
        selected = self.selected()
        detail = self.detail
        if selected is not None and detail is not None and detail.ticket.id == selected.id:
            return detail.ticket
        return selected

    def _act(self, op: Operation[TicketView], message: Callable[[TicketView], str]) -> None:
        def done(ticket: TicketView) -> None:
            self.banner.show_info(message(ticket))

        self.ctx.command(self, op, done, purpose="ticket", on_error=self._refused)

    def _refused(self, error: DomainError) -> None:
        """Show why, and read the ticket again: it may have been changed at another desk."""
        self.banner.show_error(error.message)
        self.refresh_queue()
        self.load_detail()

    def move_selected(self, to: TicketStatus) -> None:
        t = self.current()
        if t is not None:
            self._act(lambda uow, actor: support.move(uow, actor, t.id, t.version, to),
                      lambda done: self.tr("{0}: {1}.").format(done.number, label(to)))  # fmt: skip

    def assign_selected(self) -> None:
        t, who = self.current(), self.assign_to.currentData()
        if t is not None:
            self._act(lambda uow, actor: support.assign(uow, actor, t.id, t.version, who),
                      lambda done: self.tr("{0} assigned.").format(done.number))  # fmt: skip

    def priority_selected(self) -> None:
        t, priority = self.current(), self.set_priority.currentData()
        if t is not None:
            self._act(
                lambda uow, actor: support.set_priority(uow, actor, t.id, t.version, priority),
                lambda done: self.tr("{0} is now {1}.").format(done.number, label(priority)),
            )

    def add_comment(self) -> None:
        t = self.selected()
        if t is None:
            return
        body, internal = self.reply.toPlainText(), self.internal.isChecked()
        self.ctx.command(self, lambda uow, actor: support.comment(uow, actor, t.id, body, internal),
                         self._commented, purpose="comment")  # fmt: skip

    def _commented(self, _ticket: TicketView) -> None:
        self.reply.clear()

    def open_new(self) -> NewTicketDialog:
        dialog = NewTicketDialog(self.ctx, self)
        dialog.saved.connect(self._created)
        dialog.open()
        return dialog

    def _created(self, ticket: TicketView) -> None:
        self.banner.show_info(self.tr("{0} created.").format(ticket.number))
