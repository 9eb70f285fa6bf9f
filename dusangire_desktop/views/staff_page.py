"""Staff accounts for administrators: create, change role, deactivate, reset password."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import accounts
from ..services.accounts import Role, StaffAccount
from ..services.auth import MAX_PASSWORD_LENGTH, ROLE_LABELS
from ..services.errors import DomainError
from .areas import ViewContext
from .background import run_in_background
from .banner import MessageBanner
from .changes import announce, changes_hub
from .formatting import local_datetime
from .forms import FieldErrors
from .table_model import Column, RecordTableModel


def _role_combo() -> QComboBox:
    combo = QComboBox()
    for role, label in ROLE_LABELS.items():
        combo.addItem(label, role)
    return combo


class NewStaffDialog(QDialog):
    """The form keeps what was typed when the service refuses it, and shows why at the field."""

    created = Signal(object)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New staff account")
        self.setMinimumWidth(420)
        self._ctx = ctx
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(accounts.MAX_NAME_LENGTH + 20)
        self.username = QLineEdit()
        self.username.setMaxLength(60)
        self.role = _role_combo()
        self.password = QLineEdit()
        self.password.setMaxLength(MAX_PASSWORD_LENGTH + 20)
        self.password.setPlaceholderText("temporary; changed at first sign-in")
        self.banner = MessageBanner()
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.errors.add_row("Full &name", "full_name", self.full_name)
        self.errors.add_row("&Username", "username", self.username)
        self.errors.add_row("&Role", "role", self.role)
        self.errors.add_row("Temporary &password", "password", self.password)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton("Create", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _submit(self) -> None:
        self.errors.clear()
        self.banner.clear()
        self.save_button.setEnabled(False)
        values = {
            "username": self.username.text(),
            "full_name": self.full_name.text(),
            "role": self.role.currentData(),
            "password": self.password.text(),
        }
        run_in_background(
            self,
            lambda: accounts.create_staff(self._ctx.uow_factory(), self._ctx.actor, **values),
            self._created,
            self._failed,
        )

    def _created(self, account: StaffAccount) -> None:
        self.created.emit(account)
        self.accept()

    def _failed(self, error: DomainError) -> None:
        self.save_button.setEnabled(True)
        if not self.errors.show(error):
            self.banner.show_error(error.message)


class StaffPage(QWidget):
    refreshed = Signal()

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self._ctx = ctx
        zone = ctx.zone
        self.model: RecordTableModel[StaffAccount] = RecordTableModel([
            Column("Name", lambda s: s.full_name),
            Column("Username", lambda s: s.username),
            Column("Role", lambda s: ROLE_LABELS[s.role]),
            Column("Status", lambda s: "locked" if s.is_locked else
                   ("active" if s.is_active else "deactivated")),
            Column("Last sign-in", lambda s: local_datetime(s.last_login_at, zone),
                   sort_key=lambda s: s.last_login_at.isoformat() if s.last_login_at else ""),
        ])  # fmt: skip
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(RecordTableModel.SORT_ROLE)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Filter by name, username or role  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.new_button = QPushButton("&New account…")
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.role_button = QPushButton("Change &role…")
        self.active_button = QPushButton("&Deactivate")
        self.reset_button = QPushButton("Reset &password…")
        self.new_button.clicked.connect(self.open_new_dialog)
        self.role_button.clicked.connect(self._change_role)
        self.active_button.clicked.connect(self._toggle_active)
        self.reset_button.clicked.connect(self._reset_password)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.banner = MessageBanner()
        buttons = QHBoxLayout()
        for button in (self.new_button, self.role_button, self.active_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()
        changes_hub().changed.connect(self._on_change)
        self.refresh()

    def refresh(self) -> None:
        run_in_background(
            self,
            lambda: accounts.list_staff(self._ctx.uow_factory(), self._ctx.actor),
            self._show,
            lambda e: self.banner.show_error(e.message),
        )

    def _show(self, staff: list[StaffAccount]) -> None:
        selected = self.selected()
        self.model.set_records(staff)
        if selected:
            self.select(selected.username)
        self._update_buttons()
        self.refreshed.emit()

    def _on_change(self, area: str, _ids: list) -> None:
        if area == "staff":
            self.refresh()

    def selected(self) -> StaffAccount | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.data(rows[0], RecordTableModel.RECORD_ROLE)

    def select(self, username: str) -> None:
        for row in range(self.proxy.rowCount()):
            record = self.proxy.data(self.proxy.index(row, 0), RecordTableModel.RECORD_ROLE)
            if record.username == username:
                self.table.selectRow(row)
                return

    def _update_buttons(self, *_args: object) -> None:
        account = self.selected()
        for button in (self.role_button, self.active_button, self.reset_button):
            button.setEnabled(account is not None)
        self.active_button.setText(
            "&Reactivate" if account is not None and not account.is_active else "&Deactivate"
        )

    def open_new_dialog(self) -> NewStaffDialog:
        dialog = NewStaffDialog(self._ctx, self)
        dialog.created.connect(self._created)
        dialog.open()
        return dialog

    def _created(self, account: StaffAccount) -> None:
        self.banner.show_info(f"Account '{account.username}' created.")
        announce("staff", [account.id])

    def _run_change(self, work, done_message: str) -> None:  # type: ignore[no-untyped-def]
        self.banner.clear()

        def done(account: StaffAccount) -> None:
            self.banner.show_info(done_message.format(name=account.full_name))
            announce("staff", [account.id])

        run_in_background(self, work, done, lambda e: self.banner.show_error(e.message))

    def _change_role(self) -> None:
        account = self.selected()
        if account is None:
            return
        labels = list(ROLE_LABELS.values())
        label, ok = QInputDialog.getItem(
            self, "Change role", f"New role for {account.full_name}:", labels,
            labels.index(ROLE_LABELS[account.role]), False,
        )  # fmt: skip
        if ok:
            role = next(r for r, text in ROLE_LABELS.items() if text == label)
            self.change_role(account, role)

    def change_role(self, account: StaffAccount, role: Role) -> None:
        ctx = self._ctx
        self._run_change(
            lambda: accounts.change_role(ctx.uow_factory(), ctx.actor, account.id, role),
            "{name} is now " + ROLE_LABELS[role] + ".",
        )

    def _toggle_active(self) -> None:
        account = self.selected()
        if account is not None:
            self.set_active(account, not account.is_active)

    def set_active(self, account: StaffAccount, active: bool) -> None:
        ctx = self._ctx
        self._run_change(
            lambda: accounts.set_active(ctx.uow_factory(), ctx.actor, account.id, active),
            "{name} " + ("can sign in again." if active else "can no longer sign in."),
        )

    def _reset_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        password, ok = QInputDialog.getText(
            self, "Reset password", f"Temporary password for {account.full_name}:"
        )
        if ok:
            self.reset_password(account, password)

    def reset_password(self, account: StaffAccount, password: str) -> None:
        ctx = self._ctx
        self._run_change(
            lambda: accounts.reset_password(ctx.uow_factory(), ctx.actor, account.id, password),
            "{name}'s password was reset and the account unlocked.",
        )
