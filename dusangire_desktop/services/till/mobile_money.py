"""Mobile-money payments: the provider, the payer's number and the provider's transaction id,
checked for form where they are typed; one transaction id pays one order."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models.orders import Order, Payment, PaymentMethod
from ...models.till import MobileProvider
from ..errors import Conflict, ValidationError
from ..messages import QT_TRANSLATE_NOOP, Text

# MTN MoMo's SMS: "TxId: 17818959211" — eleven digits.
MTN_TXID = re.compile(r"^\d{11}$")
# Airtel Money's ids mix letters, digits and dots (e.g. "MP260303.1234.A12345").
AIRTEL_TXID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.]{5,29}$")
RWANDA_MOBILE = re.compile(r"^07[2389]\d{7}$")

PROVIDER_NAMES = {MobileProvider.MTN_MOMO: "MTN MoMo", MobileProvider.AIRTEL_MONEY: "Airtel Money"}


class TransactionAlreadyUsed(Conflict):
    """The provider's transaction id already paid an order."""


@dataclass(frozen=True)
class MobilePayment:
    provider: MobileProvider
    number: str
    transaction_id: str


def normalised_number(number: str) -> str:
    """07XXXXXXXX from what was typed: spaces, dashes and a +250 / 250 prefix are dropped."""
    digits = re.sub(r"[\s\-()]", "", number)
    if digits.startswith("+250"):
        digits = "0" + digits[4:]
    elif digits.startswith("250") and len(digits) == 12:
        digits = "0" + digits[3:]
    return digits


def check_transaction_id(provider: MobileProvider, transaction_id: str) -> str:
    txid = re.sub(r"\s", "", transaction_id)
    if txid.lower().startswith("txid:"):
        txid = txid[5:]
    if provider == MobileProvider.MTN_MOMO and not MTN_TXID.match(txid):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Enter MTN's transaction id from the customer's SMS: 11 digits, as in "
                '"TxId: 17818959211".',
            ),
            field="reference",
        )
    if provider == MobileProvider.AIRTEL_MONEY and not AIRTEL_TXID.match(txid):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Enter Airtel Money's transaction id from the customer's SMS (6 to 30 "
                "letters, digits and dots).",
            ),
            field="reference",
        )
    return txid


def check(provider: object, number: str, transaction_id: str) -> MobilePayment:
    """The provider, number and transaction id of a mobile-money payment, or a refusal naming
    the field to fix."""
    try:
        chosen = MobileProvider(str(provider)) if provider else None
    except ValueError:
        chosen = None
    if chosen is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the provider: MTN MoMo or Airtel Money."),
            field="provider",
        )
    phone = normalised_number(number)
    if not RWANDA_MOBILE.match(phone):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Enter the customer's mobile number, 10 digits starting 078, 079, 072 or 073.",
            ),
            field="payer_number",
        )
    return MobilePayment(chosen, phone, check_transaction_id(chosen, transaction_id))


def refuse_if_used(session: Session, payment: MobilePayment) -> None:
    """Refuse a transaction id that already paid an order (the unique index is the last word
    when two desks type it at the same instant)."""
    used = session.execute(
        select(Order.number)
        .join(Payment, Payment.order_id == Order.id)
        .where(
            Payment.method == PaymentMethod.MOBILE_MONEY,
            Payment.provider == payment.provider,
            Payment.reference == payment.transaction_id,
            Payment.is_refund.is_(False),
        )
    ).scalar()
    if used is not None:
        raise already_used(payment, used)


def already_used(payment: MobilePayment, order_number: str | None = None) -> TransactionAlreadyUsed:
    where = (
        Text(QT_TRANSLATE_NOOP("errors", "order {number}"), number=order_number)
        if order_number
        else Text(QT_TRANSLATE_NOOP("errors", "another order"))
    )
    return TransactionAlreadyUsed(
        QT_TRANSLATE_NOOP(
            "errors",
            "{provider} transaction {transaction_id} already paid {where}. Ask the "
            "customer for the SMS of this payment.",
        ),
        field="reference",
        provider=PROVIDER_NAMES[payment.provider],
        transaction_id=payment.transaction_id,
        where=where,
    )
