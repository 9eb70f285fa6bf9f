"""Start-up of the desktop app: database, sign-in, main window; and the offscreen self-test."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEventLoop, QTimer
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from . import db, schema
from .config import APPLICATION, ORGANIZATION, hospital_zone, resources_dir
from .services import accounts, auth, demo
from .services.errors import DatabaseUnavailable, DomainError
from .services.uow import UnitOfWorkFactory

log = logging.getLogger(__name__)

READ_ONLY_NOTICE = QT_TRANSLATE_NOOP(
    "app",
    "This is a read-only copy of the database: everything can be looked at, nothing can be "
    "saved. Make changes on the shared database.",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


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


def _application() -> QApplication:
    from .views import presentation

    app = QApplication.instance() or QApplication(sys.argv[:1])
    # Uncaught errors and Qt's own messages are logged, and people see an apology, not a crash.
    presentation.install()
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    style = resources_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    icon = resources_dir() / "dusangire.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app  # type: ignore[return-value]


def _open_database_interactively(url: str) -> UnitOfWorkFactory | None:
    while True:
        try:
            return open_database(url)
        except DatabaseUnavailable as error:
            box = QMessageBox(QMessageBox.Icon.Critical, _tr("Dusangire Desktop"), error.message)
            box.setStandardButtons(
                QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close
            )
            if box.exec() != QMessageBox.StandardButton.Retry:
                return None


def load_demo_with_progress(uow_factory: UnitOfWorkFactory, actor: auth.Actor) -> str | None:
    """Generate demo data off the UI thread in a progress dialog that can be cancelled (it is one
    transaction: nothing is saved); returns an error or cancellation message, or None."""
    from .views.long_work import run_with_progress

    loop = QEventLoop()
    outcome: list[str | None] = []

    def finished(message: str | None) -> None:
        outcome.append(message)
        loop.quit()

    run_with_progress(
        uow_factory, actor, _tr("Creating demo data…"),
        lambda uow, who, progress: demo.generate(uow, who, progress=progress),
        lambda _summary: finished(None), lambda error: finished(error.message),
        what=_tr("Loading the demo data"),
    )  # fmt: skip
    loop.exec()
    return outcome[0]


def run_gui(url: str, *, demo_on_empty: bool = False, exit_when_ready: bool = False) -> int:
    app = _application()
    from .views.areas import ViewContext
    from .views.live import LiveChanges
    from .views.login import FirstRunDialog, LoginDialog
    from .views.main_window import MainWindow
    from .views.operations import wait_for_operations

    uow_factory = _open_database_interactively(url)
    if uow_factory is None:
        return 1
    hint = None
    if accounts.needs_first_administrator(uow_factory()):
        if demo_on_empty:
            failure = load_demo_with_progress(uow_factory, auth.command_line_actor("demo"))
            if failure:
                QMessageBox.critical(None, _tr("Dusangire Desktop"), failure)
                return 1
            hint = _tr("Demo data loaded. Sign in as 'admin' with password {password}.").format(
                password=demo.DEMO_PASSWORD
            )
        else:
            first = FirstRunDialog(uow_factory)
            if exit_when_ready:
                QTimer.singleShot(0, first.reject)
            if first.exec() != FirstRunDialog.DialogCode.Accepted or first.actor is None:
                return 0
            if first.load_demo.isChecked():
                failure = load_demo_with_progress(uow_factory, first.actor)
                if failure:
                    QMessageBox.warning(None, _tr("Dusangire Desktop"), failure)
    while True:
        login = LoginDialog(uow_factory)
        if uow_factory.read_only:
            login.banner.show_warning(_tr(READ_ONLY_NOTICE))
        if hint:
            login.banner.show_info(hint)
            login.username.setText("admin")
            login.password.setFocus()
        if exit_when_ready:
            # Start-up benchmark: stop once the sign-in window has been shown and painted.
            QTimer.singleShot(0, login.reject)
        if login.exec() != LoginDialog.DialogCode.Accepted or login.actor is None:
            return 0
        window = MainWindow(ViewContext(uow_factory, login.actor))
        # Other workstations' changes reach this one's screens; the window shows the connection.
        live = LiveChanges(uow_factory)
        window.follow_connection(live)
        live.start()
        window.show()
        if uow_factory.read_only:
            window.banner.show_warning(_tr(READ_ONLY_NOTICE))
        try:
            app.exec()
        finally:
            live.stop()
            wait_for_operations()
        if not window.signed_out:
            return 0
        hint = None


def _settle(app: QApplication, seconds: float = 5.0) -> None:
    from .views.operations import wait_for_operations

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        wait_for_operations(200)
        app.processEvents()
        if wait_for_operations(0):
            app.processEvents()
            return


def self_test(url: str | None = None) -> int:
    """Offscreen check; exit 0 when well.

    Without `url`, of a fresh install: migrate a temporary SQLite file, load demo data, sign in,
    open every area. With `url`, of THAT database, changing nothing: it must answer and be at the
    newest schema (nothing is migrated), it is read through a read-only connection, and every
    area opens on it for an administrator."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _application()
    if url is not None:
        try:
            uow_factory = open_database(url, schema.Access.INSPECT)
        except DomainError as error:
            print(f"self-test FAILED: {error.message}", file=sys.stderr)
            return 1
        actor = auth.command_line_actor("self-test")
        return _open_every_area(app, uow_factory, actor, db.describe(url))
    with tempfile.TemporaryDirectory(prefix="dusangire-selftest-") as folder:
        try:
            uow_factory = open_database(f"sqlite:///{Path(folder) / 'selftest.sqlite'}")
            demo.generate(uow_factory(), auth.command_line_actor("self-test"),
                          sizes=demo.DemoSizes(customers=200, orders=1000, months=3))  # fmt: skip
            actor = auth.sign_in(uow_factory(), "admin", demo.DEMO_PASSWORD)
        except DomainError as error:
            print(f"self-test FAILED: {error.message}", file=sys.stderr)
            return 1
        return _open_every_area(app, uow_factory, actor, "a fresh SQLite file with demo data")


def _open_every_area(
    app: QApplication, uow_factory: UnitOfWorkFactory, actor: auth.Actor, where: str
) -> int:
    from .views.areas import AREAS, ViewContext
    from .views.main_window import MainWindow

    failures: list[str] = []
    if not QFontDatabase.families():
        failures.append("no font found: text would show as boxes (install fonts-dejavu-core)")
    window = MainWindow(ViewContext(uow_factory, actor))
    window.show()
    opened = []
    for key in window.area_keys():
        try:
            page = window.open_area(key)
        except Exception as exc:
            failures.append(f"area {key!r} failed to open: {exc!r}")
            continue
        _settle(app)
        banner = getattr(page, "banner", None)
        if banner is not None and banner.isVisible() and "Sorry" in banner.text:
            failures.append(f"area {key!r} showed an error: {banner.text}")
        opened.append(key)
    missing = {a.key for a in AREAS} - set(opened)
    if missing:
        failures.append(f"admin could not open: {sorted(missing)}")
    if window.connected is not True:
        failures.append("status bar does not show the database as connected")
    window.close()
    window.deleteLater()  # with its pages' timers: nothing reads the database after the check
    _settle(app)
    QTimer.singleShot(0, app.quit)
    app.exec()
    if failures:
        print("self-test FAILED:\n  " + "\n  ".join(failures), file=sys.stderr)
        return 1
    print(f"self-test passed on {where}: schema {schema.HEAD_REVISION}, {len(opened)} areas "
          "opened: " + ", ".join(opened))  # fmt: skip
    return 0
