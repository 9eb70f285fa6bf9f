"""The order screen's mobile-money fields and the fiscal receipt of each sale.

`MobileMoneyFields`: the provider and the payer's number beside the screen's reference field,
which holds the provider's transaction id and is checked for form as it is typed.
`FiscalSender`: after each sale, sends the fiscal outbox and says plainly whether the receipt is
signed or pending (the controller not answering); a signed one can be saved as PDF.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ..services.auth import Actor
from ..services.errors import DomainError, ValidationError
from ..services.fiscal import outbox
from ..services.fiscal.receipt_data import FiscalReceiptView
from ..services.orders import MobileProvider, OrderDetail, PaymentInput, PaymentMethod
from ..services.till import mobile_money
from ..services.uow import UnitOfWork
from .context import ViewContext
from .labels import choices
from .till_print import save_fiscal_pdf

HINT_STYLE = "color:#b3261e;"


class MobileMoneyFields(QWidget):
    def __init__(self, reference: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.provider = QComboBox()
        for text, provider in choices(MobileProvider):
            self.provider.addItem(text, provider)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("payer's number, 07X XXX XXXX"))
        self.number.setMaxLength(16)
        self.hint = QLabel("")
        self.hint.setStyleSheet(HINT_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.provider)
        layout.addWidget(self.number, 1)
        layout.addWidget(self.hint, 2)
        reference.textChanged.connect(self._check)
        self.provider.currentIndexChanged.connect(self._check)

    def _check(self) -> None:
        """The transaction id's form, at the field, as it is typed."""
        text = self.reference.text().strip()
        if not self.isEnabled() or not text:
            self.hint.setText("")
            return
        try:
            mobile_money.check_transaction_id(self.provider.currentData(), text)
        except ValidationError as error:
            self.hint.setText(error.message)
        else:
            self.hint.setText("")

    def setEnabled(self, enabled: bool) -> None:
        super().setEnabled(enabled)
        self._check()

    def payment(self, payment: PaymentInput) -> PaymentInput:
        if payment.method != PaymentMethod.MOBILE_MONEY:
            return payment
        return replace(payment, provider=self.provider.currentData(),
                       payer_number=self.number.text())  # fmt: skip

    def clear(self) -> None:
        self.provider.setCurrentIndex(0)
        self.number.clear()
        self.hint.setText("")

    def field(self, name: str) -> QWidget | None:
        return {"provider": self.provider, "payer_number": self.number}.get(name)


class FiscalSender(QWidget):
    """What became of the last sale's fiscal receipt, and its PDF once signed."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Fiscal receipt PDF…"))
        self.pdf_button.setEnabled(False)
        self.pdf_button.clicked.connect(self._ask_pdf)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.pdf_button)
        self.order: OrderDetail | None = None
        self.receipt: FiscalReceiptView | None = None
        self._again = False

    def after_sale(self, order: OrderDetail) -> None:
        self.order, self.receipt = order, None
        self.pdf_button.setEnabled(False)
        self.send()

    def send(self) -> None:
        order_id = self.order.summary.id if self.order else None

        def send(uow: UnitOfWork, actor: Actor) -> list[FiscalReceiptView]:
            if order_id is None:
                outbox.send_pending(uow, actor)
                return []
            return outbox.send_for_order(uow, actor, order_id)

        if not self.ctx.command(self, send, self._sent, purpose="fiscal", on_error=self._failed):
            self._again = True  # a send is running: go again for this sale when it ends

    def _sent(self, receipts: list[FiscalReceiptView]) -> None:
        if self._again:
            self._again = False
            self.send()
            return
        sale = receipts[0] if receipts else None
        self.receipt = sale if sale is not None and sale.printable else None
        self.pdf_button.setEnabled(self.receipt is not None)
        if sale is None:
            self.status.setText("")
        elif sale.printable and sale.sdc is not None:
            self.status.setText(self.tr("Fiscal receipt {number} signed.").format(
                number=sale.sdc.receipt_number))  # fmt: skip
        else:
            self.status.setText(
                "<span style='color:#b3261e'>"
                + self.tr("Fiscal receipt pending: the EBM controller is not answering. The sale "
                          "is saved; its receipt prints once signed (Till → Fiscal receipts).")
                + "</span>"
            )  # fmt: skip

    def _failed(self, error: DomainError) -> None:
        self.status.setText(error.message)

    def _ask_pdf(self) -> None:
        if self.receipt is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save fiscal receipt"), f"fiscal-{self.receipt.order_number}.pdf",
            self.tr("PDF (*.pdf)"),
        )  # fmt: skip
        if path:
            save_fiscal_pdf(self.receipt, self.ctx.zone, Path(path))
