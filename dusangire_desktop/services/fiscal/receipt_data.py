"""What is sent to the controller for a sale or refund (the saveSales body, frozen when queued)
and what a fiscal receipt prints from it and the signature that came back."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from ...models.fiscal import FiscalDevice, FiscalKind, FiscalReceipt, FiscalStatus, ReceiptMode
from ...models.orders import Order, PaymentMethod

SOFTWARE = "Dusangire Desktop 0.1.0"
TAX_TYPES = ("A", "B", "C", "D")
TAX_RATES = {"A": 0, "B": 18, "C": 0, "D": 0}  # A exempt, B 18 % VAT, C zero-rated, D non-VAT
MODE_CODES = {ReceiptMode.NORMAL: "N", ReceiptMode.TRAINING: "T", ReceiptMode.PROFORMA: "P"}
KIND_CODES = {FiscalKind.SALE: "S", FiscalKind.REFUND: "R"}
COPY_CODE = "C"  # a reprint of a normal receipt: CS or CR at the controller


def mode_code(receipt: FiscalReceipt) -> str:
    """The receipt type sent and printed: a copy of a normal receipt is a copy (C); copies of
    training and proforma receipts stay what they were, never reaching the tax office's counts."""
    if receipt.copy_of_id is not None and receipt.mode == ReceiptMode.NORMAL:
        return COPY_CODE
    return MODE_CODES[receipt.mode]


PAYMENT_CODES = {
    PaymentMethod.CASH: "01",
    PaymentMethod.CORPORATE_ACCOUNT: "02",
    PaymentMethod.CARD: "05",
    PaymentMethod.MOBILE_MONEY: "06",
}


