"""Staff accounts and sign-in, as an administrator and a front-desk person would meet them."""

from __future__ import annotations

import base64
import hashlib
import io
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from dusangire_desktop import cli
from dusangire_desktop.models.audit import AuditEvent
from dusangire_desktop.models.staff import Role, Staff
from dusangire_desktop.services import accounts, audit, auth
from dusangire_desktop.services.errors import (
    AccountLocked,
    AuthenticationFailed,
    Conflict,
    PermissionDenied,
    ValidationError,
)

from ..conftest import ADMIN_PASSWORD

DESK_PASSWORD = "Frontdesk-2026"
TEMPORARY_PASSWORD = "Temporary-2026"
OWN_PASSWORD = "Chosen-by-me-77"
WRONG_CREDENTIALS = (
    "Wrong username or password. After 5 wrong passwords an account is locked for 15 minutes."
)


def add_desk(uow_factory, admin, username="j.mugisha"):
    return accounts.create_staff(
        uow_factory(), admin, username=username, full_name="Jean Mugisha",
        role=Role.FRONT_DESK, password=DESK_PASSWORD,
    )  # fmt: skip


def colleague(uow_factory, admin, role, username="k.keza"):
    """A colleague who has chosen their own password and is signed in."""
    accounts.create_staff(uow_factory(), admin, username=username, full_name="Keza Ingabire",
                          role=role, password=TEMPORARY_PASSWORD)  # fmt: skip
    first = auth.sign_in(uow_factory(), username, TEMPORARY_PASSWORD)
    accounts.change_own_password(uow_factory(), first, TEMPORARY_PASSWORD, OWN_PASSWORD)
    return auth.sign_in(uow_factory(), username, OWN_PASSWORD)


def lock_out(uow_factory, username):
    for _ in range(auth.MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationFailed):
            auth.sign_in(uow_factory(), username, "wrong-password-1")


def stored_hash(uow_factory, username):
    with uow_factory() as uow:
        return uow.session.scalar(select(Staff.password_hash).where(Staff.username == username))


def store_hash(uow_factory, username, password_hash):
    with uow_factory() as uow:
        uow.session.scalars(
            select(Staff).where(Staff.username == username)
        ).one().password_hash = password_hash
        uow.commit()


def old_scrypt_hash(password, n=2**4):
    """A hash as an older version stored it: scrypt$n$r$p$salt$digest, at a lower cost."""
    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(password.encode(), salt=salt, n=n, r=8, p=1, dklen=32)
    return f"scrypt${n}$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def audit_trail(uow_factory, staff_id):
    with uow_factory() as uow:
        return uow.session.execute(
            select(AuditEvent.action, AuditEvent.actor_name)
            .where(AuditEvent.entity == "staff", AuditEvent.entity_id == str(staff_id))
            .order_by(AuditEvent.id)
        ).all()


@pytest.fixture
def scrypt_calls(monkeypatch):
    """The (n, r, p) of every scrypt computation, in order: the work a sign-in spends."""
    calls = []
    real = hashlib.scrypt

    def counting(password, *, salt, n, r, p, **options):
        calls.append((n, r, p))
        return real(password, salt=salt, n=n, r=r, p=p, **options)

    monkeypatch.setattr(hashlib, "scrypt", counting)
    return calls


def test_first_administrator_only_once(uow_factory, admin):
    assert not accounts.needs_first_administrator(uow_factory())
    with pytest.raises(Conflict):
        accounts.create_first_administrator(uow_factory(), "other", "Other Admin", ADMIN_PASSWORD)


def test_passwords_are_stored_only_as_salted_scrypt(uow_factory, admin):
    add_desk(uow_factory, admin, "a.one")
    add_desk(uow_factory, admin, "a.two")
    with uow_factory() as uow:
        hashes = uow.session.scalars(
            select(Staff.password_hash).where(Staff.role == Role.FRONT_DESK)
        ).all()
    assert all(h.startswith("scrypt$") and DESK_PASSWORD not in h for h in hashes)
    assert hashes[0] != hashes[1]


