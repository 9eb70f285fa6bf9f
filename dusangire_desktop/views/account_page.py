"""My account: who I am, the language of my screens, and changing my own password."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services import accounts
from ..services.auth import MAX_PASSWORD_LENGTH
from ..services.errors import DomainError
from .areas import ViewContext
from .banner import MessageBanner
from .customer_dialog import language_picker
from .forms import FieldErrors
from .labels import label


class AccountPage(QWidget):
    password_changed = Signal()
    # The account as it is now, once its language is saved: the window speaks it at once.
    language_changed = Signal(object)

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self.ctx = ctx
        actor = ctx.actor
        title = QLabel(actor.full_name)
        title.setStyleSheet("font-size:18px; font-weight:600;")
        subtitle = QLabel(f"{actor.username} · {label(actor.role)}")
        subtitle.setProperty("data", True)
        title.setProperty("data", True)
        self.language = language_picker(actor.language)
        self.language.activated.connect(self._choose_language)
        language_form = QFormLayout()
        language_label = QLabel(self.tr("&Language of my screens"))
        language_label.setBuddy(self.language)
        language_form.addRow(language_label, self.language)
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
        layout.addLayout(language_form)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("Change your password")))
        layout.addLayout(form)
        layout.addWidget(self.save)
        layout.addStretch(1)

    def _choose_language(self) -> None:
        code = self.language.currentData()
        if code == self.ctx.actor.language:
            return
        self.banner.clear()
        if self.ctx.command(
            self,
            lambda uow, actor: accounts.set_own_language(uow, actor, code),
            self.language_changed.emit,
            purpose="choose language",
            on_error=self._language_refused,
        ):
            self.language.setEnabled(False)

    def _language_refused(self, error: DomainError) -> None:
        self.language.setEnabled(True)
        self.language.setCurrentIndex(max(0, self.language.findData(self.ctx.actor.language)))
        self.banner.show_error(error.message)

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
