"""The sign-in window, and the first-run window that creates the first administrator.

The sign-in window is shown before the database layer (SQLAlchemy, the models, the services) is
imported: app.py loads that behind it while the person types, then `attach`es the database. So
this module imports only Qt at the top, and the services where they are used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..services.errors import DomainError
from .banner import MessageBanner

if TYPE_CHECKING:
    from ..services.auth import Actor
    from ..services.uow import UnitOfWorkFactory


def _heading(text: str, subtitle: str) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 8)
    title = QLabel(text)
    title.setObjectName("dialogTitle")
    title.setStyleSheet("font-size:20px; font-weight:600;")
    layout.addWidget(title)
    sub = QLabel(subtitle)
    sub.setObjectName("dialogSubtitle")
    sub.setWordWrap(True)
    sub.setStyleSheet("color:#555;")
    layout.addWidget(sub)
    return box


def _language_picker() -> QComboBox:
    """Each language by its own name; choosing one changes this workstation's at once."""
    from . import language

    picker = QComboBox()
    picker.setProperty("data", True)  # each language by its own name, in every language
    for code, name in language.LANGUAGES.items():
        picker.addItem(name, code)
    picker.setCurrentIndex(max(0, picker.findData(language.current())))
    return picker


def _limit_password(field: QLineEdit) -> None:
    from ..services import auth

    field.setMaxLength(auth.MAX_PASSWORD_LENGTH)


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class LoginDialog(QDialog):
    """Username and password; the error stays visible and the username is kept after a failure."""

    signed_in = Signal(object)

    def __init__(
        self, uow_factory: UnitOfWorkFactory | None = None, parent: QWidget | None = None
    ) -> None:
        """Without `uow_factory` the window opens at once and signs in when `attach` gives it
        the database (a "Sign in" pressed before then waits for it)."""
        super().__init__(parent)
        self.setMinimumWidth(380)
        self._uow_factory: UnitOfWorkFactory | None = None
        self._waiting = False
        self.actor: Actor | None = None
        self.username = QLineEdit()
        self.username.setMaxLength(40)
        self.password = _password_field()
        self.banner = MessageBanner()
        form = QFormLayout()
        self.user_label = QLabel()
        self.user_label.setBuddy(self.username)
        self.pass_label = QLabel()
        self.pass_label.setBuddy(self.password)
        self.language_label = QLabel()
        self.language = _language_picker()
        self.language_label.setBuddy(self.language)
        self.language.activated.connect(self._choose_language)
        form.addRow(self.user_label, self.username)
        form.addRow(self.pass_label, self.password)
        form.addRow(self.language_label, self.language)
        self.buttons = QDialogButtonBox()
        self.sign_in_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        where = self.where = QLabel()
        where.setObjectName("databaseLabel")
        where.setStyleSheet("color:#666; font-size:11px;")
        where.setWordWrap(True)
        self.heading = _heading("", "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        layout.addWidget(where)
        self._retranslate()
        self.username.setFocus()
        if uow_factory is not None:
            self.attach(uow_factory)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Dusangire Desktop — Sign in"))
        self.heading.findChild(QLabel, "dialogTitle").setText(self.tr("Dusangire Desktop"))
        self.heading.findChild(QLabel, "dialogSubtitle").setText(self.tr("Sign in to continue."))
        self.username.setPlaceholderText(self.tr("e.g. a.uwase"))
        self.user_label.setText(self.tr("&Username"))
        self.pass_label.setText(self.tr("&Password"))
        self.language_label.setText(self.tr("&Language"))
        self.sign_in_button.setText(self.tr("Sign in"))
        if self._uow_factory is None:
            self.where.setText(self.tr("Opening the database…"))
        else:
            self.where.setText(
                self.tr("Database: {database}").format(database=self._uow_factory.description)
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _choose_language(self) -> None:
        """This workstation's language from now on, until someone signs in with their own."""
        from . import language

        code = self.language.currentData()
        language.apply(code)
        language.remember(code)

    @property
    def attached(self) -> bool:
        return self._uow_factory is not None

    def attach(self, uow_factory: UnitOfWorkFactory) -> None:
        """The database is open: say which, and sign in if the person already asked to."""
        self._uow_factory = uow_factory
        _limit_password(self.password)
        self._retranslate()
        if self._waiting:
            self._waiting = False
            self._submit()

    def _submit(self) -> None:
        self.banner.clear()
        if self._uow_factory is None:
            self._waiting = True
            self.sign_in_button.setEnabled(False)
            self.banner.show_info(self.tr("Opening the database…"))
            return
        from ..services import auth
        from .operations import run_signed_out

        username, password = self.username.text(), self.password.text()
        if run_signed_out(
            self._uow_factory,
            self,
            lambda uow: auth.sign_in(uow, username, password),
            self._succeeded,
            purpose="sign in",
            on_error=self._failed,
        ):
            self.sign_in_button.setEnabled(False)

    def _succeeded(self, actor: Actor) -> None:
        self.actor = actor
        self.signed_in.emit(actor)
        self.accept()

    def _failed(self, error: DomainError) -> None:
        self.sign_in_button.setEnabled(True)
        self.banner.show_error(error.message)
        # Taller for the message's lines, so the fields keep their height.
        self.adjustSize()
        self.password.clear()
        self.password.setFocus()


class FirstRunDialog(QDialog):
    """No staff yet: create the administrator, and optionally fill the database with demo data."""

    def __init__(self, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None) -> None:
        from ..services import accounts, auth
        from .forms import FieldErrors

        super().__init__(parent)
        self.setWindowTitle(self.tr("Dusangire Desktop — First start"))
        self.setMinimumWidth(460)
        self._uow_factory = uow_factory
        self.actor: Actor | None = None
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(accounts.MAX_NAME_LENGTH)
        self.username = QLineEdit()
        self.username.setMaxLength(40)
        self.password = _password_field()
        self.confirm = _password_field()
        _limit_password(self.password)
        _limit_password(self.confirm)
        self.load_demo = QCheckBox(
            self.tr("&Load demo data (a realistic hospital, for training and demos)")
        )
        self.banner = MessageBanner()
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.errors.add_row(self.tr("Full &name"), "full_name", self.full_name)
        self.errors.add_row(self.tr("&Username"), "username", self.username)
        self.errors.add_row(self.tr("&Password"), "password", self.password)
        self.errors.add_row(self.tr("&Confirm password"), "confirm", self.confirm)
        hint = QLabel(
            self.tr(
                "At least {length} characters, with letters and digits, "
                "not containing the username."
            ).format(length=auth.MIN_PASSWORD_LENGTH)
        )
        hint.setStyleSheet("color:#666; font-size:11px;")
        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(
            self.tr("Create administrator"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _heading(
                self.tr("Welcome to Dusangire Desktop"),
                self.tr(
                    "This database ({database}) has no staff accounts yet. "
                    "Create the administrator account first."
                ).format(database=uow_factory.description),
            )
        )
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.load_demo)
        layout.addWidget(self.buttons, alignment=Qt.AlignmentFlag.AlignRight)
        self.full_name.setFocus()

    def _submit(self) -> None:
        self.errors.clear()
        self.banner.clear()
        if self.password.text() != self.confirm.text():
            self.errors.show(
                DomainError(self.tr("The two passwords differ; type them again."), field="confirm")
            )
            return
        from ..services import accounts
        from .operations import run_signed_out

        values = (self.username.text(), self.full_name.text(), self.password.text())
        if run_signed_out(
            self._uow_factory,
            self,
            lambda uow: accounts.create_first_administrator(uow, *values),
            self._created,
            purpose="create administrator",
            on_error=self._failed,
        ):
            self.create_button.setEnabled(False)

    def _created(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def _failed(self, error: DomainError) -> None:
        self.create_button.setEnabled(True)
        if not self.errors.show(error):
            self.banner.show_error(error.message)