def test_sign_in_with_right_password(uow_factory, admin):
    add_desk(uow_factory, admin)
    actor = auth.sign_in(uow_factory(), "  J.Mugisha ", DESK_PASSWORD)
    assert actor.role == Role.FRONT_DESK and actor.full_name == "Jean Mugisha"


def test_five_wrong_passwords_lock_the_account_without_counting_down(uow_factory, admin, clock):
    add_desk(uow_factory, admin)
    for _ in range(auth.MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationFailed) as refused:
            auth.sign_in(uow_factory(), "j.mugisha", "wrong-password-1")
        assert refused.value.message == WRONG_CREDENTIALS
    with pytest.raises(AccountLocked, match="locked for 15 more minutes"):
        auth.sign_in(uow_factory(), "j.mugisha", DESK_PASSWORD)
    clock.advance(minutes=16)
    assert auth.sign_in(uow_factory(), "j.mugisha", DESK_PASSWORD).username == "j.mugisha"


def test_failures_and_lockout_are_audited(uow_factory, admin):
    add_desk(uow_factory, admin)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            auth.sign_in(uow_factory(), "j.mugisha", "wrong-password-1")
    with pytest.raises(AuthenticationFailed):
        auth.sign_in(uow_factory(), "nobody", "whatever-123")
    actions = [e.action for e in audit.list_events(uow_factory(), admin)]
    assert actions.count("login_failed") == 5
    assert actions.count("account_locked") == 1


def test_reset_password_unlocks(uow_factory, admin):
    desk = add_desk(uow_factory, admin)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            auth.sign_in(uow_factory(), "j.mugisha", "wrong-password-1")
    accounts.reset_password(uow_factory(), admin, desk.id, "Temporary-2026")
    assert auth.sign_in(uow_factory(), "j.mugisha", "Temporary-2026").staff_id == desk.id


def test_deactivated_account_cannot_sign_in(uow_factory, admin):
    desk = add_desk(uow_factory, admin)
    accounts.set_active(uow_factory(), admin, desk.id, False)
    with pytest.raises(AuthenticationFailed, match="deactivated"):
        auth.sign_in(uow_factory(), "j.mugisha", DESK_PASSWORD)


def test_front_desk_cannot_manage_staff_even_without_the_button(uow_factory, admin):
    add_desk(uow_factory, admin)
    desk = auth.sign_in(uow_factory(), "j.mugisha", DESK_PASSWORD)
    with pytest.raises(PermissionDenied):
        accounts.list_staff(uow_factory(), desk)
    with pytest.raises(PermissionDenied):
        accounts.create_staff(uow_factory(), desk, username="sneaky", full_name="Sneaky Person",
                              role=Role.ADMIN, password="Sneaky-pass-1")  # fmt: skip


@pytest.mark.parametrize(
    ("username", "full_name", "password", "field"),
    [
        ("", "Jean Mugisha", DESK_PASSWORD, "username"),
        ("x" * 41, "Jean Mugisha", DESK_PASSWORD, "username"),
        ("9lives", "Jean Mugisha", DESK_PASSWORD, "username"),
        ("j.mugisha", "", DESK_PASSWORD, "full_name"),
        ("j.mugisha", "J" * 121, DESK_PASSWORD, "full_name"),
        ("j.mugisha", "Jean Mugisha", "short1", "password"),
        ("j.mugisha", "Jean Mugisha", "onlyletterspassword", "password"),
        ("j.mugisha", "Jean Mugisha", "j.mugisha-2026", "password"),
    ],
)
def test_bad_staff_input_names_the_field(uow_factory, admin, username, full_name, password, field):
    with pytest.raises(ValidationError) as error:
        accounts.create_staff(uow_factory(), admin, username=username, full_name=full_name,
                              role=Role.FRONT_DESK, password=password)  # fmt: skip
    assert error.value.field == field
    assert [s.username for s in accounts.list_staff(uow_factory(), admin)] == ["admin"]


