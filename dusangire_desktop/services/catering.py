"""Catering: packages with add-ons, one price function, and requests new → quoted → confirmed.

The form's live estimate, the frozen quote and what the dashboards count all come from `price`.
Writes record `Area.CATERING` with the ids of the requests they changed; a package change records
the area without ids, since every request and form showing that package may read differently.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models.catering import (
    AddonPricing,
    CateringAddon,
    CateringPackage,
    CateringRequest,
    CateringRequestAddon,
    CateringStatus,
)
from . import amounts, audit
from .auth import Actor, Permission
from .changes import Area
from .customers import normalise_phone
from .errors import NotFound, ValidationError
from .messages import QT_TRANSLATE_NOOP, Text
from .records import load_current
from .textsearch import contains, search_text
from .uow import UnitOfWork

__all__ = ["AddonPricing", "CateringStatus"]

LEAD_TIME = timedelta(hours=48)
CANCELLABLE = {CateringStatus.NEW, CateringStatus.QUOTED, CateringStatus.CONFIRMED}


@dataclass(frozen=True)
class AddonView:
    id: int
    name: str
    pricing: AddonPricing
    price_rwf: int
    is_active: bool


@dataclass(frozen=True)
class PackageView:
    id: int
    name: str
    description: str
    price_per_person_rwf: int
    min_guests: int
    max_guests: int
    setup_fee_rwf: int
    large_group_min_guests: int | None
    large_group_price_per_person_rwf: int | None
    is_active: bool
    addons: tuple[AddonView, ...]


@dataclass(frozen=True)
class EstimateLine:
    label: str
    amount_rwf: int
    # What the line is, for a screen that writes it in another language: "guests" (guests ×
    # unit, at the large-group rate or not), "setup", "addon" (name: guests × unit, or name).
    kind: str = ""
    guests: int = 0
    unit_rwf: int = 0
    large_group: bool = False
    name: str = ""


@dataclass(frozen=True)
class Estimate:
    lines: tuple[EstimateLine, ...]
    total_rwf: int


@dataclass(frozen=True)
class HistoryStep:
    """One step of a request's life: what happened, when, and who did it."""

    step: str
    at: datetime
    who: str


@dataclass(frozen=True)
class RequestView:
    id: int
    number: str
    package: str
    guests: int
    event_at: datetime
    venue: str
    contact_name: str
    contact_phone: str
    organisation: str
    status: CateringStatus
    estimate_rwf: int
    quoted_price_rwf: int | None
    history: tuple[HistoryStep, ...]
    cancel_reason: str | None
    version: int


def price(package: PackageView, guests: int, addon_ids: tuple[int, ...] = ()) -> Estimate:
    """Per-person price (the large-group rate from its threshold) × guests + setup + add-ons."""
    per_person = package.price_per_person_rwf
    tier = False
    if (
        package.large_group_min_guests is not None
        and package.large_group_price_per_person_rwf is not None
        and guests >= package.large_group_min_guests
    ):
        per_person, tier = package.large_group_price_per_person_rwf, True
    lines = [
        EstimateLine(
            f"{guests} guests × {per_person:,} RWF" + (" (large-group rate)" if tier else ""),
            guests * per_person,
            "guests",
            guests,
            per_person,
            tier,
        )
    ]
    if package.setup_fee_rwf:
        lines.append(EstimateLine("Setup", package.setup_fee_rwf, "setup"))
    chosen = {a.id: a for a in package.addons if a.id in set(addon_ids)}
    for addon_id in addon_ids:
        if addon_id not in chosen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "An add-on does not belong to this package."),
                field="addons",
            )
    for addon in chosen.values():
        if addon.pricing == AddonPricing.PER_PERSON:
            lines.append(
                EstimateLine(
                    f"{addon.name}: {guests} × {addon.price_rwf:,} RWF",
                    guests * addon.price_rwf,
                    "addon",
                    guests,
                    addon.price_rwf,
                    name=addon.name,
                )
            )
        else:
            lines.append(EstimateLine(addon.name, addon.price_rwf, "addon", name=addon.name))
    total = sum(line.amount_rwf for line in lines)
    if total > amounts.MAX_CATERING_RWF:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A catering estimate can be at most {limit:,} RWF; this one "
                "comes to {total:,} RWF. Check the number of guests.",
            ),
            field="guests",
            limit=amounts.MAX_CATERING_RWF,
            total=total,
        )
    return Estimate(tuple(lines), total)


