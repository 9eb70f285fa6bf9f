"""Migrations, engine set-up and every way a database can be unusable, on both backends."""

from __future__ import annotations

import io
import json
import logging
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import uuid
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from dusangire_desktop import cli, db, schema
from dusangire_desktop.app import open_database
from dusangire_desktop.services import accounts, health
from dusangire_desktop.services.errors import DatabaseUnavailable

ADD_MANAGER = ["staff", "add", "c.uwera", "--name", "Chantal Uwera", "--role", "manager",
               "--password-stdin"]  # fmt: skip


@contextmanager
def _fresh_postgres(admin_url: str):  # type: ignore[no-untyped-def]
    admin = create_engine(make_url(admin_url), isolation_level="AUTOCOMMIT")
    name = f"dusangire_fresh_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def empty_database_url(backend, tmp_path, request):
    """A database with no tables at all, as on a first start (on SQLite, no file yet)."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'fresh.sqlite'}"
        return
    with _fresh_postgres(request.getfixturevalue("postgres_admin_url")) as url:
        yield url


def _tables(url: str) -> set[str] | None:
    """The tables a database holds; None for a SQLite file that does not exist."""
    path = db.sqlite_path(url)
    if path is not None and not path.exists():
        return None
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return set(inspect(connection).get_table_names())
    finally:
        engine.dispose()


def _add_foreign_table(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE patients (id integer PRIMARY KEY, name text)"))
    engine.dispose()


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


def test_read_only_address_opens_a_read_only_copy_and_commands_that_write_say_why(
    tmp_path, monkeypatch, capsys
):
    path = tmp_path / "shared.sqlite"
    open_database(f"sqlite:///{path}")
    read_only_url = f"sqlite:///file:{path}?mode=ro&uri=true"
    assert open_database(read_only_url).read_only
    monkeypatch.setattr("sys.stdin", io.StringIO("Cuisine-2026\n"))
    assert cli.main(["--database", read_only_url, *ADD_MANAGER]) == 2
    err = capsys.readouterr().err
    assert "read-only" in err and "Cannot reach" not in err


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


# Commands that only read never create or migrate; the schema never goes beside other tables.

HISTORY = (
    "order_ref,placed_at,customer_ref,customer_name,status,channel,item,quantity,unit_price,"
    "discount\nW-1,2026-02-01T10:00:00,,Aline Uwase,delivered,regular,Fanta,1,800,0\n"
)
READING_COMMANDS = {
    "staff list": ["staff", "list"],
    "report bi": ["report", "bi", "--from", "2026-02-01", "--to", "2026-03-01"],
    "db current": ["db", "current"],
    "db check": ["db", "check"],
    "snapshot": ["snapshot", "{folder}/copy.sqlite"],
}
WRITING_COMMANDS = {
    "db upgrade": ["db", "upgrade"],
    "staff add": ADD_MANAGER,
    "demo-data": ["demo-data", "--customers", "10", "--orders", "10"],
    "import orders": ["import", "orders", "--create-missing-dishes", "{folder}/history.csv"],
}


@pytest.mark.parametrize("command", READING_COMMANDS.values(), ids=READING_COMMANDS.keys())
def test_commands_that_only_read_leave_a_database_without_the_schema_alone(
    empty_database_url, command, tmp_path, capsys
):
    path = db.sqlite_path(empty_database_url)
    if path is not None:
        path.touch()  # an empty SQLite file: a database, but not a Dusangire one
    args = [arg.replace("{folder}", str(tmp_path)) for arg in command]
    assert cli.main(["--database", empty_database_url, *args]) == 2
    err = capsys.readouterr().err
    assert "has no Dusangire schema" in err and "dusangire-desktop db upgrade" in err
    assert _tables(empty_database_url) == set()
    assert path is None or path.stat().st_size == 0
    assert not (tmp_path / "copy.sqlite").exists()


def test_commands_that_only_read_never_upgrade_an_older_schema(empty_database_url, capsys):
    engine = db.make_engine(empty_database_url)
    schema.upgrade(engine, "0002")
    engine.dispose()
    assert cli.main(["--database", empty_database_url, "staff", "list"]) == 2
    err = capsys.readouterr().err
    assert "older schema (0002)" in err and "dusangire-desktop db upgrade" in err
    engine = db.make_engine(empty_database_url)
    assert schema.current_revision(engine) == "0002"
    engine.dispose()


def test_commands_that_only_read_do_not_create_a_missing_sqlite_file(tmp_path, capsys):
    path = tmp_path / "typo.sqlite"
    assert cli.main(["--database", f"sqlite:///{path}", "staff", "list"]) == 2
    err = capsys.readouterr().err
    assert f"{path} does not exist" in err and "Traceback" not in err
    assert not path.exists()


@pytest.mark.parametrize("command", WRITING_COMMANDS.values(), ids=WRITING_COMMANDS.keys())
def test_commands_that_write_never_put_the_schema_beside_other_tables(
    empty_database_url, command, tmp_path, monkeypatch, capsys
):
    _add_foreign_table(empty_database_url)
    (tmp_path / "history.csv").write_text(HISTORY, encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO("Cuisine-2026\n"))
    args = [arg.replace("{folder}", str(tmp_path)) for arg in command]
    assert cli.main(["--database", empty_database_url, *args]) == 2
    err = capsys.readouterr().err
    assert "already holds other tables (patients) but no Dusangire schema" in err
    assert _tables(empty_database_url) == {"patients"}


def test_the_app_never_puts_its_schema_beside_other_tables(empty_database_url):
    _add_foreign_table(empty_database_url)
    with pytest.raises(DatabaseUnavailable, match=r"other tables \(patients\)") as error:
        open_database(empty_database_url)
    assert "empty database" in error.value.message
    assert _tables(empty_database_url) == {"patients"}


# Two workstations starting at once on a new shared database.


def test_workstations_starting_at_once_upgrade_the_shared_database_once(
    empty_database_url, backend, caplog
):
    # On SQLite the race is short (the new file switching to WAL as another desk opens it), so
    # three new files are tried; one shared PostgreSQL database is enough there.
    urls = [empty_database_url]
    if backend == "sqlite":
        urls += [empty_database_url.replace("fresh.sqlite", f"fresh-{n}.sqlite") for n in (2, 3)]
    for url in urls:
        caplog.clear()
        _three_desks_start_together(url, caplog)


def _three_desks_start_together(url: str, caplog) -> None:
    caplog.set_level(logging.INFO, logger="alembic.runtime.migration")
    desks, together = 3, threading.Barrier(3)
    failures: list[BaseException] = []

    def start_a_desk() -> None:
        together.wait()
        try:
            uow_factory = open_database(url)
            assert accounts.needs_first_administrator(uow_factory())
        except BaseException as exc:  # collected for the assertion below
            failures.append(exc)

    threads = [threading.Thread(target=start_a_desk) for _ in range(desks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    first_migration = [
        record
        for record in caplog.records
        if record.name == "alembic.runtime.migration" and "-> 0001" in record.getMessage()
    ]
    assert len(first_migration) == 1
    engine = db.make_engine(url)
    with engine.connect() as connection:
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    engine.dispose()
    assert versions == [(schema.HEAD_REVISION,)]


# Every way a connection can fail, told apart.


def test_refused_port_says_the_server_does_not_answer():
    with pytest.raises(DatabaseUnavailable) as error:
        open_database("postgresql+psycopg://postgres@127.0.0.1:1/dusangire")
    message = error.value.message
    assert message.startswith("Cannot reach PostgreSQL postgres@127.0.0.1:1/dusangire")
    assert "network cable" in message and "server is running" in message


def test_unknown_server_name_says_to_check_the_address():
    with pytest.raises(DatabaseUnavailable) as error:
        open_database("postgresql+psycopg://postgres@no-such-server.invalid/dusangire")
    message = error.value.message
    assert "server name 'no-such-server.invalid' is not known" in message
    assert "network cable" in message


@pytest.fixture
def silent_server():  # type: ignore[no-untyped-def]
    """A port that accepts connections and never says a word, like a server that hangs."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    yield listener.getsockname()[1]
    listener.close()


