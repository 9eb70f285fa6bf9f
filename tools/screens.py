"""Open every page a role may see, on demo data under a fixed clock, for screenshots and checks."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from dusangire_desktop import db, schema
from dusangire_desktop.config import resources_dir
from dusangire_desktop.services import auth, demo
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.uow import UnitOfWorkFactory
from dusangire_desktop.views.areas import ViewContext
from dusangire_desktop.views.main_window import MainWindow
from dusangire_desktop.views.operations import wait_for_operations

# Wed 18 Mar 2026, 10:30 in Kigali: mid-month on a weekday, so every dashboard has a past and a
# month to date, and the desk has a morning's orders.
FIXED_NOW = datetime(2026, 3, 18, 8, 30, tzinfo=UTC)
SMALL = demo.DemoSizes(customers=150, orders=1500, months=3)
DEMO_USER = {
    Role.FRONT_DESK: "desk.mukamana",
    Role.NUTRITIONIST: "dr.uwimana",
    Role.SUPPORT: "support.uwera",
    Role.MANAGER: "manager",
    Role.ADMIN: "admin",
}


def fixed_clock() -> datetime:
    return FIXED_NOW


def demo_database(path: Path, clock: Callable[[], datetime] = fixed_clock) -> UnitOfWorkFactory:
    """A new SQLite file at `path` filled with small demo data, read under `clock`."""
    url = f"sqlite:///{path}"
    engine = schema.open_engine(url, schema.Access.DESK)
    factory = UnitOfWorkFactory(db.make_session_factory(engine), description=db.describe(url),
                                clock=clock, zone=demo_zone())  # fmt: skip
    demo.generate(factory(), auth.command_line_actor("screenshots"), sizes=SMALL)
    return factory


def demo_zone():  # type: ignore[no-untyped-def]
    from dusangire_desktop.config import hospital_zone

    return hospital_zone()


def sign_in(factory: UnitOfWorkFactory, role: Role) -> auth.Actor:
    return auth.sign_in(factory(), DEMO_USER[role], demo.DEMO_PASSWORD)


def style_sheet() -> str:
    style = resources_dir() / "style.qss"
    return style.read_text(encoding="utf-8") if style.exists() else ""


def settle(seconds: float = 10.0) -> None:
    """Let every read the screens started finish and be shown."""
    app = QApplication.instance()
    deadline = time.monotonic() + seconds
    quiet = 0
    while time.monotonic() < deadline:
        wait_for_operations(100)
        app.processEvents()
        quiet = quiet + 1 if wait_for_operations(0) else 0
        if quiet >= 3:
            return


def open_window(
    factory: UnitOfWorkFactory, actor: auth.Actor, width: int, height: int
) -> MainWindow:
    window = MainWindow(ViewContext(factory, actor))
    window.setStyleSheet(style_sheet())
    window.resize(width, height)
    window.show()
    settle()
    return window


def _tabs(page: QWidget) -> list[QTabWidget]:
    """The page's own tab bars (not tabs nested inside a tab)."""
    found = []
    for tabs in page.findChildren(QTabWidget):
        parent = tabs.parentWidget()
        while parent is not None and parent is not page and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is page:
            found.append(tabs)
    return found


def every_page(window: MainWindow) -> Iterator[str]:
    """Open each area (and each tab of it) in turn; yields a name for what is shown."""
    for key in window.area_keys():
        page = window.open_area(key)
        settle()
        yield key
        for tabs in _tabs(page):
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                settle()
                yield f"{key}-{_slug(tabs.tabText(index))}"
            tabs.setCurrentIndex(0)


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower().replace("&", "")).strip("-")