def package_view(session: Session, package: CateringPackage) -> PackageView:
    addons = session.scalars(
        select(CateringAddon)
        .where(CateringAddon.package_id == package.id)
        .order_by(CateringAddon.name)
    )
    return PackageView(
        package.id,
        package.name,
        package.description,
        package.price_per_person_rwf,
        package.min_guests,
        package.max_guests,
        package.setup_fee_rwf,
        package.large_group_min_guests,
        package.large_group_price_per_person_rwf,
        package.is_active,
        tuple(AddonView(a.id, a.name, a.pricing, a.price_rwf, a.is_active) for a in addons),
    )


def list_packages(
    uow: UnitOfWork, actor: Actor, include_inactive: bool = False
) -> list[PackageView]:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.TAKE_CATERING)
        query = select(CateringPackage).order_by(CateringPackage.name)
        if not include_inactive:
            query = query.where(CateringPackage.is_active)
        return [package_view(uow.session, p) for p in uow.session.scalars(query)]


@dataclass(frozen=True)
class PackageInput:
    name: str
    price_per_person_rwf: int
    min_guests: int
    max_guests: int
    setup_fee_rwf: int = 0
    description: str = ""
    large_group_min_guests: int | None = None
    large_group_price_per_person_rwf: int | None = None
    is_active: bool = True


def _price(value: object, field: str, what: str, maximum: int = amounts.MAX_PRICE_RWF) -> int:
    return amounts.whole_rwf(value, field=field, what=what, maximum=maximum)


def _guests(value: object, field: str, what: str, minimum: int = 1) -> int:
    return amounts.count(value, field=field, what=what, maximum=amounts.MAX_GUESTS, minimum=minimum)


def _checked_package(data: PackageInput) -> PackageInput:
    tier_price = data.large_group_price_per_person_rwf
    tier_guests = data.large_group_min_guests
    return replace(
        data,
        price_per_person_rwf=_price(
            data.price_per_person_rwf,
            "price_per_person_rwf",
            QT_TRANSLATE_NOOP("errors", "the price per person"),
        ),
        setup_fee_rwf=_price(
            data.setup_fee_rwf,
            "setup_fee_rwf",
            QT_TRANSLATE_NOOP("errors", "the setup fee"),
            amounts.MAX_SETUP_FEE_RWF,
        ),
        min_guests=_guests(
            data.min_guests,
            "min_guests",
            QT_TRANSLATE_NOOP("errors", "the minimum number of guests"),
        ),
        max_guests=_guests(
            data.max_guests,
            "max_guests",
            QT_TRANSLATE_NOOP("errors", "the maximum number of guests"),
        ),
        large_group_min_guests=None
        if tier_guests is None
        else _guests(
            tier_guests,
            "large_group_min_guests",
            QT_TRANSLATE_NOOP("errors", "the large-group threshold"),
        ),
        large_group_price_per_person_rwf=None
        if tier_price is None
        else _price(
            tier_price,
            "large_group_price_per_person_rwf",
            QT_TRANSLATE_NOOP("errors", "the large-group price"),
        ),
    )


