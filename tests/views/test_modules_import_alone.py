"""Every views module can be the first one imported (a script or tool may start anywhere), so no
import cycle hides behind the order the app happens to import them in."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# In one interpreter: before each module, forget every module of the app (Qt stays loaded).
EACH_FIRST = """
import importlib, json, pkgutil, sys
import dusangire_desktop.views as views
names = [f"{views.__name__}.{m.name}" for m in pkgutil.iter_modules(views.__path__)]
failures = {}
for name in names:
    for loaded in [m for m in sys.modules if m.split(".")[0] == "dusangire_desktop"]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except ImportError as error:
        failures[name] = str(error)
print(json.dumps({"modules": len(names), "failures": failures}))
"""


def test_every_views_module_imports_first():
    done = subprocess.run([sys.executable, "-c", EACH_FIRST], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["modules"] > 50
    assert seen["failures"] == {}
