"""`dusangire-desktop report bi` as a whole process beside `dusangire-desktop --version`, run
alternately so the machine's load falls on both alike: medians of wall time and of the processes'
own CPU time, and their ratios (issue 16's goal: report bi within 2× --version).

Run: .venv/bin/python benchmarks/bench_report_process.py DATABASE_URL [--runs 7]
     [--from 2026-10-01 --to 2026-11-01 --as-of 2026-10-14T07:00:00+02:00]
on a database whose BI figures are stored (e.g. a copy of benchmarks/million.py's base after
`bi.prepare_stored_figures`, or after the BI screen was opened).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _process(*args: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child) for one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "dusangire_desktop", *args], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("url")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--from", dest="start", default="2026-10-01")
    parser.add_argument("--to", dest="end", default="2026-11-01")
    parser.add_argument("--as-of", default="2026-10-14T07:00:00+02:00")
    args = parser.parse_args()
    report = ["--database", args.url, "report", "bi", "--from", args.start, "--to", args.end,
              "--as-of", args.as_of]  # fmt: skip
    times: dict[str, list[tuple[float, float]]] = {"report bi": [], "--version": []}
    loads = []
    for _ in range(args.runs):
        times["report bi"].append(_process(*report))
        times["--version"].append(_process("--version"))
        loads.append(os.getloadavg()[0])
    wall = {name: statistics.median(w for w, _ in runs) for name, runs in times.items()}
    cpu = {name: statistics.median(c for _, c in runs) for name, runs in times.items()}
    for name in times:
        print(f"{name:<10} wall {wall[name] * 1000:6.0f} ms, CPU {cpu[name] * 1000:5.0f} ms")
    print(
        f"report bi ÷ --version: wall {wall['report bi'] / wall['--version']:.2f}×, "
        f"CPU {cpu['report bi'] / cpu['--version']:.2f}× (medians of {args.runs}, alternately; "
        f"load average {min(loads):.1f}–{max(loads):.1f} on {os.cpu_count()} cores)"
    )


if __name__ == "__main__":
    main()
