"""The till's world: a second desk, a manager, and selling at a desk (fixtures and helpers)."""

from __future__ import annotations

import itertools

import pytest

from dusangire_desktop.services import accounts, auth, orders
from dusangire_desktop.services.accounts import Role
from dusangire_desktop.services.orders import (
    DeliveryInput,
    Fulfilment,
    MobileProvider,
    PaymentInput,
    PaymentMethod,
)
from dusangire_desktop.services.pricing import LineRequest
from dusangire_desktop.services.uow import UnitOfWorkFactory

PICKUP = DeliveryInput(Fulfilment.PICKUP)
TRANSACTION_IDS = itertools.count(17818959211)


def cash(tendered: int) -> PaymentInput:
    return PaymentInput(PaymentMethod.CASH, tendered_rwf=tendered)


def momo(
    provider: MobileProvider = MobileProvider.MTN_MOMO, txid: str = "", number: str = "0788123456"
) -> PaymentInput:
    if not txid:
        txid = (
            str(next(TRANSACTION_IDS))
            if provider == MobileProvider.MTN_MOMO
            else (f"MP{next(TRANSACTION_IDS)}")
        )
    return PaymentInput(
        PaymentMethod.MOBILE_MONEY, reference=txid, provider=provider, payer_number=number
    )


@pytest.fixture
def another_desk(uow_factory) -> UnitOfWorkFactory:
    """The same database seen from a second workstation, "Desk 2"."""
    return UnitOfWorkFactory(
        uow_factory.session_factory,
        description="desk 2",
        clock=uow_factory.clock,
        zone=uow_factory.zone,
        desk="Desk 2",
    )


@pytest.fixture
def manager(uow_factory, admin) -> auth.Actor:
    accounts.create_staff(
        uow_factory(),
        admin,
        username="m.uwimana",
        full_name="Marie Uwimana",
        role=Role.MANAGER,
        password="Temporary-2026",
    )
    first = auth.sign_in(uow_factory(), "m.uwimana", "Temporary-2026")
    accounts.change_own_password(uow_factory(), first, "Temporary-2026", "Manager-desk-42")
    return auth.sign_in(uow_factory(), "m.uwimana", "Manager-desk-42")


@pytest.fixture
def sell(uow_factory, admin, kitchen):
    """Place an order at a desk: `sell(payment, isombe=1, juice=0, ...)`."""

    def make(
        payment, *, isombe=1, juice=0, customer=None, factory=None, actor=None, customer_tin=""
    ):
        lines = [LineRequest(kitchen.isombe, isombe)] if isombe else []
        if juice:
            lines.append(LineRequest(kitchen.juice, juice))
        return orders.place_order(
            (factory or uow_factory)(),
            actor or admin,
            customer_id=customer or kitchen.visitor,
            lines=lines,
            payment=payment,
            delivery=PICKUP,
            customer_tin=customer_tin,
        )

    return make
