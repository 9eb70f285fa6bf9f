"""Find (or register) the customer a booking, subscription or ticket is for."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services import customers
from ..services.customers import CustomerView
from .areas import ViewContext
from .background import run_in_background


class CustomerPicker(QWidget):
    chosen = Signal(object)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText("Customer name, phone, ward/bed…")
        self.results = QListWidget()
        self.results.setMaximumHeight(120)
        new = QPushButton("&New customer…")
        new.clicked.connect(self._new)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(new)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.results)
        self._timer = QTimer(self, singleShot=True, interval=200, timeout=self._search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.results.currentItemChanged.connect(
            lambda item, _old: self.chosen.emit(
                item.data(Qt.ItemDataRole.UserRole) if item else None
            )
        )

    def _search(self) -> None:
        text, ctx = self.search.text(), self._ctx
        run_in_background(
            self,
            lambda: customers.search_customers(ctx.uow_factory(), ctx.actor, text),
            self.show_customers,
        )

    def show_customers(self, found: list[CustomerView]) -> None:
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

    def _new(self) -> None:
        from .customer_dialog import CustomerDialog

        dialog = CustomerDialog(self._ctx, parent=self, name_hint=self.search.text())
        dialog.saved.connect(lambda customer: self.show_customers([customer]))
        dialog.open()

    def customer(self) -> CustomerView | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
