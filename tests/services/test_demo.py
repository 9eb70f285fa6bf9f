"""Demo data is realistic, deterministic and only goes into a new database."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from dusangire_desktop.models.customers import Customer, CustomerKind
from dusangire_desktop.services import auth, demo

SMALL = demo.DemoSizes(customers=150, orders=300, months=2)


def _customers(uow_factory):
    with uow_factory() as uow:
        return [(c.reference, c.kind, c.full_name, c.phone, c.ward, c.bed)
                for c in uow.session.scalars(select(Customer).order_by(Customer.id))]  # fmt: skip


def test_same_seed_same_hospital(uow_factory, engine, tmp_path):
    from dusangire_desktop import db
    from dusangire_desktop.models import metadata
    from dusangire_desktop.services.uow import UnitOfWorkFactory

    actor = auth.command_line_actor("test")
    demo.generate(uow_factory(), actor, seed=11, sizes=SMALL)
    other_engine = db.make_engine(f"sqlite:///{tmp_path / 'other.sqlite'}")
    metadata.create_all(other_engine)
    other = UnitOfWorkFactory(db.make_session_factory(other_engine), description="other",
                              clock=uow_factory.clock, zone=uow_factory.zone)  # fmt: skip
    demo.generate(other(), actor, seed=11, sizes=SMALL)
    assert _customers(uow_factory) == _customers(other)


def test_demo_people_look_like_a_rwandan_hospital(uow_factory):
    summary = demo.generate(uow_factory(), auth.command_line_actor("test"), sizes=SMALL)
    customers = _customers(uow_factory)
    assert summary.counts["customers"] == 150
    patients = [c for c in customers if c[1] == CustomerKind.PATIENT]
    assert patients and all(ward and bed for _r, _k, _n, _p, ward, bed in patients)
    phones = [c[3] for c in customers if c[3]]
    assert all(p.startswith("+2507") and len(p) == 13 for p in phones)
    admin = auth.sign_in(uow_factory(), "admin", demo.DEMO_PASSWORD)
    assert admin.role == auth.Role.ADMIN


def test_demo_orders_are_priced_as_the_desk_would_price_them(uow_factory):
    from sqlalchemy import func

    from dusangire_desktop.models.orders import Order
    from dusangire_desktop.services import pricing

    demo.generate(uow_factory(), auth.command_line_actor("test"), sizes=SMALL)
    with uow_factory() as uow:
        sample = uow.session.scalars(
            select(Order).where(Order.contract_id.is_(None)).order_by(Order.id).limit(40)
        ).all()
        assert sample
        for order in sample:
            quote = pricing.calculate(
                uow.session,
                customer_id=order.customer_id,
                moment=order.placed_at,
                zone=uow.zone,
                lines=[pricing.LineRequest(li.menu_item_id, li.quantity) for li in order.lines],
            )
            assert (quote.subtotal_rwf, quote.discount_rwf, quote.total_rwf) == (
                order.subtotal_rwf,
                order.discount_rwf,
                order.total_rwf,
            )
        # Today's ward trays (services/demo/food_service.py) come on top of the order history.
        from dusangire_desktop.models.food_service import Tray

        history = select(Order).where(Order.id.not_in(select(Tray.order_id)))
        assert uow.session.scalar(select(func.count()).select_from(history.subquery())) == (
            SMALL.orders
        )


def test_demo_catering_subscriptions_and_tickets_agree_with_the_services(uow_factory, clock):
    from dusangire_desktop.services import catering, subscriptions, support

    actor = auth.command_line_actor("test")
    summary = demo.generate(uow_factory(), actor, sizes=SMALL)
    assert summary.counts["catering_requests"] and summary.counts["support_tickets"]
    assert subscriptions.charge_due(uow_factory(), actor, clock.now) == 0
    for request in catering.list_requests(uow_factory(), actor)[:10]:
        if request.quoted_price_rwf is not None:
            assert request.quoted_price_rwf <= request.estimate_rwf
    assert support.queue(uow_factory(), actor)


def test_demo_payments_say_where_every_franc_went(uow_factory):
    from dusangire_desktop.models.orders import Order, OrderStatus

    from ..money_checks import payment_problems

    demo.generate(uow_factory(), auth.command_line_actor("test"), seed=3, sizes=SMALL)
    with uow_factory() as uow:
        statuses = set(uow.session.scalars(select(Order.status)))
        assert {OrderStatus.CANCELLED, OrderStatus.REFUNDED} <= statuses
        assert payment_problems(uow.session) == []


def test_demo_orders_go_to_ward_beds_or_the_counter_as_the_desk_allows(uow_factory):
    from dusangire_desktop.models.food_service import Tray
    from dusangire_desktop.models.orders import Fulfilment, Order, OrderStatus

    # A busy first morning of the month: enough of today's orders to be under way.
    sizes = demo.DemoSizes(customers=150, orders=1500, months=1)
    demo.generate(uow_factory(), auth.command_line_actor("test"), seed=5, sizes=sizes)
    with uow_factory() as uow:
        rows = uow.session.execute(
            select(Order.fulfilment, Order.status, Order.ward, Order.bed, Customer.kind,
                   Customer.ward, Customer.bed).join(Customer)
            # Today's ward trays go to the bed of the patient's stay (test_demo_wards.py).
            .where(Order.id.not_in(select(Tray.order_id)))
        ).all()  # fmt: skip
    deliveries = [r for r in rows if r[0] == Fulfilment.DELIVERY]
    pickups = [r for r in rows if r[0] == Fulfilment.PICKUP]
    assert 0.25 < len(deliveries) / len(rows) < 0.6
    assert all(kind == CustomerKind.PATIENT and (ward, bed) == (c_ward, c_bed) and ward and bed
               for _f, _s, ward, bed, kind, c_ward, c_bed in deliveries)  # fmt: skip
    assert all(ward is None and bed is None for _f, _s, ward, bed, *_c in pickups)
    assert any(kind == CustomerKind.PATIENT for *_o, kind, _w, _b in pickups)
    assert {s for _f, s, *_r in deliveries} >= {OrderStatus.OUT_FOR_DELIVERY, OrderStatus.DELIVERED}
    assert OrderStatus.OUT_FOR_DELIVERY not in {s for _f, s, *_r in pickups}


def test_demo_money_comes_mostly_from_orders_and_targets_sit_near_it(uow_factory, clock):
    from datetime import UTC, date, datetime, time

    from dusangire_desktop.services.analytics.bi import revenue_by_channel, target_for

    sizes = demo.DemoSizes(customers=300, orders=3000, months=3)
    demo.generate(uow_factory(), auth.command_line_actor("test"), seed=2, sizes=sizes)
    zone = uow_factory.zone
    with uow_factory() as uow:
        for first, following in ((date(2026, 1, 1), date(2026, 2, 1)),
                                 (date(2026, 2, 1), date(2026, 3, 1))):  # fmt: skip
            start, end = (datetime.combine(d, time(0), zone).astimezone(UTC)
                          for d in (first, following))  # fmt: skip
            revenue = revenue_by_channel(uow.session, start, end)
            orders = revenue.orders + revenue.corporate
            assert 0.55 < orders / revenue.total < 0.9, revenue
            assert 0.05 < revenue.subscriptions / revenue.total < 0.35, revenue
            assert revenue.corporate > 0
            target = target_for(uow.session, first, following)
            assert target is not None and 0.85 < target / revenue.total < 1.15, (target, revenue)
        this_month = target_for(uow.session, date(2026, 3, 1), date(2026, 4, 1))
        # Not earned yet: set from last month's revenue with a little growth.
        assert this_month is not None and 0.97 < this_month / revenue.total < 1.1


def test_demo_data_reports_progress_and_cancelling_saves_nothing(uow_factory):
    from dusangire_desktop.services.progress import Cancelled

    actor = auth.command_line_actor("test")

    def cancel_in_the_orders(step):
        if "orders written" in step.message:
            raise Cancelled("Loading the demo data")

    with pytest.raises(Cancelled, match="nothing was saved"):
        demo.generate(uow_factory(), actor, sizes=SMALL, progress=cancel_in_the_orders)
    assert _customers(uow_factory) == []
    steps = []
    demo.generate(uow_factory(), actor, sizes=SMALL, progress=steps.append)
    done = [s.done for s in steps]
    assert done == sorted(done) and done[0] == 0.0 and done[-1] == 1.0
    assert "300 of 300 orders written" in [str(s) for s in steps]  # a Step prints as its words


def test_demo_orders_take_minutes_to_deliver_and_some_are_late(uow_factory, clock):
    from dusangire_desktop.models.food_service import Tray
    from dusangire_desktop.models.orders import Order, OrderStatus
    from dusangire_desktop.services import targets
    from dusangire_desktop.services.analytics import operations

    # Wed 18 Mar, 13:00 in Kigali: a morning's orders, breakfast trays served, lunch on its way.
    clock.set_local(2026, 3, 18, 13, 0)
    sizes = demo.DemoSizes(customers=150, orders=1500, months=1)
    actor = auth.command_line_actor("test")
    demo.generate(uow_factory(), actor, seed=4, sizes=sizes)
    admin = auth.sign_in(uow_factory(), "admin", demo.DEMO_PASSWORD)
    a = operations.activity_today(uow_factory(), admin, clock.now)
    with uow_factory() as uow:
        midnight = operations.local_midnight_utc(clock.now.astimezone(uow.zone).date(), uow.zone)
        today = uow.session.execute(
            select(Order.status, Order.fulfilment, Order.placed_at, Order.status_changed_at)
            .where(Order.placed_at >= midnight, Order.id.not_in(select(Tray.order_id)))
        ).all()  # fmt: skip
    assert a.delivered >= 10 and a.mean_minutes_to_deliver is not None
    assert 20 <= a.mean_minutes_to_deliver <= 90
    # The floor is busy: some still cooking or on the way, most handed over.
    assert {s for s, *_r in today} >= {OrderStatus.PREPARING, OrderStatus.DELIVERED}
    late = [
        targets.is_late(status, fulfilment, placed, clock.now)
        or (status == OrderStatus.DELIVERED and changed - placed > targets.target_for(fulfilment))
        for status, fulfilment, placed, changed in today
    ]
    assert 0 < sum(late) < len(late) / 3
    assert a.late < len(today) / 3
