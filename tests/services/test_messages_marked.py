"""Every refusal a service raises is a marked template (so lupdate extracts it and the desk can
read it in Kinyarwanda or French), never an f-string or unmarked text, and its placeholders are
all given."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import dusangire_desktop

PACKAGE = Path(dusangire_desktop.__file__).parent
SERVICES = PACKAGE / "services"
BASES = {
    "DomainError", "ValidationError", "NotFound", "Conflict", "PermissionDenied",
    "AuthenticationFailed", "AccountLocked", "DatabaseUnavailable",
}  # fmt: skip
# Refusals whose first argument is not the message (they build it themselves).
OWN_TEXT = {"ConcurrentChange", "SimultaneousChange", "ReadOnlyDatabase", "ImportRejected",
            "Cancelled"}  # fmt: skip
# Helpers of the database layer that return a text already rendered by messages.text.
RENDERED = {"explain_database_error", "missing_folder_message", "read_only_message",
            "_unknown_revision_message"}  # fmt: skip
# Areas left out of the scan while other branches change them (none now).
PENDING: set[str] = set()


# Outside services, the database layer's refusals reach the desk too (the sign-in window).
DATABASE_LAYER = ("db.py", "schema.py", "snapshot.py")


def _sources() -> list[Path]:
    services = [
        p for p in SERVICES.rglob("*.py") if not PENDING & set(p.relative_to(SERVICES).parts)
    ]
    return sorted([*services, *(PACKAGE / name for name in DATABASE_LAYER)])


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    names = set(BASES)
    grew = True
    while grew:
        grew = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.ClassDef)
                    and node.name not in names
                    and any(isinstance(b, ast.Name) and b.id in names for b in node.bases)
                ):
                    names.add(node.name)
                    grew = True
    return names - OWN_TEXT


def _called(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    return node.func.attr if isinstance(node.func, ast.Attribute) else None


def _templates(node: ast.expr) -> list[str] | None:
    """The marked templates `node` can be, or None when it is not a marked template."""
    if isinstance(node, ast.IfExp):
        body, orelse = _templates(node.body), _templates(node.orelse)
        return None if body is None or orelse is None else body + orelse
    if isinstance(node, ast.Call) and _called(node) == "QT_TRANSLATE_NOOP":
        context, text = node.args
        assert isinstance(context, ast.Constant) and context.value == "errors"
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            return [text.value]
    return None


def _problems() -> list[str]:
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in _sources()}
    errors = _error_classes(trees)
    problems = []
    for path, tree in trees.items():
        ours = {
            alias.asname or alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("messages")
            for alias in node.names
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _called(node)
            where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
            if name == "QT_TRANSLATE_NOOP" and _templates(node) is None:
                problems.append(f"{where}: QT_TRANSLATE_NOOP needs a plain string literal")
            if name not in errors | ({"Text", "text"} & ours) or not node.args:
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant | ast.JoinedStr | ast.BinOp):
                problems.append(f"{where}: {name} with unmarked text")
                continue
            templates = _templates(first)
            if templates is None:
                if isinstance(first, ast.Call) and _called(first) not in RENDERED:
                    problems.append(f"{where}: {name} with a text made by {_called(first)}()")
                continue  # a name holding a marked template
            if any(k.arg is None for k in node.keywords):
                continue  # **params
            given = {k.arg for k in node.keywords}
            for template in templates:
                wanted = {f for _, f, _, _ in string.Formatter().parse(template) if f}
                if wanted - given:
                    problems.append(f"{where}: no value for {sorted(wanted - given)}")
    return problems


def test_no_service_refuses_with_unmarked_text() -> None:
    assert _problems() == []
