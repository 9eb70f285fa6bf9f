"""OrderCalculationService: the one place a total is computed, with why each discount applied.

Cart, receipt, statement and reports all take their figures from `calculate`. The rules:
- a line is unit price × quantity; the subtotal is their sum;
- candidate discounts are the customer's corporate contract (valid on the local date, active)
  and every active promotion whose dates and minimum are met;
- a non-stackable discount stands alone; stackable ones combine (the corporate one stacks);
- the chosen combination is the one with the lowest total (ties: fewer discounts, then name);
- under a company-invoice contract the company pays up to what is left of the employee's monthly
  subsidy cap; the customer pays the rest.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from itertools import combinations
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models.corporate import (
    Billing,
    ContractStatus,
    CorporateContract,
    CorporateEmployee,
    CorporateMonthlyUsage,
    CorporatePartner,
)
from ..models.customers import Customer
from ..models.menu import MenuItem
from ..models.orders import Channel, PaymentMethod, Promotion
from ..models.scheduling import MealPlan, MealPlanStatus, MealPlanTag, TagRule
from . import amounts
from .auth import Actor, Permission
from .errors import NotFound, ValidationError
from .messages import QT_TRANSLATE_NOOP, shown, text
from .uow import UnitOfWork

__all__ = ["Channel", "PaymentMethod"]

MAX_LINES = 40


@dataclass(frozen=True)
class LineRequest:
    menu_item_id: int
    quantity: int


@dataclass(frozen=True)
class PricedLine:
    menu_item_id: int
    name: str
    unit_price_rwf: int
    quantity: int
    line_total_rwf: int


@dataclass(frozen=True)
class Offer:
    """A discount that could apply: a percentage of the subtotal and/or an amount off."""

    key: str
    label: str
    percent: Decimal = Decimal(0)
    amount_off_rwf: int = 0
    stackable: bool = False
    paid_by_company: bool = False

    def amount_on(self, subtotal: int) -> int:
        by_percent = (Decimal(subtotal) * self.percent / 100).quantize(
            Decimal(1), rounding=ROUND_HALF_UP
        )
        return min(subtotal, int(by_percent) + self.amount_off_rwf)


@dataclass(frozen=True)
class Candidate:
    """One line of the breakdown: a discount considered, whether it applied, and why."""

    key: str
    label: str
    amount_rwf: int
    applied: bool
    reason: str


@dataclass(frozen=True)
class Quote:
    lines: tuple[PricedLine, ...]
    subtotal_rwf: int
    candidates: tuple[Candidate, ...]
    discount_rwf: int
    total_rwf: int
    company_share_rwf: int
    customer_share_rwf: int
    channel: Channel
    contract_id: int | None
    employee_id: int | None
    subsidy_month: date | None
    subsidy_cap_rwf: int | None
    subsidy_used_before_rwf: int
    subsidy_note: str
    conflicts: tuple[str, ...]

    @property
    def applied(self) -> tuple[Candidate, ...]:
        return tuple(c for c in self.candidates if c.applied)


def choose(subtotal: int, offers: Sequence[Offer]) -> tuple[tuple[Offer, ...], int]:
    """The allowed combination with the largest discount (lowest total), and that discount."""
    stackable = [o for o in offers if o.stackable]
    options: list[tuple[Offer, ...]] = [()]
    options += [(o,) for o in offers if not o.stackable]
    for size in range(1, len(stackable) + 1):
        options += list(combinations(stackable, size))

    def discount(option: tuple[Offer, ...]) -> int:
        return min(subtotal, sum(o.amount_on(subtotal) for o in option))

    best = min(options, key=lambda o: (-discount(o), len(o), [x.key for x in o]))
    return best, discount(best)


def split_shares(total: int, company_pays: bool, cap_left: int) -> tuple[int, int]:
    """(company share, customer share): the company covers up to what is left of the cap."""
    company = min(total, max(0, cap_left)) if company_pays else 0
    return company, total - company


def _merge(lines: Iterable[LineRequest]) -> dict[int, int]:
    merged: dict[int, int] = {}
    for line in lines:
        quantity = amounts.count(
            line.quantity,
            field="quantity",
            what=QT_TRANSLATE_NOOP("errors", "the quantity of a dish"),
            maximum=amounts.MAX_QUANTITY,
        )
        merged[line.menu_item_id] = merged.get(line.menu_item_id, 0) + quantity
        if merged[line.menu_item_id] > amounts.MAX_QUANTITY:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "At most {limit} of one dish per order."),
                field="quantity",
                limit=amounts.MAX_QUANTITY,
            )
    if not merged:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Add at least one dish to the order."), field="lines"
        )
    if len(merged) > MAX_LINES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An order has at most {limit} different dishes."),
            field="lines",
            limit=MAX_LINES,
        )
    return merged


def _priced_lines(session: Session, merged: dict[int, int]) -> tuple[list[PricedLine], dict]:
    items = {i.id: i for i in session.scalars(select(MenuItem).where(MenuItem.id.in_(merged)))}
    for item_id in merged:
        if item_id not in items:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A dish in the order is no longer on the menu. Remove it and try again.",
                )
            )
        if not items[item_id].is_available:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "{name} is not available now. Remove it or pick another dish."
                ),
                field="lines",
                name=items[item_id].name,
            )
    lines = [
        PricedLine(i, items[i].name, items[i].price_rwf, q, items[i].price_rwf * q)
        for i, q in merged.items()
    ]
    return lines, items


def _conflicts(session: Session, customer: Customer, items: dict) -> list[str]:
    allergies = {a.allergen for a in customer.allergies}
    found = []
    for item in items.values():
        clash = sorted(
            (a.allergen for a in item.allergens if a.allergen in allergies), key=lambda a: a.value
        )
        if clash:
            found.append(
                text(
                    QT_TRANSLATE_NOOP("errors", "{item} contains {allergens} — {name} is allergic"),
                    item=item.name,
                    allergens=", ".join(shown(a) for a in clash),
                    name=customer.full_name,
                )
            )
    plan = session.scalar(
        select(MealPlan).where(
            MealPlan.customer_id == customer.id, MealPlan.status == MealPlanStatus.ACTIVE
        )
    )
    if plan is not None:
        forbidden = set(
            session.scalars(
                select(MealPlanTag.tag).where(
                    MealPlanTag.meal_plan_id == plan.id, MealPlanTag.rule == TagRule.FORBIDDEN
                )
            )
        )
        for item in items.values():
            clash = sorted(
                (t.tag for t in item.diet_tags if t.tag in forbidden), key=lambda t: t.value
            )
            if clash:
                found.append(
                    text(
                        QT_TRANSLATE_NOOP(
                            "errors", "{item} is {tags}, which the active {plan} meal plan forbids"
                        ),
                        item=item.name,
                        tags=", ".join(shown(t) for t in clash),
                        plan=plan.category,
                    )
                )
    return found


@dataclass(frozen=True)
class _Corporate:
    offer: Offer | None
    reason: str
    contract: CorporateContract | None
    employee: CorporateEmployee | None


def _corporate(session: Session, customer_id: int, day: date) -> _Corporate:
    rows = session.execute(
        select(CorporateEmployee, CorporatePartner)
        .join(CorporatePartner, CorporatePartner.id == CorporateEmployee.partner_id)
        .where(CorporateEmployee.customer_id == customer_id)
        .order_by(CorporateEmployee.id)
    ).all()
    if not rows:
        return _Corporate(None, "", None, None)
    reasons = []
    for employee, partner in rows:
        if not employee.is_active or not partner.is_active:
            reasons.append(
                text(
                    QT_TRANSLATE_NOOP("errors", "no longer enrolled with {name}"), name=partner.name
                )
            )
            continue
        contracts = list(
            session.scalars(
                select(CorporateContract)
                .where(CorporateContract.partner_id == partner.id)
                .order_by(CorporateContract.ends_on.desc())
            )
        )
        for contract in contracts:
            if (
                contract.status == ContractStatus.ACTIVE
                and contract.starts_on <= day <= contract.ends_on
            ):
                offer = Offer(
                    f"corporate:{contract.id}",
                    text(
                        QT_TRANSLATE_NOOP("errors", "{name} contract {code} ({percent}%)"),
                        name=partner.name,
                        code=contract.code,
                        percent=contract.discount_percent,
                    ),
                    percent=Decimal(contract.discount_percent),
                    stackable=True,
                )
                return _Corporate(offer, "", contract, employee)
        if not contracts:
            reasons.append(
                text(QT_TRANSLATE_NOOP("errors", "{name} has no contract"), name=partner.name)
            )
            continue
        latest = contracts[0]
        if latest.status != ContractStatus.ACTIVE:
            reasons.append(
                text(
                    QT_TRANSLATE_NOOP("errors", "{name} contract {code} is {status}"),
                    name=partner.name,
                    code=latest.code,
                    status=latest.status,
                )
            )
        elif latest.ends_on < day:
            reasons.append(
                text(
                    QT_TRANSLATE_NOOP("errors", "{name} contract {code} expired on {day:%d %b %Y}"),
                    name=partner.name,
                    code=latest.code,
                    day=latest.ends_on,
                )
            )
        else:
            reasons.append(
                text(
                    QT_TRANSLATE_NOOP("errors", "{name} contract {code} starts on {day:%d %b %Y}"),
                    name=partner.name,
                    code=latest.code,
                    day=latest.starts_on,
                )
            )
    return _Corporate(None, "; ".join(reasons), None, None)


def _promotions(session: Session, day: date, subtotal: int) -> tuple[list[Offer], list[Candidate]]:
    offers, refused = [], []
    # An expired promotion is no news to the customer: only current and coming ones are listed.
    for promo in session.scalars(
        select(Promotion)
        .where(Promotion.is_active, Promotion.ends_on >= day)
        .order_by(Promotion.name)
    ):
        key = f"promotion:{promo.id}"
        label = text(QT_TRANSLATE_NOOP("errors", "Promotion: {name}"), name=promo.name)
        if promo.starts_on > day:
            refused.append(
                Candidate(
                    key,
                    label,
                    0,
                    False,
                    text(
                        QT_TRANSLATE_NOOP("errors", "valid {start:%d %b} to {end:%d %b %Y}"),
                        start=promo.starts_on,
                        end=promo.ends_on,
                    ),
                )
            )
        elif subtotal < promo.min_subtotal_rwf:
            refused.append(
                Candidate(
                    key,
                    label,
                    0,
                    False,
                    text(
                        QT_TRANSLATE_NOOP("errors", "needs a subtotal of {amount:,} RWF"),
                        amount=promo.min_subtotal_rwf,
                    ),
                )
            )
        else:
            offers.append(
                Offer(key, label, Decimal(promo.percent_off), promo.amount_off_rwf, promo.stackable)
            )
    return offers, refused


def calculate(
    session: Session,
    *,
    customer_id: int,
    lines: Iterable[LineRequest],
    moment: datetime,
    zone: ZoneInfo,
    payment_method: PaymentMethod | None = None,
) -> Quote:
    merged = _merge(lines)
    customer = session.get(Customer, customer_id)
    if customer is None or not customer.is_active:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors", "That customer is not registered. Search again or register them."
            )
        )
    priced, items = _priced_lines(session, merged)
    subtotal = sum(line.line_total_rwf for line in priced)
    if subtotal > amounts.MAX_ORDER_RWF:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "One order can be at most {limit:,} RWF; this one comes to "
                "{subtotal:,} RWF. Check the quantities.",
            ),
            field="lines",
            limit=amounts.MAX_ORDER_RWF,
            subtotal=subtotal,
        )
    day = moment.astimezone(zone).date()
    corporate = _corporate(session, customer_id, day)
    offers, refused = _promotions(session, day, subtotal)
    if corporate.offer:
        offers.append(corporate.offer)
    chosen, discount = choose(subtotal, offers)
    chosen_keys = {o.key for o in chosen}
    candidates = []
    for offer in offers:
        applied = offer.key in chosen_keys
        if applied:
            reason = text(QT_TRANSLATE_NOOP("errors", "applied: lowest total for the customer"))
        elif not offer.stackable:
            reason = text(
                QT_TRANSLATE_NOOP(
                    "errors", "not combined: it does not stack, and another choice costs less"
                )
            )
        else:
            reason = text(
                QT_TRANSLATE_NOOP(
                    "errors", "not applied: a larger discount that does not stack was chosen"
                )
            )
        candidates.append(
            Candidate(offer.key, offer.label, offer.amount_on(subtotal), applied, reason)
        )
    if corporate.reason:
        label = text(QT_TRANSLATE_NOOP("errors", "Corporate contract"))
        candidates.append(Candidate("corporate", label, 0, False, corporate.reason))
    candidates += refused
    total = subtotal - discount

    company_pays = bool(
        corporate.contract and corporate.contract.billing == Billing.COMPANY_INVOICE
    )
    month = day.replace(day=1) if corporate.contract else None
    used = 0
    cap = corporate.contract.monthly_cap_rwf if corporate.contract else None
    if corporate.employee is not None and month is not None:
        used = (
            session.scalar(
                select(CorporateMonthlyUsage.subsidy_used_rwf).where(
                    CorporateMonthlyUsage.employee_id == corporate.employee.id,
                    CorporateMonthlyUsage.month_start == month,
                )
            )
            or 0
        )
    company, customer_share = split_shares(total, company_pays, (cap or 0) - used)
    if not corporate.contract:
        note = ""
    elif not company_pays:
        note = text(
            QT_TRANSLATE_NOOP(
                "errors", "The employee pays; the company is not invoiced under this contract."
            )
        )
    else:
        note = text(
            QT_TRANSLATE_NOOP(
                "errors",
                "Company pays {company:,} RWF; {left:,} RWF of the {cap:,} RWF monthly allowance "
                "left after this order.",
            ),
            company=company,
            left=max(0, (cap or 0) - used - company),
            cap=cap,
        )
    if payment_method == PaymentMethod.CORPORATE_ACCOUNT and customer_share > 0:
        if company == 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Only an employee under a company-invoice contract with allowance left "
                    "can pay on the corporate account.",
                ),
                field="payment_method",
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The company covers {company:,} RWF; the remaining {customer_share:,} "
                "RWF must be paid by cash, mobile money or card.",
            ),
            field="payment_method",
            company=company,
            customer_share=customer_share,
        )
    return Quote(
        lines=tuple(priced),
        subtotal_rwf=subtotal,
        candidates=tuple(candidates),
        discount_rwf=discount,
        total_rwf=total,
        company_share_rwf=company,
        customer_share_rwf=customer_share,
        channel=Channel.CORPORATE if corporate.contract else Channel.REGULAR,
        contract_id=corporate.contract.id if corporate.contract else None,
        employee_id=corporate.employee.id if corporate.employee else None,
        subsidy_month=month,
        subsidy_cap_rwf=cap,
        subsidy_used_before_rwf=used,
        subsidy_note=note,
        conflicts=tuple(_conflicts(session, customer, items)),
    )


def quote(
    uow: UnitOfWork,
    actor: Actor,
    customer_id: int,
    lines: Iterable[LineRequest],
    payment_method: PaymentMethod | None = None,
    moment: datetime | None = None,
) -> Quote:
    """The live price breakdown the order screen shows while the desk builds the cart."""
    with uow:
        actor = uow.authorize(actor, Permission.TAKE_ORDERS)
        return calculate(
            uow.session,
            customer_id=customer_id,
            lines=list(lines),
            moment=moment or uow.now(),
            zone=uow.zone,
            payment_method=payment_method,
        )
