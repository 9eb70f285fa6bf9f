"""The command line speaks English (its output is for scripts) and never loads Qt to say so."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_a_service_refusal_on_the_command_line_is_english(database_url, engine):  # type: ignore[no-untyped-def]
    script = (
        "import sys\n"
        "from dusangire_desktop import cli\n"
        "code = cli.main(sys.argv[1:])\n"
        "print('qt loaded' if 'PySide6' in sys.modules else 'no qt', file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    backwards = ["--from", "2026-03-10", "--to", "2026-03-01"]
    done = subprocess.run(
        [sys.executable, "-c", script, "--database", database_url, "report", "bi", *backwards],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "The period must end after it starts (2026-03-10 to 2026-03-01)." in done.stderr
    assert "no qt" in done.stderr
