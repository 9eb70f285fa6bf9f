"""Form helpers: a labelled field with its own error line, so messages appear where to fix."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ..services.errors import DomainError

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
