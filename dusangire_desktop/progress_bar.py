"""A progress bar on stderr for the long commands (demo data, import, snapshot).

On a terminal it redraws one line; piped or captured, it writes a line at each tenth and at a
new stage, so a log shows that work went on without thousands of lines."""

from __future__ import annotations

import shutil
import sys
from types import TracebackType
from typing import TextIO

from .services.progress import Step


class ProgressBar:
    def __init__(self, stream: TextIO | None = None, width: int = 24) -> None:
        self._stream = stream or sys.stderr
        self._width = width
        self._tty = self._stream.isatty()
        self._drawn = False
        self._last: tuple[int, str] | None = None

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def __call__(self, step: Step) -> None:
        done = min(max(step.done, 0.0), 1.0)
        percent = int(done * 100)
        if self._tty:
            filled = int(done * self._width)
            line = f"[{'█' * filled}{'░' * (self._width - filled)}] {percent:3d} %  {step.message}"
            columns = shutil.get_terminal_size((80, 20)).columns
            self._stream.write("\r" + line[: columns - 1].ljust(columns - 1))
            self._stream.flush()
            self._drawn = True
            return
        stage = step.message.split(" ")[-1]  # "… orders written" is one stage, whatever the count
        if self._last is None or percent // 10 != self._last[0] // 10 or stage != self._last[1]:
            print(f"  {percent:3d} %  {step.message}", file=self._stream, flush=True)
            self._last = (percent, stage)

    def close(self) -> None:
        if self._drawn:
            self._stream.write("\n")
            self._stream.flush()
            self._drawn = False
