"""Who is acting: password hashing, sign-in with lock-out, and what each role may do.

Rights are read as the account is now, not as it was at sign-in: every service call checks its
actor through `UnitOfWork.authorize` / `UnitOfWork.current_actor` (which call `authorize` and
`current_actor` here) inside its own transaction.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import hmac
import math
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models.staff import Role, Staff
from .changes import Area
from .errors import AccountLocked, AuthenticationFailed, PermissionDenied, ValidationError
from .messages import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from .uow import UnitOfWork

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 128
_WRONG_CREDENTIALS = QT_TRANSLATE_NOOP(
    "errors",
    "Wrong username or password. After {attempts} wrong passwords an account is locked for "
    "{minutes} minutes.",
)
WRONG_CREDENTIALS = _WRONG_CREDENTIALS.format(  # in English
    attempts=MAX_FAILED_LOGINS, minutes=LOCKOUT.seconds // 60
)


def _wrong_credentials() -> AuthenticationFailed:
    return AuthenticationFailed(
        _WRONG_CREDENTIALS, attempts=MAX_FAILED_LOGINS, minutes=LOCKOUT.seconds // 60
    )


@dataclass(frozen=True)
class ScryptCost:
    """scrypt's work factors: n (CPU and memory), r (block size), p (parallelism)."""

    n: int
    r: int
    p: int

    def below(self, other: ScryptCost) -> bool:
        return self.n < other.n or self.r < other.r or self.p < other.p


# OWASP's password storage guidance: 128 MiB and a few hundred ms per hash.
RECOMMENDED_SCRYPT_COST = ScryptCost(n=2**17, r=8, p=1)
# The cost of new hashes; tests/conftest.py lowers it, as the suite hashes thousands of times.
scrypt_cost = RECOMMENDED_SCRYPT_COST
# hashlib refuses more than 32 MiB unless told; this also bounds what a stored hash can demand.
SCRYPT_MAXMEM = 256 * 1024 * 1024


class Permission(enum.StrEnum):
    MANAGE_STAFF = "manage_staff"
    VIEW_AUDIT = "view_audit"
    MANAGE_SETTINGS = "manage_settings"
    VIEW_CUSTOMERS = "view_customers"
    MANAGE_CUSTOMERS = "manage_customers"
    TAKE_ORDERS = "take_orders"
    MANAGE_ORDERS = "manage_orders"
    REFUND_ORDERS = "refund_orders"
    MANAGE_MENU = "manage_menu"
    MANAGE_CORPORATE = "manage_corporate"
    VIEW_CORPORATE_STATEMENTS = "view_corporate_statements"
    BOOK_CONSULTATIONS = "book_consultations"
    MANAGE_OWN_SCHEDULE = "manage_own_schedule"
    MANAGE_ALL_SCHEDULES = "manage_all_schedules"
    MANAGE_MEAL_PLANS = "manage_meal_plans"
    TAKE_CATERING = "take_catering"
    MANAGE_CATERING = "manage_catering"
    MANAGE_CATERING_PACKAGES = "manage_catering_packages"
    MANAGE_SUBSCRIPTIONS = "manage_subscriptions"
    MANAGE_SUBSCRIPTION_PLANS = "manage_subscription_plans"
    CREATE_TICKETS = "create_tickets"
    WORK_TICKETS = "work_tickets"
    VIEW_BI = "view_bi"
    VIEW_SUPPORT_DASHBOARD = "view_support_dashboard"
    VIEW_NUTRITION_DASHBOARD = "view_nutrition_dashboard"
    VIEW_OPERATIONS = "view_operations"
    MANAGE_TARGETS = "manage_targets"
    VIEW_WARDS = "view_wards"
    ADMIT_PATIENTS = "admit_patients"
    WRITE_DIET_ORDERS = "write_diet_orders"
    APPROVE_LATE_TRAYS = "approve_late_trays"
    MANAGE_MEAL_TIMES = "manage_meal_times"  # serving windows and ward cut-offs
    USE_TILL = "use_till"
    SUPERVISE_TILL = "supervise_till"  # approve variances, force-close, reconcile statements
    MANAGE_FISCAL = "manage_fiscal"


