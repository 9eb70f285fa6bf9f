"""Every write of the desk services records what it changed, under the right area, with the ids a
screen showing that area knows the records by."""

from __future__ import annotations

from datetime import UTC, date, datetime

from dusangire_desktop.services import catering, corporate, subscriptions, support
from dusangire_desktop.services.catering import CateringStatus, PackageInput, RequestInput
from dusangire_desktop.services.changes import Area, changes_after
from dusangire_desktop.services.corporate import Billing, ContractInput, ContractStatus
from dusangire_desktop.services.subscriptions import BillingPeriod, PlanInput, TherapeuticCategory
from dusangire_desktop.services.support import TicketCategory, TicketPriority, TicketStatus

from ..ordering_world import kitchen  # noqa: F401


def recorded(uow_factory, write):  # type: ignore[no-untyped-def]
    """What `write(uow)` recorded as committed, and what any other desk reads back."""
    uow = uow_factory()
    before = changes_after(uow_factory(), 0)
    result = write(uow)
    after = changes_after(uow_factory(), before[-1].id if before else 0)
    mine = {(c.area, c.ids) for c in uow.committed}
    assert {(c.area, c.ids) for c in after} == mine
    return result, mine


def test_a_catering_request_is_recorded_by_its_id(uow_factory, admin):
    package, changes = recorded(
        uow_factory,
        lambda uow: catering.save_package(uow, admin, PackageInput("Lunch", 5000, 10, 100)),
    )
    assert changes == {(Area.CATERING, frozenset())}
    data = RequestInput(package.id, 20, datetime(2026, 3, 20, 10, tzinfo=UTC), "Hall B", "Aline",
                        "0788555000")  # fmt: skip
    request, changes = recorded(uow_factory, lambda uow: catering.create_request(uow, admin, data))
    assert changes == {(Area.CATERING, frozenset({request.id}))}
    _, changes = recorded(
        uow_factory,
        lambda uow: catering.advance(
            uow, admin, request.id, request.version, CateringStatus.QUOTED
        ),
    )
    assert changes == {(Area.CATERING, frozenset({request.id}))}


def test_a_subscription_is_recorded_by_its_id(uow_factory, admin, kitchen):  # noqa: F811
    plan, changes = recorded(
        uow_factory,
        lambda uow: subscriptions.save_plan(
            uow,
            admin,
            PlanInput("Keto week", TherapeuticCategory.KETO, 35_000, BillingPeriod.WEEKLY, 3),
        ),
    )
    assert changes == {(Area.SUBSCRIPTIONS, frozenset())}
    sub, changes = recorded(
        uow_factory,
        lambda uow: subscriptions.subscribe(uow, admin, kitchen.patient, plan.id, date(2026, 3, 3)),
    )
    assert changes == {(Area.SUBSCRIPTIONS, frozenset({sub.id}))}
    charged, changes = recorded(
        uow_factory,
        lambda uow: subscriptions.charge_due(uow, admin, datetime(2026, 3, 4, tzinfo=UTC)),
    )
    assert charged == 1 and changes == {(Area.SUBSCRIPTIONS, frozenset({sub.id}))}
    nothing, changes = recorded(
        uow_factory,
        lambda uow: subscriptions.charge_due(uow, admin, datetime(2026, 3, 4, tzinfo=UTC)),
    )
    assert nothing == 0 and changes == set()
    _, changes = recorded(
        uow_factory, lambda uow: subscriptions.pause(uow, admin, sub.id, sub.version)
    )
    assert changes == {(Area.SUBSCRIPTIONS, frozenset({sub.id}))}


def test_a_ticket_is_recorded_by_its_id(uow_factory, admin):
    ticket, changes = recorded(
        uow_factory,
        lambda uow: support.create_ticket(
            uow,
            admin,
            subject="Cold lunch",
            description="",
            category=TicketCategory.DELIVERY,
            priority=TicketPriority.HIGH,
        ),
    )
    assert changes == {(Area.TICKETS, frozenset({ticket.id}))}
    _, changes = recorded(
        uow_factory,
        lambda uow: support.move(uow, admin, ticket.id, ticket.version, TicketStatus.IN_PROGRESS),
    )
    assert changes == {(Area.TICKETS, frozenset({ticket.id}))}
    _, changes = recorded(
        uow_factory, lambda uow: support.comment(uow, admin, ticket.id, "On its way")
    )
    assert changes == {(Area.TICKETS, frozenset({ticket.id}))}


def test_corporate_changes_are_recorded_by_the_partner(uow_factory, admin):
    partner, changes = recorded(
        uow_factory, lambda uow: corporate.save_partner(uow, admin, name="MTN Rwanda")
    )
    assert changes == {(Area.CORPORATE, frozenset({partner.id}))}
    data = ContractInput("MTN-26", date(2026, 1, 1), date(2026, 12, 31), "10", 20_000,
                         Billing.COMPANY_INVOICE, ContractStatus.ACTIVE)  # fmt: skip
    _, changes = recorded(
        uow_factory, lambda uow: corporate.save_contract(uow, admin, partner.id, data)
    )
    assert changes == {(Area.CORPORATE, frozenset({partner.id}))}
    employee, changes = recorded(
        uow_factory,
        lambda uow: corporate.enrol_employee(
            uow, admin, partner.id, "M-1", "Aline Uwase", "0788000001"
        ),
    )
    assert changes == {
        (Area.CORPORATE, frozenset({partner.id})),
        (Area.CUSTOMERS, frozenset({employee.customer_id})),
    }
    _, changes = recorded(
        uow_factory, lambda uow: corporate.set_employee_active(uow, admin, employee.id, False)
    )
    assert changes == {(Area.CORPORATE, frozenset({partner.id}))}
