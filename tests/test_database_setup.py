"""Migrations, engine set-up and every way a database can be unusable, on both backends."""

from __future__ import annotations

import io
import json
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from dusangire_desktop import cli, db, schema
from dusangire_desktop.app import open_database
from dusangire_desktop.services import accounts, health
from dusangire_desktop.services.errors import DatabaseUnavailable

ADD_MANAGER = ["staff", "add", "c.uwera", "--name", "Chantal Uwera", "--role", "manager",
               "--password-stdin"]  # fmt: skip


@pytest.fixture
def empty_database_url(backend, tmp_path, request):
    """A database with no tables at all, as on a first start."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'fresh.sqlite'}"
        return
    admin_url = make_url(request.getfixturevalue("postgres_admin_url"))
    name = f"dusangire_fresh_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield admin_url.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_migrations_build_the_models_schema_and_go_back_down(empty_database_url):
    engine = db.make_engine(empty_database_url)
    schema.upgrade(engine)
    assert schema.current_revision(engine) == schema.head_revision()
    assert schema.check(engine) is None
    schema.downgrade(engine, "base")
    assert schema.current_revision(engine) is None
    with engine.connect() as connection:
        tables = set(engine.dialect.get_table_names(connection))
    assert tables <= {"alembic_version"}
    schema.upgrade(engine)
    assert schema.check(engine) is None
    engine.dispose()


def test_start_up_knows_the_newest_revision():
    assert schema.head_revision() == schema.HEAD_REVISION


def test_first_start_creates_and_migrates_the_database(empty_database_url):
    uow_factory = open_database(empty_database_url)
    assert accounts.needs_first_administrator(uow_factory())


def test_sqlite_file_is_copied_aside_before_an_upgrade(tmp_path):
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    engine = db.make_engine(url)
    schema.upgrade(engine)
    schema.downgrade(engine, "base")
    backup = schema.upgrade(engine)
    assert backup is not None and backup.exists() and backup.name.startswith("desk.sqlite.")
    assert schema.upgrade(engine) is None


def test_unreachable_postgresql_says_what_to_check():
    with pytest.raises(DatabaseUnavailable, match="Cannot reach PostgreSQL") as error:
        open_database("postgresql+psycopg://postgres@127.0.0.1:1/dusangire")
    assert "network" in error.value.message


def test_malformed_address_is_explained():
    with pytest.raises(DatabaseUnavailable, match="not a database address"):
        open_database("this is not a url")


def test_unsupported_database_is_explained():
    with pytest.raises(DatabaseUnavailable, match="Unsupported database"):
        open_database("oracle://scott@tiger/db")


def test_corrupt_sqlite_file_is_named_with_the_way_out(tmp_path):
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"this is a spreadsheet, not a database" * 200)
    with pytest.raises(
        DatabaseUnavailable, match="damaged or is not a Dusangire database"
    ) as error:
        open_database(f"sqlite:///{path}")
    assert "backup" in error.value.message


def test_read_only_sqlite_file_is_refused_with_a_reason(tmp_path):
    path = tmp_path / "shared.sqlite"
    open_database(f"sqlite:///{path}")
    with pytest.raises(DatabaseUnavailable, match="read-only"):
        open_database(f"sqlite:///file:{path}?mode=ro&uri=true")


def test_service_call_on_a_vanished_server_is_a_domain_error():
    from dusangire_desktop.services.uow import UnitOfWorkFactory

    engine = db.make_engine("postgresql+psycopg://postgres@127.0.0.1:1/gone")
    factory = UnitOfWorkFactory(db.make_session_factory(engine), description="gone")
    with pytest.raises(DatabaseUnavailable, match="nothing was saved"):
        health.ping(factory())


def test_workstation_survives_a_server_restart(pg_uow_factory, pg_engine, postgres_admin_url):
    health.ping(pg_uow_factory())
    admin = create_engine(postgres_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        killed = connection.execute(
            text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                 "WHERE datname = :name AND pid <> pg_backend_pid()"),
            {"name": pg_engine.url.database},
        ).scalar()  # fmt: skip
    admin.dispose()
    assert killed >= 1
    health.ping(pg_uow_factory())


def test_describe_hides_passwords():
    assert db.describe("postgresql+psycopg://desk:secret@10.0.0.5:5432/dusangire") == (
        "PostgreSQL desk@10.0.0.5:5432/dusangire"
    )
    assert db.describe("sqlite:////data/desk.sqlite") == "SQLite file /data/desk.sqlite"


def test_command_line_adds_staff_and_lists_it(empty_database_url, monkeypatch, capsys):
    assert cli.main(["--database", empty_database_url, "db", "upgrade"]) == 0
    assert cli.main(["--database", empty_database_url, "db", "check"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("Cuisine-2026\n"))
    code = cli.main(["--database", empty_database_url, *ADD_MANAGER])
    assert code == 0
    capsys.readouterr()
    assert cli.main(["--database", empty_database_url, "staff", "list"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == [{"username": "c.uwera", "name": "Chantal Uwera", "role": "manager",
                       "active": True, "locked": False}]  # fmt: skip


def test_command_line_refuses_bad_staff_input_with_a_message(
    empty_database_url, monkeypatch, capsys
):
    monkeypatch.setattr("sys.stdin", io.StringIO("weak\n"))
    code = cli.main(["--database", empty_database_url, *ADD_MANAGER])
    assert code == 2
    assert "at least 10 characters" in capsys.readouterr().err


def test_command_line_reports_an_unreachable_database(capsys):
    code = cli.main(["--database", "postgresql+psycopg://postgres@127.0.0.1:1/x", "staff", "list"])
    assert code == 2
    err = capsys.readouterr().err
    assert "Cannot reach" in err and "Traceback" not in err


def test_demo_data_fills_a_new_database_and_refuses_a_used_one(empty_database_url, capsys):
    args = ["--database", empty_database_url, "demo-data", "--customers", "300", "--orders", "500"]
    assert cli.main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["rows"]["customers"] == 300
    assert "admin" in out["sign_in"]["usernames"]
    assert cli.main(args) == 2
    assert "already holds customers" in capsys.readouterr().err