# What each permission lets one do, as the refusal says it ("... may not {action}.").
_ACTIONS = {
    Permission.MANAGE_STAFF: QT_TRANSLATE_NOOP("errors", "manage staff"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("errors", "view audit"),
    Permission.MANAGE_SETTINGS: QT_TRANSLATE_NOOP("errors", "manage settings"),
    Permission.VIEW_CUSTOMERS: QT_TRANSLATE_NOOP("errors", "view customers"),
    Permission.MANAGE_CUSTOMERS: QT_TRANSLATE_NOOP("errors", "manage customers"),
    Permission.TAKE_ORDERS: QT_TRANSLATE_NOOP("errors", "take orders"),
    Permission.MANAGE_ORDERS: QT_TRANSLATE_NOOP("errors", "manage orders"),
    Permission.REFUND_ORDERS: QT_TRANSLATE_NOOP("errors", "refund orders"),
    Permission.MANAGE_MENU: QT_TRANSLATE_NOOP("errors", "manage menu"),
    Permission.MANAGE_CORPORATE: QT_TRANSLATE_NOOP("errors", "manage corporate"),
    Permission.VIEW_CORPORATE_STATEMENTS: QT_TRANSLATE_NOOP("errors", "view corporate statements"),
    Permission.BOOK_CONSULTATIONS: QT_TRANSLATE_NOOP("errors", "book consultations"),
    Permission.MANAGE_OWN_SCHEDULE: QT_TRANSLATE_NOOP("errors", "manage own schedule"),
    Permission.MANAGE_ALL_SCHEDULES: QT_TRANSLATE_NOOP("errors", "manage all schedules"),
    Permission.MANAGE_MEAL_PLANS: QT_TRANSLATE_NOOP("errors", "manage meal plans"),
    Permission.TAKE_CATERING: QT_TRANSLATE_NOOP("errors", "take catering"),
    Permission.MANAGE_CATERING: QT_TRANSLATE_NOOP("errors", "manage catering"),
    Permission.MANAGE_CATERING_PACKAGES: QT_TRANSLATE_NOOP("errors", "manage catering packages"),
    Permission.MANAGE_SUBSCRIPTIONS: QT_TRANSLATE_NOOP("errors", "manage subscriptions"),
    Permission.MANAGE_SUBSCRIPTION_PLANS: QT_TRANSLATE_NOOP("errors", "manage subscription plans"),
    Permission.CREATE_TICKETS: QT_TRANSLATE_NOOP("errors", "create tickets"),
    Permission.WORK_TICKETS: QT_TRANSLATE_NOOP("errors", "work tickets"),
    Permission.VIEW_BI: QT_TRANSLATE_NOOP("errors", "view bi"),
    Permission.VIEW_SUPPORT_DASHBOARD: QT_TRANSLATE_NOOP("errors", "view support dashboard"),
    Permission.VIEW_NUTRITION_DASHBOARD: QT_TRANSLATE_NOOP("errors", "view nutrition dashboard"),
    Permission.VIEW_OPERATIONS: QT_TRANSLATE_NOOP("errors", "view operations"),
    Permission.MANAGE_TARGETS: QT_TRANSLATE_NOOP("errors", "manage targets"),
    Permission.VIEW_WARDS: QT_TRANSLATE_NOOP("errors", "view wards"),
    Permission.ADMIT_PATIENTS: QT_TRANSLATE_NOOP("errors", "admit patients"),
    Permission.WRITE_DIET_ORDERS: QT_TRANSLATE_NOOP("errors", "write diet orders"),
    Permission.APPROVE_LATE_TRAYS: QT_TRANSLATE_NOOP("errors", "approve late trays"),
    Permission.MANAGE_MEAL_TIMES: QT_TRANSLATE_NOOP("errors", "manage meal times"),
    Permission.USE_TILL: QT_TRANSLATE_NOOP("errors", "use till"),
    Permission.SUPERVISE_TILL: QT_TRANSLATE_NOOP("errors", "supervise till"),
    Permission.MANAGE_FISCAL: QT_TRANSLATE_NOOP("errors", "manage fiscal"),
}


P = Permission
_FRONT_DESK = {
    P.VIEW_CUSTOMERS, P.MANAGE_CUSTOMERS, P.TAKE_ORDERS, P.MANAGE_ORDERS, P.BOOK_CONSULTATIONS,
    P.TAKE_CATERING, P.MANAGE_SUBSCRIPTIONS, P.CREATE_TICKETS, P.VIEW_WARDS, P.ADMIT_PATIENTS,
    P.USE_TILL,
}  # fmt: skip
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.FRONT_DESK: frozenset(_FRONT_DESK),
    Role.NUTRITIONIST: frozenset(
        {
            P.VIEW_CUSTOMERS,
            P.BOOK_CONSULTATIONS,
            P.MANAGE_OWN_SCHEDULE,
            P.MANAGE_MEAL_PLANS,
            P.VIEW_NUTRITION_DASHBOARD,
            P.CREATE_TICKETS,
            P.VIEW_WARDS,
            P.WRITE_DIET_ORDERS,
        }
    ),
    Role.SUPPORT: frozenset(
        {
            P.VIEW_CUSTOMERS,
            P.CREATE_TICKETS,
            P.WORK_TICKETS,
            P.VIEW_SUPPORT_DASHBOARD,
        }
    ),
    Role.MANAGER: frozenset(
        _FRONT_DESK
        | {
            P.REFUND_ORDERS,
            P.VIEW_AUDIT,
            P.VIEW_CORPORATE_STATEMENTS,
            P.MANAGE_CATERING,
            P.WORK_TICKETS,
            P.VIEW_BI,
            P.VIEW_SUPPORT_DASHBOARD,
            P.VIEW_NUTRITION_DASHBOARD,
            P.VIEW_OPERATIONS,
            P.MANAGE_TARGETS,
            P.APPROVE_LATE_TRAYS,
            P.MANAGE_MEAL_TIMES,
            P.SUPERVISE_TILL,
        }
    ),
    Role.ADMIN: frozenset(Permission),
}

