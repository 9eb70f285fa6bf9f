"""The main window: navigation of the areas the role may open; who, where, whether the database
answers and whether work is running, in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..services import health
from ..services.auth import Actor, Role
from ..services.errors import DomainError
from . import language
from .areas import AreaSpec, ViewContext, areas_for
from .banner import MessageBanner, error_channel
from .labels import label
from .live import LiveChanges
from .operations import activity

AREA_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2  # (title, indent), wrapped anew in the shown font
# Where an account starts before it has a last area: a nutritionist on their calendar, which
# leads a new one to set their hours.
HOME_AREA = {Role.NUTRITIONIST: "calendar"}
# The sidebar's widest title in pixels; a longer one wraps onto a second line.
SIDEBAR_TEXT_WIDTH = 180


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    connection_changed = Signal(bool)

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._areas = areas_for(ctx.actor)
        self._pages: dict[str, QWidget] = {}
        self._go_actions: dict[str, QAction] = {}
        self.connected: bool | None = None
        self.signed_out = False

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.stack = QStackedWidget()
        self.banner = MessageBanner()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 8, 8, 8)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.stack, 1)
        # The sidebar is exactly as wide as its titles: nothing to drag.
        central = QWidget()
        columns = QHBoxLayout(central)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(0)
        columns.addWidget(self.navigation)
        columns.addWidget(right, 1)
        self.setCentralWidget(central)
        self._fill_navigation()
        self.navigation.currentItemChanged.connect(self._navigate)

        self.user_label = QLabel()
        self.user_label.setProperty("data", True)
        self.database_label = QLabel(ctx.uow_factory.description)
        self.database_label.setProperty("data", True)
        self.connection_label = QLabel()
        self.busy_label = QLabel()
        self.busy_label.setObjectName("busyLabel")
        status = self.statusBar()
        status.addWidget(self.user_label)
        status.addPermanentWidget(self.busy_label)
        status.addPermanentWidget(self.database_label)
        status.addPermanentWidget(self.connection_label)
        self._retranslate()
        self._show_busy(activity.running > 0)
        activity.busy_changed.connect(self._show_busy)
        self._build_menus()
        if ctx.actor.must_change_password:
            self._set_areas_open(False)
        error_channel.message.connect(self.banner.show_error)

        # Asked once; from then on the change follower says when the database stops answering.
        self.check_connection()
        self._restore_settings()

    def _retranslate(self) -> None:
        """The window's own texts, in the language now installed."""
        actor = self.ctx.actor
        self.setWindowTitle(self.tr("Dusangire Desktop — {name}").format(name=actor.full_name))
        self.user_label.setText(f"{actor.full_name} — {label(actor.role)}")
        self.busy_label.setText(self.tr("Working…"))
        if self.connected is None:
            self.connection_label.setText(self.tr("● checking…"))
        else:
            self.set_connected(self.connected)

    def _language_chosen(self, actor: Actor) -> None:
        """The account now speaks another language: so does this window, at once."""
        language.apply(actor.language)
        language.remember(actor.language)
        self.rebuild(ViewContext(self.ctx.uow_factory, actor))

    def rebuild(self, ctx: ViewContext) -> None:
        """Every page built again for `ctx`, in the language now installed, staying on the area
        shown (the simplest way to retranslate every text a page has made)."""
        current = self.current_area()
        self.ctx = ctx
        self.navigation.blockSignals(True)
        self.navigation.clear()
        self.navigation.blockSignals(False)
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()
        self._go_actions.clear()
        self.menuBar().clear()
        self._retranslate()
        self._fill_navigation()
        self._build_menus()
        self._fit_navigation()
        if ctx.actor.must_change_password:
            self._set_areas_open(False)
        if current is not None:
            self.open_area(current)

    # navigation
    def _fill_navigation(self) -> None:
        group = None
        for number, area in enumerate(self._areas):
            if area.group != group:
                group = area.group
                header = QListWidgetItem(_area_text(group).upper())
                header.setData(TITLE_ROLE, (header.text(), ""))
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                header.setForeground(Qt.GlobalColor.gray)
                self.navigation.addItem(header)
            item = QListWidgetItem(f"   {_area_text(area.title)}")
            item.setData(TITLE_ROLE, (_area_text(area.title), "   "))
            item.setData(AREA_ROLE, area.key)
            if number < 9:
                item.setToolTip(f"Ctrl+{number + 1}")
            self.navigation.addItem(item)

    def _sidebar_text(self, title: str, indent: str = "") -> str:
        """`title` broken into lines of at most SIDEBAR_TEXT_WIDTH pixels, so a long title in
        French or Kinyarwanda does not widen the sidebar and, with it, the window."""
        metrics = self.navigation.fontMetrics()
        lines = [indent]
        for word in title.split(" "):
            joined = f"{lines[-1]} {word}" if lines[-1].strip() else f"{lines[-1]}{word}"
            if metrics.horizontalAdvance(joined) > SIDEBAR_TEXT_WIDTH and lines[-1].strip():
                lines.append(f"{indent}{word}")
            else:
                lines[-1] = joined
        return "\n".join(lines)

    def _fit_navigation(self) -> None:
        """The sidebar is as wide as its longest title, in the style and font it is shown in."""
        self.navigation.ensurePolished()
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            title, indent = item.data(TITLE_ROLE)
            item.setText(self._sidebar_text(title, indent))
        widest = self.navigation.sizeHintForColumn(0)
        frame = 2 * self.navigation.frameWidth()
        scroll_bar = self.navigation.verticalScrollBar().sizeHint().width()
        self.navigation.setFixedWidth(widest + frame + scroll_bar + 4)

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit_navigation()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._fit_navigation()
        super().showEvent(event)

    def area_keys(self) -> list[str]:
        return [a.key for a in self._areas]

    def area_titles(self) -> list[str]:
        return [_area_text(a.title) for a in self._areas]

    def _item_for(self, key: str) -> QListWidgetItem | None:
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            if item.data(AREA_ROLE) == key:
                return item
        return None

    def _set_areas_open(self, open_: bool) -> None:
        """Close every area but My account while a temporary password must be replaced."""
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            if item.data(AREA_ROLE) not in (None, "account"):
                item.setFlags(
                    item.flags() | Qt.ItemFlag.ItemIsEnabled
                    if open_
                    else item.flags() & ~Qt.ItemFlag.ItemIsEnabled
                )
        for key, action in self._go_actions.items():
            action.setEnabled(open_ or key == "account")

    def _own_password_chosen(self) -> None:
        self._set_areas_open(True)
        self.banner.show_info(
            self.tr("Your own password is set: every area of your role is open now.")
        )

    def open_area(self, key: str) -> QWidget:
        """Show an area (building it on first use) and return its page."""
        item = self._item_for(key)
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            raise KeyError(f"{key} is not an area this account may open now")
        self.navigation.setCurrentItem(item)
        return self._pages[key]

    def current_area(self) -> str | None:
        item = self.navigation.currentItem()
        return item.data(AREA_ROLE) if item else None

    def _navigate(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None or item.data(AREA_ROLE) is None:
            return
        key = item.data(AREA_ROLE)
        if key not in self._pages:
            spec = next(a for a in self._areas if a.key == key)
            self._pages[key] = self._build_page(spec)
            self.stack.addWidget(self._pages[key])
            if key == "account":
                self._pages[key].language_changed.connect(self._language_chosen)
            if key == "account" and self.ctx.actor.must_change_password:
                self._pages[key].password_changed.connect(self._own_password_chosen)
        self.stack.setCurrentWidget(self._pages[key])
        self.banner.clear()
        QSettings().setValue(self._last_area_key(), key)

    def _build_page(self, spec: AreaSpec) -> QWidget:
        page = spec.factory(self.ctx)
        # A page may send the user on to another area (e.g. the calendar to Availability).
        wanted = getattr(page, "open_area_requested", None)
        if wanted is not None:
            wanted.connect(self.open_area)
        return page

    # menus and shortcuts
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        sign_out = QAction(self.tr("&Sign out"), self, shortcut=QKeySequence("Ctrl+Shift+L"))
        sign_out.triggered.connect(self._sign_out)
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(sign_out)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for number, area in enumerate(self._areas[:9]):
            action = QAction(
                _area_text(area.title), self, shortcut=QKeySequence(f"Ctrl+{number + 1}")
            )
            action.triggered.connect(lambda _=False, key=area.key: self.open_area(key))
            go_menu.addAction(action)
            self._go_actions[area.key] = action
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Dusangire Desktop"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Dusangire Desktop"),
            self.tr("Dusangire Desktop {version}\nDatabase: {database}").format(
                version=__version__, database=self.ctx.uow_factory.description
            ),
        )

    def _sign_out(self) -> None:
        self.signed_out = True
        self.sign_out_requested.emit()
        self.close()

    # connection state and work running
    def check_connection(self) -> None:
        """Ask the database once whether it answers (at start, or when someone wants to know)."""
        self.ctx.query(self, lambda uow, _actor: health.ping(uow), self._answered,
                       purpose="connection", on_error=self._unanswered)  # fmt: skip

    def follow_connection(self, live: LiveChanges) -> None:
        """Show what the change follower knows: it notices when the database stops answering it
        and when it answers again, so the window needs no timer of its own."""
        live.connection_changed.connect(self.set_connected)

    def _answered(self, _none: None) -> None:
        self.set_connected(True)

    def _unanswered(self, _error: DomainError) -> None:
        self.set_connected(False)

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)

    def set_connected(self, connected: bool) -> None:
        previous, self.connected = self.connected, connected
        if connected:
            self.connection_label.setText(self.tr("● connected"))
            self.connection_label.setStyleSheet("color:#1e7b34;")
            if previous is False:
                self.banner.show_info(self.tr("The database is back. You can carry on."))
        else:
            self.connection_label.setText(self.tr("● database unreachable — retrying"))
            self.connection_label.setStyleSheet("color:#b3261e; font-weight:600;")
            if previous is not False:
                self.banner.show_warning(
                    self.tr(
                        "The database ({database}) cannot be reached. Your open forms are kept; "
                        "saving works again as soon as it is back."
                    ).format(database=self.ctx.uow_factory.description)
                )
        if previous != connected:
            self.connection_changed.emit(connected)

    def show_error(self, error: DomainError) -> None:
        self.banner.show_error(error.message)

    # settings
    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            available = self.screen().availableGeometry()
            self.resize(min(1366, available.width()), min(768, available.height()))
        last = settings.value(self._last_area_key())
        home = HOME_AREA.get(self.ctx.actor.role)
        if last not in self.area_keys():
            last = home if home in self.area_keys() else None
        first = last or (self._areas[0].key if self._areas else None)
        if self.ctx.actor.must_change_password:
            first = "account"
        if first:
            self.open_area(first)
        if self.ctx.actor.must_change_password:
            self.banner.show_warning(
                self.tr("You signed in with a temporary password. Choose your own password now.")
            )

    def _last_area_key(self) -> str:
        """Per account: whoever signs in next at this workstation starts where they left off."""
        return f"main/last_area/{self.ctx.actor.username}"

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        QSettings().setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)


def _area_text(text: str) -> str:
    """An area's title or group, as written in views/areas.py, in the current language."""
    return QCoreApplication.translate("areas", text)
