"""Every service function that commits records what it changed, so every desk can refresh for it
(issue 11: screens used to announce changes themselves, as free strings, and only on their desk)."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import dusangire_desktop.services as services_package

# Commits that change nothing a screen shows: the audit trail of a sign-in, demo data refused.
RECORDS_NOTHING_ON_PURPOSE = {
    ("dusangire_desktop.services.uow", "commit_record"),
}


def _functions():  # type: ignore[no-untyped-def]
    root = Path(services_package.__file__).parent
    for module in pkgutil.walk_packages([str(root)], prefix="dusangire_desktop.services."):
        path = Path(importlib.import_module(module.name).__file__ or "")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                yield module.name, node


def _calls_on_uow(node: ast.AST, method: str) -> bool:
    return any(
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == method
        and isinstance(call.func.value, ast.Name)
        and call.func.value.id == "uow"
        for call in ast.walk(node)
    )


def test_every_commit_records_what_it_changed():
    silent = [
        f"{module}.{fn.name}"
        for module, fn in _functions()
        if _calls_on_uow(fn, "commit")
        and not _calls_on_uow(fn, "record")
        and (module, fn.name) not in RECORDS_NOTHING_ON_PURPOSE
    ]
    assert silent == []


def test_registering_a_customer_tells_every_desk_which_customer(uow_factory, admin):
    from dusangire_desktop.services import customers
    from dusangire_desktop.services.changes import Area, changes_after, latest_change_id
    from dusangire_desktop.services.customers import CustomerInput, CustomerKind

    before = latest_change_id(uow_factory())
    created = customers.create_customer(
        uow_factory(), admin, CustomerInput(CustomerKind.VISITOR, "Aline Uwase", "0788123456")
    )
    changes = changes_after(uow_factory(), before)
    assert [(c.area, c.ids) for c in changes] == [(Area.CUSTOMERS, frozenset({created.id}))]
