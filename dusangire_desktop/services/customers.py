"""Customers: search as you type, register and edit with validation, allergies and diet notes."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, case, func, or_, select

from ..models.corporate import CorporateEmployee, CorporatePartner
from ..models.customers import Customer, CustomerAllergy, CustomerKind
from ..models.menu import Allergen
from . import audit
from .auth import Actor, Permission
from .changes import Area
from .errors import NotFound, ValidationError
from .languages import parse_language
from .messages import QT_TRANSLATE_NOOP, Capitalized, Text
from .textsearch import contains, equals, folded, page_size, search_text, starts_with
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
    # The partner company that has this customer enrolled as an employee now, if any: such a
    # customer is a company employee whatever kind they were registered as.
    employer: str | None = None
    # Receipts and tray tickets are printed in it.
    language: str = "en"

    @property
    def location(self) -> str:
        return f"{self.ward}, bed {self.bed}" if self.ward else ""


def view_of(customer: Customer, employer: str | None = None) -> CustomerView:
    return CustomerView(
        customer.id, customer.reference, customer.kind, customer.full_name, customer.phone,
        customer.email, customer.ward, customer.bed,
        tuple(sorted((a.allergen for a in customer.allergies), key=lambda a: a.value)),
        customer.diet_notes, employer, customer.language.value,
    )  # fmt: skip


def _employers(session: Any, customer_ids: list[int]) -> dict[int, str]:
    """Each customer's partner company, for those enrolled as an employee now (one query)."""
    if not customer_ids:
        return {}
    rows = session.execute(
        select(CorporateEmployee.customer_id, CorporatePartner.name)
        .join(CorporatePartner, CorporatePartner.id == CorporateEmployee.partner_id)
        .where(CorporateEmployee.customer_id.in_(customer_ids), CorporateEmployee.is_active)
        .order_by(CorporatePartner.name)
    )
    employers: dict[int, str] = {}
    for customer_id, name in rows:
        employers.setdefault(customer_id, name)
    return employers


def _views(session: Any, customers: list[Customer]) -> list[CustomerView]:
    employers = _employers(session, [c.id for c in customers])
    return [view_of(c, employers.get(c.id)) for c in customers]


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
            QT_TRANSLATE_NOOP(
                "errors",
                "'{phone}' is not a Rwandan mobile number. Use 07XXXXXXXX or "
                "+2507XXXXXXXX (MTN 078/079, Airtel 072/073).",
            ),
            field=field,
            phone=phone,
        )
    return f"+250{digits}"


def _text(value: str | None, field: str, label: str, limit: int, required: bool = False) -> str:
    """`label` is a marked fragment with its article ("the ward")."""
    cleaned = " ".join((value or "").split())
    if required and not cleaned:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter {label}."), field=field, label=Text(label)
        )
    if len(cleaned) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{Label} may have at most {limit} characters."),
            field=field,
            Label=Capitalized(Text(label)),
            limit=limit,
        )
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
    language: str = "en"


def _validated(data: CustomerInput) -> dict[str, Any]:
    name = _text(
        data.full_name,
        "full_name",
        QT_TRANSLATE_NOOP("errors", "the customer's full name"),
        120,
        required=True,
    )
    if len(name) < 2:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the customer's full name."), field="full_name"
        )
    kind = CustomerKind(data.kind)
    phone = normalise_phone(data.phone)
    email = (
        _text(data.email, "email", QT_TRANSLATE_NOOP("errors", "the e-mail address"), 120) or None
    )
    if email and not EMAIL.match(email):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "'{email}' is not an e-mail address."),
            field="email",
            email=email,
        )
    ward = _text(data.ward, "ward", QT_TRANSLATE_NOOP("errors", "the ward"), 40) or None
    bed = _text(data.bed, "bed", QT_TRANSLATE_NOOP("errors", "the bed"), 10) or None
    if kind == CustomerKind.PATIENT and not ward:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A patient needs a ward, so meals reach the bed."),
            field="ward",
        )
    if kind == CustomerKind.PATIENT and not bed:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A patient needs a bed number."), field="bed"
        )
    if kind in (CustomerKind.VISITOR, CustomerKind.EXTERNAL) and not phone:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Visitors and outside guests need a phone number to be called back."
            ),
            field="phone",
        )
    if kind != CustomerKind.PATIENT:
        ward = bed = None
    notes = _text(
        data.diet_notes, "diet_notes", QT_TRANSLATE_NOOP("errors", "the diet notes"), 1000
    )
    language = parse_language(data.language)
    return {"kind": kind, "full_name": name, "phone": phone, "email": email, "ward": ward,
            "bed": bed, "diet_notes": notes, "language": language}  # fmt: skip


def create_customer(uow: UnitOfWork, actor: Actor, data: CustomerInput) -> CustomerView:
    values = _validated(data)
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_CUSTOMERS)
        if values["phone"]:
            same = uow.session.scalar(
                select(Customer).where(
                    Customer.phone == values["phone"],
                    func.lower(Customer.full_name) == values["full_name"].lower(),
                )
            )
            if same is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{full_name} with this phone is already registered as {reference}.",
                    ),
                    field="full_name",
                    full_name=same.full_name,
                    reference=same.reference,
                )
        customer = Customer(reference=f"tmp-{uuid.uuid4().hex[:12]}", created_at=uow.now(),
                            **values)  # fmt: skip
        customer.allergies = [CustomerAllergy(allergen=Allergen(a)) for a in set(data.allergies)]
        uow.session.add(customer)
        uow.flush()
        customer.reference = f"C-{customer.id:06d}"
        audit.record(uow.session, actor, "customer_created", "customer", customer.id,
                     kind=customer.kind.value)  # fmt: skip
        uow.record(Area.CUSTOMERS, [customer.id])
        uow.commit()
        return _views(uow.session, [customer])[0]