def save_package(
    uow: UnitOfWork, actor: Actor, data: PackageInput, package_id: int | None = None
) -> PackageView:
    name = " ".join(data.name.split())
    if not name or len(name) > 80:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The package needs a name of at most 80 characters."),
            field="name",
        )
    data = _checked_package(data)
    if data.max_guests < data.min_guests:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The maximum ({max_guests}) is below the minimum ({min_guests})."
            ),
            field="max_guests",
            max_guests=data.max_guests,
            min_guests=data.min_guests,
        )
    tier = (data.large_group_min_guests, data.large_group_price_per_person_rwf)
    if (tier[0] is None) != (tier[1] is None):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Give both the large-group threshold and its price, or neither."
            ),
            field="large_group_min_guests",
        )
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_CATERING_PACKAGES)
        clash = uow.session.scalar(
            select(CateringPackage.id).where(
                func.lower(CateringPackage.name) == name.lower(),
                CateringPackage.id != (package_id or -1),
            )
        )
        if clash:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A package called '{name}' already exists."),
                field="name",
                name=name,
            )
        found = (
            CateringPackage()
            if package_id is None
            else uow.session.get(CateringPackage, package_id, with_for_update=True)
        )
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That package no longer exists."))
        package = found
        package.name, package.description = name, data.description.strip()
        package.price_per_person_rwf, package.setup_fee_rwf = (
            data.price_per_person_rwf,
            data.setup_fee_rwf,
        )
        package.min_guests, package.max_guests = data.min_guests, data.max_guests
        package.large_group_min_guests, package.large_group_price_per_person_rwf = tier
        package.is_active = data.is_active
        uow.session.add(package)
        uow.flush()
        audit.record(
            uow.session,
            actor,
            "catering_package_saved",
            "catering_package",
            package.id,
            price_per_person_rwf=data.price_per_person_rwf,
        )
        uow.record(Area.CATERING)
        uow.commit()
        return package_view(uow.session, package)


def save_addon(
    uow: UnitOfWork, actor: Actor, package_id: int, name: str, pricing: AddonPricing, price_rwf: int
) -> PackageView:
    name = " ".join(name.split())
    if not name or len(name) > 80:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The add-on needs a name of at most 80 characters."),
            field="name",
        )
    price_rwf = _price(price_rwf, "price_rwf", QT_TRANSLATE_NOOP("errors", "the add-on's price"))
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_CATERING_PACKAGES)
        package = uow.session.get(CateringPackage, package_id)
        if package is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That package no longer exists."))
        if uow.session.scalar(
            select(CateringAddon.id).where(
                CateringAddon.package_id == package_id,
                func.lower(CateringAddon.name) == name.lower(),
            )
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "'{name}' is already an add-on of this package."),
                field="name",
                name=name,
            )
        uow.session.add(
            CateringAddon(
                package_id=package_id, name=name, pricing=AddonPricing(pricing), price_rwf=price_rwf
            )
        )
        audit.record(
            uow.session,
            actor,
            "catering_addon_saved",
            "catering_package",
            package_id,
            addon=name,
            price_rwf=price_rwf,
        )
        uow.record(Area.CATERING)
        uow.commit()
        return package_view(uow.session, package)


def estimate(
    uow: UnitOfWork, actor: Actor, package_id: int, guests: int, addon_ids: tuple[int, ...] = ()
) -> Estimate:
    """What the booking form shows as the desk types (0 guests while the field is empty); the
    package's guest limits are checked on submit."""
    guests = _guests(
        guests, "guests", QT_TRANSLATE_NOOP("errors", "the number of guests"), minimum=0
    )
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.TAKE_CATERING)
        package = uow.session.get(CateringPackage, package_id)
        if package is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That package no longer exists."))
        return price(package_view(uow.session, package), guests, addon_ids)


@dataclass(frozen=True)
class RequestInput:
    package_id: int
    guests: int
    event_at: datetime
    venue: str
    contact_name: str
    contact_phone: str
    organisation: str = ""
    notes: str = ""
    addon_ids: tuple[int, ...] = ()


