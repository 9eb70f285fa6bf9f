"""Customers: search as you type, register and edit with validation, allergies and diet notes."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from ..models.corporate import CorporateEmployee
from ..models.customers import Customer, CustomerAllergy, CustomerKind
from ..models.menu import Allergen
from . import audit
from .auth import Actor, Permission
from .errors import NotFound, ValidationError
from .uow import UnitOfWork

__all__ = ["Allergen", "CustomerKind"]

MOBILE_PREFIXES = ("72", "73", "78", "79")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class CustomerView:
    id: int
    reference: str
    kind: CustomerKind
    full_name: str
    phone: str | None
    email: str | None
    ward: str | None
    bed: str | None
    allergies: tuple[Allergen, ...]
    diet_notes: str

    @property
    def location(self) -> str:
        return f"{self.ward}, bed {self.bed}" if self.ward else ""


def view_of(customer: Customer) -> CustomerView:
    return CustomerView(
        customer.id, customer.reference, customer.kind, customer.full_name, customer.phone,
        customer.email, customer.ward, customer.bed,
        tuple(sorted((a.allergen for a in customer.allergies), key=lambda a: a.value)),
        customer.diet_notes,
    )  # fmt: skip


def normalise_phone(phone: str, field: str = "phone") -> str | None:
    """Rwandan mobile numbers in any usual spelling become +2507XXXXXXXX."""
    digits = re.sub(r"[\s\-().]", "", phone or "")
    if not digits:
        return None
    if digits.startswith("+"):
        digits = digits[1:]
    if digits.startswith("250"):
        digits = digits[3:]
    if digits.startswith("0"):
        digits = digits[1:]
    if not (digits.isdigit() and len(digits) == 9 and digits[:2] in MOBILE_PREFIXES):
        raise ValidationError(
            f"'{phone}' is not a Rwandan mobile number. Use 07XXXXXXXX or +2507XXXXXXXX "
            "(MTN 078/079, Airtel 072/073).",
            field=field,
        )
    return f"+250{digits}"


def _text(value: str | None, field: str, label: str, limit: int, required: bool = False) -> str:
    cleaned = " ".join((value or "").split())
    if required and not cleaned:
        raise ValidationError(f"Enter the {label}.", field=field)
    if len(cleaned) > limit:
        raise ValidationError(f"The {label} may have at most {limit} characters.", field=field)
    return cleaned


@dataclass(frozen=True)
class CustomerInput:
    kind: CustomerKind
    full_name: str
    phone: str = ""
    email: str = ""
    ward: str = ""
    bed: str = ""
    allergies: tuple[Allergen, ...] = ()
    diet_notes: str = ""


def _validated(data: CustomerInput) -> dict:
    name = _text(data.full_name, "full_name", "customer's full name", 120, required=True)
    if len(name) < 2:
        raise ValidationError("Enter the customer's full name.", field="full_name")
    kind = CustomerKind(data.kind)
    phone = normalise_phone(data.phone)
    email = _text(data.email, "email", "e-mail address", 120) or None
    if email and not EMAIL.match(email):
        raise ValidationError(f"'{email}' is not an e-mail address.", field="email")
    ward = _text(data.ward, "ward", "ward", 40) or None
    bed = _text(data.bed, "bed", "bed", 10) or None
    if kind == CustomerKind.PATIENT and not ward:
        raise ValidationError("A patient needs a ward, so meals reach the bed.", field="ward")
    if kind == CustomerKind.PATIENT and not bed:
        raise ValidationError("A patient needs a bed number.", field="bed")
    if kind in (CustomerKind.VISITOR, CustomerKind.EXTERNAL) and not phone:
        raise ValidationError(
            "Visitors and outside guests need a phone number to be called back.", field="phone"
        )
    if kind != CustomerKind.PATIENT:
        ward = bed = None
    notes = _text(data.diet_notes, "diet_notes", "diet notes", 1000)
    return {"kind": kind, "full_name": name, "phone": phone, "email": email, "ward": ward,
            "bed": bed, "diet_notes": notes}  # fmt: skip


def create_customer(uow: UnitOfWork, actor: Actor, data: CustomerInput) -> CustomerView:
    actor.require(Permission.MANAGE_CUSTOMERS)
    values = _validated(data)
    with uow:
        if values["phone"]:
            same = uow.session.scalar(
                select(Customer).where(
                    Customer.phone == values["phone"],
                    func.lower(Customer.full_name) == values["full_name"].lower(),
                )
            )
            if same is not None:
                raise ValidationError(
                    f"{same.full_name} with this phone is already registered as {same.reference}.",
                    field="full_name",
                )
        customer = Customer(reference=f"tmp-{uuid.uuid4().hex[:12]}", created_at=uow.now(),
                            **values)  # fmt: skip
        customer.allergies = [CustomerAllergy(allergen=Allergen(a)) for a in set(data.allergies)]
        uow.session.add(customer)
        uow.flush()
        customer.reference = f"C-{customer.id:06d}"
        audit.record(uow.session, actor, "customer_created", "customer", customer.id,
                     kind=customer.kind.value)  # fmt: skip
        uow.commit()
        return view_of(customer)


def update_customer(
    uow: UnitOfWork, actor: Actor, customer_id: int, data: CustomerInput
) -> CustomerView:
    actor.require(Permission.MANAGE_CUSTOMERS)
    values = _validated(data)
    with uow:
        customer = uow.session.get(Customer, customer_id, with_for_update=True)
        if customer is None:
            raise NotFound("That customer no longer exists. Search again.")
        changed = {k: v for k, v in values.items() if getattr(customer, k) != v}
        for key, value in changed.items():
            setattr(customer, key, value)
        wanted = {Allergen(a) for a in data.allergies}
        if wanted != {a.allergen for a in customer.allergies}:
            customer.allergies = [CustomerAllergy(allergen=a) for a in wanted]
            changed["allergies"] = sorted(a.value for a in wanted)
        audit.record(uow.session, actor, "customer_updated", "customer", customer.id,
                     fields=sorted(changed))  # fmt: skip
        uow.commit()
        return view_of(customer)


def get_customer(uow: UnitOfWork, actor: Actor, customer_id: int) -> CustomerView:
    actor.require(Permission.VIEW_CUSTOMERS)
    with uow:
        customer = uow.session.get(Customer, customer_id)
        if customer is None:
            raise NotFound("That customer no longer exists. Search again.")
        return view_of(customer)


def search_customers(
    uow: UnitOfWork, actor: Actor, text: str, limit: int = 25
) -> list[CustomerView]:
    """Name, phone, reference, ward or bed, or corporate employee number, as the desk types."""
    actor.require(Permission.VIEW_CUSTOMERS)
    text = " ".join(text.split())[:60]
    if not text:
        return []
    pattern = f"%{text.lower()}%"
    conditions = [
        func.lower(Customer.full_name).like(pattern),
        func.lower(Customer.reference).like(pattern),
        func.lower(Customer.ward + " " + func.coalesce(Customer.bed, "")).like(pattern),
        Customer.bed == text,
        Customer.id.in_(select(CorporateEmployee.customer_id)
                        .where(func.lower(CorporateEmployee.employee_number) == text.lower())),
    ]  # fmt: skip
    digits = re.sub(r"\D", "", text)
    if len(digits) >= 4:
        conditions.append(Customer.phone.like(f"%{digits.lstrip('0')}%"))
    with uow:
        found = uow.session.scalars(
            select(Customer)
            .where(Customer.is_active, or_(*conditions))
            .order_by(Customer.full_name, Customer.id)
            .limit(limit)
        )
        return [view_of(c) for c in found]
