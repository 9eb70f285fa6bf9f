"""Is the database there? A cheap round trip the status bar can ask for."""

from __future__ import annotations

from sqlalchemy import text

from .uow import UnitOfWork


def ping(uow: UnitOfWork) -> None:
    """Returns quietly when the database answers; raises DatabaseUnavailable when it does not."""
    with uow.for_reading():
        uow.session.execute(text("SELECT 1"))