def _history(session: Session, r: CateringRequest) -> tuple[HistoryStep, ...]:
    from ..models.staff import Staff

    steps = []
    for label, at, who in (
        ("requested", r.created_at, r.created_by_id),
        ("quoted", r.quoted_at, r.quoted_by_id),
        ("confirmed", r.confirmed_at, r.confirmed_by_id),
        ("completed", r.completed_at, r.completed_by_id),
        ("cancelled", r.cancelled_at, r.cancelled_by_id),
    ):
        if at is not None:
            staff = session.get(Staff, who) if who else None
            steps.append(HistoryStep(label, at, staff.full_name if staff else "command line"))
    return tuple(steps)


def _request_view(session: Session, r: CateringRequest) -> RequestView:
    package = session.get(CateringPackage, r.package_id)
    return RequestView(
        r.id,
        r.number,
        package.name if package else "",
        r.guests,
        r.event_at,
        r.venue,
        r.contact_name,
        r.contact_phone,
        r.organisation,
        r.status,
        r.estimate_rwf,
        r.quoted_price_rwf,
        _history(session, r),
        r.cancel_reason,
        r.version,
    )


def create_request(uow: UnitOfWork, actor: Actor, data: RequestInput) -> RequestView:
    data = replace(
        data,
        guests=_guests(data.guests, "guests", QT_TRANSLATE_NOOP("errors", "the number of guests")),
    )
    contact = " ".join(data.contact_name.split())
    if not contact:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter who to contact about the event."),
            field="contact_name",
        )
    if len(contact) > 120:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The contact name may have at most 120 characters."),
            field="contact_name",
        )
    phone = normalise_phone(data.contact_phone, field="contact_phone")
    if phone is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the contact's phone number."), field="contact_phone"
        )
    venue = " ".join(data.venue.split())
    if not venue or len(venue) > 120:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the venue (at most 120 characters)."), field="venue"
        )
    if len(data.organisation) > 120 or len(data.notes) > 2000:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The organisation (120) or notes (2,000 characters) are too long."
            ),
            field="notes",
        )
    if data.event_at.tzinfo is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The event time needs a date and time."), field="event_at"
        )
    with uow:
        actor = uow.authorize(actor, Permission.TAKE_CATERING)
        package = uow.session.get(CateringPackage, data.package_id)
        if package is None or not package.is_active:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "That package is not offered any more. Choose another.")
            )
        if not package.min_guests <= data.guests <= package.max_guests:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "{name} is for {min_guests} to {max_guests} guests, not {guests}."
                ),
                field="guests",
                name=package.name,
                min_guests=package.min_guests,
                max_guests=package.max_guests,
                guests=data.guests,
            )
        now = uow.now()
        if data.event_at < now + LEAD_TIME:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The kitchen needs at least 48 hours: choose an event after "
                    "{earliest:%a %d %b %H:%M}.",
                ),
                field="event_at",
                earliest=(now + LEAD_TIME).astimezone(uow.zone),
            )
        view = package_view(uow.session, package)
        quote = price(view, data.guests, data.addon_ids)
        request = CateringRequest(
            number=f"tmp-{uuid.uuid4().hex[:12]}",
            package_id=package.id,
            guests=data.guests,
            event_at=data.event_at,
            venue=venue,
            contact_name=contact,
            contact_phone=phone,
            organisation=" ".join(data.organisation.split()),
            notes=data.notes.strip(),
            estimate_rwf=quote.total_rwf,
            created_at=now,
            created_by_id=actor.staff_id,
        )
        uow.session.add(request)
        uow.flush()
        request.number = f"K-{request.id:05d}"
        addons = {a.id: a for a in view.addons}
        uow.session.add_all(
            [
                CateringRequestAddon(
                    request_id=request.id,
                    addon_id=a,
                    amount_rwf=addons[a].price_rwf
                    * (data.guests if addons[a].pricing == AddonPricing.PER_PERSON else 1),
                )
                for a in set(data.addon_ids)
            ]
        )
        audit.record(
            uow.session,
            actor,
            "catering_requested",
            "catering_request",
            request.id,
            estimate_rwf=quote.total_rwf,
        )
        uow.record(Area.CATERING, [request.id])
        uow.commit()
        return _request_view(uow.session, request)