def test_server_that_never_answers_times_out_with_the_same_advice(silent_server):
    url = f"postgresql+psycopg://postgres@127.0.0.1:{silent_server}/dusangire?connect_timeout=2"
    with pytest.raises(DatabaseUnavailable) as error:
        open_database(url)
    message = error.value.message
    assert "did not answer within 2 seconds" in message and "network cable" in message


def test_unknown_user_is_named(postgres_admin_url):
    url = make_url(postgres_admin_url).set(username="no_such_desk")
    with pytest.raises(DatabaseUnavailable) as error:
        open_database(url.render_as_string(hide_password=False))
    message = error.value.message
    assert "has no user 'no_such_desk'" in message and "network cable" not in message


def test_missing_database_is_named_with_how_to_create_it(postgres_admin_url):
    url = make_url(postgres_admin_url).set(database="dusangire_not_created")
    with pytest.raises(DatabaseUnavailable) as error:
        open_database(url.render_as_string(hide_password=False))
    message = error.value.message
    assert "has no database 'dusangire_not_created'" in message
    assert "CREATE DATABASE dusangire_not_created" in message
    assert "network cable" not in message


@pytest.fixture(scope="module")
def password_server():  # type: ignore[no-untyped-def]
    """A private PostgreSQL server that asks for a password (the shared one trusts 127.0.0.1)."""
    initdb = shutil.which("initdb") or next(
        iter(sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)), None
    )
    if initdb is None:
        pytest.skip("no initdb here to start a PostgreSQL server that asks for a password")
    tools = Path(initdb).parent
    folder = Path(tempfile.mkdtemp(prefix="dusangire-pw-"))
    run_as: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        shutil.chown(folder, "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    (folder / "password").write_text("Desk-secret-2026\n")
    shutil.chown(folder / "password", "postgres" if run_as else None)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    data = folder / "data"
    try:
        subprocess.run([*run_as, tools / "initdb", "-D", data, "-U", "desk", "-N",
                        "--pwfile", folder / "password", "--auth=scram-sha-256"],
                       check=True, capture_output=True)  # fmt: skip
        subprocess.run([*run_as, tools / "pg_ctl", "-D", data, "-w", "-l", folder / "log",
                        "-o", f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off",
                        "start"], check=True, capture_output=True)  # fmt: skip
    except (OSError, subprocess.CalledProcessError) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.skip(f"could not start a PostgreSQL server that asks for a password: {exc}")
    yield f"postgresql+psycopg://desk:{{password}}@127.0.0.1:{port}/postgres"
    subprocess.run([*run_as, tools / "pg_ctl", "-D", data, "-m", "immediate", "stop"],
                   capture_output=True)  # fmt: skip
    shutil.rmtree(folder, ignore_errors=True)


def test_wrong_password_is_told_apart_from_an_unreachable_server(password_server):
    db.check_reachable(db.make_engine(password_server.format(password="Desk-secret-2026")))
    with pytest.raises(DatabaseUnavailable) as error:
        open_database(password_server.format(password="Desk-secret-2025"))
    message = error.value.message
    assert "password for user 'desk' is wrong" in message and "network cable" not in message


def test_wrong_password_is_recognised_by_its_sqlstate():
    refusal = psycopg.errors.InvalidPassword("FATAL:  la authentification a échoué")
    error = OperationalError("connect", None, refusal)
    assert db.connection_fault(error) is db.ConnectionFault.WRONG_PASSWORD


def test_sqlite_file_in_a_missing_folder_names_the_folder(tmp_path):
    path = tmp_path / "no-such-folder" / "desk.sqlite"
    with pytest.raises(DatabaseUnavailable) as error:
        open_database(f"sqlite:///{path}")
    assert f"folder {path.parent} does not exist" in error.value.message
    assert not path.parent.exists()


# A desk starting while another desk writes.


def test_a_desk_starts_while_another_desk_is_writing(database_url, engine):
    holding, release = threading.Event(), threading.Event()

    def other_desk() -> None:
        writer = db.make_engine(database_url)
        with (
            writer.connect() as connection,
            connection.execution_options(sqlite_begin="IMMEDIATE").begin(),
        ):
            connection.execute(text("INSERT INTO menu_categories (name, sort_order) "
                                    "VALUES ('Soups', 1)"))  # fmt: skip
            holding.set()
            release.wait(60)
        writer.dispose()

    writer_thread = threading.Thread(target=other_desk)
    writer_thread.start()
    assert holding.wait(30)
    try:
        uow_factory = open_database(database_url)
        assert accounts.needs_first_administrator(uow_factory())
        first_write = threading.Thread(
            target=accounts.create_first_administrator,
            args=(uow_factory(), "admin", "Aline Uwase", "Kigali-boss-2026"),
        )
        first_write.start()
    finally:
        release.set()
        writer_thread.join()
    first_write.join()
    assert not accounts.needs_first_administrator(uow_factory())
    with uow_factory() as uow:
        assert uow.session.execute(text("SELECT name FROM menu_categories")).all() == [("Soups",)]
