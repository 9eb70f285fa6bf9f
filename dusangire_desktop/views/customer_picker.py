"""Find (or register) the customer a booking, subscription or ticket is for."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services.customers import CustomerView
from .context import ViewContext
from .customer_dialog import CustomerDialog
from .customer_search import CustomerSearch


class CustomerPicker(QWidget):
    """`chosen` carries the customer picked, or None while the desk is still typing: until the
    answer for the text as it is now arrives, nothing is picked, so Enter in a dialog never
    books for a customer found for what was typed before."""

    chosen = Signal(object)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._current = False
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Customer name, phone, ward/bed…"))
        self.results = QListWidget()
        self.results.setMaximumHeight(120)
        new = QPushButton(self.tr("&New customer…"))
        new.clicked.connect(self._new)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(new)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.results)
        self.search.textChanged.connect(self._typed)
        self.lookup = CustomerSearch(ctx, self, self.search)
        self.lookup.found.connect(self.show_customers)
        self.results.currentItemChanged.connect(self._current_changed)

    def _typed(self, _text: str) -> None:
        self._current = False
        self.chosen.emit(None)

    def _current_changed(self, item: QListWidgetItem | None, _old: QListWidgetItem | None) -> None:
        self.chosen.emit(self.customer() if item is not None else None)

    def show_customers(self, found: list[CustomerView]) -> None:
        self._current = True
        self.results.clear()
        for customer in found:
            item = QListWidgetItem(
                f"{customer.full_name} — {customer.reference} "
                f"{customer.phone or ''} {customer.location}".strip()
            )
            item.setData(Qt.ItemDataRole.UserRole, customer)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
        else:
            self.chosen.emit(None)

    def _new(self) -> None:
        dialog = CustomerDialog(self._ctx, parent=self, name_hint=self.search.text())
        dialog.saved.connect(self._registered)
        dialog.open()

    def _registered(self, customer: CustomerView) -> None:
        self.show_customers([customer])

    def customer(self) -> CustomerView | None:
        """The customer picked among the answers for the text as it is now."""
        item = self.results.currentItem()
        if item is None or not self._current:
            return None
        customer: CustomerView = item.data(Qt.ItemDataRole.UserRole)
        return customer
