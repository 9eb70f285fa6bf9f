"""Cold start to the sign-in window (whole process, offscreen), beside a bare PySide6 window.

Both are launched the same way, runs interleaved, and timed from the launch to their window's
first paint (reported by the process itself) and as whole processes. The app also reports when
its database was open behind the window (SQLAlchemy, models, services imported, schema checked):
until then a "Sign in" pressed waits. `--exit-when-ready` ends it at that point.

Run: .venv/bin/python benchmarks/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            launched = float(os.environ["DUSANGIRE_LAUNCHED_AT"])
            print(f"window shown {time.time() - launched:.3f} s", file=sys.stderr)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication([]); w = QMainWindow(); f = FirstPaint(); w.installEventFilter(f); w.show()
app.exec()
"""
SHOWN = re.compile(r"window shown ([\d.]+) s")
READY = re.compile(r"database ready ([\d.]+) s")


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float, float | None]:
    """(to first paint, whole process, to database ready) in seconds."""
    env = dict(env, DUSANGIRE_LAUNCHED_AT=repr(time.time()))
    started = time.perf_counter()
    done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    whole = time.perf_counter() - started
    shown = SHOWN.search(done.stderr)
    if shown is None:
        raise SystemExit(f"no start-up timing from {command}: {done.stderr}")
    ready = READY.search(done.stderr)
    return float(shown.group(1)), whole, float(ready.group(1)) if ready else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.sqlite'}"
        app = [sys.executable, "-m", "dusangire_desktop", "--database", url]
        subprocess.run([*app, "db", "upgrade"], env=env, check=True, capture_output=True)
        subprocess.run([*app, "demo-data", "--customers", "50", "--orders", "100"],
                       env=env, check=True, capture_output=True)  # fmt: skip
        _run([*app, "--exit-when-ready"], env)  # warm the file cache once
        _run(bare_cmd, env)
        bare, ours = [], []
        for _ in range(args.runs):
            bare.append(_run(bare_cmd, env))
            ours.append(_run([*app, "--exit-when-ready"], env))
    load = os.getloadavg()[0]

    def median(rows: list, k: int) -> float:  # type: ignore[type-arg]
        return statistics.median(row[k] for row in rows)

    print(f"start-up, offscreen, medians of {args.runs} interleaved runs "
          f"(load average {load:.2f} on {os.cpu_count()} cores)")  # fmt: skip
    print("| | window on screen | whole process | database open behind it |")
    print("|---|---:|---:|---:|")
    print(f"| bare PySide6 window | {median(bare, 0):.3f} s | {median(bare, 1):.3f} s | |")
    print(f"| Dusangire sign-in window | {median(ours, 0):.3f} s | {median(ours, 1):.3f} s "
          f"| {median(ours, 2):.3f} s |")  # fmt: skip
    print(f"| ratio | {median(ours, 0) / median(bare, 0):.2f}× | "
          f"{median(ours, 1) / median(bare, 1):.2f}× | |")  # fmt: skip


if __name__ == "__main__":
    main()
