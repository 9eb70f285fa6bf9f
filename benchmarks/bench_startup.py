"""Cold start to the sign-in window (whole process, offscreen), next to a bare PySide6 window.

Run: .venv/bin/python benchmarks/bench_startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "from PySide6.QtCore import QTimer\n"
    "app = QApplication([]); w = QMainWindow(); w.show()\n"
    "QTimer.singleShot(0, app.quit); app.exec()\n"
)


def _time(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(
        command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.sqlite'}"
        app = [sys.executable, "-m", "dusangire_desktop", "--database", url]
        subprocess.run([*app, "db", "upgrade"], env=env, check=True, capture_output=True)
        subprocess.run([*app, "demo-data", "--customers", "50", "--orders", "100"],
                       env=env, check=True, capture_output=True)  # fmt: skip
        _time([*app, "--exit-when-ready"], env)  # warm the file cache once
        app_times = [_time([*app, "--exit-when-ready"], env) for _ in range(args.runs)]
        bare_times = [_time([sys.executable, "-c", BARE_WINDOW], env) for _ in range(args.runs)]
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    print(f"runs: {args.runs}")
    print(f"bare PySide6 window        median {bare_median:.2f} s")
    print(f"Dusangire to sign-in window median {app_median:.2f} s "
          f"({app_median - bare_median:+.2f} s over bare Qt)")  # fmt: skip


if __name__ == "__main__":
    main()
