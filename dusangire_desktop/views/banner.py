"""A non-blocking message strip: errors and confirmations without modal dialogs."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from .widgets import WrappedLabel

_STYLES = {
    "error": "background:#fdecea; color:#8a1c12; border:1px solid #f5c2bd;",
    "info": "background:#e8f4ea; color:#1e5b2c; border:1px solid #bfe0c6;",
    "warning": "background:#fff6e0; color:#7a5300; border:1px solid #f0d9a0;",
}


class MessageBanner(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self._label = WrappedLabel()
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self._label, 1)
        layout.addWidget(close)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._timer = QTimer(self, singleShot=True, timeout=self.clear)
        self.hide()

    @property
    def text(self) -> str:
        return self._label.text() if self.isVisibleTo(self.parentWidget()) else ""

    def _show(self, kind: str, message: str, timeout_ms: int = 0) -> None:
        self.setStyleSheet(f"#messageBanner {{{_STYLES[kind]} border-radius:4px;}}")
        self._label.setText(message)
        self.show()
        self._timer.stop()
        if timeout_ms:
            self._timer.start(timeout_ms)

    def show_error(self, message: str) -> None:
        self._show("error", message)

    def show_warning(self, message: str) -> None:
        self._show("warning", message)

    def show_info(self, message: str) -> None:
        self._show("info", message, timeout_ms=6000)

    def clear(self) -> None:
        self._label.clear()
        self.hide()


class _ErrorChannel(QObject):
    message = Signal(str)


error_channel = _ErrorChannel()


def report_error(message: str) -> None:
    """For errors with no screen of their own: the main window shows them in its banner."""
    error_channel.message.emit(message)
