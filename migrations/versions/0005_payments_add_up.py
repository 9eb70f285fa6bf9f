"""payments add up: the company's share recorded, and money that went back recorded

Data only. Before this revision an order the company paid in full recorded a corporate_account
payment of 0 RWF (and refunding it a 0 RWF refund), and cancelling a paid order recorded no
refund, so payments did not add up to the order and refunds did not say where the money went.
After it, for every order with payments (services/orders.py keeps this from now on):
- the 0 RWF corporate_account rows of an order with a company share carry that share;
- a cancelled or refunded order without refund rows gets one for each payment that carried
  money, by the same method and reference, dated when the order was cancelled or refunded
  (status_changed_at), by nobody recorded.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 10:00:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COMPANY_SHARE_FOR_ZERO_ROWS = """
    UPDATE payments
    SET amount_rwf = (SELECT company_share_rwf FROM orders WHERE orders.id = payments.order_id)
    WHERE method = 'corporate_account' AND amount_rwf = 0
      AND EXISTS (SELECT 1 FROM orders
                  WHERE orders.id = payments.order_id AND orders.company_share_rwf > 0)
"""

MISSING_REFUNDS = """
    INSERT INTO payments (order_id, method, amount_rwf, tendered_rwf, change_rwf, reference,
                          is_refund, received_at, received_by_id)
    SELECT p.order_id, p.method, p.amount_rwf, NULL, 0, p.reference,
           TRUE, o.status_changed_at, NULL
    FROM payments p JOIN orders o ON o.id = p.order_id
    WHERE o.status IN ('cancelled', 'refunded') AND NOT p.is_refund AND p.amount_rwf > 0
      AND NOT EXISTS (SELECT 1 FROM payments r WHERE r.order_id = p.order_id AND r.is_refund)
    ORDER BY p.id
"""


def upgrade() -> None:
    op.execute(COMPANY_SHARE_FOR_ZERO_ROWS)
    op.execute(MISSING_REFUNDS)


def downgrade() -> None:
    # Nothing to undo: the schema is the one before, and the amounts and refund rows written here
    # are what happened. Putting back 0 RWF company payments would only make the records wrong.
    pass
