"""The audit log reads as sentences about named records, with a link that opens the record."""

from __future__ import annotations

from dusangire_desktop.services import orders
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.orders import DeliveryInput, Fulfilment, PaymentInput, PaymentMethod
from dusangire_desktop.services.pricing import LineRequest


def test_audit_log_as_sentences_with_links(qtbot, open_main_window, kitchen, uow_factory, admin):
    placed = orders.place_order(
        uow_factory(), admin, customer_id=kitchen.visitor, lines=[LineRequest(kitchen.isombe, 2)],
        payment=PaymentInput(PaymentMethod.CASH, 10_000), delivery=DeliveryInput(Fulfilment.PICKUP),
    ).summary  # fmt: skip
    orders.advance(uow_factory(), admin, placed.id, placed.version, orders.OrderStatus.PREPARING)
    window = open_main_window(Role.ADMIN)
    page = window.open_area("audit")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    said = [page.model.data(page.model.index(row, 1)) for row in range(page.model.rowCount())]
    assert f"Order {placed.number} moved from placed to preparing by Aline Uwase (admin)" in said
    assert f"Aline Uwase (admin) placed order {placed.number} ({placed.total_rwf:,} RWF)" in said
    assert "Aline Uwase (admin) registered Eric Habimana (C-000002) as visitor" in said
    assert not any("{" in text or "_id" in text for text in said), "no raw JSON, no internal ids"

    row = said.index(f"Order {placed.number} moved from placed to preparing by Aline Uwase (admin)")
    page.table.selectRow(row)
    assert f"Open {placed.number}" in page.detail.text()
    assert page.open_selected()
    queue = window.open_area("order_queue")
    assert window.current_area() == "order_queue"
    assert queue.search.text() == placed.number and queue.any_day.isChecked()


def _audited_actions() -> set[str]:
    """Every action a service hands to `audit.record`, read from the source."""
    import ast
    from pathlib import Path

    import dusangire_desktop.services as services

    actions: set[str] = set()
    for path in Path(services.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr != "record" or len(node.args) < 3:
                continue
            if not (isinstance(node.func.value, ast.Name) and node.func.value.id == "audit"):
                continue
            action = node.args[2]
            options = [action.body, action.orelse] if isinstance(action, ast.IfExp) else [action]
            actions |= {o.value for o in options if isinstance(o, ast.Constant)}
    return actions


def test_every_audited_action_reads_as_a_sentence():
    from dusangire_desktop.views.audit_page import SENTENCES

    actions = _audited_actions()
    assert len(actions) > 60
    assert sorted(actions - SENTENCES.keys()) == []
