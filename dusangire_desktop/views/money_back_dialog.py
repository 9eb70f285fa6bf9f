"""Cancel or refund an order: the reason and, when the customer paid, how the money went back.

Errors appear at the field and everything typed stays, so the desk fixes one thing and retries.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..services import orders
from ..services.errors import DomainError
from ..services.orders import OrderDetail, OrderSummary, PaymentMethod, RefundInput
from .areas import ViewContext
from .background import run_in_background
from .banner import MessageBanner
from .changes import announce
from .forms import FieldErrors

WAYS_BACK = {
    PaymentMethod.CASH: "Cash from the drawer",
    PaymentMethod.MOBILE_MONEY: "Mobile-money reversal",
    PaymentMethod.CARD: "Card reversal",
}
PAID_WITH = {
    PaymentMethod.CASH: "in cash",
    PaymentMethod.MOBILE_MONEY: "by mobile money",
    PaymentMethod.CARD: "by card",
    PaymentMethod.CORPORATE_ACCOUNT: "on the corporate account",
}


class MoneyBackDialog(QDialog):
    """`action` is "cancel" or "refund"; `changed` carries the order as it is afterwards."""

    changed = Signal(object)

    def __init__(
        self, ctx: ViewContext, detail: OrderDetail, action: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._detail = detail
        self._action = action
        number = detail.summary.number
        self.setWindowTitle(f"Cancel order {number}" if action == "cancel" else f"Refund {number}")
        self.setMinimumWidth(460)
        self.summary = QLabel(self._what_goes_back())
        self.summary.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        self.method = QComboBox()
        for method in detail.money_back_methods:
            self.method.addItem(WAYS_BACK[method], method)
        self.reference = QLineEdit()
        self.reference.setMaxLength(30)
        self.reference.setPlaceholderText("reference of the reversal")
        self.method.currentIndexChanged.connect(self._method_changed)
        self.banner = MessageBanner()
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.errors.add_row("&Reason", "reason", self.reason)
        self.customer_paid = detail.customer_paid_rwf > 0
        if self.customer_paid:
            self.errors.add_row("&How it went back", "refund_method", self.method)
            self.errors.add_row("Reversal re&ference", "refund_reference", self.reference)
        buttons = QDialogButtonBox()
        self.confirm_button = buttons.addButton(
            "Cancel the order" if action == "cancel" else "Refund",
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.confirm_button.setDefault(True)
        buttons.addButton("Keep it", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._method_changed()

    def _what_goes_back(self) -> str:
        parts = [
            f"{amount:,} RWF {PAID_WITH[method]}"
            for method, amount, _t, _c, _r, refund in self._detail.payments
            if amount and not refund
        ]
        if not parts:
            return "Nothing was paid for this order, so no money goes back."
        return f"Paid {' and '.join(parts)}. All of it is given back."

    def _method_changed(self) -> None:
        self.reference.setEnabled(self.method.currentData() != PaymentMethod.CASH)

    def how(self) -> RefundInput | None:
        if not self.customer_paid:
            return None
        method = self.method.currentData()
        reference = self.reference.text() if method != PaymentMethod.CASH else ""
        return RefundInput(method, reference)

    def _submit(self) -> None:
        self.errors.clear()
        self.banner.clear()
        self.confirm_button.setEnabled(False)
        ctx, s, reason, how = self._ctx, self._detail.summary, self.reason.text(), self.how()
        service = orders.cancel if self._action == "cancel" else orders.refund

        def work() -> OrderSummary:
            return service(ctx.uow_factory(), ctx.actor, s.id, s.version, reason, how)

        run_in_background(self, work, self._finished, self._failed)

    def _finished(self, order: OrderSummary) -> None:
        announce("orders", [order.id])
        self.changed.emit(order)
        self.accept()

    def _failed(self, error: DomainError) -> None:
        self.confirm_button.setEnabled(True)
        if not self.errors.show(error):
            self.banner.show_error(error.message)
        focus = {"refund_method": self.method, "refund_reference": self.reference}
        focus.get(error.field or "", self.reason).setFocus()
