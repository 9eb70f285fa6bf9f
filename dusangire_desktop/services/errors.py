"""Domain errors: every refusal a user can act on, with the message to show them."""

from __future__ import annotations


class DomainError(Exception):
    """A refusal with a message written for the person at the desk."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class ValidationError(DomainError):
    """Input that cannot be accepted; `field` names the form field to fix."""


class NotFound(DomainError):
    pass


class Conflict(DomainError):
    """The change clashes with data already there (a duplicate, a taken slot, ...)."""


class ConcurrentChange(Conflict):
    """Someone else changed the same record since it was read."""

    def __init__(self, what: str = "This record") -> None:
        super().__init__(
            f"{what} was changed at another desk while you were editing. "
            "It has been reloaded; check it and apply your change again."
        )


class SimultaneousChange(Conflict):
    """Two transactions locked the same rows in opposite orders (a deadlock) or could not be
    serialised; the database undid this one, so nothing of it was saved."""

    def __init__(self) -> None:
        super().__init__(
            "Two desks changed the same records at the same moment, so nothing was saved. "
            "Your form is kept; check it and try again."
        )


class PermissionDenied(DomainError):
    pass


class AuthenticationFailed(DomainError):
    pass


class AccountLocked(AuthenticationFailed):
    pass


class DatabaseUnavailable(DomainError):
    """The database cannot be reached or used; nothing was saved."""


class ReadOnlyDatabase(DomainError):
    """The database can be read but not changed (a copy on a read-only medium): nothing saved."""

    def __init__(self) -> None:
        super().__init__(
            "This is a read-only copy of the database, so nothing was saved. Reports and records "
            "can be read here; make changes on the shared database."
        )
