"""The command line as a script uses it: reports that make sense, pipes, and the self-test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dusangire_desktop import cli, db
from dusangire_desktop.models.audit import AuditEvent
from dusangire_desktop.models.rollups import DayOrders

ROOT = Path(__file__).resolve().parent.parent
MARCH = ["--from", "2026-03-01", "--to", "2026-04-01"]


@pytest.mark.parametrize("dashboard", ["bi", "support"])
def test_a_report_as_of_before_its_period_is_refused(database_url, engine, dashboard, capsys):
    before = ["--as-of", "2026-02-20T12:00:00+02:00"]
    assert cli.main(["--database", database_url, "report", dashboard, *MARCH, *before]) == 2
    err = capsys.readouterr().err
    assert "is not after the start of the period (2026-03-01" in err and "Traceback" not in err
    at_start = ["--as-of", "2026-03-01T00:00:00+02:00"]
    assert cli.main(["--database", database_url, "report", dashboard, *MARCH, *at_start]) == 2
    capsys.readouterr()
    first_hour = ["--as-of", "2026-03-01T01:00:00+02:00"]
    assert cli.main(["--database", database_url, "report", dashboard, *MARCH, *first_hour]) == 0


def test_nutrition_report_may_look_at_a_period_ahead(database_url, engine, capsys):
    ahead = ["--as-of", "2026-02-20T12:00:00+02:00"]
    assert cli.main(["--database", database_url, "report", "nutrition", *MARCH, *ahead]) == 0
    assert '"nutritionists": []' in capsys.readouterr().out


def test_a_report_read_by_a_command_that_stops_early_ends_quietly(database_url, engine):
    command = [sys.executable, "-m", "dusangire_desktop", "--database", database_url,
               "report", "bi", *MARCH, "--as-of", "2026-03-20T12:00:00+02:00"]  # fmt: skip
    reader_gone = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    reader_gone.stdout.close()  # like `| head` once it has its lines: before the report is out
    err = reader_gone.stderr.read()
    assert reader_gone.wait(120) == 1
    assert err == ""


def _audit_entries(uow_factory) -> int:  # type: ignore[no-untyped-def]
    with uow_factory() as uow:
        return uow.session.scalar(select(func.count()).select_from(AuditEvent))


def test_self_test_checks_the_database_it_is_given_and_changes_nothing(
    database_url, uow_factory, admin, capsys
):
    audit_before = _audit_entries(uow_factory)
    assert cli.main(["--database", database_url, "--self-test"]) == 0
    out = capsys.readouterr().out
    assert f"self-test passed on {db.describe(database_url)}" in out
    assert _audit_entries(uow_factory) == audit_before
    with uow_factory() as uow:  # not even the dashboards' stored days: it only read
        assert uow.session.scalar(select(func.count()).select_from(DayOrders)) == 0


def test_self_test_refuses_a_database_without_the_schema(tmp_path, capsys):
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    assert cli.main(["--database", f"sqlite:///{empty}", "--self-test"]) == 1
    err = capsys.readouterr().err
    assert "self-test FAILED" in err and "has no Dusangire schema" in err
    assert empty.stat().st_size == 0


def test_self_test_without_a_database_checks_a_fresh_install(capsys):
    assert cli.main(["--self-test"]) == 0
    assert "self-test passed on a fresh SQLite file" in capsys.readouterr().out
