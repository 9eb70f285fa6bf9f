"""Long commands show a progress bar on stderr: redrawn on a terminal, a line a tenth in a log."""

from __future__ import annotations

import io

from dusangire_desktop import cli
from dusangire_desktop.progress_bar import ProgressBar
from dusangire_desktop.services.progress import Step


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_bar_is_redrawn_on_one_line():
    screen = Terminal()
    with ProgressBar(screen, width=10) as bar:
        bar(Step("customers", 0.0))
        bar(Step("5,000 of 20,000 orders written", 0.25))
        bar(Step("done", 1.0))
    frames = screen.getvalue().split("\r")[1:]
    assert frames[1].startswith("[██░░░░░░░░]  25 %  5,000 of 20,000 orders written")
    assert frames[2].startswith("[██████████] 100 %  done") and screen.getvalue().endswith("\n")


def test_in_a_log_a_line_per_tenth_or_new_stage():
    log = io.StringIO()
    bar = ProgressBar(log)
    for n in range(1, 101):
        bar(Step(f"{n * 200:,} of 20,000 orders written", n / 100))
    bar(Step("saving", 1.0))
    lines = log.getvalue().splitlines()
    assert lines[0] == "    1 %  200 of 20,000 orders written"
    assert lines[-1] == "  100 %  saving" and len(lines) == 12


def test_demo_data_on_the_command_line_shows_its_progress(tmp_path, capsys):
    new_file = f"sqlite:///{tmp_path / 'new.sqlite'}"
    args = ["--database", new_file, "demo-data", "--customers", "50", "--orders", "80",
            "--months", "1"]  # fmt: skip
    assert cli.main(args) == 0
    err = capsys.readouterr().err
    assert "orders written" in err and "  100 %  done" in err
