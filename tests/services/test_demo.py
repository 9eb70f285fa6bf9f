"""Demo data is realistic, deterministic and only goes into a new database."""

from __future__ import annotations

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
