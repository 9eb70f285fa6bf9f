"""Where every franc went: the payment invariants, checked against the database."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from dusangire_desktop.models.orders import Order, OrderStatus, Payment, PaymentMethod

MONEY_WENT_BACK = (OrderStatus.CANCELLED, OrderStatus.REFUNDED)


def payment_problems(session: Session, order_ids: list[int] | None = None) -> list[str]:
    """Every way the orders' payments fail to say where the money went (empty when right).

    For each order with payments: the payments add up to the total, the corporate account's to
    the company share and the customer's to the customer share; no payment is a 0 RWF corporate
    one; a cancelled or refunded order has refund rows giving back each side exactly, and any
    other order has none.
    """
    query = select(Order.id, Order.number, Order.status, Order.total_rwf, Order.company_share_rwf,
                   Order.customer_share_rwf)  # fmt: skip
    if order_ids is not None:
        query = query.where(Order.id.in_(order_ids))
    orders = {row.id: row for row in session.execute(query)}
    sums: dict[int, dict[tuple[bool, bool], int]] = defaultdict(lambda: defaultdict(int))
    problems = []
    for order_id, method, amount, is_refund in session.execute(
        select(Payment.order_id, Payment.method, Payment.amount_rwf, Payment.is_refund)
    ):
        if order_id not in orders:
            continue
        company = method == PaymentMethod.CORPORATE_ACCOUNT
        sums[order_id][(company, is_refund)] += amount
        if company and amount == 0:
            problems.append(f"{orders[order_id].number}: a 0 RWF corporate-account payment")
    if order_ids is not None:
        problems += [f"order {i} has no payments" for i in order_ids if i not in sums]
    for order_id, by_kind in sums.items():
        o = orders[order_id]
        paid_company, paid_customer = by_kind[(True, False)], by_kind[(False, False)]
        back_company, back_customer = by_kind[(True, True)], by_kind[(False, True)]
        if paid_company + paid_customer != o.total_rwf:
            problems.append(f"{o.number}: paid {paid_company + paid_customer}, total {o.total_rwf}")
        if (paid_company, paid_customer) != (o.company_share_rwf, o.customer_share_rwf):
            problems.append(
                f"{o.number}: company/customer paid {paid_company}/{paid_customer}, shares "
                f"{o.company_share_rwf}/{o.customer_share_rwf}"
            )
        expected_back = (paid_company, paid_customer) if o.status in MONEY_WENT_BACK else (0, 0)
        if (back_company, back_customer) != expected_back:
            problems.append(
                f"{o.number} ({o.status.value}): company/customer refunded "
                f"{back_company}/{back_customer}, expected {expected_back[0]}/{expected_back[1]}"
            )
    return problems
