"""Every screen reads and writes the same way (issue 11): through the view context's operations,
with the hospital's clock, refreshing for recorded changes instead of polling or announcing."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import dusangire_desktop.views as views_package

VIEWS = Path(views_package.__file__).parent
# The modules that implement the one way itself.
PLUMBING = {"operations.py", "context.py", "changes.py", "live.py", "presentation.py"}
SCREENS = sorted(p.name for p in VIEWS.glob("*.py") if p.name not in PLUMBING)


def _tree(name: str) -> ast.Module:
    return ast.parse((VIEWS / name).read_text(encoding="utf-8"))


def _attribute_calls(tree: ast.AST) -> list[tuple[str, int]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute):
                found.append((func.attr, node.lineno))
            elif isinstance(func, ast.Name):
                found.append((func.id, node.lineno))
    return found


@pytest.mark.parametrize("name", SCREENS)
def test_no_screen_builds_its_own_unit_of_work_or_announces(name):
    calls = _attribute_calls(_tree(name))
    assert [line for call, line in calls if call == "uow_factory"] == [], (
        f"{name}: reach services through ctx.query / ctx.command"
    )
    assert [line for call, line in calls if call in {"announce", "run_in_background",
                                                     "run_latest"}] == []  # fmt: skip


@pytest.mark.parametrize("name", SCREENS)
def test_no_screen_reads_the_system_clock(name):
    calls = _attribute_calls(_tree(name))
    clock = [line for call, line in calls if call in {"now", "today", "utcnow", "currentDate",
                                                      "currentDateTime"}]  # fmt: skip
    source = (VIEWS / name).read_text(encoding="utf-8")
    direct = [
        n for n, line in enumerate(source.splitlines(), 1)
        if "datetime.now(" in line or "date.today(" in line or "QDate.currentDate" in line
        or "QDateTime.currentDateTime" in line or "time.time(" in line
    ]  # fmt: skip
    assert direct == [], f"{name}: take the time from ctx.now() / ctx.today()"
    del clock


@pytest.mark.parametrize("name", SCREENS)
def test_no_page_polls_on_a_timer(name):
    tree = _tree(name)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QTimer":
            keywords = {k.arg for k in node.keywords}
            # A one-shot timer (debounce of typing, a banner that fades) is not polling.
            assert "singleShot" in keywords or _is_single_shot_set(tree, node), (
                f"{name}:{node.lineno} refresh on recorded changes, not on a timer"
            )


def _is_single_shot_set(tree: ast.AST, timer: ast.Call) -> bool:
    return "setSingleShot(True)" in ast.unparse(tree)


@pytest.mark.parametrize("name", SCREENS)
def test_enumerated_values_are_labelled_from_the_one_table(name):
    source = (VIEWS / name).read_text(encoding="utf-8")
    assert '.replace("_", " ")' not in source, f"{name}: use views.labels.label(member)"
