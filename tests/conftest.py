"""Fixtures: a clean database per test, on SQLite and on PostgreSQL, and a clock tests can move."""

from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from dusangire_desktop import db, schema
from dusangire_desktop.models import metadata
from dusangire_desktop.services import accounts, auth
from dusangire_desktop.services.auth import Actor
from dusangire_desktop.services.uow import UnitOfWorkFactory

KIGALI = ZoneInfo("Africa/Kigali")
POSTGRES_URL = os.environ.get(
    "DUSANGIRE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
ADMIN_PASSWORD = "Kigali-boss-2026"


class FakeClock:
    """A clock that stands still until a test moves it."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)

    def set_local(self, *args: int) -> None:
        self.now = datetime(*args, tzinfo=KIGALI).astimezone(UTC)


@pytest.fixture(scope="session", autouse=True)
def cheap_password_hashing():  # type: ignore[no-untyped-def]
    """Production scrypt costs 128 MiB and ~0.3 s a hash; the suite hashes thousands of times.
    test_accounts checks the production cost in a fresh interpreter."""
    production, auth.scrypt_cost = auth.scrypt_cost, auth.ScryptCost(n=2**10, r=8, p=1)
    yield
    auth.scrypt_cost = production


@pytest.fixture(scope="session")
def postgres_admin_url() -> str:
    url = make_url(POSTGRES_URL)
    probe = create_engine(url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
    try:
        with probe.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:
        if os.environ.get("DUSANGIRE_REQUIRE_POSTGRES"):
            pytest.fail(
                f"PostgreSQL is required but {url.render_as_string()} did not answer: {exc}"
            )
        pytest.skip(f"no PostgreSQL server answers at {url.render_as_string()}")
    finally:
        probe.dispose()
    return POSTGRES_URL


@pytest.fixture(scope="session")
def postgres_test_url(postgres_admin_url: str):  # type: ignore[no-untyped-def]
    """A database of this run's own, dropped at the end."""
    admin_url = make_url(postgres_admin_url)
    name = f"dusangire_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield admin_url.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def postgres_engine(postgres_test_url: str):  # type: ignore[no-untyped-def]
    engine = db.make_engine(postgres_test_url)
    metadata.create_all(engine)
    schema.stamp(engine)
    yield engine
    engine.dispose()


def _truncate_all(engine) -> None:  # type: ignore[no-untyped-def]
    """Empty what the last test wrote and restart the ids it used.

    TRUNCATE costs tens of milliseconds a table, empty or not, and cascades along foreign keys to
    nearly every table; deleting the few rows a test wrote, with triggers and foreign-key checks
    off for this transaction (the test server's superuser may), takes a few milliseconds.
    """
    probes = " UNION ALL ".join(
        f"SELECT '{t.name}' WHERE EXISTS (SELECT 1 FROM \"{t.name}\")"
        for t in metadata.sorted_tables
    )
    moved = (
        "SELECT schemaname || '.' || sequencename FROM pg_sequences "
        "WHERE schemaname = 'public' AND last_value IS NOT NULL"
    )
    with engine.begin() as connection:
        used = set(connection.execute(text(probes)).scalars())
        sequences = connection.execute(text(moved)).scalars().all()
        if not used and not sequences:
            return
        connection.execute(text("SET LOCAL session_replication_role = replica"))
        # alembic_version is not in the metadata, so the stamp survives.
        for table in metadata.sorted_tables:
            if table.name in used:
                connection.execute(text(f'DELETE FROM "{table.name}"'))
        for sequence in sequences:
            connection.execute(text("SELECT setval(:s, 1, false)"), {"s": sequence})


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest, tmp_path) -> str:  # type: ignore[no-untyped-def]
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'dusangire.sqlite'}"
    return request.getfixturevalue("postgres_test_url")


@pytest.fixture
def engine(backend: str, database_url: str, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    if backend == "sqlite":
        engine = db.make_engine(database_url)
        metadata.create_all(engine)
        schema.stamp(engine)
        yield engine
        engine.dispose()
    else:
        engine = request.getfixturevalue("postgres_engine")
        _truncate_all(engine)
        yield engine


@pytest.fixture
def pg_engine(postgres_engine):  # type: ignore[no-untyped-def]
    """PostgreSQL only, for races between real threads."""
    _truncate_all(postgres_engine)
    return postgres_engine


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 3, 6, 0, tzinfo=UTC))  # Tue 3 Mar 2026, 08:00 in Kigali


@pytest.fixture
def uow_factory(engine, clock: FakeClock) -> UnitOfWorkFactory:  # type: ignore[no-untyped-def]
    return UnitOfWorkFactory(
        db.make_session_factory(engine), description="test", clock=clock, zone=KIGALI
    )


@pytest.fixture
def pg_uow_factory(pg_engine, clock: FakeClock) -> UnitOfWorkFactory:  # type: ignore[no-untyped-def]
    return UnitOfWorkFactory(
        db.make_session_factory(pg_engine), description="test", clock=clock, zone=KIGALI
    )


@pytest.fixture
def admin(uow_factory: UnitOfWorkFactory) -> Actor:
    return accounts.create_first_administrator(
        uow_factory(), "admin", "Aline Uwase", ADMIN_PASSWORD
    )