def test_duplicate_username_is_refused(uow_factory, admin):
    add_desk(uow_factory, admin)
    with pytest.raises(ValidationError, match="already taken") as error:
        add_desk(uow_factory, admin, "J.Mugisha")
    assert error.value.field == "username"


def test_last_administrator_stays(uow_factory, admin):
    with pytest.raises(Conflict):
        accounts.change_role(uow_factory(), admin, admin.staff_id, Role.MANAGER)
    with pytest.raises(PermissionDenied):
        accounts.set_active(uow_factory(), admin, admin.staff_id, False)


def test_every_account_change_is_audited(uow_factory, admin):
    desk = add_desk(uow_factory, admin)
    accounts.change_role(uow_factory(), admin, desk.id, Role.SUPPORT)
    accounts.set_active(uow_factory(), admin, desk.id, False)
    accounts.set_active(uow_factory(), admin, desk.id, True)
    accounts.reset_password(uow_factory(), admin, desk.id, "Temporary-2026")
    with uow_factory() as uow:
        rows = uow.session.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.entity_id == str(desk.id))
            .order_by(AuditEvent.id)
        ).all()
    assert rows == ["staff_created", "staff_role_changed", "staff_deactivated",
                    "staff_reactivated", "staff_password_reset"]  # fmt: skip


def test_change_own_password(uow_factory, admin):
    with pytest.raises(ValidationError) as error:
        accounts.change_own_password(uow_factory(), admin, "wrong", "Another-pass-2026")
    assert error.value.field == "current_password"
    accounts.change_own_password(uow_factory(), admin, ADMIN_PASSWORD, "Another-pass-2026")
    assert auth.sign_in(uow_factory(), "admin", "Another-pass-2026").role == Role.ADMIN


# Sign-in tells nothing about which usernames exist (item 16)


@pytest.mark.parametrize("state", ["active", "locked", "deactivated", "old hash"])
def test_an_unknown_username_gets_the_same_answer_and_work_as_a_wrong_password(
    uow_factory, admin, scrypt_calls, state
):
    desk = add_desk(uow_factory, admin)
    if state == "locked":
        lock_out(uow_factory, "j.mugisha")
    elif state == "deactivated":
        accounts.set_active(uow_factory(), admin, desk.id, False)
    elif state == "old hash":
        store_hash(uow_factory, "j.mugisha", old_scrypt_hash(DESK_PASSWORD))
    answers = {}
    for username in ("n.nobody", "j.mugisha"):
        scrypt_calls.clear()
        with pytest.raises(AuthenticationFailed) as refused:
            auth.sign_in(uow_factory(), username, "wrong-password-1")
        answers[username] = (
            type(refused.value),
            refused.value.message,
            max(scrypt_calls, default=None),
        )
    assert answers["n.nobody"] == answers["j.mugisha"]
    assert answers["n.nobody"][1] == WRONG_CREDENTIALS


def test_a_locked_or_deactivated_account_says_so_only_to_the_right_password(
    uow_factory, admin, clock
):
    desk = add_desk(uow_factory, admin)
    lock_out(uow_factory, "j.mugisha")
    with pytest.raises(AccountLocked, match="locked for 15 more minutes"):
        auth.sign_in(uow_factory(), "j.mugisha", DESK_PASSWORD)
    clock.advance(minutes=16)
    accounts.set_active(uow_factory(), admin, desk.id, False)
    with pytest.raises(AuthenticationFailed) as wrong:
        auth.sign_in(uow_factory(), "j.mugisha", "wrong-password-1")
    assert wrong.value.message == WRONG_CREDENTIALS
    with pytest.raises(AuthenticationFailed, match="deactivated"):
        auth.sign_in(uow_factory(), "j.mugisha", DESK_PASSWORD)


# Password hashing cost and its upgrade (item 17)


