"""Opening the database for the app and for the commands: no Qt here, so the command line
(reports, staff, db, import) never loads it."""

from __future__ import annotations

from . import db, schema
from .config import hospital_zone
from .services.uow import UnitOfWorkFactory


def open_database(url: str, access: schema.Access = schema.Access.DESK) -> UnitOfWorkFactory:
    """Connect, check the file or server is usable, and bring the schema up to date (or, for
    `access` that only reads, check it is current). A read-only copy opens read-only: the
    factory says so, its description tells the user, and every save is refused."""
    engine = schema.open_engine(url, access)
    read_only = db.is_read_only(engine)
    description = db.describe(url)
    if read_only:
        description += " — read-only copy, nothing can be saved"
    return UnitOfWorkFactory(
        db.make_session_factory(engine),
        description=description,
        zone=hospital_zone(),
        read_only=read_only,
    )


def prepare_dashboards(uow_factory: UnitOfWorkFactory) -> bool:
    """After an upgrade, store the days and months the BI screen reads (a few seconds over a
    million orders), so its first opening does not compute them. False when nothing was needed."""
    from .services import auth
    from .services.analytics import bi

    actor = auth.command_line_actor("start-up")
    if uow_factory.read_only or not bi.figures_need_preparing(uow_factory(), actor):
        return False
    bi.prepare_stored_figures(uow_factory(), actor, uow_factory.clock())
    return True