def advance(
    uow: UnitOfWork,
    actor: Actor,
    request_id: int,
    version: int,
    to: CateringStatus,
    quoted_price_rwf: int | None = None,
    reason: str = "",
) -> RequestView:
    """new → quoted (price frozen) → confirmed → completed; cancelled with a reason before that."""
    needed = (
        Permission.MANAGE_CATERING if to != CateringStatus.CANCELLED else Permission.TAKE_CATERING
    )
    quoted_price_rwf = amounts.optional_rwf(
        quoted_price_rwf,
        field="quoted_price_rwf",
        what=QT_TRANSLATE_NOOP("errors", "the quoted price"),
        maximum=amounts.MAX_CATERING_RWF,
    )
    with uow:
        actor = uow.authorize(actor, needed)
        r = load_current(
            uow,
            CateringRequest,
            request_id,
            version,
            missing=QT_TRANSLATE_NOOP("errors", "That catering request does not exist."),
            what=lambda found: Text(
                QT_TRANSLATE_NOOP("errors", "Request {number}"), number=found.number
            ),
        )
        now = uow.now()
        allowed = {
            CateringStatus.QUOTED: {CateringStatus.NEW},
            CateringStatus.CONFIRMED: {CateringStatus.QUOTED},
            CateringStatus.COMPLETED: {CateringStatus.CONFIRMED},
            CateringStatus.CANCELLED: CANCELLABLE,
        }[CateringStatus(to)]
        if r.status not in allowed:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{number} is {status}; it cannot become {to}."),
                number=r.number,
                status=r.status,
                to=to,
            )
        if to == CateringStatus.QUOTED:
            quoted = r.estimate_rwf if quoted_price_rwf is None else quoted_price_rwf
            r.quoted_price_rwf, r.quoted_at, r.quoted_by_id = quoted, now, actor.staff_id
        elif to == CateringStatus.CONFIRMED:
            r.confirmed_at, r.confirmed_by_id = now, actor.staff_id
        elif to == CateringStatus.COMPLETED:
            if r.event_at > now:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The event has not happened yet.")
                )
            r.completed_at, r.completed_by_id = now, actor.staff_id
        else:
            cleaned = " ".join(reason.split())
            if len(cleaned) < 3:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Give the reason for cancelling."), field="reason"
                )
            r.cancelled_at, r.cancelled_by_id, r.cancel_reason = now, actor.staff_id, cleaned
        r.status = CateringStatus(to)
        audit.record(
            uow.session,
            actor,
            f"catering_{to.value}",
            "catering_request",
            r.id,
            quoted_price_rwf=r.quoted_price_rwf,
        )
        uow.record(Area.CATERING, [r.id])
        uow.commit()
        return _request_view(uow.session, r)


def list_requests(
    uow: UnitOfWork, actor: Actor, statuses: tuple[CateringStatus, ...] = (), search: str = ""
) -> list[RequestView]:
    """By event time; `search` is looked for in the contact, the organisation and the request
    number (case and accents folded, see `textsearch`)."""
    search = search_text(search)
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.TAKE_CATERING)
        query = select(CateringRequest).order_by(CateringRequest.event_at)
        if statuses:
            query = query.where(CateringRequest.status.in_(statuses))
        if search:
            query = query.where(
                contains(
                    CateringRequest.contact_name
                    + " "
                    + CateringRequest.organisation
                    + " "
                    + CateringRequest.number,
                    search,
                )
            )
        return [_request_view(uow.session, r) for r in uow.session.scalars(query.limit(500))]