def test_the_installed_app_hashes_at_the_owasp_scrypt_cost():
    # A fresh interpreter: the suite itself hashes at a lower cost (tests/conftest.py).
    check = (
        "from dusangire_desktop.services import auth\n"
        "stored = auth.hash_password('Kigali-2026-pass')\n"
        "assert auth.verify_password('Kigali-2026-pass', stored)\n"
        "assert not auth.verify_password('Kigali-2026-pasS', stored)\n"
        "print(stored)\n"
    )
    root = Path(__file__).resolve().parents[2]
    run = subprocess.run(
        [sys.executable, "-c", check], cwd=root, capture_output=True, text=True, check=True
    )
    scheme, n, r, p, _salt, _digest = run.stdout.strip().split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**17, 8, 1)


def test_signing_in_upgrades_a_password_hashed_at_an_older_cost(uow_factory, admin):
    desk = add_desk(uow_factory, admin)
    old = old_scrypt_hash(DESK_PASSWORD)
    store_hash(uow_factory, "j.mugisha", old)
    with pytest.raises(AuthenticationFailed):
        auth.sign_in(uow_factory(), "j.mugisha", "wrong-password-1")
    assert stored_hash(uow_factory, "j.mugisha") == old
    auth.sign_in(uow_factory(), "j.mugisha", DESK_PASSWORD)
    upgraded = stored_hash(uow_factory, "j.mugisha")
    assert upgraded != old
    assert stored_hash(uow_factory, "admin").split("$")[:4] == upgraded.split("$")[:4]
    assert ("password_rehashed", "Jean Mugisha (j.mugisha)") in audit_trail(uow_factory, desk.id)
    assert auth.sign_in(uow_factory(), "j.mugisha", DESK_PASSWORD).staff_id == desk.id


# Rights as the account is now, not as it was at sign-in (item 15)


def test_an_account_deactivated_by_an_administrator_is_refused_at_its_next_call(uow_factory, admin):
    keza = colleague(uow_factory, admin, Role.ADMIN)
    assert len(accounts.list_staff(uow_factory(), keza)) == 2
    accounts.set_active(uow_factory(), admin, keza.staff_id, False)
    with pytest.raises(AuthenticationFailed, match="deactivated by an administrator"):
        accounts.list_staff(uow_factory(), keza)
    with pytest.raises(AuthenticationFailed, match="deactivated by an administrator"):
        accounts.create_staff(uow_factory(), keza, username="k.friend", full_name="Keza Friend",
                              role=Role.ADMIN, password="Friendly-2026")  # fmt: skip
    with pytest.raises(AuthenticationFailed, match="deactivated by an administrator"):
        accounts.change_own_password(uow_factory(), keza, OWN_PASSWORD, "Still-mine-2026")
    assert [s.username for s in accounts.list_staff(uow_factory(), admin)] == ["admin", "k.keza"]


def test_an_administrator_demoted_to_front_desk_is_refused_at_the_next_call(uow_factory, admin):
    keza = colleague(uow_factory, admin, Role.ADMIN)
    accounts.change_role(uow_factory(), admin, keza.staff_id, Role.FRONT_DESK)
    with pytest.raises(PermissionDenied, match="changed your role to Front desk"):
        accounts.reset_password(uow_factory(), keza, admin.staff_id, "Taken-over-2026")
    assert auth.sign_in(uow_factory(), "admin", ADMIN_PASSWORD).staff_id == admin.staff_id


def test_a_promotion_counts_without_signing_out(uow_factory, admin):
    keza = colleague(uow_factory, admin, Role.FRONT_DESK)
    accounts.change_role(uow_factory(), admin, keza.staff_id, Role.ADMIN)
    assert "k.keza" in [s.username for s in accounts.list_staff(uow_factory(), keza)]


# A temporary password must be changed before anything else (item 18)


