"""Catering packages (administrators): prices, guest limits, large-group rates and add-ons."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ..services import catering
from ..services.catering import AddonPricing, PackageInput, PackageView
from ..services.changes import Area
from .banner import MessageBanner
from .context import ViewContext
from .formatting import rwf
from .forms import FormDialog
from .labels import choices
from .operations import Operation
from .records_page import RecordsPage
from .table_model import Column


def _spin(top: int, step: int = 1) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, top)
    spin.setSingleStep(step)
    spin.setGroupSeparatorShown(True)
    return spin


def _input(package: PackageView, **changes: Any) -> PackageInput:
    """The package as it is, with `changes`: what saving one setting of it sends."""
    current = PackageInput(
        package.name,
        package.price_per_person_rwf,
        package.min_guests,
        package.max_guests,
        package.setup_fee_rwf,
        package.description,
        package.large_group_min_guests,
        package.large_group_price_per_person_rwf,
        package.is_active,
    )
    return replace(current, **changes)


class PackageDialog(FormDialog):
    """A new package."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("New catering package"))
        self.name = self.add_field(self.tr("&Name"), "name", QLineEdit())
        self.price = self.add_field(
            self.tr("&Price per person (RWF)"), "price_per_person_rwf", _spin(1_000_000, 500)
        )
        self.min_guests = self.add_field(self.tr("M&inimum guests"), "min_guests", _spin(10_000))
        self.max_guests = self.add_field(self.tr("M&aximum guests"), "max_guests", _spin(10_000))
        self.setup_fee = self.add_field(
            self.tr("&Setup fee (RWF)"), "setup_fee_rwf", _spin(10_000_000, 1000)
        )

    def operation(self) -> Operation[PackageView]:
        data = PackageInput(
            self.name.text(),
            self.price.value(),
            self.min_guests.value(),
            self.max_guests.value(),
            self.setup_fee.value(),
        )
        return lambda uow, actor: catering.save_package(uow, actor, data)


class AddonDialog(FormDialog):
    """An add-on of one package, priced per person or flat."""

    def __init__(
        self, ctx: ViewContext, package: PackageView, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("Add-on for {0}").format(package.name))
        self.package = package
        self.name = self.add_field(self.tr("&Name"), "name", QLineEdit())
        self.pricing = self.add_field(self.tr("P&ricing"), "pricing", QComboBox())
        for text, pricing in choices(AddonPricing):
            self.pricing.addItem(text, pricing)
        self.price = self.add_field(self.tr("&Price (RWF)"), "price_rwf", _spin(1_000_000, 100))

    def operation(self) -> Operation[PackageView]:
        package_id, name = self.package.id, self.name.text()
        pricing, price = self.pricing.currentData(), self.price.value()
        return lambda uow, actor: catering.save_addon(uow, actor, package_id, name, pricing, price)


class LargeGroupDialog(FormDialog):
    """The lower price per person from a number of guests on; a threshold of 0 removes it."""

    def __init__(
        self, ctx: ViewContext, package: PackageView, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("Large-group rate of {0}").format(package.name))
        self.package = package
        self.threshold = self.add_field(
            self.tr("&From how many guests (0: none)"), "large_group_min_guests", _spin(10_000)
        )
        self.price = self.add_field(
            self.tr("&Price per person (RWF)"),
            "large_group_price_per_person_rwf",
            _spin(1_000_000, 500),
        )
        self.threshold.setValue(package.large_group_min_guests or 0)
        self.price.setValue(package.large_group_price_per_person_rwf or 0)

    def operation(self) -> Operation[PackageView]:
        threshold = self.threshold.value() or None
        price = self.price.value() if threshold is not None else None
        data = _input(
            self.package, large_group_min_guests=threshold, large_group_price_per_person_rwf=price
        )
        package_id = self.package.id
        return lambda uow, actor: catering.save_package(uow, actor, data, package_id)


class PackagesTab(RecordsPage[PackageView]):
    """Every package, offered or withdrawn, with what it costs."""

    watches = frozenset({Area.CATERING})

    def __init__(self, ctx: ViewContext, banner: MessageBanner) -> None:
        yes, no = self.tr("yes"), self.tr("no")
        super().__init__(
            ctx,
            banner,
            [
                Column(self.tr("Package"), lambda p: p.name),
                Column(
                    self.tr("Per person"), lambda p: rwf(p.price_per_person_rwf), align_right=True
                ),
                Column(self.tr("Guests"), lambda p: f"{p.min_guests}–{p.max_guests}"),
                Column(self.tr("Setup"), lambda p: rwf(p.setup_fee_rwf), align_right=True),
                Column(self.tr("Large groups"), self._tier),
                Column(
                    self.tr("Add-ons"), lambda p: ", ".join(a.name for a in p.addons), stretch=True
                ),
                Column(self.tr("Active"), lambda p: yes if p.is_active else no),
            ],
        )
        self.add_buttons(
            [
                (self.tr("Add &package…"), self.open_new),
                (self.tr("Add add-&on to selected…"), self.open_addon),
                (self.tr("Large-group &rate of selected…"), self.open_tier),
                (self.tr("Offer / &withdraw selected"), self.toggle_selected),
            ]
        )
        self.refresh()

    def _tier(self, p: PackageView) -> str:
        if not p.large_group_min_guests:
            return ""
        return self.tr("from {0}: {1}").format(
            p.large_group_min_guests, rwf(p.large_group_price_per_person_rwf)
        )

    def load(self) -> Operation[list[PackageView]]:
        return lambda uow, actor: catering.list_packages(uow, actor, include_inactive=True)

    def selected_package(self) -> PackageView | None:
        return self.chosen()

    def nothing_chosen(self) -> str:
        return self.tr("Choose a package first.")

    def _saved(self, package: PackageView) -> None:
        self.banner.show_info(self.tr("{0} saved.").format(package.name))

    def _open(self, dialog: FormDialog) -> FormDialog:
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def open_new(self) -> FormDialog:
        return self._open(PackageDialog(self.ctx, self))

    def open_addon(self) -> FormDialog | None:
        package = self.selected_package()
        return None if package is None else self._open(AddonDialog(self.ctx, package, self))

    def open_tier(self) -> FormDialog | None:
        package = self.selected_package()
        return None if package is None else self._open(LargeGroupDialog(self.ctx, package, self))

    def toggle_selected(self) -> None:
        package = self.selected_package()
        if package is None:
            return
        data = _input(package, is_active=not package.is_active)
        self.ctx.command(
            self,
            lambda uow, actor: catering.save_package(uow, actor, data, package.id),
            self._saved,
            purpose="toggle",
        )
