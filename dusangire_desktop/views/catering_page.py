"""Catering: the booking form with a live estimate, the requests and their life, the packages."""

from __future__ import annotations

from datetime import datetime, timedelta
from html import escape

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import catering
from ..services.auth import Permission
from ..services.catering import (
    AddonPricing,
    CateringStatus,
    Estimate,
    PackageInput,
    PackageView,
    RequestInput,
    RequestView,
)
from ..services.errors import DomainError
from .areas import ViewContext
from .background import run_in_background, run_latest
from .banner import MessageBanner
from .changes import announce, changes_hub
from .formatting import local_datetime, rwf
from .forms import FieldErrors
from .table_model import Column, RecordTableModel

STATUS_FILTERS = [
    (
        "Open (new, quoted, confirmed)",
        (CateringStatus.NEW, CateringStatus.QUOTED, CateringStatus.CONFIRMED),
    ),
    ("All", ()),
] + [(s.value.capitalize(), (s,)) for s in CateringStatus]


class CateringPage(QWidget):
    estimated = Signal()
    requested = Signal(object)
    refreshed = Signal()

    def __init__(self, ctx: ViewContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.packages: list[PackageView] = []
        self.estimate: Estimate | None = None
        self._estimate_request = 0
        self.banner = MessageBanner()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._form_tab(), "New request")
        self.tabs.addTab(self._requests_tab(), "Requests")
        if ctx.actor.can(Permission.MANAGE_CATERING_PACKAGES):
            self.tabs.addTab(self._packages_tab(), "Packages")
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        changes_hub().changed.connect(self._on_change)
        self.load_packages()
        self.refresh_requests()

    # the booking form
    def _form_tab(self) -> QWidget:
        tab = QWidget()
        self.package = QComboBox()
        self.guests = QSpinBox()
        self.guests.setRange(0, 10_000)
        self.event_at = QDateTimeEdit(calendarPopup=True, displayFormat="ddd dd MMM yyyy HH:mm")
        start = (datetime.now(self._ctx.zone) + timedelta(days=7)).replace(
            hour=12, minute=0, second=0, microsecond=0, tzinfo=None
        )
        self.event_at.setDateTime(QDateTime(start))
        self.venue = QLineEdit()
        self.contact_name = QLineEdit()
        self.contact_phone = QLineEdit()
        self.contact_phone.setPlaceholderText("07XXXXXXXX")
        self.organisation = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self.addons = QListWidget()
        self.addons.setMaximumHeight(100)
        self.breakdown = QLabel("Choose a package and the number of guests.")
        self.breakdown.setTextFormat(Qt.TextFormat.RichText)
        self.breakdown.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.breakdown.setMinimumWidth(360)
        self.breakdown.setWordWrap(True)
        self.submit = QPushButton("&Save request")
        self.submit.clicked.connect(self.save_request)
        form = QFormLayout()
        self.errors = FieldErrors(form)
        for label, field, widget in (
            ("&Package", "package", self.package),
            ("&Guests", "guests", self.guests),
            ("&Event date and time", "event_at", self.event_at),
            ("&Venue", "venue", self.venue),
            ("&Contact person", "contact_name", self.contact_name),
            ("Contact &phone", "contact_phone", self.contact_phone),
            ("&Organisation", "organisation", self.organisation),
            ("&Add-ons", "addons", self.addons),
            ("&Notes", "notes", self.notes),
        ):
            self.errors.add_row(label, field, widget)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.submit, alignment=Qt.AlignmentFlag.AlignRight)
        right = QVBoxLayout()
        heading = QLabel("Price estimate")
        heading.setStyleSheet("font-weight:600; font-size:15px;")
        right.addWidget(heading)
        right.addWidget(self.breakdown, 1)
        layout = QHBoxLayout(tab)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self._debounce = QTimer(self, singleShot=True, interval=150, timeout=self.update_estimate)
        self.package.currentIndexChanged.connect(self._package_changed)
        self.guests.valueChanged.connect(lambda _v: self._debounce.start())
        self.addons.itemChanged.connect(lambda _i: self._debounce.start())
        return tab

    def load_packages(self) -> None:
        ctx = self._ctx
        run_in_background(
            self,
            lambda: catering.list_packages(ctx.uow_factory(), ctx.actor, include_inactive=True),
            self._packages_loaded,
            lambda e: self.banner.show_error(e.message),
        )

    def _packages_loaded(self, packages: list[PackageView]) -> None:
        self.packages = packages
        current = self.package.currentData()
        self.package.blockSignals(True)
        self.package.clear()
        for p in packages:
            if p.is_active:
                self.package.addItem(
                    f"{p.name} — {rwf(p.price_per_person_rwf)} per person, "
                    f"{p.min_guests}–{p.max_guests} guests",
                    p.id,
                )
        index = self.package.findData(current)
        self.package.setCurrentIndex(max(0, index))
        self.package.blockSignals(False)
        self._package_changed()
        if hasattr(self, "packages_model"):
            self.packages_model.set_records(packages)

    def selected_package(self) -> PackageView | None:
        return next((p for p in self.packages if p.id == self.package.currentData()), None)

    def _package_changed(self) -> None:
        package = self.selected_package()
        self.addons.blockSignals(True)
        self.addons.clear()
        if package is not None:
            if self.guests.value() < package.min_guests:
                self.guests.setValue(package.min_guests)
            for addon in package.addons:
                if addon.is_active:
                    how = "per person" if addon.pricing == AddonPricing.PER_PERSON else "flat"
                    item = QListWidgetItem(f"{addon.name} — {rwf(addon.price_rwf)} {how}")
                    item.setData(Qt.ItemDataRole.UserRole, addon.id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                    self.addons.addItem(item)
        self.addons.blockSignals(False)
        self.update_estimate()

    def chosen_addons(self) -> tuple[int, ...]:
        return tuple(
            self.addons.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.addons.count())
            if self.addons.item(i).checkState() == Qt.CheckState.Checked
        )

    def update_estimate(self) -> None:
        package = self.selected_package()
        if package is None:
            return
        warn = ""
        guests = self.guests.value()
        if not package.min_guests <= guests <= package.max_guests:
            warn = (
                f"<p style='color:#b3261e'>{package.name} is for {package.min_guests} to "
                f"{package.max_guests} guests.</p>"
            )
        self._estimate_request += 1
        request, ctx, addons = self._estimate_request, self._ctx, self.chosen_addons()
        run_in_background(
            self,
            lambda: catering.estimate(ctx.uow_factory(), ctx.actor, package.id, guests, addons),
            lambda e: self._show_estimate(request, e, warn),
            lambda e: self.banner.show_error(e.message),
        )

    def _show_estimate(self, request: int, estimate: Estimate, warn: str) -> None:
        if request != self._estimate_request:
            return
        self.estimate = estimate
        rows = "".join(
            f"<tr><td>{escape(label)}</td><td align=right>{amount:,}</td></tr>"
            for label, amount in estimate.lines
        )
        self.breakdown.setText(
            f"{warn}<table width=100%>{rows}<tr><td><b>Total</b></td>"
            f"<td align=right><b>{rwf(estimate.total_rwf)}</b></td></tr></table>"
        )
        self.estimated.emit()

    def save_request(self) -> None:
        self.errors.clear()
        self.banner.clear()
        package, ctx = self.selected_package(), self._ctx
        if package is None:
            self.banner.show_error("There is no catering package yet; an administrator adds them.")
            return
        event = self.event_at.dateTime().toPython().replace(tzinfo=ctx.zone)
        data = RequestInput(
            package.id,
            self.guests.value(),
            event,
            self.venue.text(),
            self.contact_name.text(),
            self.contact_phone.text(),
            self.organisation.text(),
            self.notes.toPlainText(),
            self.chosen_addons(),
        )
        self.submit.setEnabled(False)
        run_in_background(
            self,
            lambda: catering.create_request(ctx.uow_factory(), ctx.actor, data),
            self._saved,
            self._failed,
        )

    def _saved(self, request: RequestView) -> None:
        self.submit.setEnabled(True)
        self.banner.show_info(
            f"Request {request.number} saved — estimate {rwf(request.estimate_rwf)}."
        )
        for field in (self.venue, self.contact_name, self.contact_phone, self.organisation):
            field.clear()
        self.notes.clear()
        announce("catering", [request.id])
        self.requested.emit(request)

    def _failed(self, error: DomainError) -> None:
        self.submit.setEnabled(True)
        if not self.errors.show(error):
            self.banner.show_error(error.message)

    # requests
    def _requests_tab(self) -> QWidget:
        tab = QWidget()
        zone = self._ctx.zone
        self.status_filter = QComboBox()
        for label, statuses in STATUS_FILTERS:
            self.status_filter.addItem(label, statuses)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh_requests())
        self.requests_model: RecordTableModel[RequestView] = RecordTableModel(
            [
                Column("Request", lambda r: r.number),
                Column("Event", lambda r: local_datetime(r.event_at, zone)),
                Column("Package", lambda r: r.package),
                Column("Guests", lambda r: str(r.guests), align_right=True),
                Column("Contact", lambda r: f"{r.contact_name} {r.contact_phone}"),
                Column("Status", lambda r: r.status.value),
                Column(
                    "Price",
                    lambda r: (
                        rwf(
                            r.quoted_price_rwf if r.quoted_price_rwf is not None else r.estimate_rwf
                        )
                        + ("" if r.quoted_price_rwf is not None else " (estimate)")
                    ),
                    align_right=True,
                ),
                Column(
                    "Handled",
                    lambda r: "; ".join(f"{step} by {who}" for step, _at, who in r.history),
                ),
            ]
        )
        self.requests_table = QTableView()
        self.requests_table.setModel(self.requests_model)
        self.requests_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.requests_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.requests_table.verticalHeader().hide()
        self.requests_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        buttons = QHBoxLayout()
        for label, to in (
            ("&Quote…", CateringStatus.QUOTED),
            ("C&onfirm", CateringStatus.CONFIRMED),
            ("Co&mplete", CateringStatus.COMPLETED),
            ("&Cancel…", CateringStatus.CANCELLED),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _c=False, to=to: self._ask_advance(to))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.status_filter)
        layout.addWidget(self.requests_table, 1)
        layout.addLayout(buttons)
        return tab

    def refresh_requests(self) -> None:
        statuses, ctx = self.status_filter.currentData(), self._ctx
        run_latest(
            self,
            "requests",
            lambda: catering.list_requests(ctx.uow_factory(), ctx.actor, statuses),
            self._requests_loaded,
            lambda e: self.banner.show_error(e.message),
        )

    def _requests_loaded(self, requests: list[RequestView]) -> None:
        self.requests_model.set_records(requests)
        self.refreshed.emit()

    def selected_request(self) -> RequestView | None:
        rows = self.requests_table.selectionModel().selectedRows()
        return self.requests_model.record(rows[0].row()) if rows else None

    def _ask_advance(self, to: CateringStatus) -> None:
        request = self.selected_request()
        if request is None:
            self.banner.show_error("Choose a request first.")
            return
        price, reason = None, ""
        if to == CateringStatus.QUOTED:
            price, ok = QInputDialog.getInt(
                self,
                "Quote",
                f"Price for {request.number} (RWF):",
                request.estimate_rwf,
                0,
                100_000_000,
                1000,
            )
            if not ok:
                return
        elif to == CateringStatus.CANCELLED:
            reason, ok = QInputDialog.getText(self, "Cancel request", "Reason:")
            if not ok:
                return
        self.advance(request, to, price, reason)

    def advance(
        self, request: RequestView, to: CateringStatus, price: int | None = None, reason: str = ""
    ) -> None:
        ctx = self._ctx
        run_in_background(
            self,
            lambda: catering.advance(
                ctx.uow_factory(), ctx.actor, request.id, request.version, to, price, reason
            ),
            lambda r: (
                self.banner.show_info(f"{r.number} is {r.status.value}."),
                announce("catering", [r.id]),
            ),
            lambda e: (self.banner.show_error(e.message), self.refresh_requests()),
        )

    # packages (administrators)
    def _packages_tab(self) -> QWidget:
        tab = QWidget()
        self.packages_model: RecordTableModel[PackageView] = RecordTableModel(
            [
                Column("Package", lambda p: p.name),
                Column("Per person", lambda p: rwf(p.price_per_person_rwf), align_right=True),
                Column("Guests", lambda p: f"{p.min_guests}–{p.max_guests}"),
                Column("Setup", lambda p: rwf(p.setup_fee_rwf), align_right=True),
                Column(
                    "Large groups",
                    lambda p: (
                        f"from {p.large_group_min_guests}: "
                        f"{rwf(p.large_group_price_per_person_rwf)}"
                        if p.large_group_min_guests
                        else ""
                    ),
                ),
                Column("Add-ons", lambda p: ", ".join(a.name for a in p.addons)),
                Column("Active", lambda p: "yes" if p.is_active else "no"),
            ]
        )
        table = QTableView()
        table.setModel(self.packages_model)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.packages_table = table
        self.new_name, self.new_price = QLineEdit(), QSpinBox()
        self.new_min, self.new_max, self.new_setup = QSpinBox(), QSpinBox(), QSpinBox()
        for spin, top in (
            (self.new_price, 1_000_000),
            (self.new_min, 10_000),
            (self.new_max, 10_000),
            (self.new_setup, 10_000_000),
        ):
            spin.setRange(0, top)
            spin.setGroupSeparatorShown(True)
        add = QPushButton("Add &package")
        add.clicked.connect(self.add_package)
        addon = QPushButton("Add add-&on to selected…")
        addon.clicked.connect(self._ask_addon)
        tier = QPushButton("Large-group &rate of selected…")
        tier.clicked.connect(self._ask_tier)
        toggle = QPushButton("Offer / &withdraw selected")
        toggle.clicked.connect(self.toggle_package)
        row = QHBoxLayout()
        for label, widget in (
            ("Name", self.new_name),
            ("Per person", self.new_price),
            ("Min", self.new_min),
            ("Max", self.new_max),
            ("Setup", self.new_setup),
        ):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addWidget(add)
        layout = QVBoxLayout(tab)
        layout.addWidget(table, 1)
        layout.addLayout(row)
        more = QHBoxLayout()
        for button in (addon, tier, toggle):
            more.addWidget(button)
        more.addStretch(1)
        layout.addLayout(more)
        return tab

    def _selected_package_row(self) -> PackageView | None:
        rows = self.packages_table.selectionModel().selectedRows()
        return self.packages_model.record(rows[0].row()) if rows else None

    def _save(self, package: PackageView, **changes) -> None:  # type: ignore[no-untyped-def]
        values = {
            "name": package.name,
            "price_per_person_rwf": package.price_per_person_rwf,
            "min_guests": package.min_guests,
            "max_guests": package.max_guests,
            "setup_fee_rwf": package.setup_fee_rwf,
            "description": package.description,
            "large_group_min_guests": package.large_group_min_guests,
            "large_group_price_per_person_rwf": package.large_group_price_per_person_rwf,
            "is_active": package.is_active,
        } | changes
        ctx = self._ctx
        run_in_background(
            self,
            lambda: catering.save_package(
                ctx.uow_factory(), ctx.actor, PackageInput(**values), package.id
            ),
            lambda p: (self.banner.show_info(f"{p.name} saved."), announce("catering", [p.id])),
            lambda e: self.banner.show_error(e.message),
        )

    def toggle_package(self) -> None:
        package = self._selected_package_row()
        if package is not None:
            self._save(package, is_active=not package.is_active)

    def _ask_tier(self) -> None:
        package = self._selected_package_row()
        if package is None:
            self.banner.show_error("Choose a package first.")
            return
        text, ok = QInputDialog.getText(
            self,
            "Large-group rate",
            "From how many guests, and the price per person (e.g. 100, 4500); empty removes it:",
        )
        if not ok:
            return
        if not text.strip():
            self._save(package, large_group_min_guests=None, large_group_price_per_person_rwf=None)
            return
        try:
            guests, amount = (int(part) for part in text.split(","))
        except ValueError:
            self.banner.show_error("Type the threshold and the price, e.g. 100, 4500.")
            return
        self._save(package, large_group_min_guests=guests, large_group_price_per_person_rwf=amount)

    def add_package(self) -> None:
        ctx = self._ctx
        data = PackageInput(
            self.new_name.text(),
            self.new_price.value(),
            self.new_min.value(),
            self.new_max.value(),
            self.new_setup.value(),
        )
        run_in_background(
            self,
            lambda: catering.save_package(ctx.uow_factory(), ctx.actor, data),
            lambda p: (self.banner.show_info(f"{p.name} added."), announce("catering", [p.id])),
            lambda e: self.banner.show_error(e.message),
        )

    def _ask_addon(self) -> None:
        rows = self.packages_table.selectionModel().selectedRows()
        if not rows:
            self.banner.show_error("Choose a package first.")
            return
        package = self.packages_model.record(rows[0].row())
        text, ok = QInputDialog.getText(
            self, "Add-on", "Name, price, per person or flat (e.g. Fresh juice, 800, per person):"
        )
        if not ok:
            return
        parts = [p.strip() for p in text.split(",")]
        try:
            name, amount, how = parts[0], int(parts[1]), parts[2].lower()
        except (IndexError, ValueError):
            self.banner.show_error("Type the add-on as: name, price, per person or flat.")
            return
        pricing = AddonPricing.FLAT if how.startswith("flat") else AddonPricing.PER_PERSON
        ctx = self._ctx
        run_in_background(
            self,
            lambda: catering.save_addon(
                ctx.uow_factory(), ctx.actor, package.id, name, pricing, amount
            ),
            lambda _p: announce("catering", [package.id]),
            lambda e: self.banner.show_error(e.message),
        )

    def _on_change(self, area: str, _ids: list) -> None:
        if area == "catering":
            self.load_packages()
            self.refresh_requests()
