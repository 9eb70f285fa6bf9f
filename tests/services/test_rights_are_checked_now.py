"""Every service call that acts for someone checks the account as it is now, in its transaction
(issue: rights were a snapshot taken at sign-in)."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import dusangire_desktop.services as services_package

CHECKS = ("authorize", "current_actor")


def _public_functions_acting_for_someone():  # type: ignore[no-untyped-def]
    root = Path(services_package.__file__).parent
    for module in pkgutil.walk_packages([str(root)], prefix="dusangire_desktop.services."):
        path = Path(importlib.import_module(module.name).__file__ or "")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
                continue
            names = [a.arg for a in node.args.args + node.args.kwonlyargs]
            if "actor" in names and ("uow" in names or "uow_factory" in names):
                yield module.name, node


def _calls(node: ast.AST) -> set[str]:
    return {
        call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
        for call in ast.walk(node)
        if isinstance(call, ast.Call)
    }


def test_every_service_acting_for_someone_rereads_the_account_in_its_transaction():
    functions = list(_public_functions_acting_for_someone())
    checked = {(module, fn.name) for module, fn in functions if set(CHECKS) & _calls(fn)}
    # A function that only hands its actor to checked service functions is covered.
    checked_names = {name for _module, name in checked}
    unchecked = [
        f"{module}.{fn.name}"
        for module, fn in functions
        if (module, fn.name) not in checked and not _calls(fn) & checked_names
    ]
    assert len(functions) > 60
    assert unchecked == []
