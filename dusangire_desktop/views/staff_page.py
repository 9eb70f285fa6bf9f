"""Staff accounts for administrators: create, change role, deactivate, reset password."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import accounts
from ..services.accounts import Role, StaffAccount
from ..services.auth import MAX_PASSWORD_LENGTH, Actor
from ..services.changes import Area
from ..services.uow import UnitOfWork
from .areas import ViewContext
from .banner import MessageBanner
from .formatting import local_datetime
from .forms import FormDialog
from .labels import choices, label
from .operations import Operation
from .page import Page
from .table_model import Column, RecordTableModel
from .widgets import fit_columns


def _role_combo() -> QComboBox:
    combo = QComboBox()
    for text, role in choices(Role):
        combo.addItem(text, role)
    return combo


class NewStaffDialog(FormDialog):
    """The form keeps what was typed when the service refuses it, and shows why at the field."""

    created = Signal(object)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent, minimum_width=420)
        self.setWindowTitle(self.tr("New staff account"))
        self.save_button.setText(self.tr("Create"))
        self.full_name = self.add_field(self.tr("Full &name"), "full_name", QLineEdit())
        self.full_name.setMaxLength(accounts.MAX_NAME_LENGTH + 20)
        self.username = self.add_field(self.tr("&Username"), "username", QLineEdit())
        self.username.setMaxLength(60)
        self.role = self.add_field(self.tr("&Role"), "role", _role_combo())
        self.password = self.add_field(self.tr("Temporary &password"), "password", QLineEdit())
        self.password.setMaxLength(MAX_PASSWORD_LENGTH + 20)
        self.password.setPlaceholderText(self.tr("temporary; changed at first sign-in"))
        self.saved.connect(self.created)

    def operation(self) -> Operation[StaffAccount]:
        values: dict[str, Any] = {
            "username": self.username.text(),
            "full_name": self.full_name.text(),
            "role": self.role.currentData(),
            "password": self.password.text(),
        }
        return lambda uow, actor: accounts.create_staff(uow, actor, **values)


class StaffPage(Page):
    watches = frozenset({Area.STAFF})

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self.ctx = ctx
        zone = ctx.zone
        self.model: RecordTableModel[StaffAccount] = RecordTableModel([
            Column(self.tr("Name"), lambda s: s.full_name),
            Column(self.tr("Username"), lambda s: s.username),
            Column(self.tr("Role"), lambda s: label(s.role)),
            Column(self.tr("Status"), self._status),
            Column(self.tr("Last sign-in"), lambda s: local_datetime(s.last_login_at, zone),
                   sort_key=lambda s: s.last_login_at.isoformat() if s.last_login_at else ""),
        ])  # fmt: skip
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(RecordTableModel.SORT_ROLE)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name, username or role  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        fit_columns(self.table)
        self.table.verticalHeader().hide()
        self.new_button = QPushButton(self.tr("&New account…"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.role_button = QPushButton(self.tr("Change &role…"))
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.reset_button = QPushButton(self.tr("Reset &password…"))
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
        self.refresh()

    def _status(self, account: StaffAccount) -> str:
        if account.is_locked:
            return self.tr("locked")
        return self.tr("active") if account.is_active else self.tr("deactivated")

    def refresh(self) -> None:
        self.ctx.query(self, lambda uow, actor: accounts.list_staff(uow, actor), self._show,
                       purpose="staff")  # fmt: skip

    def _show(self, staff: list[StaffAccount]) -> None:
        selected = self.selected()
        self.model.set_records(staff)
        if selected:
            self.select(selected.username)
        self._update_buttons()
        self.refreshed.emit()

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
            self.tr("&Reactivate")
            if account is not None and not account.is_active
            else self.tr("&Deactivate")
        )

    def open_new_dialog(self) -> NewStaffDialog:
        dialog = NewStaffDialog(self.ctx, self)
        dialog.created.connect(self._created)
        dialog.open()
        return dialog

    def _created(self, account: StaffAccount) -> None:
        self.banner.show_info(self.tr("Account '{username}' created.").format(
            username=account.username))  # fmt: skip

    def _run_change(self, op: Operation[StaffAccount], done: Callable[[str], str]) -> None:
        """`done` words the confirmation for the account's name."""
        self.banner.clear()

        def confirm(account: StaffAccount) -> None:
            self.banner.show_info(done(account.full_name))

        self.ctx.command(self, op, confirm, purpose="change")

    def _change_role(self) -> None:
        account = self.selected()
        if account is None:
            return
        options = choices(Role)
        texts = [text for text, _role in options]
        text, ok = QInputDialog.getItem(
            self, self.tr("Change role"),
            self.tr("New role for {name}:").format(name=account.full_name), texts,
            texts.index(label(account.role)), False,
        )  # fmt: skip
        if ok:
            role = next(r for t, r in options if t == text)
            self.change_role(account, Role(role))

    def change_role(self, account: StaffAccount, role: Role) -> None:
        def op(uow: UnitOfWork, actor: Actor) -> StaffAccount:
            return accounts.change_role(uow, actor, account.id, role)

        self._run_change(
            op, lambda name: self.tr("{name} is now {role}.").format(name=name, role=label(role))
        )

    def _toggle_active(self) -> None:
        account = self.selected()
        if account is not None:
            self.set_active(account, not account.is_active)

    def set_active(self, account: StaffAccount, active: bool) -> None:
        def op(uow: UnitOfWork, actor: Actor) -> StaffAccount:
            return accounts.set_active(uow, actor, account.id, active)

        if active:
            self._run_change(
                op, lambda name: self.tr("{name} can sign in again.").format(name=name)
            )
        else:
            self._run_change(
                op, lambda name: self.tr("{name} can no longer sign in.").format(name=name)
            )

    def _reset_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        password, ok = QInputDialog.getText(
            self, self.tr("Reset password"),
            self.tr("Temporary password for {name}:").format(name=account.full_name),
        )  # fmt: skip
        if ok:
            self.reset_password(account, password)

    def reset_password(self, account: StaffAccount, password: str) -> None:
        def op(uow: UnitOfWork, actor: Actor) -> StaffAccount:
            return accounts.reset_password(uow, actor, account.id, password)

        self._run_change(
            op,
            lambda name: self.tr("{name}'s password was reset and the account unlocked.").format(
                name=name
            ),
        )
