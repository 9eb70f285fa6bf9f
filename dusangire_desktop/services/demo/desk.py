"""Demo catering packages and requests, meal-package plans with subscriptions and charges, and
support tickets with realistic timings."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from sqlalchemy import insert

from ...models.catering import (
    AddonPricing,
    CateringAddon,
    CateringPackage,
    CateringRequest,
    CateringStatus,
)
from ...models.staff import Role
from ...models.subscriptions import (
    BillingPeriod,
    Subscription,
    SubscriptionCharge,
    SubscriptionPause,
    SubscriptionPlan,
    SubscriptionStatus,
    TherapeuticCategory,
)
from ...models.support import (
    SupportTicket,
    TicketCategory,
    TicketComment,
    TicketEvent,
    TicketPriority,
    TicketStatus,
)
from ..catering import PackageView, package_view, price
from ..subscriptions import billable_periods
from . import DemoContext
from .names import FIRST_NAMES, SURNAMES

C = TherapeuticCategory
PACKAGES = [
    ("Conference lunch", 5000, 20, 300, 50_000, (100, 4500)),
    ("Wedding buffet", 12_000, 50, 600, 150_000, (300, 10_500)),
    ("Ward celebration", 2500, 10, 60, 0, None),
    ("Executive breakfast", 7000, 8, 80, 30_000, None),
]
PLANS = [
    ("Keto week", C.KETO, 38_000, BillingPeriod.WEEKLY, 3),
    ("Detox week", C.DETOX, 30_000, BillingPeriod.WEEKLY, 3),
    ("Diabetic-friendly month", C.DIABETIC_FRIENDLY, 125_000, BillingPeriod.MONTHLY, 3),
    ("Low-sodium month", C.LOW_SODIUM, 110_000, BillingPeriod.MONTHLY, 3),
    ("Renal care month", C.RENAL, 140_000, BillingPeriod.MONTHLY, 3),
    ("High-protein week", C.HIGH_PROTEIN, 42_000, BillingPeriod.WEEKLY, 4),
    ("Vegetarian month", C.VEGETARIAN, 95_000, BillingPeriod.MONTHLY, 3),
    ("Gluten-free week", C.GLUTEN_FREE, 36_000, BillingPeriod.WEEKLY, 3),
    ("Mother's recovery month", C.PREGNANCY, 120_000, BillingPeriod.MONTHLY, 4),
]
SUBJECTS = [
    ("Order arrived cold", TicketCategory.FOOD_QUALITY),
    ("Delivered to the wrong bed", TicketCategory.DELIVERY),
    ("Charged twice on mobile money", TicketCategory.BILLING),
    ("Missing drink in the order", TicketCategory.ORDER),
    ("Nutritionist appointment not found", TicketCategory.CONSULTATION),
    ("Catering quote question", TicketCategory.CATERING),
    ("Pause my subscription while in theatre", TicketCategory.SUBSCRIPTION),
]
# The channel mix of a hospital kitchen: the desk's orders earn about two thirds of the money,
# meal packages about a fifth and catering the rest (see tests/services/test_demo.py).
ORDERS_PER_SUBSCRIPTION = 45
ORDERS_PER_EVENT = 400
PACKAGE_WEIGHTS = [3, 1, 4, 3]
RECENT_TICKETS = 8
HOURS = {
    TicketPriority.URGENT: 1,
    TicketPriority.HIGH: 3,
    TicketPriority.MEDIUM: 6,
    TicketPriority.LOW: 12,
}


def populate(ctx: DemoContext) -> None:
    ctx.progress("catering, meal packages and support tickets")
    _catering(ctx)
    _subscriptions(ctx)
    _tickets(ctx)


def _orders_per_month(ctx: DemoContext) -> float:
    return ctx.sizes.orders / max(1, ctx.sizes.months)


def _catering(ctx: DemoContext) -> None:
    session, rng, zone = ctx.session, ctx.rng, ctx.zone
    views = []
    for name, per_person, low, high, setup, tier in PACKAGES:
        package = CateringPackage(
            name=name,
            price_per_person_rwf=per_person,
            min_guests=low,
            max_guests=high,
            setup_fee_rwf=setup,
            large_group_min_guests=tier[0] if tier else None,
            large_group_price_per_person_rwf=tier[1] if tier else None,
        )
        session.add(package)
        session.flush()
        session.add_all(
            [
                CateringAddon(
                    package_id=package.id,
                    name="Fresh juice",
                    pricing=AddonPricing.PER_PERSON,
                    price_rwf=800,
                ),
                CateringAddon(
                    package_id=package.id,
                    name="Sound system",
                    pricing=AddonPricing.FLAT,
                    price_rwf=40_000,
                ),
            ]
        )
        session.flush()
        views.append(package_view(session, package))
    today = ctx.now.astimezone(zone).date()
    # History and the coming two months; small events far more often than weddings.
    events = max(3, round(_orders_per_month(ctx) / ORDERS_PER_EVENT * (ctx.sizes.months + 2)))
    for number in range(1, events + 1):
        view: PackageView = rng.choices(views, weights=PACKAGE_WEIGHTS)[0]
        guests = rng.randint(view.min_guests, min(view.max_guests, view.min_guests * 2))
        day = today + timedelta(days=rng.randint(-30 * ctx.sizes.months, 60))
        event = datetime.combine(day, time(rng.choice([8, 12, 13, 18])), zone).astimezone(UTC)
        estimate = price(view, guests, (view.addons[0].id,) if rng.random() < 0.5 else ()).total_rwf
        past = event < ctx.now
        status = (
            rng.choice([CateringStatus.COMPLETED] * 8 + [CateringStatus.CANCELLED])
            if past
            else rng.choice([CateringStatus.NEW, CateringStatus.QUOTED, CateringStatus.CONFIRMED])
        )
        created = min(event - timedelta(days=rng.randint(3, 30)), ctx.now)
        quoted = status in (
            CateringStatus.QUOTED,
            CateringStatus.CONFIRMED,
            CateringStatus.COMPLETED,
        )
        desk = rng.choice(ctx.staff_by_role.get(Role.FRONT_DESK) or [None])
        manager = rng.choice(ctx.staff_by_role.get(Role.MANAGER) or [None])
        session.add(
            CateringRequest(
                number=f"K-{number:05d}",
                package_id=view.id,
                guests=guests,
                event_at=event,
                venue=rng.choice(["Hall B", "Main auditorium", "Maternity lounge", "Garden tent"]),
                contact_name=f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}",
                contact_phone=f"+25078{rng.randrange(10**7):07d}",
                organisation=rng.choice(
                    ["", "Rwanda Heart Foundation", "Kigali Rotary", "CHUK staff"]
                ),
                status=status,
                estimate_rwf=estimate,
                quoted_price_rwf=estimate - estimate % 1000 if quoted else None,
                created_at=created,
                created_by_id=desk,
                quoted_at=created + timedelta(days=1) if quoted else None,
                quoted_by_id=manager if quoted else None,
                confirmed_at=created + timedelta(days=2)
                if status in (CateringStatus.CONFIRMED, CateringStatus.COMPLETED)
                else None,
                confirmed_by_id=manager
                if status in (CateringStatus.CONFIRMED, CateringStatus.COMPLETED)
                else None,
                completed_at=event + timedelta(hours=5)
                if status == CateringStatus.COMPLETED
                else None,
                completed_by_id=manager if status == CateringStatus.COMPLETED else None,
                cancelled_at=created + timedelta(days=2)
                if status == CateringStatus.CANCELLED
                else None,
                cancel_reason="Event postponed" if status == CateringStatus.CANCELLED else None,
            )
        )


def _subscriptions(ctx: DemoContext) -> None:
    session, rng, zone = ctx.session, ctx.rng, ctx.zone
    plans = []
    for name, category, amount, period, meals in PLANS:
        plan = SubscriptionPlan(
            name=name,
            category=category,
            price_rwf=amount,
            billing_period=period,
            meals_per_day=meals,
            description=f"{meals} meals a day prepared for a "
            f"{category.value.replace('_', ' ')} diet",
        )
        session.add(plan)
        plans.append(plan)
    session.flush()
    today = ctx.now.astimezone(zone).date()
    charges = []
    wanted = max(4, round(_orders_per_month(ctx) / ORDERS_PER_SUBSCRIPTION))
    first_month = today.replace(day=1)
    for _ in range(ctx.sizes.months - 1):
        first_month = (first_month - timedelta(days=1)).replace(day=1)
    history = (today - first_month).days  # no package before the first order
    for customer in rng.sample(ctx.customer_ids, min(len(ctx.customer_ids), wanted)):
        plan = rng.choice(plans)
        starts = today - timedelta(days=rng.randint(0, history))
        started = datetime.combine(starts, time(7), zone).astimezone(UTC)
        roll = rng.random()
        status = (
            SubscriptionStatus.CANCELLED
            if roll < 0.3
            else SubscriptionStatus.PAUSED
            if roll < 0.4
            else SubscriptionStatus.ACTIVE
        )
        cancelled_at = None
        if status == SubscriptionStatus.CANCELLED:
            ends = starts + timedelta(days=rng.randint(7, max(8, (today - starts).days)))
            cancelled_at = min(datetime.combine(ends, time(10), zone).astimezone(UTC), ctx.now)
        sub = Subscription(
            customer_id=customer,
            plan_id=plan.id,
            status=status,
            starts_on=starts,
            started_at=started,
            cancelled_at=cancelled_at,
            cancel_reason="Discharged" if cancelled_at else None,
        )
        session.add(sub)
        session.flush()
        pauses: list[tuple[datetime, datetime | None]] = []
        if status == SubscriptionStatus.PAUSED:
            pauses.append((ctx.now - timedelta(days=rng.randint(1, 10)), None))
            session.add(
                SubscriptionPause(
                    subscription_id=sub.id, reason="In theatre", paused_at=pauses[0][0]
                )
            )
        for first, following, _begins in billable_periods(
            starts,
            started,
            plan.billing_period,
            today,
            paused=pauses,
            cancelled_at=cancelled_at,
            zone=zone,
        ):
            charges.append(
                {
                    "subscription_id": sub.id,
                    "period_start": first,
                    "period_end": following,
                    "amount_rwf": plan.price_rwf,
                    "charged_at": max(
                        datetime.combine(first, time(7), zone).astimezone(UTC), started
                    ),
                }
            )
    if charges:
        session.execute(insert(SubscriptionCharge), charges)


def _tickets(ctx: DemoContext) -> None:
    session, rng = ctx.session, ctx.rng
    nobody: list[int | None] = [None]
    agents: list[int | None] = [*ctx.staff_by_role.get(Role.SUPPORT, [])] or nobody
    desks: list[int | None] = [*ctx.staff_by_role.get(Role.FRONT_DESK, [])] or nobody
    count = 25 * ctx.sizes.months
    for number in range(1, count + 1):
        subject, category = rng.choice(SUBJECTS)
        priority = rng.choices(list(HOURS), weights=[1, 3, 5, 3])[0]
        # The newest few came in since yesterday afternoon: the queue has work in hand.
        hours = 18 if number > count - RECENT_TICKETS else 24 * 30 * ctx.sizes.months
        created = ctx.now - timedelta(hours=rng.randint(1, hours))
        agent = rng.choice(agents)
        answered = created + timedelta(minutes=rng.randint(5, 60 * HOURS[priority] * 2))
        resolved = answered + timedelta(hours=rng.randint(1, 8 * HOURS[priority]))
        status = TicketStatus.OPEN
        if resolved < ctx.now:
            status = rng.choice([TicketStatus.RESOLVED, TicketStatus.CLOSED, TicketStatus.CLOSED])
        elif answered < ctx.now:
            status = TicketStatus.IN_PROGRESS
        ticket = SupportTicket(
            number=f"T-{number:06d}",
            subject=subject,
            description=subject + ".",
            category=category,
            priority=priority,
            status=status,
            customer_id=rng.choice(ctx.customer_ids) if ctx.customer_ids else None,
            created_by_id=rng.choice(desks),
            assignee_id=agent,
            created_at=created,
            first_response_at=answered if answered < ctx.now else None,
            resolved_at=resolved
            if status in (TicketStatus.RESOLVED, TicketStatus.CLOSED)
            else None,
            closed_at=resolved + timedelta(days=1) if status == TicketStatus.CLOSED else None,
            updated_at=min(ctx.now, resolved),
        )
        session.add(ticket)
        session.flush()
        events: list[tuple[datetime, TicketStatus | None, TicketStatus]] = [
            (created, None, TicketStatus.OPEN)
        ]
        if answered < ctx.now:
            events.append((answered, TicketStatus.OPEN, TicketStatus.IN_PROGRESS))
            session.add(
                TicketComment(
                    ticket_id=ticket.id,
                    author_id=agent,
                    created_at=answered,
                    body="We are looking into it — sorry for the trouble.",
                )
            )
        if status in (TicketStatus.RESOLVED, TicketStatus.CLOSED):
            events.append((resolved, TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED))
        if status == TicketStatus.CLOSED:
            events.append(
                (resolved + timedelta(days=1), TicketStatus.RESOLVED, TicketStatus.CLOSED)
            )
        session.add_all(
            [
                TicketEvent(
                    ticket_id=ticket.id, at=at, actor_id=agent, from_status=old, to_status=new
                )
                for at, old, new in events
            ]
        )
