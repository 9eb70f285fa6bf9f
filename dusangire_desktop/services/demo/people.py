"""Demo staff for every role, and customers: patients at ward beds, visitors, staff, guests."""

from __future__ import annotations

from sqlalchemy import insert, select

from ...models.customers import Customer, CustomerAllergy, CustomerKind
from ...models.menu import Allergen
from ...models.staff import Role, Staff
from ..auth import hash_password
from ..messages import QT_TRANSLATE_NOOP
from . import DEMO_PASSWORD, DemoContext
from .names import FIRST_NAMES, SURNAMES, WARDS

DEMO_STAFF = [
    ("admin", "Aline Uwase", Role.ADMIN),
    ("manager", "Patrick Habimana", Role.MANAGER),
    ("desk.mukamana", "Claudine Mukamana", Role.FRONT_DESK),
    ("desk.niyonzima", "Eric Niyonzima", Role.FRONT_DESK),
    ("desk.ingabire", "Divine Ingabire", Role.FRONT_DESK),
    ("dr.uwimana", "Dr. Solange Uwimana", Role.NUTRITIONIST),
    ("dr.kamanzi", "Dr. Olivier Kamanzi", Role.NUTRITIONIST),
    ("dr.mutesi", "Dr. Grace Mutesi", Role.NUTRITIONIST),
    ("dr.gasana", "Dr. Yves Gasana", Role.NUTRITIONIST),
    ("support.uwera", "Josiane Uwera", Role.SUPPORT),
    ("support.rukundo", "Fabrice Rukundo", Role.SUPPORT),
    ("support.ishimwe", "Clarisse Ishimwe", Role.SUPPORT),
]
DEMO_USERNAMES = [username for username, _name, _role in DEMO_STAFF]
KIND_WEIGHTS = [
    (CustomerKind.PATIENT, 45), (CustomerKind.VISITOR, 30),
    (CustomerKind.STAFF, 15), (CustomerKind.EXTERNAL, 10),
]  # fmt: skip


def _phone(rng) -> str:  # type: ignore[no-untyped-def]
    return f"+2507{rng.choice('2389')}{rng.randrange(10**7):07d}"


def populate(ctx: DemoContext) -> None:
    ctx.progress(QT_TRANSLATE_NOOP("errors", "staff accounts"))
    taken = set(ctx.session.scalars(select(Staff.username)))
    # One hash for the one published demo password: at the production cost each takes ~0.3 s.
    demo_hash = hash_password(DEMO_PASSWORD)
    for username, full_name, role in DEMO_STAFF:
        if username in taken:
            continue
        staff = Staff(username=username, full_name=full_name, role=role,
                      password_hash=demo_hash, created_at=ctx.now)  # fmt: skip
        ctx.session.add(staff)
    ctx.session.flush()
    for role in Role:
        ctx.staff_by_role[role] = list(
            ctx.session.scalars(select(Staff.id).where(Staff.role == role).order_by(Staff.id))
        )

    ctx.progress(QT_TRANSLATE_NOOP("errors", "customers"))
    rng = ctx.rng
    kinds = [k for k, _w in KIND_WEIGHTS]
    weights = [w for _k, w in KIND_WEIGHTS]
    rows = []
    for number in range(1, ctx.sizes.customers + 1):
        kind = rng.choices(kinds, weights)[0]
        patient = kind == CustomerKind.PATIENT
        rows.append({
            "reference": f"C-{number:06d}",
            "kind": kind,
            "full_name": f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}",
            "phone": _phone(rng) if not patient or rng.random() < 0.6 else None,
            "email": None,
            "ward": rng.choice(WARDS) if patient else None,
            "bed": f"{rng.randint(1, 40)}{rng.choice('AB')}" if patient else None,
            "diet_notes": "",
            "is_active": True,
            "created_at": ctx.now,
        })  # fmt: skip
    if rows:
        ctx.session.execute(insert(Customer), rows)
    ctx.customer_ids = list(ctx.session.scalars(select(Customer.id).order_by(Customer.id)))

    allergy_rows = []
    common = [Allergen.PEANUTS, Allergen.MILK, Allergen.GLUTEN, Allergen.EGGS, Allergen.FISH]
    for customer_id in ctx.customer_ids:
        if rng.random() < 0.08:
            for allergen in rng.sample(common, rng.randint(1, 2)):
                allergy_rows.append({"customer_id": customer_id, "allergen": allergen})
    if allergy_rows:
        ctx.session.execute(insert(CustomerAllergy), allergy_rows)
