"""My account: who I am, and changing my own password."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..services import accounts
from ..services.auth import MAX_PASSWORD_LENGTH
from ..services.errors import DomainError
from .areas import ViewContext
from .banner import MessageBanner
from .forms import FieldErrors
from .labels import label


class AccountPage(QWidget):
    password_changed = Signal()

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self.ctx = ctx
        actor = ctx.actor
        title = QLabel(actor.full_name)
        title.setStyleSheet("font-size:18px; font-weight:600;")
        subtitle = QLabel(f"{actor.username} · {label(actor.role)}")
        self.banner = MessageBanner()
        self.current = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.new = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        for field in (self.current, self.new, self.confirm):
            field.setMaxLength(MAX_PASSWORD_LENGTH)
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.errors.add_row(self.tr("&Current password"), "current_password", self.current)
        self.errors.add_row(self.tr("&New password"), "new_password", self.new)
        self.errors.add_row(self.tr("Con&firm new password"), "confirm", self.confirm)
        self.save = QPushButton(self.tr("Change password"))
        self.save.clicked.connect(self._submit)
        self.confirm.returnPressed.connect(self._submit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("Change your password")))
        layout.addLayout(form)
        layout.addWidget(self.save)
        layout.addStretch(1)

    def _submit(self) -> None:
        self.errors.clear()
        self.banner.clear()
        if self.new.text() != self.confirm.text():
            self.show_domain_error(
                DomainError(self.tr("The two new passwords differ."), field="confirm")
            )
            return
        current, new = self.current.text(), self.new.text()
        if self.ctx.command(
            self,
            lambda uow, actor: accounts.change_own_password(uow, actor, current, new),
            self._done,
            purpose="change password",
            on_error=self._failed,
        ):
            self.save.setEnabled(False)

    def _done(self, _none: None) -> None:
        self.save.setEnabled(True)
        for field in (self.current, self.new, self.confirm):
            field.clear()
        self.banner.show_info(self.tr("Your password was changed."))
        self.password_changed.emit()

    def _failed(self, error: DomainError) -> None:
        self.save.setEnabled(True)
        self.show_domain_error(error)

    def show_domain_error(self, error: DomainError) -> None:
        if not self.errors.show(error):
            self.banner.show_error(error.message)
