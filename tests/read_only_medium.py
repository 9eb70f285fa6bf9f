"""A manager's snapshot on a read-only medium (fixtures): the file, or its whole folder."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from dusangire_desktop import cli
from dusangire_desktop.services import imports

HISTORY = (
    "order_ref,placed_at,customer_ref,customer_name,status,channel,item,quantity,unit_price,"
    "discount\n"
    "W-1001,2026-02-01T12:30:00,,Aline Uwase,delivered,regular,Isombe,2,3500,0\n"
    "W-1002,2026-02-03T12:00:00,C-77,Jean Mugisha,delivered,corporate,Brochette,3,2000,0\n"
)
FEBRUARY_REPORT = ["report", "bi", "--from", "2026-02-01", "--to", "2026-03-01",
                   "--as-of", "2026-03-05T12:00:00+02:00"]  # fmt: skip


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make a file or folder read-only: chmod for an ordinary account; for root, whom chmod does
    not stop, a read-only bind mount (skipped only where mounting is not allowed)."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    bind = subprocess.run(["mount", "--bind", path, path], capture_output=True, text=True)
    if bind.returncode != 0:
        pytest.skip(f"root is not stopped by chmod, and cannot bind-mount here: {bind.stderr}")
    try:
        remount = subprocess.run(["mount", "-o", "remount,bind,ro", path], capture_output=True,
                                 text=True)  # fmt: skip
        if remount.returncode != 0:
            pytest.skip(f"root is not stopped by chmod, and cannot remount read-only: {remount}")
        yield
    finally:  # lazily: engines the test left open may still hold the file
        subprocess.run(["umount", "--lazy", path], check=True)


@pytest.fixture(params=["file", "folder"])
def read_only_copy(request, database_url, uow_factory, admin, tmp_path, capsys):  # type: ignore[no-untyped-def]
    """(address of a snapshot made read-only, the BI report the source database gave)."""
    history = tmp_path / "history.csv"
    history.write_text(HISTORY, encoding="utf-8")
    imports.import_orders(uow_factory(), admin, history, create_missing_dishes=True)
    medium = tmp_path / "usb-stick"
    medium.mkdir()
    copy = medium / "offline.sqlite"
    assert cli.main(["--database", database_url, "snapshot", str(copy)]) == 0
    capsys.readouterr()
    assert cli.main(["--database", database_url, *FEBRUARY_REPORT]) == 0
    online = json.loads(capsys.readouterr().out)
    assert sorted(p.name for p in medium.iterdir()) == ["offline.sqlite"]
    with read_only(copy if request.param == "file" else medium):
        yield f"sqlite:///{copy}", online
