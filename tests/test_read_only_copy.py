"""A manager's snapshot on a read-only medium: commands that read work, those that write say why."""

from __future__ import annotations

import io
import json

from dusangire_desktop import cli, schema
from dusangire_desktop.app import open_database
from dusangire_desktop.services import accounts, auth
from dusangire_desktop.services.errors import ReadOnlyDatabase

from . import read_only_medium
from .conftest import ADMIN_PASSWORD
from .read_only_medium import FEBRUARY_REPORT

read_only_copy = read_only_medium.read_only_copy


def test_commands_that_read_work_on_a_read_only_copy(read_only_copy, capsys):
    url, online = read_only_copy
    assert cli.main(["--database", url, *FEBRUARY_REPORT]) == 0
    assert json.loads(capsys.readouterr().out) == online
    assert cli.main(["--database", url, "staff", "list"]) == 0
    assert [s["username"] for s in json.loads(capsys.readouterr().out)] == ["admin"]
    assert cli.main(["--database", url, "db", "current"]) == 0
    assert capsys.readouterr().out.strip() == schema.HEAD_REVISION


def test_commands_that_write_on_a_read_only_copy_say_why(read_only_copy, monkeypatch, capsys):
    url, _online = read_only_copy
    monkeypatch.setattr("sys.stdin", io.StringIO("Cuisine-2026\n"))
    add = ["staff", "add", "c.uwera", "--name", "Chantal Uwera", "--role", "manager",
           "--password-stdin"]  # fmt: skip
    assert cli.main(["--database", url, *add]) == 2
    err = capsys.readouterr().err
    assert "is read-only" in err and "Cannot reach" not in err and "Traceback" not in err


def test_the_app_on_a_read_only_copy_signs_in_and_refuses_every_save_plainly(read_only_copy):
    url, _online = read_only_copy
    uow_factory = open_database(url)
    assert uow_factory.read_only
    assert uow_factory.description.endswith("read-only copy, nothing can be saved")
    actor = auth.sign_in(uow_factory(), "admin", ADMIN_PASSWORD)
    try:
        accounts.create_staff(uow_factory(), actor, username="c.uwera", full_name="Chantal Uwera",
                              role=accounts.Role.MANAGER, password="Cuisine-2026")  # fmt: skip
    except ReadOnlyDatabase as refused:
        assert "read-only copy" in refused.message and "nothing was saved" in refused.message
    else:
        raise AssertionError("a save on a read-only copy was not refused")
    assert [s.username for s in accounts.list_staff(uow_factory(), actor)] == ["admin"]