def vat_included(amount_rwf: int, tax_type: str) -> int:
    """The VAT inside a VAT-inclusive amount, to the franc."""
    rate = TAX_RATES[tax_type]
    tax = Decimal(amount_rwf) * rate / (100 + rate)
    return int(tax.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _shares(total: int, weights: list[int]) -> list[int]:
    """`total` split in proportion to `weights`, whole francs adding up exactly (largest
    remainder first)."""
    whole = sum(weights)
    if not whole:
        return [0] * len(weights)
    exact = [Decimal(total) * w / whole for w in weights]
    shares = [int(e) for e in exact]
    order = sorted(range(len(weights)), key=lambda i: exact[i] - shares[i], reverse=True)
    for i in order[: total - sum(shares)]:
        shares[i] += 1
    return shares


def _stamp(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%Y%m%d%H%M%S")


def sales_request(
    device: FiscalDevice,
    order: Order,
    kind: FiscalKind,
    invoice_no: int,
    at: datetime,
    zone: ZoneInfo,
    *,
    original_invoice_no: int = 0,
    customer_tin: str | None = None,
    customer_name: str = "",
    line_taxes: Sequence[tuple[str, str]] | None = None,
) -> dict[str, Any]:
    """The saveSales body for an order's sale or refund: every line at its price with its share
    of the discount, its dish's tax type and item classification code (`line_taxes`, one per
    line; the device's defaults without), and the totals per tax type."""
    if line_taxes is None:
        line_taxes = [(device.default_tax_type, device.item_class_code)] * len(order.lines)
    discounts = _shares(order.discount_rwf, [li.line_total_rwf for li in order.lines])
    items: list[dict[str, Any]] = []
    lines = zip(order.lines, discounts, line_taxes, strict=True)
    for seq, (line, discount, (tax_type, class_code)) in enumerate(lines, start=1):
        amount = line.line_total_rwf - discount
        items.append({
            "itemSeq": seq, "itemCd": f"DSG{line.menu_item_id:06d}",
            "itemClsCd": class_code, "itemNm": line.item_name,
            "qty": line.quantity, "prc": line.unit_price_rwf, "splyAmt": line.line_total_rwf,
            "dcRt": 0, "dcAmt": discount, "taxTyCd": tax_type, "taxblAmt": amount,
            "taxAmt": vat_included(amount, tax_type), "totAmt": amount,
        })  # fmt: skip
    taxable = {t: sum(int(i["taxblAmt"]) for i in items if i["taxTyCd"] == t) for t in TAX_TYPES}
    tax = {t: vat_included(taxable[t], t) for t in TAX_TYPES}
    customer_methods = {p.method for p in order.payments if not p.is_refund and p.amount_rwf}
    methods = sorted(customer_methods - {PaymentMethod.CORPORATE_ACCOUNT})
    payment = PAYMENT_CODES[methods[0]] if methods else "02"
    if methods and PaymentMethod.CORPORATE_ACCOUNT in customer_methods:
        payment = "03"  # part cash, part credit
    body: dict[str, Any] = {
        "tin": device.tin, "bhfId": device.branch_id, "invcNo": invoice_no,
        "orgInvcNo": original_invoice_no, "custTin": customer_tin or None,
        "custNm": customer_name[:60] or None, "salesTyCd": MODE_CODES[device.mode],
        "rcptTyCd": KIND_CODES[kind], "pmtTyCd": payment, "salesSttsCd": "02",
        "cfmDt": _stamp(at, zone), "salesDt": _stamp(at, zone)[:8], "totItemCnt": len(items),
        "totTaxblAmt": sum(taxable.values()), "totTaxAmt": sum(tax.values()),
        "totAmt": sum(taxable.values()), "orderNo": order.number, "itemList": items,
    }  # fmt: skip
    for t in TAX_TYPES:
        body[f"taxblAmt{t}"], body[f"taxRt{t}"], body[f"taxAmt{t}"] = (
            taxable[t],
            TAX_RATES[t],
            tax[t],
        )
    return body


def groups_of_four(text: str) -> str:
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def qr_content(signed_at: datetime, zone: ZoneInfo, sdc_id: str, receipt_no: int,
               internal_data: str, signature: str) -> str:  # fmt: skip
    """The QR code's text: ddmmyyyy#hhmmss#sdcId#rcptNo#intrlData#rcptSign."""
    local = signed_at.astimezone(zone)
    return "#".join([local.strftime("%d%m%Y"), local.strftime("%H%M%S"), sdc_id,
                     str(receipt_no), internal_data, signature])  # fmt: skip


@dataclass(frozen=True)
class PrintedLine:
    name: str
    quantity: int
    unit_price_rwf: int
    total_rwf: int  # negative on a refund
    tax_type: str


@dataclass(frozen=True)
class SdcBlock:
    date: str  # dd/mm/yyyy
    time: str  # hh:mm:ss
    sdc_id: str
    receipt_number: str  # "12/340 NS"
    internal_data: str  # in groups of four
    signature: str  # in groups of four
    qr: str


@dataclass(frozen=True)
class FiscalReceiptView:
    """Everything a fiscal receipt prints. `is_official` only for a signed normal receipt
    printed the first time; copies, training and proforma receipts say they are not."""

    id: int
    order_id: int
    order_number: str
    kind: FiscalKind
    mode: ReceiptMode
    status: FiscalStatus
    copy: bool
    seller_tin: str
    customer_tin: str | None
    invoice_no: int
    original_receipt: str | None  # the sale's receipt number, on a refund
    lines: tuple[PrintedLine, ...]
    taxes: tuple[tuple[str, int, int, int], ...]  # type, rate %, taxable, tax (signed)
    total_rwf: int
    total_tax_rwf: int
    payment_code: str
    sdc: SdcBlock | None
    software: str
    last_error: str | None
    queued_at: datetime
    copy_of_receipt: str | None = None  # on a copy: the number of the receipt it copies
    language: str = "en"  # the customer's, which the receipt is printed in

    @property
    def title(self) -> str:
        words = {ReceiptMode.NORMAL: "", ReceiptMode.TRAINING: "TRAINING ",
                 ReceiptMode.PROFORMA: "PROFORMA "}  # fmt: skip
        kind = "REFUND" if self.kind == FiscalKind.REFUND else "SALE"
        return f"{'COPY ' if self.copy else ''}{words[self.mode]}{kind}".strip()

    @property
    def is_official(self) -> bool:
        return (
            self.status == FiscalStatus.SIGNED and self.mode == ReceiptMode.NORMAL and not self.copy
        )

    @property
    def printable(self) -> bool:
        """No receipt without a signature: a pending one prints once signed."""
        return self.status == FiscalStatus.SIGNED


def receipt_label(receipt: FiscalReceipt) -> str:
    code = mode_code(receipt) + KIND_CODES[receipt.kind]
    return f"{receipt.receipt_no}/{receipt.total_receipt_no} {code}"


def view(receipt: FiscalReceipt, zone: ZoneInfo, *, copy: bool,
         original: FiscalReceipt | None = None,
         copied: FiscalReceipt | None = None,
         language: str = "en") -> FiscalReceiptView:  # fmt: skip
    body = json.loads(receipt.request)
    sign = -1 if receipt.kind == FiscalKind.REFUND else 1
    lines = tuple(
        PrintedLine(i["itemNm"], i["qty"], i["prc"], sign * i["totAmt"], i["taxTyCd"])
        for i in body["itemList"]
    )
    taxes = tuple(
        (t, body[f"taxRt{t}"], sign * body[f"taxblAmt{t}"], sign * body[f"taxAmt{t}"])
        for t in TAX_TYPES
        if body[f"taxblAmt{t}"]
    )
    sdc = None
    if receipt.status == FiscalStatus.SIGNED and receipt.signed_at is not None:
        local = receipt.signed_at.astimezone(zone)
        sdc = SdcBlock(
            local.strftime("%d/%m/%Y"), local.strftime("%H:%M:%S"), receipt.sdc_id or "",
            receipt_label(receipt), groups_of_four(receipt.internal_data or ""),
            groups_of_four(receipt.signature or ""),
            qr_content(receipt.signed_at, zone, receipt.sdc_id or "", receipt.receipt_no or 0,
                       receipt.internal_data or "", receipt.signature or ""),
        )  # fmt: skip
    return FiscalReceiptView(
        receipt.id, receipt.order_id, body.get("orderNo", ""), receipt.kind, receipt.mode,
        receipt.status, copy, body["tin"], receipt.customer_tin, receipt.invoice_no,
        receipt_label(original) if original is not None and original.receipt_no else None,
        lines, taxes, sign * body["totAmt"], sign * body["totTaxAmt"], body["pmtTyCd"], sdc,
        SOFTWARE, receipt.last_error, receipt.queued_at,
        receipt_label(copied) if copied is not None and copied.receipt_no else None, language,
    )  # fmt: skip


def copy_request(copied: FiscalReceipt, invoice_no: int, at: datetime,
                 zone: ZoneInfo) -> dict[str, Any]:  # fmt: skip
    """The saveSales body of a reprint: the copied receipt's items and totals unchanged, under
    its own invoice number, as a copy (CS / CR) referring to the receipt it copies."""
    body: dict[str, Any] = json.loads(copied.request)
    body["invcNo"], body["orgInvcNo"] = invoice_no, copied.invoice_no
    if copied.mode == ReceiptMode.NORMAL:
        body["salesTyCd"] = COPY_CODE
    body["cfmDt"] = _stamp(at, zone)
    return body


def parse_controller_time(stamp: str, zone: ZoneInfo) -> datetime:
    """The controller's yyyyMMddHHmmss, in the hospital's zone, as aware UTC."""
    from datetime import UTC

    return datetime.strptime(stamp, "%Y%m%d%H%M%S").replace(tzinfo=zone).astimezone(UTC)
