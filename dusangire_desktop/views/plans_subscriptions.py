"""Meal-package subscriptions: pause, resume, cancel with a reason, charge what is due."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from ..services import subscriptions
from ..services.changes import Area
from ..services.subscriptions import SubscriptionView
from .banner import MessageBanner
from .context import ViewContext
from .formatting import local_date, rwf
from .forms import FormDialog
from .labels import label
from .operations import Operation
from .records_page import RecordsPage
from .table_model import Column


class CancelSubscriptionDialog(FormDialog):
    """Cancelling a subscription needs the reason, kept with it."""

    def __init__(
        self, ctx: ViewContext, sub: SubscriptionView, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("Cancel {0}'s {1}").format(sub.customer, sub.plan))
        self.save_button.setText(self.tr("Cancel the subscription"))
        self.sub = sub
        self.reason = self.add_field(self.tr("&Reason"), "reason", QLineEdit())

    def operation(self) -> Operation[SubscriptionView]:
        sub, reason = self.sub, self.reason.text()
        return lambda uow, actor: subscriptions.cancel(uow, actor, sub.id, sub.version, reason)


class SubscriptionsTab(RecordsPage[SubscriptionView]):
    """Every subscription, newest first, as every desk leaves it."""

    watches = frozenset({Area.SUBSCRIPTIONS, Area.CUSTOMERS})

    def __init__(self, ctx: ViewContext, banner: MessageBanner) -> None:
        super().__init__(
            ctx,
            banner,
            [
                Column(self.tr("Customer"), lambda s: s.customer),
                Column(self.tr("Plan"), lambda s: s.plan),
                Column(self.tr("Since"), lambda s: local_date(s.starts_on)),
                Column(self.tr("Status"), lambda s: label(s.status)),
                Column(self.tr("Charged so far"), lambda s: rwf(s.charged_rwf), align_right=True),
            ],
        )
        self.add_buttons(
            [
                (self.tr("&Pause"), self.pause_selected),
                (self.tr("&Resume"), self.resume_selected),
                (self.tr("&Cancel…"), self.open_cancel),
                (self.tr("C&harge due periods"), self.charge_due),
            ]
        )
        self.refresh()

    def load(self) -> Operation[list[SubscriptionView]]:
        return subscriptions.list_subscriptions

    def nothing_chosen(self) -> str:
        return self.tr("Choose a subscription first.")

    def _act(
        self, op: Operation[SubscriptionView], message: Callable[[SubscriptionView], str]
    ) -> None:
        def done(sub: SubscriptionView) -> None:
            self.banner.show_info(message(sub))

        self.ctx.command(self, op, done, purpose="change", on_error=self.refused_and_read_again)

    def pause_selected(self) -> None:
        sub = self.chosen()
        if sub is not None:
            self._act(
                lambda uow, actor: subscriptions.pause(uow, actor, sub.id, sub.version),
                lambda s: self.tr("{0}'s {1} is paused.").format(s.customer, s.plan),
            )

    def resume_selected(self) -> None:
        sub = self.chosen()
        if sub is not None:
            self._act(
                lambda uow, actor: subscriptions.resume(uow, actor, sub.id, sub.version),
                lambda s: self.tr("{0}'s {1} is running again.").format(s.customer, s.plan),
            )

    def open_cancel(self) -> CancelSubscriptionDialog | None:
        sub = self.chosen()
        if sub is None:
            return None
        dialog = CancelSubscriptionDialog(self.ctx, sub, self)
        dialog.saved.connect(self._cancelled)
        dialog.open()
        return dialog

    def _cancelled(self, sub: SubscriptionView) -> None:
        self.banner.show_info(self.tr("{0}'s {1} is cancelled.").format(sub.customer, sub.plan))

    def charge_due(self) -> None:
        as_of = self.ctx.now()
        self.ctx.command(
            self,
            lambda uow, actor: subscriptions.charge_due(uow, actor, as_of),
            self._charged,
            purpose="charge",
        )

    def _charged(self, periods: int) -> None:
        self.banner.show_info(self.tr("%n period(s) charged.", "", periods))