ROLE_LABELS = {
    Role.FRONT_DESK: QT_TRANSLATE_NOOP("errors", "Front desk"),
    Role.NUTRITIONIST: QT_TRANSLATE_NOOP("errors", "Nutritionist"),
    Role.SUPPORT: QT_TRANSLATE_NOOP("errors", "Support"),
    Role.MANAGER: QT_TRANSLATE_NOOP("errors", "Manager"),
    Role.ADMIN: QT_TRANSLATE_NOOP("errors", "Administrator"),
}


@dataclass(frozen=True)
class Actor:
    """The signed-in staff member on whose behalf a service call runs."""

    staff_id: int | None
    username: str
    full_name: str
    role: Role
    must_change_password: bool = False
    # The screens' language ("en", "rw", "fr"), applied by the app at sign-in.
    language: str = "en"

    @property
    def display(self) -> str:
        return f"{self.full_name} ({self.username})"

    @property
    def permissions(self) -> frozenset[Permission]:
        return ROLE_PERMISSIONS[self.role]

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{role} accounts may not {action}. Ask a manager or an administrator.",
                ),
                role=Text(ROLE_LABELS[self.role]),
                action=Text(_ACTIONS[permission]),
            )

    @classmethod
    def from_staff(cls, staff: Staff) -> Actor:
        return cls(
            staff.id,
            staff.username,
            staff.full_name,
            staff.role,
            staff.must_change_password,
            staff.language.value,
        )