def test_a_temporary_password_allows_nothing_but_choosing_ones_own(uow_factory, admin):
    accounts.create_staff(uow_factory(), admin, username="k.keza", full_name="Keza Ingabire",
                          role=Role.ADMIN, password=TEMPORARY_PASSWORD)  # fmt: skip
    newcomer = auth.sign_in(uow_factory(), "k.keza", TEMPORARY_PASSWORD)
    with pytest.raises(PermissionDenied, match="My account"):
        accounts.list_staff(uow_factory(), newcomer)
    with pytest.raises(PermissionDenied, match="My account"):
        accounts.create_staff(uow_factory(), newcomer, username="k.friend",
                              full_name="Keza Friend", role=Role.ADMIN,
                              password="Friendly-2026")  # fmt: skip
    accounts.change_own_password(uow_factory(), newcomer, TEMPORARY_PASSWORD, OWN_PASSWORD)
    assert [s.username for s in accounts.list_staff(uow_factory(), newcomer)] == [
        "admin", "k.keza"
    ]  # fmt: skip


def test_a_password_reset_stops_a_signed_in_account_until_it_chooses_a_new_one(uow_factory, admin):
    keza = colleague(uow_factory, admin, Role.ADMIN)
    accounts.reset_password(uow_factory(), admin, keza.staff_id, "Reset-by-admin-1")
    with pytest.raises(PermissionDenied, match="temporary password"):
        accounts.list_staff(uow_factory(), keza)
    accounts.change_own_password(uow_factory(), keza, "Reset-by-admin-1", "Mine-again-2026")
    assert len(accounts.list_staff(uow_factory(), keza)) == 2


# The command line lets a locked-out administrator back in (item 19)


def test_command_line_resets_the_password_of_a_locked_out_sole_administrator(
    database_url, uow_factory, admin, monkeypatch, capsys
):
    lock_out(uow_factory, "admin")
    monkeypatch.setattr("sys.stdin", io.StringIO("Fresh-start-2026\n"))
    command = ["--database", database_url, "staff", "reset-password", "admin", "--password-stdin"]
    assert cli.main(command) == 0
    told = capsys.readouterr().out
    assert "Aline Uwase" in told and "temporary password" in told and "unlocked" in told
    back = auth.sign_in(uow_factory(), "admin", "Fresh-start-2026")
    assert back.must_change_password
    action, by = audit_trail(uow_factory, admin.staff_id)[-2]
    assert action == "staff_password_reset" and by.startswith("command line")


def test_command_line_unlocks_an_account_keeping_its_password(
    database_url, uow_factory, admin, capsys
):
    desk = add_desk(uow_factory, admin)
    lock_out(uow_factory, "j.mugisha")
    assert cli.main(["--database", database_url, "staff", "unlock", "j.mugisha"]) == 0
    assert "unlocked" in capsys.readouterr().out
    assert auth.sign_in(uow_factory(), "j.mugisha", DESK_PASSWORD).staff_id == desk.id
    action, by = audit_trail(uow_factory, desk.id)[-2]
    assert action == "staff_unlocked" and by.startswith("command line")


@pytest.mark.parametrize(
    "command", [["reset-password", "n.nobody", "--password-stdin"], ["unlock", "n.nobody"]]
)
def test_command_line_refuses_an_unknown_username(
    database_url, uow_factory, admin, monkeypatch, capsys, command
):
    monkeypatch.setattr("sys.stdin", io.StringIO("Fresh-start-2026\n"))
    assert cli.main(["--database", database_url, "staff", *command]) == 2
    err = capsys.readouterr().err
    assert "no staff account 'n.nobody'" in err and "staff list" in err
    assert [e.action for e in audit.list_events(uow_factory(), admin)] == ["first_admin_created"]


def test_audit_events_are_stamped_by_the_hospital_clock(uow_factory, admin, clock):
    clock.set_local(2026, 3, 18, 10, 30)
    auth.sign_in(uow_factory(), "admin", ADMIN_PASSWORD)
    (latest, *_rest) = audit.list_events(uow_factory(), admin, search="admin")
    assert latest.at == clock.now
