"""Catering requests and their life: quote, confirm, complete, or cancel with a reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ..services import catering
from ..services.catering import CateringStatus, RequestView
from ..services.changes import Area
from .banner import MessageBanner
from .context import ViewContext
from .formatting import local_datetime, rwf
from .forms import FormDialog
from .labels import choices, label
from .operations import Operation
from .records_page import RecordsPage
from .table_model import Column


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


class RequestsTab(RecordsPage[RequestView]):
    """The requests, by event time, filtered by status; every desk's changes show at once."""

    watches = frozenset({Area.CATERING})

    def __init__(self, ctx: ViewContext, banner: MessageBanner) -> None:
        zone = ctx.zone
        self.status_filter = QComboBox()
        self.status_filter.addItem(
            self.tr("Open (new, quoted, confirmed)"),
            (CateringStatus.NEW, CateringStatus.QUOTED, CateringStatus.CONFIRMED),
        )
        self.status_filter.addItem(self.tr("All"), ())
        for text, status in choices(CateringStatus):
            self.status_filter.addItem(text, (status,))
        steps = {
            "requested": self.tr("requested"),
            "quoted": self.tr("quoted"),
            "confirmed": self.tr("confirmed"),
            "completed": self.tr("completed"),
            "cancelled": self.tr("cancelled"),
        }
        super().__init__(
            ctx,
            banner,
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
            ],
            above=self.status_filter,
        )
        self.add_buttons(
            [
                (self.tr("&Quote…"), self.open_quote),
                (self.tr("C&onfirm"), self.confirm_selected),
                (self.tr("Co&mplete"), self.complete_selected),
                (self.tr("&Cancel…"), self.open_cancel),
            ]
        )
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        self.refresh()

    def _price(self, r: RequestView) -> str:
        if r.quoted_price_rwf is not None:
            return rwf(r.quoted_price_rwf)
        return self.tr("{0} (estimate)").format(rwf(r.estimate_rwf))

    def _filter_changed(self, *_args: object) -> None:
        self.refresh()

    def load(self) -> Operation[list[RequestView]]:
        statuses = self.status_filter.currentData()
        return lambda uow, actor: catering.list_requests(uow, actor, statuses)

    def selected_request(self) -> RequestView | None:
        return self.selected()

    def nothing_chosen(self) -> str:
        return self.tr("Choose a request first.")

    def open_quote(self) -> QuoteDialog | None:
        request = self.chosen()
        if request is None:
            return None
        dialog = QuoteDialog(self.ctx, request, self)
        dialog.saved.connect(self._advanced)
        dialog.open()
        return dialog

    def open_cancel(self) -> CancelRequestDialog | None:
        request = self.chosen()
        if request is None:
            return None
        dialog = CancelRequestDialog(self.ctx, request, self)
        dialog.saved.connect(self._advanced)
        dialog.open()
        return dialog

    def confirm_selected(self) -> None:
        request = self.chosen()
        if request is not None:
            self.advance(request, CateringStatus.CONFIRMED)

    def complete_selected(self) -> None:
        request = self.chosen()
        if request is not None:
            self.advance(request, CateringStatus.COMPLETED)

    def advance(self, request: RequestView, to: CateringStatus) -> None:
        self.ctx.command(
            self,
            lambda uow, actor: catering.advance(uow, actor, request.id, request.version, to),
            self._advanced,
            purpose="advance",
            on_error=self.refused_and_read_again,
        )

    def _advanced(self, request: RequestView) -> None:
        self.banner.show_info(
            self.tr("{0} is {1}.").format(request.number, label(request.status).lower())
        )