def command_line_actor(who: str) -> Actor:
    """The administrator acting through the command line (scripts, first installation)."""
    return Actor(None, "command-line", f"command line ({who})", Role.ADMIN)


def current_actor(session: Session, actor: Actor, *, temporary_password_ok: bool = False) -> Actor:
    """The acting account as it is now, read in the caller's transaction.

    Refused with AuthenticationFailed when the account was deactivated (or removed) since sign-in,
    and with PermissionDenied while it must still replace a temporary password, unless
    `temporary_password_ok` (changing one's own password). An actor with no staff row (the command
    line) has no account to re-read and is taken as it is. The row is read without a lock: a call
    already past this check when an administrator's change commits still completes; the next one
    is refused.
    """
    if actor.staff_id is None:
        return actor
    staff = session.get(Staff, actor.staff_id)
    if staff is None or not staff.is_active:
        raise AuthenticationFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "This account was deactivated by an administrator, so nothing was done. "
                "Sign out; an administrator can reactivate the account.",
            )
        )
    now = Actor.from_staff(staff)
    if now.must_change_password and not temporary_password_ok:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors",
                "You are signed in with a temporary password. Choose your own password "
                "in My account first; nothing else can be done until then.",
            )
        )
    return now


def authorize(session: Session, actor: Actor, permission: Permission) -> Actor:
    """`current_actor`, refused with PermissionDenied unless the account now has `permission`."""
    now = current_actor(session, actor)
    if not now.can(permission):
        if now.role == actor.role:
            now.require(permission)
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors",
                "An administrator changed your role to {role}. {role} accounts may not "
                "{action}. Ask a manager or an administrator.",
            ),
            role=Text(ROLE_LABELS[now.role]),
            action=Text(_ACTIONS[permission]),
        )
    return now


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(password: str, salt: bytes, cost: ScryptCost, length: int) -> bytes:
    return hashlib.scrypt(
        password.encode(), salt=salt, n=cost.n, r=cost.r, p=cost.p, dklen=length,
        maxmem=SCRYPT_MAXMEM,
    )  # fmt: skip


def _format(cost: ScryptCost, salt: bytes, digest: bytes) -> str:
    return f"scrypt${cost.n}${cost.r}${cost.p}${_b64(salt)}${_b64(digest)}"


def _parse(stored: str) -> tuple[ScryptCost, bytes, bytes] | None:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return None
        return ScryptCost(int(n), int(r), int(p)), base64.b64decode(salt), base64.b64decode(digest)
    except ValueError:
        return None


def hash_password(password: str) -> str:
    """A salted scrypt hash at the current `scrypt_cost`, which it records."""
    cost = scrypt_cost
    salt = secrets.token_bytes(16)
    return _format(cost, salt, _scrypt(password, salt, cost, 32))


def verify_password(password: str, stored: str) -> bool:
    parsed = _parse(stored)
    if parsed is None:
        return False
    cost, salt, expected = parsed
    try:
        actual = _scrypt(password, salt, cost, len(expected))
    except ValueError:  # parameters scrypt refuses, or beyond SCRYPT_MAXMEM
        return False
    return hmac.compare_digest(actual, expected)


def needs_rehash(stored: str) -> bool:
    """True when the stored hash is weaker than what `hash_password` makes now."""
    parsed = _parse(stored)
    return parsed is None or parsed[0].below(scrypt_cost)


def _dummy_hash() -> str:
    return _format(scrypt_cost, bytes(16), bytes(32))


def _password_matches(password: str, stored: str) -> bool:
    matches = verify_password(password, stored)
    if not matches and needs_rehash(stored):
        # A weaker hash is refuted sooner; spend the current cost too, or the time taken would
        # single out the accounts that exist and have not signed in since the cost was raised.
        verify_password(password, _dummy_hash())
    return matches


