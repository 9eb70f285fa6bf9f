"""Domain errors: every refusal a user can act on, with the message to show them.

A refusal carries an English template marked for translation and the values of its
placeholders (see `messages`); `message` is the text in the language in use, `str(error)` the
English one (for logs)."""

from __future__ import annotations

from typing import Any

from .messages import QT_TRANSLATE_NOOP, install_translator, render

__all__ = ["DomainError", "install_translator"]


class DomainError(Exception):
    """A refusal with a message written for the person at the desk."""

    def __init__(self, template: str, *, field: str | None = None, **params: Any) -> None:
        super().__init__(render(template, params, english=True))
        self.template = template
        self.params = params
        self.field = field

    @property
    def message(self) -> str:
        return render(self.template, self.params)


class ValidationError(DomainError):
    """Input that cannot be accepted; `field` names the form field to fix."""


class NotFound(DomainError):
    pass


class Conflict(DomainError):
    """The change clashes with data already there (a duplicate, a taken slot, ...)."""


class ConcurrentChange(Conflict):
    """Someone else changed the same record since it was read; `what` names it ("Order
    D-000123"), a `Text` or a name."""

    def __init__(self, what: object = None) -> None:
        if what is None:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This record was changed at another desk while you were editing. "
                    "It has been reloaded; check it and apply your change again.",
                )
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{what} was changed at another desk while you were editing. "
                    "It has been reloaded; check it and apply your change again.",
                ),
                what=what,
            )


class SimultaneousChange(Conflict):
    """Two transactions locked the same rows in opposite orders (a deadlock) or could not be
    serialised; the database undid this one, so nothing of it was saved."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Two desks changed the same records at the same moment, so nothing was saved. "
                "Your form is kept; check it and try again.",
            )
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
            QT_TRANSLATE_NOOP(
                "errors",
                "This is a read-only copy of the database, so nothing was saved. Reports and "
                "records can be read here; make changes on the shared database.",
            )
        )
