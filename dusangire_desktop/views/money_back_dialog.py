"""Cancel or refund an order: the reason and, when the customer paid, how the money went back.

Errors appear at the field and everything typed stays, so the desk fixes one thing and retries.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit, QWidget

from ..services import orders
from ..services.auth import Actor
from ..services.errors import DomainError
from ..services.orders import OrderDetail, OrderSummary, PaymentMethod, RefundInput
from ..services.uow import UnitOfWork
from .context import ViewContext
from .formatting import number as figure
from .forms import FormDialog
from .operations import Operation


class MoneyBackDialog(FormDialog):
    """`action` is "cancel" or "refund"; `changed` carries the order as it is afterwards."""

    changed = Signal(object)

    def __init__(
        self, ctx: ViewContext, detail: OrderDetail, action: str, parent: QWidget | None = None
    ) -> None:
        number = detail.summary.number
        cancel = action == "cancel"
        title = (
            QCoreApplication.translate("MoneyBackDialog", "Cancel order {number}")
            if cancel
            else QCoreApplication.translate("MoneyBackDialog", "Refund {number}")
        )
        super().__init__(
            ctx,
            title.format(number=number),
            parent,
            save_text=QCoreApplication.translate("MoneyBackDialog", "Cancel the order")
            if cancel
            else QCoreApplication.translate("MoneyBackDialog", "Refund"),
        )
        self._detail = detail
        self._action = action
        self.confirm_button = self.save_button
        keep = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        keep.setText(self.tr("Keep it"))
        self.summary = QLabel(self._what_goes_back())
        self.summary.setWordWrap(True)
        self.body.insertWidget(1, self.summary)
        self.reason = self.add_field(self.tr("&Reason"), "reason", QLineEdit())
        self.reason.setMaxLength(500)
        self.method = QComboBox()
        for method in detail.money_back_methods:
            self.method.addItem(self._way_back(method), method)
        self.reference = QLineEdit()
        self.reference.setMaxLength(30)
        self.reference.setPlaceholderText(self.tr("reference of the reversal"))
        self.method.currentIndexChanged.connect(self._method_changed)
        self.customer_paid = detail.customer_paid_rwf > 0
        if self.customer_paid:
            self.add_field(self.tr("&How it went back"), "refund_method", self.method)
            self.add_field(self.tr("Reversal re&ference"), "refund_reference", self.reference)
        self.saved.connect(self.changed)
        self._method_changed()

    def _way_back(self, method: PaymentMethod) -> str:
        return {
            PaymentMethod.CASH: self.tr("Cash from the drawer"),
            PaymentMethod.MOBILE_MONEY: self.tr("Mobile-money reversal"),
            PaymentMethod.CARD: self.tr("Card reversal"),
        }[method]

    def _paid_with(self, method: PaymentMethod) -> str:
        return {
            PaymentMethod.CASH: self.tr("in cash"),
            PaymentMethod.MOBILE_MONEY: self.tr("by mobile money"),
            PaymentMethod.CARD: self.tr("by card"),
            PaymentMethod.CORPORATE_ACCOUNT: self.tr("on the corporate account"),
        }[method]

    def _what_goes_back(self) -> str:
        parts = [
            self.tr("{amount} RWF {how}").format(amount=figure(p.amount_rwf),
                                                 how=self._paid_with(p.method))
            for p in self._detail.payments
            if p.amount_rwf and not p.is_refund
        ]  # fmt: skip
        if not parts:
            return self.tr("Nothing was paid for this order, so no money goes back.")
        return self.tr("Paid {parts}. All of it is given back.").format(
            parts=self.tr(" and ").join(parts)
        )

    def _method_changed(self) -> None:
        self.reference.setEnabled(self.method.currentData() != PaymentMethod.CASH)

    def how(self) -> RefundInput | None:
        if not self.customer_paid:
            return None
        method = self.method.currentData()
        reference = self.reference.text() if method != PaymentMethod.CASH else ""
        return RefundInput(method, reference)

    def operation(self) -> Operation[Any]:
        s, reason, how = self._detail.summary, self.reason.text(), self.how()
        service = orders.cancel if self._action == "cancel" else orders.refund

        def give_back(uow: UnitOfWork, actor: Actor) -> OrderSummary:
            return service(uow, actor, s.id, s.version, reason, how)

        return give_back

    def show_domain_error(self, error: DomainError) -> None:
        super().show_domain_error(error)
        focus = {"refund_method": self.method, "refund_reference": self.reference}
        focus.get(error.field or "", self.reason).setFocus()