def check_password_strength(password: str, username: str = "", field: str = "password") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The password needs at least {minimum} characters."),
            field=field,
            minimum=MIN_PASSWORD_LENGTH,
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The password may have at most {limit} characters."),
            field=field,
            limit=MAX_PASSWORD_LENGTH,
        )
    if not any(c.isalpha() for c in password) or not any(c.isdigit() for c in password):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The password needs both letters and digits."), field=field
        )
    if username and username.lower() in password.lower():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The password must not contain the username."), field=field
        )


def sign_in(uow: UnitOfWork, username: str, password: str) -> Actor:
    """Check the credentials; every failure is audited, and five wrong passwords lock the account.

    Sign-in never tells which usernames exist. An unknown username, and a wrong password for any
    account (active, locked or deactivated), get the same AuthenticationFailed(WRONG_CREDENTIALS)
    after the same work: one scrypt at the current cost (an unknown name against a dummy hash; a
    hash stored at a lower cost is followed by a dummy check at the current one). Only to the right
    password does it say that the account is deactivated, or locked and for how many more minutes.
    Wrong passwords while locked are audited but do not prolong the lock.

    A right password whose hash is below the current cost is rehashed at it, audited as
    "password_rehashed".

    On a read-only copy the password is checked but nothing of the sign-in can be recorded
    (`commit_record`), so failures are not counted there.
    """
    from . import audit

    username = username.strip().lower()
    if not username or not password:
        raise AuthenticationFailed(QT_TRANSLATE_NOOP("errors", "Enter your username and password."))
    with uow:
        staff = uow.session.scalar(select(Staff).where(func.lower(Staff.username) == username))
        now = uow.now()
        if staff is None:
            verify_password(password, _dummy_hash())
            audit.record(uow.session, None, "login_failed", "staff", None, username=username)
            uow.commit_record()
            raise _wrong_credentials()
        locked = staff.locked_until is not None and staff.locked_until > now
        if not _password_matches(password, staff.password_hash):
            action = "login_failed"
            if not locked:
                staff.failed_logins += 1
                if staff.failed_logins >= MAX_FAILED_LOGINS:
                    staff.locked_until = now + LOCKOUT
                    staff.failed_logins = 0
                    action = "account_locked"
            audit.record(uow.session, None, action, "staff", staff.id, username=username)
            if action == "account_locked":  # the staff list shows who is locked
                uow.record(Area.STAFF, [staff.id])
            uow.commit_record()
            raise _wrong_credentials()
        if not staff.is_active:
            audit.record(uow.session, None, "login_refused_inactive", "staff", staff.id)
            uow.commit_record()
            raise AuthenticationFailed(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This account has been deactivated. Ask an administrator to reactivate it.",
                )
            )
        if locked and staff.locked_until is not None:
            audit.record(uow.session, None, "login_refused_locked", "staff", staff.id)
            uow.commit_record()
            minutes = math.ceil((staff.locked_until - now).total_seconds() / 60)
            raise AccountLocked(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "After too many wrong passwords this account is locked for 1 more minute. "
                    "Wait, or ask an administrator: resetting your password unlocks it.",
                )
                if minutes == 1
                else QT_TRANSLATE_NOOP(
                    "errors",
                    "After too many wrong passwords this account is locked for {minutes} more "
                    "minutes. Wait, or ask an administrator: resetting your password unlocks it.",
                ),
                minutes=minutes,
            )
        staff.failed_logins = 0
        staff.locked_until = None
        staff.last_login_at = now
        actor = Actor.from_staff(staff)
        if needs_rehash(staff.password_hash):
            old_cost = staff.password_hash.rsplit("$", 2)[0]
            staff.password_hash = hash_password(password)
            audit.record(uow.session, actor, "password_rehashed", "staff", staff.id,
                         old=old_cost, new=staff.password_hash.rsplit("$", 2)[0])  # fmt: skip
        audit.record(uow.session, actor, "login", "staff", staff.id)
        uow.record(Area.STAFF, [staff.id])  # its last sign-in, shown in the staff list
        uow.commit_record()
        return actor
