"""Forms: a labelled field with its own error line, so messages appear where to fix, and the
dialog base every form that saves one thing is built on."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ..services.errors import DomainError
from .banner import MessageBanner
from .operations import Operation

if TYPE_CHECKING:
    from .context import ViewContext

W = TypeVar("W", bound=QWidget)

ERROR_STYLE = "color:#b3261e; font-size:11px;"


class FieldErrors:
    """One error label under each field of a QFormLayout, keyed by the service's field name."""

    def __init__(self, form: QFormLayout) -> None:
        self._form = form
        self._labels: dict[str, QLabel] = {}

    def add_row(self, label: str, field: str, widget: QWidget) -> None:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{field}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        layout.addWidget(error)
        title = QLabel(label)
        title.setBuddy(widget)
        self._form.addRow(title, holder)
        self._labels[field] = error

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def show(self, error: DomainError) -> bool:
        """Show the error at its field; False when it names no field of this form."""
        label = self._labels.get(error.field or "")
        if label is None:
            return False
        label.setText(error.message)
        label.show()
        return True

    def text(self, field: str) -> str:
        return self._labels[field].text()


class FormDialog(QDialog):
    """A dialog that saves one thing through a command: labelled fields each with its own error
    line, a banner for errors that name no field, Save and Cancel. On a refusal the dialog stays
    open with everything typed; on success it emits `saved` with the service's answer and closes.

    Subclasses add their fields with `add_field` and return the save operation from `operation()`.
    """

    saved = Signal(object)

    def __init__(
        self,
        ctx: ViewContext,
        title: str,
        parent: QWidget | None = None,
        *,
        save_text: str | None = None,
        minimum_width: int = 460,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.banner = MessageBanner()
        self.form = QFormLayout()
        self.errors = FieldErrors(self.form)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            save_text or self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        # A strut, not setMinimumWidth: an explicit minimum would let the dialog be narrower than
        # its fields and buttons need (longer in French and Kinyarwanda), cutting their text.
        self.body.addStrut(minimum_width)
        self.body.addWidget(self.banner)
        self.body.addLayout(self.form)
        self.body.addWidget(self.buttons)
        self._first_field: QWidget | None = None

    def add_field(self, label: str, field: str, widget: W) -> W:
        self.errors.add_row(label, field, widget)
        if self._first_field is None:
            self._first_field = widget
        return widget

    def showEvent(self, event: QShowEvent) -> None:
        # The buttons exist before the fields, so Qt would start on Cancel and Enter would cancel.
        super().showEvent(event)
        if self._first_field is not None and not self._first_field.hasFocus():
            self._first_field.setFocus()

    def operation(self) -> Operation[Any]:
        raise NotImplementedError

    def submit(self) -> None:
        self.errors.clear()
        self.banner.clear()
        try:
            op = self.operation()
        except DomainError as error:  # a check the form can make before asking the service
            self.show_domain_error(error)
            return
        if self.ctx.command(self, op, self._saved, purpose="save", on_error=self._refused):
            self.save_button.setEnabled(False)

    def show_domain_error(self, error: DomainError) -> None:
        if not self.errors.show(error):
            self.banner.show_error(error.message)

    def _refused(self, error: DomainError) -> None:
        self.save_button.setEnabled(True)
        self.show_domain_error(error)

    def _saved(self, result: object) -> None:
        self.saved.emit(result)
        self.accept()
