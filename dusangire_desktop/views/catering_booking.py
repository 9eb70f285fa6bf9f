"""The catering booking form, with the price estimate following what is typed."""

from __future__ import annotations

from datetime import timedelta
from html import escape

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ..services import catering
from ..services.catering import Estimate, EstimateLine, PackageView, RequestInput, RequestView
from ..services.changes import Area
from ..services.errors import DomainError
from .banner import MessageBanner
from .context import ViewContext
from .formatting import number, rwf
from .forms import FieldErrors
from .labels import label
from .page import Page


class BookingTab(Page):
    """A new catering request: package, guests, add-ons and contact, with a live estimate."""

    watches = frozenset({Area.CATERING})
    estimated = Signal()
    requested = Signal(object)

    def __init__(self, ctx: ViewContext, banner: MessageBanner) -> None:
        super().__init__()
        self.ctx = ctx
        self.banner = banner
        self.packages: list[PackageView] = []
        self.estimate: Estimate | None = None
        self.package = QComboBox()
        self.package.setProperty("data", True)  # the packages' names
        self.guests = QSpinBox()
        self.guests.setRange(0, 10_000)
        self.event_at = QDateTimeEdit(calendarPopup=True, displayFormat="ddd dd MMM yyyy HH:mm")
        start = (ctx.local_now() + timedelta(days=7)).replace(
            hour=12, minute=0, second=0, microsecond=0, tzinfo=None
        )
        self.event_at.setDateTime(QDateTime(start))
        self.venue = QLineEdit()
        self.contact_name = QLineEdit()
        self.contact_phone = QLineEdit()
        self.contact_phone.setPlaceholderText(self.tr("07XXXXXXXX"))
        self.organisation = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self.addons = QListWidget()
        self.addons.setMaximumHeight(100)
        self.breakdown = QLabel(self.tr("Choose a package and the number of guests."))
        self.breakdown.setTextFormat(Qt.TextFormat.RichText)
        self.breakdown.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.breakdown.setMinimumWidth(360)
        self.breakdown.setWordWrap(True)
        self.submit = QPushButton(self.tr("&Save request"))
        self.submit.clicked.connect(self.save_request)
        form = QFormLayout()
        self.errors = FieldErrors(form)
        for title, field, widget in (
            (self.tr("&Package"), "package", self.package),
            (self.tr("&Guests"), "guests", self.guests),
            (self.tr("&Event date and time"), "event_at", self.event_at),
            (self.tr("&Venue"), "venue", self.venue),
            (self.tr("&Contact person"), "contact_name", self.contact_name),
            (self.tr("Contact &phone"), "contact_phone", self.contact_phone),
            (self.tr("&Organisation"), "organisation", self.organisation),
            (self.tr("&Add-ons"), "addons", self.addons),
            (self.tr("&Notes"), "notes", self.notes),
        ):
            self.errors.add_row(title, field, widget)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.submit, alignment=Qt.AlignmentFlag.AlignRight)
        right = QVBoxLayout()
        heading = QLabel(self.tr("Price estimate"))
        heading.setStyleSheet("font-weight:600; font-size:15px;")
        right.addWidget(heading)
        right.addWidget(self.breakdown, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        # A debounce of typing, not polling.
        self._debounce = QTimer(self, singleShot=True, interval=150, timeout=self.update_estimate)
        self.package.currentIndexChanged.connect(self._package_changed)
        self.guests.valueChanged.connect(self._typed)
        self.addons.itemChanged.connect(self._typed)
        self.refresh()

    def _typed(self, *_args: object) -> None:
        self._debounce.start()

    def refresh(self) -> None:
        self.ctx.query(
            self,
            lambda uow, actor: catering.list_packages(uow, actor, include_inactive=True),
            self._packages_loaded,
            purpose="packages",
        )

    def _packages_loaded(self, packages: list[PackageView]) -> None:
        self.packages = packages
        current = self.package.currentData()
        self.package.blockSignals(True)
        self.package.clear()
        for p in packages:
            if p.is_active:
                self.package.addItem(
                    self.tr("{0} — {1} per person, {2}–{3} guests").format(
                        p.name, rwf(p.price_per_person_rwf), p.min_guests, p.max_guests
                    ),
                    p.id,
                )
        self.package.setCurrentIndex(max(0, self.package.findData(current)))
        self.package.blockSignals(False)
        self._package_changed()
        self.refreshed.emit()

    def selected_package(self) -> PackageView | None:
        return next((p for p in self.packages if p.id == self.package.currentData()), None)

    def _package_changed(self, *_args: object) -> None:
        package = self.selected_package()
        chosen = set(self.chosen_addons())
        self.addons.blockSignals(True)
        self.addons.clear()
        if package is not None:
            if self.guests.value() < package.min_guests:
                self.guests.setValue(package.min_guests)
            for addon in package.addons:
                if addon.is_active:
                    item = QListWidgetItem(
                        self.tr("{0} — {1} {2}").format(
                            addon.name, rwf(addon.price_rwf), label(addon.pricing).lower()
                        )
                    )
                    item.setData(Qt.ItemDataRole.UserRole, addon.id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    checked = addon.id in chosen
                    item.setCheckState(
                        Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                    )
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
        guests, addons = self.guests.value(), self.chosen_addons()
        self.ctx.query(
            self,
            lambda uow, actor: catering.estimate(uow, actor, package.id, guests, addons),
            lambda estimate: self._show_estimate(package, guests, estimate),
            purpose="estimate",
        )

    def _show_estimate(self, package: PackageView, guests: int, estimate: Estimate) -> None:
        self.estimate = estimate
        warn = ""
        if not package.min_guests <= guests <= package.max_guests:
            warning = self.tr("{0} is for {1} to {2} guests.").format(
                package.name, package.min_guests, package.max_guests
            )
            warn = f"<p style='color:#b3261e'>{escape(warning)}</p>"
        rows = "".join(
            f"<tr><td>{self._line_html(line)}</td>"
            f"<td align=right>{number(line.amount_rwf)}</td></tr>"
            for line in estimate.lines
        )
        total = self.tr("Total")
        self.breakdown.setText(
            f"{warn}<table width=100%>{rows}<tr><td><b>{total}</b></td>"
            f"<td align=right><b>{rwf(estimate.total_rwf)}</b></td></tr></table>"
        )
        self.estimated.emit()

    def _line_html(self, line: EstimateLine) -> str:
        """An estimate's line in the screen's language (the service writes it in English)."""
        if line.kind == "guests":
            text = self.tr("%n guest(s) × {price}", "", line.guests).format(
                price=rwf(line.unit_rwf)
            )
            return escape(text + (" " + self.tr("(large-group rate)") if line.large_group else ""))
        if line.kind == "setup":
            return escape(self.tr("Setup"))
        if line.kind == "addon" and line.guests:
            text = self.tr("{addon}: %n × {price}", "", line.guests).format(
                addon=line.name, price=rwf(line.unit_rwf)
            )
            return escape(text)
        return f"<span class='data'>{escape(line.name or line.label)}</span>"

    def save_request(self) -> None:
        self.errors.clear()
        self.banner.clear()
        package = self.selected_package()
        if package is None:
            self.banner.show_error(
                self.tr("There is no catering package yet; an administrator adds them.")
            )
            return
        event = self.event_at.dateTime().toPython().replace(tzinfo=self.ctx.zone)
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
        if self.ctx.command(
            self,
            lambda uow, actor: catering.create_request(uow, actor, data),
            self._saved,
            purpose="save",
            on_error=self._refused,
        ):
            self.submit.setEnabled(False)

    def show_domain_error(self, error: DomainError) -> None:
        if not self.errors.show(error):
            self.banner.show_error(error.message)

    def _refused(self, error: DomainError) -> None:
        self.submit.setEnabled(True)
        self.show_domain_error(error)

    def _saved(self, request: RequestView) -> None:
        self.submit.setEnabled(True)
        self.banner.show_info(
            self.tr("Request {0} saved — estimate {1}.").format(
                request.number, rwf(request.estimate_rwf)
            )
        )
        for field in (self.venue, self.contact_name, self.contact_phone, self.organisation):
            field.clear()
        self.notes.clear()
        self.requested.emit(request)
