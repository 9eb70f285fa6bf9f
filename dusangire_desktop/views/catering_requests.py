"""Catering requests and their life: quote, confirm, complete, or cancel with a reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..services import catering
from ..services.catering import CateringStatus, RequestView
from ..services.changes import Area
from ..services.errors import DomainError
from .banner import MessageBanner
from .context import ViewContext
from .formatting import local_datetime, rwf
from .forms import FormDialog
from .labels import choices, label
from .operations import Operation
from .page import Page
from .table_model import Column, RecordTableModel
from .widgets import record_table, selected_record


class QuoteDialog(FormDialog):
    """The price the customer is quoted; it is frozen on the request."""

    def __init__(
        self, ctx: ViewContext, request: RequestView, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("Quote {0}").format(request.number))
        self.request = request
        self.price = self.add_field(self.tr("&Price (RWF)"), "quoted_price_rwf", QSpinBox())
        self.price.setRange(0, 100_000_000)
        self.price.setSingleStep(1000)
        self.price.setGroupSeparatorShown(True)
        self.price.setValue(request.estimate_rwf)

    def operation(self) -> Operation[RequestView]:
        r, price = self.request, self.price.value()
        return lambda uow, actor: catering.advance(
            uow, actor, r.id, r.version, CateringStatus.QUOTED, price
        )


class CancelRequestDialog(FormDialog):
    """Cancelling a request needs the reason, kept with it."""

    def __init__(
        self, ctx: ViewContext, request: RequestView, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("Cancel {0}").format(request.number))
        self.save_button.setText(self.tr("Cancel the request"))
        self.request = request
        self.reason = self.add_field(self.tr("&Reason"), "reason", QLineEdit())

    def operation(self) -> Operation[RequestView]:
        r, reason = self.request, self.reason.text()
        return lambda uow, actor: catering.advance(
            uow, actor, r.id, r.version, CateringStatus.CANCELLED, reason=reason
        )


class RequestsTab(Page):
    """The requests, by event time, filtered by status; every desk's changes show at once."""

    watches = frozenset({Area.CATERING})

    def __init__(self, ctx: ViewContext, banner: MessageBanner) -> None:
        super().__init__()
        self.ctx = ctx
        self.banner = banner
        zone = ctx.zone
        self.status_filter = QComboBox()
        self.status_filter.addItem(
            self.tr("Open (new, quoted, confirmed)"),
            (CateringStatus.NEW, CateringStatus.QUOTED, CateringStatus.CONFIRMED),
        )
        self.status_filter.addItem(self.tr("All"), ())
        for text, status in choices(CateringStatus):
            self.status_filter.addItem(text, (status,))
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        steps = {
            "requested": self.tr("requested"),
            "quoted": self.tr("quoted"),
            "confirmed": self.tr("confirmed"),
            "completed": self.tr("completed"),
            "cancelled": self.tr("cancelled"),
        }
        self.model: RecordTableModel[RequestView] = RecordTableModel(
            [
                Column(self.tr("Request"), lambda r: r.number),
                Column(self.tr("Event"), lambda r: local_datetime(r.event_at, zone)),
                Column(self.tr("Package"), lambda r: r.package),
                Column(self.tr("Guests"), lambda r: str(r.guests), align_right=True),
                Column(self.tr("Contact"), lambda r: f"{r.contact_name} {r.contact_phone}"),
                Column(self.tr("Status"), lambda r: label(r.status)),
                Column(self.tr("Price"), self._price, align_right=True),
                Column(
                    self.tr("Handled"),
                    lambda r: "; ".join(
                        self.tr("{0} by {1}").format(steps.get(s.step, s.step), s.who)
                        for s in r.history
                    ),
                    stretch=True,
                ),
            ]
        )
        self.table = record_table(self.model)
        buttons = QHBoxLayout()
        for title, action in (
            (self.tr("&Quote…"), self.open_quote),
            (self.tr("C&onfirm"), self.confirm_selected),
            (self.tr("Co&mplete"), self.complete_selected),
            (self.tr("&Cancel…"), self.open_cancel),
        ):
            button = QPushButton(title)
            button.clicked.connect(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def _price(self, r: RequestView) -> str:
        if r.quoted_price_rwf is not None:
            return rwf(r.quoted_price_rwf)
        return self.tr("{0} (estimate)").format(rwf(r.estimate_rwf))

    def _filter_changed(self, *_args: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        statuses = self.status_filter.currentData()
        self.ctx.query(
            self,
            lambda uow, actor: catering.list_requests(uow, actor, statuses),
            self._loaded,
            purpose="requests",
        )

    def _loaded(self, requests: list[RequestView]) -> None:
        chosen = self.selected_request()
        self.model.set_records(requests)
        if chosen is not None:
            row = next((i for i, r in enumerate(requests) if r.id == chosen.id), None)
            if row is not None:
                self.table.selectRow(row)
        self.refreshed.emit()

    def selected_request(self) -> RequestView | None:
        request: RequestView | None = selected_record(self.table, self.model)
        return request

    def _chosen(self) -> RequestView | None:
        request = self.selected_request()
        if request is None:
            self.banner.show_error(self.tr("Choose a request first."))
        return request

    def open_quote(self) -> QuoteDialog | None:
        request = self._chosen()
        if request is None:
            return None
        dialog = QuoteDialog(self.ctx, request, self)
        dialog.saved.connect(self._advanced)
        dialog.open()
        return dialog

    def open_cancel(self) -> CancelRequestDialog | None:
        request = self._chosen()
        if request is None:
            return None
        dialog = CancelRequestDialog(self.ctx, request, self)
        dialog.saved.connect(self._advanced)
        dialog.open()
        return dialog

    def confirm_selected(self) -> None:
        request = self._chosen()
        if request is not None:
            self.advance(request, CateringStatus.CONFIRMED)

    def complete_selected(self) -> None:
        request = self._chosen()
        if request is not None:
            self.advance(request, CateringStatus.COMPLETED)

    def advance(self, request: RequestView, to: CateringStatus) -> None:
        self.ctx.command(
            self,
            lambda uow, actor: catering.advance(uow, actor, request.id, request.version, to),
            self._advanced,
            purpose="advance",
            on_error=self._refused,
        )

    def _advanced(self, request: RequestView) -> None:
        self.banner.show_info(
            self.tr("{0} is {1}.").format(request.number, label(request.status).lower())
        )

    def _refused(self, error: DomainError) -> None:
        """Show why, and read the list again: the request may have changed at another desk."""
        self.banner.show_error(error.message)
        self.refresh()
