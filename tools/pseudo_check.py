"""What a screen shows that escaped translation, in the pseudo-language `xx` (every translated
text is [bracketed ~~]): visible text with letters outside brackets.

Text that is data (names, dishes, references) is not translated: its widget, or one holding it,
says so with the Qt property `data` set to True (`widget.setProperty("data", True)`); inside
rich text, data is written in `<span class="data">…</span>`."""

from __future__ import annotations

import re
from html import unescape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QTableView,
    QTabWidget,
    QWidget,
)

# Written the same in every language: the currency and the units of a duration.
UNTRANSLATED = re.compile(r"\bRWF\b|\bmin\b|\bh\b|\bkg\b|\bcm\b|\bPDF\b|\bCSV\b|\bOK\b")
TAG = re.compile(r"<[^>]*>")
DATA_SPAN = re.compile(r"<span class=[\"']?data[\"']?>.*?</span>", re.S)


def outside_brackets(text: str) -> str:
    """What is left of `text` once every [bracketed] part (nested too) is taken out."""
    kept, depth = [], 0
    for char in text:
        if char == "[":
            depth += 1
        elif char == "]" and depth:
            depth -= 1
        elif depth == 0:
            kept.append(char)
    return "".join(kept)


def unbracketed(text: str) -> str:
    """The words of `text` that did not come through tr() (empty when all did)."""
    plain = unescape(TAG.sub(" ", DATA_SPAN.sub(" ", text))) if "<" in text else text
    rest = UNTRANSLATED.sub(" ", outside_brackets(plain.replace("&&", "").replace("&", "")))
    return " ".join(rest.split()) if any(char.isalpha() for char in rest) else ""


def escaped(text: str) -> bool:
    return bool(unbracketed(text))


def _is_data(widget: QWidget | None) -> bool:
    while widget is not None:
        if widget.property("data") is True:
            return True
        widget = widget.parentWidget()
    return False


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and not _is_data(widget)


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(what, text) of every visible text of `window` a person reads as part of the screen."""
    found: list[tuple[str, str]] = [("window title", window.windowTitle())]
    for label in window.findChildren(QLabel):
        if _shown(label, window):
            found.append(("label", label.text()))
    for button in window.findChildren(QAbstractButton):
        if _shown(button, window):
            found.append(("button", button.text()))
            found.append(("tooltip", button.toolTip()))
    for box in window.findChildren(QGroupBox):
        if _shown(box, window):
            found.append(("group box", box.title()))
    for tabs in window.findChildren(QTabWidget):
        if _shown(tabs, window):
            found += [("tab", tabs.tabText(i)) for i in range(tabs.count())]
    for field in window.findChildren(QLineEdit):
        if _shown(field, window) and not isinstance(field.parentWidget(), QComboBox):
            found.append(("placeholder", field.placeholderText()))
    for combo in window.findChildren(QComboBox):
        if _shown(combo, window) and not combo.isEditable():
            found += [("choice", combo.itemText(i)) for i in range(combo.count())]
    for table in window.findChildren(QTableView):
        if _shown(table, window) and table.model() is not None:
            header = table.horizontalHeader()
            for section in range(header.count()):
                if not header.isHidden() and not header.isSectionHidden(section):
                    text = table.model().headerData(
                        section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
                    )
                    found.append(("table header", str(text or "")))
    for listing in window.findChildren(QListWidget):
        if _shown(listing, window) and listing.objectName() == "navigation":
            found += [("sidebar", listing.item(i).text()) for i in range(listing.count())]
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            found.append(("menu", action.text()))
            menu = action.menu()
            if isinstance(menu, QMenu):
                found += [("menu item", a.text()) for a in menu.actions() if not a.isSeparator()]
    return [(what, text) for what, text in found if text]


def untranslated(window: QWidget) -> list[str]:
    """Every visible text of `window` with words outside brackets, described to be found."""
    return [
        f"{what} {text[:70]!r}: {unbracketed(text)[:60]!r} escaped"
        for what, text in visible_texts(window)
        if escaped(text)
    ]
