"""What a screen clips: labels, buttons and table headers narrower than their text needs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QTableView,
    QWidget,
)

# A pixel or two is the style's rounding, not a clipped letter.
SLACK = 2


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0


def clipped_widgets(window: QWidget) -> list[str]:
    """Every visible label, button and table header of `window` that is narrower (or, for a
    wrapped label, lower) than its text needs, described so a person can find it."""
    problems = []
    for widget in window.findChildren(QLabel):
        if (
            not _shown(widget, window)
            or not widget.text()
            or (widget.pixmap() and not widget.pixmap().isNull())
        ):
            continue
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + SLACK:
                problems.append(f"label {widget.text()[:60]!r} is {widget.height()} px high, "
                                f"needs {needed}")  # fmt: skip
        elif widget.sizeHint().width() > widget.width() + SLACK:
            problems.append(f"label {widget.text()[:60]!r} is {widget.width()} px wide, "
                            f"needs {widget.sizeHint().width()}")  # fmt: skip
    for button in window.findChildren(QAbstractButton):
        if not _shown(button, window) or not button.text():
            continue
        if button.sizeHint().width() > button.width() + SLACK:
            problems.append(f"button {button.text()!r} is {button.width()} px wide, "
                            f"needs {button.sizeHint().width()}")  # fmt: skip
    for table in window.findChildren(QTableView):
        if not _shown(table, window):
            continue
        header = table.horizontalHeader()
        if header.isHidden() or table.model() is None:
            continue
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            needed = header.sectionSizeFromContents(section).width()
            if header.sectionSize(section) + SLACK < needed:
                text = table.model().headerData(section, header.orientation())
                problems.append(f"table header {text!r} is {header.sectionSize(section)} px "
                                f"wide, needs {needed}")  # fmt: skip
    return problems


def sideways_scrolling(window: QWidget) -> list[str]:
    """Every visible list, table or scrolled form of `window` whose content is wider than it."""
    return [
        f"{type(area).__name__} in {type(area.parentWidget()).__name__} scrolls "
        f"{area.horizontalScrollBar().maximum()} px sideways"
        for area in window.findChildren(QAbstractScrollArea)
        if _shown(area, window) and area.horizontalScrollBar().maximum() > 0
    ]