def update_customer(
    uow: UnitOfWork, actor: Actor, customer_id: int, data: CustomerInput
) -> CustomerView:
    values = _validated(data)
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_CUSTOMERS)
        customer = uow.session.get(Customer, customer_id, with_for_update=True)
        if customer is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "That customer no longer exists. Search again.")
            )
        changed = {k: v for k, v in values.items() if getattr(customer, k) != v}
        for key, value in changed.items():
            setattr(customer, key, value)
        wanted = {Allergen(a) for a in data.allergies}
        if wanted != {a.allergen for a in customer.allergies}:
            customer.allergies = [CustomerAllergy(allergen=a) for a in wanted]
            changed["allergies"] = sorted(a.value for a in wanted)
        audit.record(uow.session, actor, "customer_updated", "customer", customer.id,
                     fields=sorted(changed))  # fmt: skip
        uow.record(Area.CUSTOMERS, [customer.id])
        uow.commit()
        return _views(uow.session, [customer])[0]


def get_customer(uow: UnitOfWork, actor: Actor, customer_id: int) -> CustomerView:
    with uow:
        actor = uow.authorize(actor, Permission.VIEW_CUSTOMERS)
        customer = uow.session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "That customer no longer exists. Search again.")
            )
        return _views(uow.session, [customer])[0]


PHONE_LIKE = re.compile(r"[\d\s+\-()]+")
MIN_PHONE_DIGITS = 4


def _phone_digits(text: str) -> str | None:
    """The digits to look for in phone numbers, when the text looks like (part of) one."""
    if not PHONE_LIKE.fullmatch(text):
        return None
    digits = re.sub(r"\D", "", text)
    if digits.startswith("2507"):
        digits = digits[3:]
    elif digits.startswith("07"):
        digits = digits[1:]
    return digits if len(digits) >= MIN_PHONE_DIGITS else None


def search_customers(
    uow: UnitOfWork, actor: Actor, text: str, limit: int = 25
) -> list[CustomerView]:
    """Name, phone, reference, ward or bed, or corporate employee number, as the desk types.

    Enter takes the first row, so the order is a safety rule:
    1. exact: the customer number (C-000003), a corporate employee number (BOK-0001), the phone
       in any Rwandan spelling, or the ward and bed ("Maternity 12A") or the bed alone;
    2. the name, customer number, employee number, ward and bed, or phone begins with the text;
    3. a later word of the name begins with it;
    4. the text is anywhere in those;
    then by folded name. Case and accents never matter (`textsearch.fold`); digits are looked
    for in phone numbers only when the text looks like a phone number (digits, spaces, +, - and
    parentheses, with at least four digits besides the country code and leading 0), so an
    employee number's digits do not list every phone that holds them.
    """
    text = search_text(text, field="text")
    limit = page_size(limit, field="limit")
    if not text:
        return []
    # Each customer's text is folded once, then compared many ways.
    f = (
        select(
            Customer.id,
            folded(Customer.full_name).label("name"),
            folded(Customer.reference).label("reference"),
            folded(Customer.ward + " " + func.coalesce(Customer.bed, "")).label("place"),
            folded(Customer.bed).label("bed"),
            Customer.phone,
        )
        .where(Customer.is_active)
        .cte("folded_customers")
        .prefix_with("MATERIALIZED")
    )

    def employee(condition: ColumnElement[bool]) -> ColumnElement[bool]:
        return f.c.id.in_(select(CorporateEmployee.customer_id).where(condition))

    texts = (f.c.name, f.c.reference, f.c.place)
    exact = [equals(c, text, fold_column=False) for c in (f.c.reference, f.c.place, f.c.bed)]
    prefix = [starts_with(c, text, fold_column=False) for c in texts]
    anywhere = [contains(c, text, fold_column=False) for c in texts]
    for test, conditions in ((equals, exact), (starts_with, prefix), (contains, anywhere)):
        conditions.append(employee(test(CorporateEmployee.employee_number, text)))
    digits = _phone_digits(text)
    if digits is not None:
        try:
            phone = normalise_phone(text)
        except ValidationError:
            phone = None
        if phone is not None:
            exact.append(f.c.phone == phone)
        if digits.startswith("7"):
            prefix.append(f.c.phone.like(f"+250{digits}%"))
        anywhere.append(f.c.phone.like(f"%{digits}%"))
    rank = case(
        (or_(*exact), 0),
        (or_(*prefix), 1),
        (contains(f.c.name, f" {text}", fold_column=False), 2),
        else_=3,
    )
    with uow:
        actor = uow.authorize(actor, Permission.VIEW_CUSTOMERS)
        found = uow.session.scalars(
            select(Customer)
            .join(f, f.c.id == Customer.id)
            .where(or_(*exact, *anywhere))
            .order_by(rank, f.c.name, Customer.id)
            .limit(limit)
        )
        return _views(uow.session, list(found))
