"""Shifts at a desk: one open per desk, cash only within one, moved in and out with reasons."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from dusangire_desktop.models.audit import AuditEvent
from dusangire_desktop.models.orders import Payment
from dusangire_desktop.services import orders
from dusangire_desktop.services.errors import ValidationError
from dusangire_desktop.services.orders import PaymentMethod, RefundInput
from dusangire_desktop.services.till import closing, shifts
from dusangire_desktop.services.till.shifts import CashMovementKind, ShiftAlreadyOpen

from ...races import race
from ...till_world import cash, momo


def test_a_desk_opens_one_shift_with_its_counted_float(another_desk, admin, kitchen):
    state = shifts.desk_state(another_desk(), admin)
    assert (state.desk, state.shift, state.suggested_float_rwf) == ("Desk 2", None, 0)
    opened = shifts.open_shift(another_desk(), admin, 30_000)
    assert (opened.desk, opened.opening_float_rwf, opened.opened_by) == (
        "Desk 2",
        30_000,
        "Aline Uwase",
    )
    with pytest.raises(ShiftAlreadyOpen, match="Desk 2 already has a shift opened by Aline Uwase"):
        shifts.open_shift(another_desk(), admin, 10_000)
    assert shifts.desk_state(another_desk(), admin).shift == opened


def test_the_last_closing_count_is_offered_as_the_next_float(another_desk, admin, kitchen):
    opened = shifts.open_shift(another_desk(), admin, 10_000)
    closing.submit_count(another_desk(), admin, opened.id, opened.version, {5000: 2, 500: 1})
    assert shifts.desk_state(another_desk(), admin).suggested_float_rwf == 10_500


def test_a_float_must_be_whole_francs(another_desk, admin, kitchen):
    for bad in (-5, 100.5, "5000"):
        with pytest.raises(ValidationError) as refused:
            shifts.open_shift(another_desk(), admin, bad)
        assert refused.value.field == "opening_float"


def test_cash_without_an_open_shift_is_refused_and_nothing_is_saved(
    another_desk, admin, kitchen, sell
):
    with pytest.raises(ValidationError, match="Desk 2 has no open shift") as refused:
        sell(cash(5000), factory=another_desk)
    assert refused.value.field == "payment_method"
    assert orders.list_orders(another_desk(), admin).orders == []
    # Mobile money moves no cash: it is taken, outside any shift.
    assert sell(momo(), factory=another_desk).summary.total_rwf == 3500


def test_cash_given_back_needs_an_open_shift_too(another_desk, uow_factory, admin, kitchen, sell):
    sold = sell(cash(5000))
    with pytest.raises(ValidationError, match="Cannot give cash back: Desk 2 has no open shift"):
        orders.refund(
            another_desk(),
            admin,
            sold.summary.id,
            sold.summary.version,
            "Cold meal",
            RefundInput(PaymentMethod.CASH),
        )
    refunded = orders.refund(
        uow_factory(),
        admin,
        sold.summary.id,
        sold.summary.version,
        "Cold meal",
        RefundInput(PaymentMethod.CASH),
    )
    assert refunded.status == "refunded"


def test_every_payment_belongs_to_the_desks_open_shift(uow_factory, admin, kitchen, sell):
    state = shifts.desk_state(uow_factory(), admin)
    sell(cash(5000))
    sell(momo())
    with uow_factory() as uow:
        assert set(uow.session.scalars(select(Payment.shift_id))) == {state.shift.id}


def test_a_counted_shift_waiting_for_approval_takes_no_cash(another_desk, admin, kitchen, sell):
    opened = shifts.open_shift(another_desk(), admin, 10_000)
    result = closing.submit_count(another_desk(), admin, opened.id, opened.version, {5000: 1})
    assert result.needs_approval
    with pytest.raises(ValidationError, match="waiting for a manager's approval"):
        sell(cash(5000), factory=another_desk)


def test_cash_moves_in_and_out_with_a_reason_and_never_below_an_empty_drawer(
    another_desk, admin, kitchen
):
    opened = shifts.open_shift(another_desk(), admin, 10_000)
    shifts.move_cash(another_desk(), admin, CashMovementKind.PAID_IN, 2_000, "Change from bank")
    shifts.move_cash(another_desk(), admin, CashMovementKind.PAID_OUT, 1_500, "Charcoal bought")
    shifts.move_cash(another_desk(), admin, CashMovementKind.DROP, 5_000, "Drop to the safe")
    with pytest.raises(ValidationError, match="should hold 5,500 RWF") as refused:
        shifts.move_cash(another_desk(), admin, CashMovementKind.DROP, 6_000, "Drop to the safe")
    assert refused.value.field == "amount"
    with pytest.raises(ValidationError, match="Say why") as refused:
        shifts.move_cash(another_desk(), admin, CashMovementKind.PAID_OUT, 100, " ")
    with another_desk() as uow:
        actions = list(
            uow.session.scalars(
                select(AuditEvent.action)
                .where(AuditEvent.entity == "shift", AuditEvent.entity_id == str(opened.id))
                .order_by(AuditEvent.id)
            )
        )
    assert actions == ["shift_opened", "cash_paid_in", "cash_paid_out", "cash_drop"]


@pytest.mark.postgres_only
def test_two_people_opening_a_shift_at_one_desk_at_once_one_wins(pg_uow_factory, pg_engine):
    from dusangire_desktop.services import accounts

    admin = accounts.create_first_administrator(
        pg_uow_factory(), "admin", "Aline Uwase", "Kigali-boss-2026"
    )
    outcomes = race(
        lambda amount: shifts.open_shift(pg_uow_factory(), admin, amount),
        [10_000, 20_000, 30_000, 40_000],
    )
    assert sum(o.ok for o in outcomes) == 1
    assert all(isinstance(o.error, ShiftAlreadyOpen) for o in outcomes if not o.ok)
    state = shifts.desk_state(pg_uow_factory(), admin)
    assert state.shift is not None
    assert (
        state.shift.opening_float_rwf == next(o.value for o in outcomes if o.ok).opening_float_rwf
    )
