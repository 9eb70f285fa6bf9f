"""Start-up of the desktop app: sign-in, main window; and the offscreen self-test.

The sign-in window is on screen before the database layer is imported: SQLAlchemy, the models and
the services (about half a second) load on a thread behind it while the person types, then the
database is opened (and upgraded if needed) there too. Only Qt is imported up front.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .config import APPLICATION, ORGANIZATION, resources_dir
from .services.errors import DatabaseUnavailable, DomainError

if TYPE_CHECKING:
    from . import schema
    from .demo_controller import DemoController
    from .services import auth
    from .services.uow import UnitOfWorkFactory
    from .views.login import LoginDialog

log = logging.getLogger(__name__)

READ_ONLY_NOTICE = QT_TRANSLATE_NOOP(
    "app",
    "This is a read-only copy of the database: everything can be looked at, nothing can be "
    "saved. Make changes on the shared database.",
)
# What the main window needs once someone has signed in, imported behind the sign-in window.
BEHIND_SIGN_IN = (
    "dusangire_desktop.views.areas",
    "dusangire_desktop.views.live",
    "dusangire_desktop.views.main_window",
)
# Set by benchmarks/bench_startup.py: the launch time (time.time()), to report start-up stages.
LAUNCHED_ENV = "DUSANGIRE_LAUNCHED_AT"


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def open_database(url: str, access: schema.Access | None = None) -> UnitOfWorkFactory:
    """See `opening.open_database` (kept here for callers of the app module)."""
    from . import schema
    from .opening import open_database as opened

    return opened(url, access or schema.Access.DESK)


def _application() -> QApplication:
    from .views import presentation, service_text

    app = QApplication.instance() or QApplication(sys.argv[:1])
    # Uncaught errors and Qt's own messages are logged, and people see an apology, not a crash.
    presentation.install()
    # The services' refusals in the language of the screens (the command line stays English).
    service_text.install()
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    style = resources_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    icon = resources_dir() / "dusangire.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app  # type: ignore[return-value]


class DatabaseLoader(QObject):
    """Imports the database layer and opens the database on a thread of its own; `loaded` gives
    (factory, needs a first administrator) or `failed` the refusal, on the UI thread."""

    loaded = Signal(object, bool)
    failed = Signal(object)
    preparing = Signal()  # the dashboards' figures are being stored, after an upgrade

    def __init__(self, url: str, log_folder: Path | None = None) -> None:
        super().__init__()
        self.url = url
        self.log_folder = log_folder

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="open database", daemon=True)
        self._thread.start()

    def finish(self, seconds: float = 10.0) -> None:
        """Wait for the thread to end: one still emitting as the interpreter shuts Qt down
        crashes the process (seen once in CI, exit code -11)."""
        thread = getattr(self, "_thread", None)
        if thread is not None:
            thread.join(seconds)

    def _run(self) -> None:
        if self.log_folder is not None:
            from . import logs

            logs.add_file(self.log_folder)
            self.log_folder = None
        try:
            from .services import accounts

            uow_factory = open_database(self.url)
            empty = accounts.needs_first_administrator(uow_factory())
            if not empty:
                from .opening import prepare_dashboards

                self.preparing.emit()
                prepare_dashboards(uow_factory)
        except DomainError as error:
            self.failed.emit(error)
            return
        except Exception as exc:  # the thread must answer, or the window would wait forever
            log.exception("opening the database failed")
            self.failed.emit(DatabaseUnavailable(f"The database could not be opened: {exc}"))
            return
        self.loaded.emit(uow_factory, empty)
        for name in BEHIND_SIGN_IN:
            importlib.import_module(name)


class _FirstPaint(QObject):
    """Calls `then` once, when `window` is first painted (really on screen, not just shown)."""

    def __init__(self, window: QWidget, then) -> None:  # type: ignore[no-untyped-def]
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, then)
        return False


def _since_launch() -> str:
    launched = os.environ.get(LAUNCHED_ENV)
    return f"{time.time() - float(launched):.3f}" if launched else "?"


class _StartUp(QObject):
    """The sign-in window first; then the database behind it, and what an empty one needs."""

    def __init__(
        self,
        login: LoginDialog,
        url: str,
        demo_on_empty: bool,
        exit_when_ready: bool,
        log_folder: Path | None,
    ) -> None:
        super().__init__(login)
        self.login = login
        self.exit_code = 0
        self.uow_factory: UnitOfWorkFactory | None = None
        self._demo_on_empty = demo_on_empty
        self.demo_controller: DemoController | None = None  # --demo: the VSDC simulator
        self._exit_when_ready = exit_when_ready
        self._shown_at = ""
        self.loader = DatabaseLoader(url, log_folder)
        self.loader.loaded.connect(self._loaded)
        self.loader.failed.connect(self._failed)
        self.loader.preparing.connect(self._preparing)
        _FirstPaint(login, self._painted)

    def _painted(self) -> None:
        self._shown_at = _since_launch()
        self.loader.start()

    def _preparing(self) -> None:
        self.login.where.setText(
            QCoreApplication.translate(
                "app", "Opening the database: checking the dashboards' figures…"
            )
        )

    def _failed(self, error: DomainError) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("app", "Dusangire Desktop"),
            error.message,
            parent=self.login,
        )
        box.setStandardButtons(QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close)
        if self._exit_when_ready:
            QTimer.singleShot(0, box.reject)
        if box.exec() == QMessageBox.StandardButton.Retry:
            self.loader.start()
            return
        self.exit_code = 1
        self.login.reject()

    def _loaded(self, uow_factory: UnitOfWorkFactory, empty: bool) -> None:
        from .services import auth, demo

        self.uow_factory = uow_factory
        hint = None
        if empty and self._demo_on_empty:
            failure = load_demo_with_progress(uow_factory, auth.command_line_actor("demo"))
            if failure:
                QMessageBox.critical(
                    self.login, QCoreApplication.translate("app", "Dusangire Desktop"), failure
                )
                self.exit_code = 1
                self.login.reject()
                return
            hint = QCoreApplication.translate(
                "app", "Demo data loaded. Sign in as 'admin' with password {password}."
            ).format(password=demo.DEMO_PASSWORD)
        elif empty:
            from .views.login import FirstRunDialog

            self.login.hide()
            first = FirstRunDialog(uow_factory)
            if self._exit_when_ready:
                QTimer.singleShot(0, first.reject)
            if first.exec() != FirstRunDialog.DialogCode.Accepted or first.actor is None:
                self.login.reject()
                return
            if first.load_demo.isChecked():
                failure = load_demo_with_progress(uow_factory, first.actor)
                if failure:
                    QMessageBox.warning(
                        None, QCoreApplication.translate("app", "Dusangire Desktop"), failure
                    )
            self.login.show()
        if self.demo_controller is not None and self.demo_controller.attach(uow_factory):
            log.info("demo receipts are signed by the VSDC simulator")
        if uow_factory.read_only:
            self.login.banner.show_warning(_tr(READ_ONLY_NOTICE))
        if hint:
            self.login.banner.show_info(hint)
            self.login.username.setText("admin")
            self.login.password.setFocus()
        self.login.attach(uow_factory)
        if self._exit_when_ready:
            # Start-up benchmark: stop once the window is on screen and the database is open.
            print(f"sign-in window shown {self._shown_at} s, database ready {_since_launch()} s "
                  "after launch", file=sys.stderr)  # fmt: skip
            QTimer.singleShot(0, self.login.reject)


def load_demo_with_progress(uow_factory: UnitOfWorkFactory, actor: auth.Actor) -> str | None:
    """Generate demo data off the UI thread in a progress dialog that can be cancelled (it is one
    transaction: nothing is saved); returns an error or cancellation message, or None."""
    from .services import demo
    from .views.long_work import run_with_progress

    loop = QEventLoop()
    outcome: list[str | None] = []

    def finished(message: str | None) -> None:
        outcome.append(message)
        loop.quit()

    run_with_progress(
        uow_factory, actor, QCoreApplication.translate("app", "Creating demo data…"),
        lambda uow, who, progress: demo.generate(uow, who, progress=progress),
        lambda _summary: finished(None), lambda error: finished(error.message),
        what=QCoreApplication.translate("app", "Loading the demo data"),
    )  # fmt: skip
    loop.exec()
    return outcome[0]


def run_gui(
    url: str,
    *,
    demo_on_empty: bool = False,
    exit_when_ready: bool = False,
    log_folder: Path | None = None,
) -> int:
    """`log_folder` gets the log file, opened behind the sign-in window."""
    app = _application()
    from .views import language
    from .views.login import LoginDialog

    # The sign-in window speaks what this workstation last chose; the account's own from then on.
    language.apply(language.last_choice())
    login = LoginDialog()
    demo_controller = None
    if demo_on_empty:
        from .demo_controller import DemoController

        demo_controller = DemoController()  # stops with the app, below
    try:
        return _run_windows(app, login, url, demo_on_empty, exit_when_ready, log_folder,
                            demo_controller)  # fmt: skip
    finally:
        if demo_controller is not None:
            demo_controller.stop()


def _run_windows(
    app: QApplication,
    login: LoginDialog,
    url: str,
    demo_on_empty: bool,
    exit_when_ready: bool,
    log_folder: Path | None,
    demo_controller: DemoController | None,
) -> int:
    start = _StartUp(login, url, demo_on_empty, exit_when_ready, log_folder)
    start.demo_controller = demo_controller
    try:
        return _sign_in_and_work(app, login, start)
    finally:
        start.loader.finish()


def _sign_in_and_work(app: QApplication, login: LoginDialog, start: _StartUp) -> int:
    from .views import language
    from .views.login import LoginDialog

    while True:
        if login.exec() != LoginDialog.DialogCode.Accepted or login.actor is None:
            return start.exit_code
        uow_factory = start.uow_factory
        assert uow_factory is not None  # signing in needs the database
        language.apply(login.actor.language)
        language.remember(login.actor.language)
        from .views.areas import ViewContext
        from .views.live import LiveChanges
        from .views.main_window import MainWindow
        from .views.operations import wait_for_operations

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
        login = LoginDialog(uow_factory)
        if uow_factory.read_only:
            login.banner.show_warning(_tr(READ_ONLY_NOTICE))


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
    from . import db, schema
    from .services import auth, demo

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
    import tempfile

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
    from . import schema
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
