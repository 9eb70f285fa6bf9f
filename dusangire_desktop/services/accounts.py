"""Staff accounts: first administrator, create, change role, deactivate, reset password, unlock.

Every function that acts for someone re-reads that account in its own transaction
(`uow.authorize`), so a deactivation, a new role or a password reset counts from the next call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from ..models.staff import Role, Staff
from . import audit
from .auth import Actor, Permission, check_password_strength, hash_password, verify_password
from .changes import Area
from .errors import Conflict, NotFound, PermissionDenied, ValidationError
from .languages import parse_language
from .messages import QT_TRANSLATE_NOOP
from .uow import UnitOfWork

USERNAME_PATTERN = re.compile(r"^[a-z][a-z0-9._-]{2,39}$")
MAX_NAME_LENGTH = 120


@dataclass(frozen=True)
class StaffAccount:
    id: int
    username: str
    full_name: str
    role: Role
    is_active: bool
    is_locked: bool
    last_login_at: datetime | None
    created_at: datetime


def _view(staff: Staff, now: datetime) -> StaffAccount:
    return StaffAccount(
        staff.id, staff.username, staff.full_name, staff.role, staff.is_active,
        staff.locked_until is not None and staff.locked_until > now,
        staff.last_login_at, staff.created_at,
    )  # fmt: skip


def clean_username(username: str) -> str:
    cleaned = username.strip().lower()
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter a username."), field="username")
    if len(cleaned) > 40:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The username may have at most 40 characters."),
            field="username",
        )
    if not USERNAME_PATTERN.match(cleaned):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A username starts with a letter and uses 3 to 40 lowercase letters, "
                "digits, dots, dashes or underscores (for example 'a.uwase').",
            ),
            field="username",
        )
    return cleaned


def clean_full_name(full_name: str) -> str:
    cleaned = " ".join(full_name.split())
    if len(cleaned) < 2:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the person's full name."), field="full_name"
        )
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The name may have at most {limit} characters."),
            field="full_name",
            limit=MAX_NAME_LENGTH,
        )
    return cleaned


def needs_first_administrator(uow: UnitOfWork) -> bool:
    with uow.for_reading():  # asked at start-up: waits for no writer elsewhere
        return uow.session.scalar(select(func.count()).select_from(Staff)) == 0


def create_first_administrator(
    uow: UnitOfWork, username: str, full_name: str, password: str
) -> Actor:
    """Only allowed while the database has no staff at all; returns the new admin, signed in."""
    username = clean_username(username)
    full_name = clean_full_name(full_name)
    check_password_strength(password, username)
    with uow:
        if uow.session.scalar(select(func.count()).select_from(Staff)):
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "errors", "An administrator already exists. Sign in with that account instead."
                )
            )
        staff = Staff(
            username=username, full_name=full_name, role=Role.ADMIN,
            password_hash=hash_password(password), created_at=uow.now(),
        )  # fmt: skip
        uow.session.add(staff)
        uow.flush()
        actor = Actor.from_staff(staff)
        audit.record(uow.session, actor, "first_admin_created", "staff", staff.id)
        uow.record(Area.STAFF, [staff.id])
        uow.commit()
        return actor


def list_staff(
    uow: UnitOfWork, actor: Actor, *, include_inactive: bool = True
) -> list[StaffAccount]:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.MANAGE_STAFF)
        query = select(Staff).order_by(Staff.full_name)
        if not include_inactive:
            query = query.where(Staff.is_active)
        now = uow.now()
        return [_view(s, now) for s in uow.session.scalars(query)]


def create_staff(
    uow: UnitOfWork, actor: Actor, *, username: str, full_name: str, role: Role, password: str
) -> StaffAccount:
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_STAFF)
        username = clean_username(username)
        full_name = clean_full_name(full_name)
        check_password_strength(password, username)
        if uow.session.scalar(select(Staff.id).where(func.lower(Staff.username) == username)):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The username '{username}' is already taken. Choose another."
                ),
                field="username",
                username=username,
            )
        staff = Staff(
            username=username, full_name=full_name, role=Role(role),
            password_hash=hash_password(password), must_change_password=True, created_at=uow.now(),
        )  # fmt: skip
        uow.session.add(staff)
        try:
            uow.flush()
        except IntegrityError:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The username '{username}' is already taken. Choose another."
                ),
                field="username",
                username=username,
            ) from None
        audit.record(uow.session, actor, "staff_created", "staff", staff.id,
                     username=username, role=staff.role.value)  # fmt: skip
        uow.record(Area.STAFF, [staff.id])
        uow.commit()
        return _view(staff, uow.now())


def find_staff(uow: UnitOfWork, actor: Actor, username: str) -> StaffAccount:
    """The account with this username (any case), e.g. for the command line."""
    wanted = username.strip().lower()
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.MANAGE_STAFF)
        staff = uow.session.scalar(select(Staff).where(func.lower(Staff.username) == wanted))
        if staff is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "There is no staff account '{wanted}'. Check the spelling against the "
                    "staff list.",
                ),
                wanted=wanted,
            )
        return _view(staff, uow.now())


def _get(uow: UnitOfWork, staff_id: int) -> Staff:
    # populate_existing: the acting account may already be loaded, by uow.authorize, unlocked.
    staff = uow.session.get(Staff, staff_id, with_for_update=True, populate_existing=True)
    if staff is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "That staff account no longer exists. Refresh the list.")
        )
    return staff


def _active_admins(uow: UnitOfWork) -> int:
    return (
        uow.session.scalar(
            select(func.count()).select_from(Staff).where(Staff.role == Role.ADMIN, Staff.is_active)
        )
        or 0
    )


def change_role(uow: UnitOfWork, actor: Actor, staff_id: int, role: Role) -> StaffAccount:
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_STAFF)
        staff = _get(uow, staff_id)
        old = staff.role
        if (
            old == Role.ADMIN
            and role != Role.ADMIN
            and staff.is_active
            and _active_admins(uow) <= 1
        ):
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This is the last active administrator; make someone else admin first.",
                )
            )
        staff.role = Role(role)
        audit.record(uow.session, actor, "staff_role_changed", "staff", staff.id,
                     old=old.value, new=staff.role.value)  # fmt: skip
        uow.record(Area.STAFF, [staff.id])
        uow.commit()
        return _view(staff, uow.now())


def set_active(uow: UnitOfWork, actor: Actor, staff_id: int, active: bool) -> StaffAccount:
    if not active and staff_id == actor.staff_id:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors", "You cannot deactivate your own account while signed in with it."
            )
        )
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_STAFF)
        staff = _get(uow, staff_id)
        if not active and staff.role == Role.ADMIN and staff.is_active and _active_admins(uow) <= 1:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "errors", "This is the last active administrator and cannot be deactivated."
                )
            )
        staff.is_active = active
        audit.record(uow.session, actor, "staff_reactivated" if active else "staff_deactivated",
                     "staff", staff.id)  # fmt: skip
        uow.record(Area.STAFF, [staff.id])
        uow.commit()
        return _view(staff, uow.now())


def reset_password(uow: UnitOfWork, actor: Actor, staff_id: int, new_password: str) -> StaffAccount:
    """Set a temporary password and unlock the account; the person changes it at next sign-in."""
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_STAFF)
        staff = _get(uow, staff_id)
        check_password_strength(new_password, staff.username)
        staff.password_hash = hash_password(new_password)
        staff.failed_logins = 0
        staff.locked_until = None
        staff.must_change_password = True
        audit.record(uow.session, actor, "staff_password_reset", "staff", staff.id)
        uow.record(Area.STAFF, [staff.id])
        uow.commit()
        return _view(staff, uow.now())


def unlock(uow: UnitOfWork, actor: Actor, staff_id: int) -> StaffAccount:
    """Lift a lock-out after wrong passwords now; the password stays as it is."""
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_STAFF)
        staff = _get(uow, staff_id)
        was_locked = staff.locked_until is not None and staff.locked_until > uow.now()
        staff.failed_logins = 0
        staff.locked_until = None
        audit.record(uow.session, actor, "staff_unlocked", "staff", staff.id, was_locked=was_locked)
        uow.record(Area.STAFF, [staff.id])
        uow.commit()
        return _view(staff, uow.now())


def change_own_password(uow: UnitOfWork, actor: Actor, current: str, new_password: str) -> None:
    """The one thing an account with a temporary password may do; it lifts that restriction."""
    if actor.staff_id is None:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "The command line has no password to change.")
        )
    if not current:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter your current password."), field="current_password"
        )
    if current == new_password:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The new password must differ from the current one."),
            field="new_password",
        )
    with uow:
        actor = uow.current_actor(actor, temporary_password_ok=True)
        assert actor.staff_id is not None  # checked above; the same account, re-read
        staff = _get(uow, actor.staff_id)
        if not verify_password(current, staff.password_hash):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The current password is wrong."),
                field="current_password",
            )
        check_password_strength(new_password, staff.username, field="new_password")
        staff.password_hash = hash_password(new_password)
        staff.must_change_password = False
        audit.record(uow.session, actor, "own_password_changed", "staff", staff.id)
        uow.record(Area.STAFF, [staff.id])
        uow.commit()


def set_own_language(uow: UnitOfWork, actor: Actor, language: str) -> Actor:
    """The language of my screens, kept on my account; returns the account as it is now."""
    if actor.staff_id is None:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "The command line has no account to keep a language on.")
        )
    chosen = parse_language(language)
    with uow:
        actor = uow.current_actor(actor, temporary_password_ok=True)
        assert actor.staff_id is not None  # checked above; the same account, re-read
        staff = _get(uow, actor.staff_id)
        if staff.language != chosen:
            staff.language = chosen
            audit.record(uow.session, actor, "own_language_changed", "staff", staff.id,
                         language=chosen.value)  # fmt: skip
            uow.record(Area.STAFF, [staff.id])
        uow.commit()
        return Actor.from_staff(staff)
