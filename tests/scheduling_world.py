"""Dr. Uwimana's consulting week and the people around her (fixtures and helpers)."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from dusangire_desktop.models.staff import Role, Staff
from dusangire_desktop.services.auth import Actor
from dusangire_desktop.services.scheduling import availability, consultations
from dusangire_desktop.services.scheduling.common import ConsultationView, Interval

from .conftest import KIGALI

DESK = Actor(None, "desk", "Claudine Mukamana", Role.FRONT_DESK)


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=KIGALI).astimezone(UTC)


def add_staff(uow_factory, role: Role, username: str, name: str) -> Actor:
    with uow_factory() as uow:
        staff = Staff(username=username, full_name=name, role=role, password_hash="x")
        uow.session.add(staff)
        uow.commit()
        return Actor.from_staff(staff)


@pytest.fixture
def uwimana(uow_factory, admin) -> int:
    """Tuesdays 08:00-12:00 and 14:00-16:00, Wednesdays 08:00-10:00; 5,000 RWF a consultation."""
    her = add_staff(uow_factory, Role.NUTRITIONIST, "dr.uwimana", "Dr. Solange Uwimana")
    availability.set_weekly_availability(
        uow_factory(),
        admin,
        her.staff_id,
        [
            Interval(1, time(8), time(12)),
            Interval(1, time(14), time(16)),
            Interval(2, time(8), time(10)),
        ],
        fee_rwf=5000,
    )
    return her.staff_id


def book(uow_factory, who, customer, *at, actor=DESK) -> ConsultationView:
    return consultations.book(
        uow_factory(), actor, nutritionist_id=who, customer_id=customer, starts_at=local(*at)
    )


def staff_actor(uow_factory, staff_id: int) -> Actor:
    with uow_factory() as uow:
        return Actor.from_staff(uow.session.get(Staff, staff_id))


@pytest.fixture
def people(uow_factory, admin, uwimana) -> dict[str, Actor]:
    """Dr. Uwimana herself, a colleague nutritionist, and each of the other roles."""
    return {
        "her": staff_actor(uow_factory, uwimana),
        "colleague": add_staff(uow_factory, Role.NUTRITIONIST, "dr.keza", "Dr. Keza Ingabire"),
        "front desk": add_staff(uow_factory, Role.FRONT_DESK, "desk.claudine", "Claudine Mukamana"),
        "manager": add_staff(uow_factory, Role.MANAGER, "mgr.jean", "Jean Mugisha"),
        "support": add_staff(uow_factory, Role.SUPPORT, "sup.alice", "Alice Uwase"),
        "admin": admin,
    }
