"""--data-dir puts the local database (and the logs) in a folder of the person's choosing."""

from __future__ import annotations

from dusangire_desktop import cli, schema
from dusangire_desktop.config import DATA_DIR_ENV, DATABASE_ENV


def test_data_dir_holds_the_local_database(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "not-this-one"))  # restored afterwards
    folder = tmp_path / "demo desk"
    assert cli.main(["--data-dir", str(folder), "db", "upgrade"]) == 0
    assert (folder / "dusangire.sqlite").is_file()
    assert not (tmp_path / "not-this-one" / "dusangire.sqlite").exists()
    assert cli.main(["--data-dir", str(folder), "db", "current"]) == 0
    assert capsys.readouterr().out.strip().endswith(schema.HEAD_REVISION)
