"""Demo menu, corporate partners and months of orders, priced by the pricing service's own rules.

Orders are written in bulk, but every total comes from `pricing.choose` and
`pricing.split_shares`, the same functions `pricing.calculate` uses at the desk, and the
payments obey the desk's rules (services/orders.py): they add up to the total, and a cancelled
or refunded order has a refund row for each payment, the customer's by the way they paid (a
reversal with its reference) and the company's to its account. Most patients' orders go to their
ward and bed, everyone else collects; only a delivery is ever "out for delivery". Each order moves
on minutes after it was placed, as the kitchen would move it: most in time for their target
(services/targets.py), some late; today's orders are where that timeline has got to by now.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from itertools import accumulate

from sqlalchemy import func, insert, select, text

from ...models.corporate import (
    Billing,
    ContractStatus,
    CorporateContract,
    CorporateEmployee,
    CorporateMonthlyUsage,
    CorporatePartner,
)
from ...models.customers import CustomerKind
from ...models.menu import (
    Allergen,
    DietTag,
    MealPeriod,
    MenuCategory,
    MenuItem,
    MenuItemAllergen,
    MenuItemDietTag,
)
from ...models.orders import (
    Channel,
    Fulfilment,
    Order,
    OrderDiscount,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentMethod,
    Promotion,
)
from ...models.staff import Role
from ..pricing import Offer, choose, split_shares
from ..targets import target_for
from . import DemoContext

B, L, D, S, A = (
    MealPeriod.BREAKFAST,
    MealPeriod.LUNCH,
    MealPeriod.DINNER,
    MealPeriod.SNACK,
    MealPeriod.ALL_DAY,
)
T = DietTag
MENU = [  # name, category, period, price, tags, allergens
    ("Igikoma (sorghum porridge)", "Breakfast", B, 800, [T.VEGETARIAN, T.LOW_SODIUM], []),
    ("Chapati", "Breakfast", B, 300, [T.VEGETARIAN], [Allergen.GLUTEN]),
    (
        "Omelette with vegetables",
        "Breakfast",
        B,
        1500,
        [T.VEGETARIAN, T.HIGH_PROTEIN],
        [Allergen.EGGS],
    ),
    ("Bread and honey", "Breakfast", B, 700, [T.VEGETARIAN], [Allergen.GLUTEN]),
    ("Isombe n'umuceri", "Mains", L, 3500, [T.VEGETARIAN], []),
    ("Ibishyimbo n'ibitoki", "Mains", L, 3000, [T.VEGAN, T.GLUTEN_FREE], []),
    ("Ugali with beef stew", "Mains", D, 3500, [T.CONTAINS_MEAT], []),
    ("Matoke with peanut sauce", "Mains", L, 3000, [T.VEGETARIAN], [Allergen.PEANUTS]),
    ("Grilled tilapia with chips", "Mains", D, 6500, [T.HIGH_PROTEIN, T.FRIED], [Allergen.FISH]),
    ("Sambaza with rice", "Mains", L, 3000, [T.HIGH_PROTEIN], [Allergen.FISH]),
    ("Chicken and rice", "Mains", D, 4500, [T.CONTAINS_MEAT, T.HIGH_PROTEIN], []),
    ("Goat brochette", "Grill", D, 2000, [T.CONTAINS_MEAT, T.HIGH_PROTEIN, T.LOW_CARB], []),
    ("Beef brochette", "Grill", D, 2000, [T.CONTAINS_MEAT, T.HIGH_PROTEIN, T.LOW_CARB], []),
    (
        "Vegetable soup (low salt)",
        "Therapeutic",
        A,
        1800,
        [T.VEGAN, T.LOW_SODIUM, T.RENAL_SAFE],
        [Allergen.CELERY],
    ),
    ("Diabetic plate", "Therapeutic", L, 4000, [T.LOW_SUGAR, T.HIGH_PROTEIN, T.LOW_CARB], []),
    ("Renal plate", "Therapeutic", L, 4200, [T.RENAL_SAFE, T.LOW_SODIUM], []),
    ("Samosa", "Snacks", S, 500, [T.FRIED], [Allergen.GLUTEN]),
    ("Fruit salad", "Snacks", A, 1200, [T.VEGAN, T.GLUTEN_FREE], []),
    ("Icyayi cy'amata", "Drinks", A, 800, [T.VEGETARIAN], [Allergen.MILK]),
    ("Passion juice", "Drinks", A, 1000, [T.VEGAN, T.HIGH_SUGAR], []),
    ("Inyange water", "Drinks", A, 500, [T.VEGAN], []),
    ("Fanta", "Drinks", A, 800, [T.HIGH_SUGAR], []),
]
CATEGORY_ORDER = ["Breakfast", "Mains", "Grill", "Therapeutic", "Snacks", "Drinks"]
PARTNERS = [
    ("Bank of Kigali", "15", 30_000, Billing.COMPANY_INVOICE),
    ("MTN Rwanda", "10", 40_000, Billing.COMPANY_INVOICE),
    ("RwandAir", "12.5", 25_000, Billing.COMPANY_INVOICE),
    ("Inyange Industries", "8", 0, Billing.EMPLOYEE_PAYS),
    ("Rwanda Biomedical Centre", "20", 20_000, Billing.COMPANY_INVOICE),
]
HOURS = [6, 7, 7, 8, 9, 10, 11, 12, 12, 12, 13, 13, 14, 15, 16, 17, 18, 18, 19, 19, 20]
DELIVERED_TO_BED = 0.85  # of patients' orders; the rest are collected by family at the counter
LATE_SHARE = 0.15  # of orders handed over after their target
OPENS = time(6, 0)  # the desk's first orders of the day
CHUNK = 5_000
MONEY_BACK_AFTER = timedelta(minutes=25)
REVERSAL_PREFIX = {PaymentMethod.MOBILE_MONEY: "RV", PaymentMethod.CARD: "CR"}


def _menu(ctx: DemoContext) -> list[tuple[int, int, MealPeriod]]:
    session = ctx.session
    categories: dict[str, MenuCategory] = {}
    for order, name in enumerate(CATEGORY_ORDER):
        row = MenuCategory(name=name, sort_order=order)
        session.add(row)
        categories[name] = row
    session.flush()
    items = []
    for name, category, period, price, tags, allergens in MENU:
        item = MenuItem(
            name=name,
            category_id=categories[category].id,
            meal_period=period,
            price_rwf=price,
            created_at=ctx.now,
        )
        session.add(item)
        session.flush()
        session.add_all([MenuItemDietTag(menu_item_id=item.id, tag=t) for t in tags])
        session.add_all([MenuItemAllergen(menu_item_id=item.id, allergen=a) for a in allergens])
        items.append((item.id, price, period))
    ctx.menu_item_ids = [i for i, _p, _m in items]
    return items


def _corporate(ctx: DemoContext, first_day: date) -> dict[int, tuple[int, int, Offer, int, bool]]:
    """customer id -> (employee id, contract id, offer, cap, company pays)."""
    from ...models.customers import Customer

    session, rng = ctx.session, ctx.rng
    candidates = list(
        session.scalars(
            select(Customer.id)
            .where(Customer.kind.in_((CustomerKind.STAFF, CustomerKind.EXTERNAL)))
            .order_by(Customer.id)
        )
    )
    rng.shuffle(candidates)
    per_partner = max(1, len(candidates) // 3 // len(PARTNERS))
    employees: dict[int, tuple[int, int, Offer, int, bool]] = {}
    for index, (name, percent, cap, billing) in enumerate(PARTNERS):
        partner = CorporatePartner(
            name=name,
            contact_name="Human resources",
            phone=f"+25078{rng.randrange(10**7):07d}",
            created_at=ctx.now,
        )
        session.add(partner)
        session.flush()
        code = "".join(w[0] for w in name.split()).upper()
        contract = CorporateContract(
            partner_id=partner.id,
            code=f"{code}-{first_day.year}",
            starts_on=first_day,
            ends_on=date(ctx.now.year + 1, 12, 31),
            discount_percent=Decimal(percent),
            monthly_cap_rwf=cap,
            billing=billing,
            status=ContractStatus.ACTIVE,
            created_at=ctx.now,
        )
        session.add(contract)
        session.flush()
        offer = Offer(
            f"corporate:{contract.id}",
            f"{name} contract {contract.code} ({Decimal(percent):.2f}%)",
            percent=Decimal(percent),
            stackable=True,
        )
        for number, customer_id in enumerate(
            candidates[index * per_partner : (index + 1) * per_partner]
        ):
            employee = CorporateEmployee(
                partner_id=partner.id,
                customer_id=customer_id,
                employee_number=f"{code}-{number + 1:04d}",
                enrolled_at=ctx.now,
            )
            session.add(employee)
            session.flush()
            employees[customer_id] = (
                employee.id,
                contract.id,
                offer,
                cap,
                billing == Billing.COMPANY_INVOICE,
            )
    return employees


def _order_times(ctx: DemoContext, first_day: date, count: int) -> list[datetime]:
    """Spread over the months with gentle growth, at meal-shaped local hours, oldest first."""
    rng, zone = ctx.rng, ctx.zone
    today = ctx.now.astimezone(zone).date()
    days = (today - first_day).days + 1
    growth = list(accumulate(1.0 + 0.6 * d / max(1, days) for d in range(days)))
    chosen_days = sorted(rng.choices(range(days), cum_weights=growth, k=count))
    moments = []
    for offset in chosen_days:
        local = datetime.combine(
            first_day + timedelta(days=offset), time(rng.choice(HOURS), rng.randrange(60)), zone
        )
        moment = local.astimezone(ctx.now.tzinfo)
        if moment >= ctx.now:  # later today: somewhere in the morning so far instead
            opened = datetime.combine(today, OPENS, zone)
            since = max(2.0, (ctx.now - opened).total_seconds() / 60)
            moment = ctx.now - timedelta(minutes=rng.uniform(1, since))
        moments.append(moment)
    return sorted(moments)


def _timeline(
    ctx: DemoContext, placed: datetime, fulfilment: Fulfilment
) -> list[tuple[OrderStatus, datetime]]:
    """When the kitchen starts the order, sends it (a ward delivery only) and hands it over."""
    rng = ctx.rng
    target = target_for(fulfilment).total_seconds() / 60
    if rng.random() < LATE_SHARE:
        done = rng.uniform(target + 2, target * 1.8)
    else:
        done = rng.triangular(target * 0.55, target - 1, target * 0.85)
    preparing = rng.uniform(1, min(8, done / 3))
    steps = [(OrderStatus.PREPARING, preparing)]
    if fulfilment == Fulfilment.DELIVERY:
        sent = max(preparing + 2, done - rng.uniform(6, 12))
        steps.append((OrderStatus.OUT_FOR_DELIVERY, sent))
    steps.append((OrderStatus.DELIVERED, done))
    return [(status, placed + timedelta(minutes=minutes)) for status, minutes in steps]


def populate(ctx: DemoContext) -> None:
    session, rng, zone = ctx.session, ctx.rng, ctx.zone
    today = ctx.now.astimezone(zone).date()
    first_month = today.replace(day=1)
    for _ in range(ctx.sizes.months - 1):
        first_month = (first_month - timedelta(days=1)).replace(day=1)
    ctx.progress("menu and corporate partners")
    items = _menu(ctx)
    employees = _corporate(ctx, first_month)
    session.add(
        Promotion(
            name="Umuganura harvest week",
            percent_off=Decimal(10),
            starts_on=date(today.year, 8, 1),
            ends_on=date(today.year, 8, 7),
        )
    )
    session.add(
        Promotion(
            name="Loyal visitor card",
            amount_off_rwf=300,
            min_subtotal_rwf=5000,
            stackable=True,
            starts_on=first_month,
            ends_on=date(today.year, 12, 31),
        )
    )
    session.flush()
    promotions = [
        (
            p.id,
            Offer(
                f"promotion:{p.id}",
                f"Promotion: {p.name}",
                Decimal(p.percent_off),
                p.amount_off_rwf,
                p.stackable,
            ),
            p.starts_on,
            p.ends_on,
            p.min_subtotal_rwf,
        )
        for p in session.scalars(select(Promotion))
    ]
    by_period = defaultdict(list)
    for item_id, price, period in items:
        by_period[period].append((item_id, price))
    names = dict(session.execute(select(MenuItem.id, MenuItem.name)).all())
    beds = _beds(ctx)
    desk_staff: list[int | None] = [*ctx.staff_by_role.get(Role.FRONT_DESK, [])] or [None]
    customers = ctx.customer_ids
    if not customers or ctx.sizes.orders <= 0:
        return
    cumulative = list(accumulate(rng.paretovariate(1.6) for _ in customers))
    usage: dict[tuple[int, date], int] = defaultdict(int)
    next_id = (session.scalar(select(func.max(Order.id))) or 0) + 1
    moments = _order_times(ctx, first_month, ctx.sizes.orders)
    cutoff_today = datetime.combine(today, time(0), zone)
    ctx.progress(f"{len(moments):,} orders")
    for start in range(0, len(moments), CHUNK):
        orders, lines, discounts, payments = [], [], [], []
        for placed in moments[start : start + CHUNK]:
            order_id = next_id
            next_id += 1
            customer = rng.choices(customers, cum_weights=cumulative)[0]
            local = placed.astimezone(zone)
            period = B if local.hour < 10 else (L if local.hour < 15 else D)
            menu_pool = by_period[period] + by_period[A] + by_period[S]
            picked: dict[int, tuple[int, int]] = {}
            for _ in range(rng.choice([1, 1, 2, 2, 2, 3, 4])):
                item_id, price = rng.choice(menu_pool)
                quantity = picked.get(item_id, (0, price))[0] + rng.choice([1, 1, 1, 2])
                picked[item_id] = (quantity, price)
            subtotal = sum(q * p for q, p in picked.values())
            day = local.date()
            offers = [
                offer
                for _pid, offer, s, e, minimum in promotions
                if s <= day <= e and subtotal >= minimum
            ]
            corporate = employees.get(customer)
            if corporate:
                offers.append(corporate[2])
            chosen, discount = choose(subtotal, offers)
            total = subtotal - discount
            company, own = 0, total
            employee_id = None
            if corporate is not None and corporate[4]:
                month = day.replace(day=1)
                company, own = split_shares(
                    total, True, corporate[3] - usage[(corporate[0], month)]
                )
                usage[(corporate[0], month)] += company
                employee_id = corporate[0] if company else None
            bed = beds.get(customer)
            if bed is not None and rng.random() >= DELIVERED_TO_BED:
                bed = None
            fulfilment = Fulfilment.PICKUP if bed is None else Fulfilment.DELIVERY
            status, changed = OrderStatus.PLACED, placed
            for step, at in _timeline(ctx, placed, fulfilment):
                if at <= ctx.now:
                    status, changed = step, at
            roll = rng.random()
            if placed < cutoff_today and roll < 0.04:
                status = OrderStatus.CANCELLED
            elif placed < cutoff_today and roll < 0.055:
                status = OrderStatus.REFUNDED
            money_back = status in (OrderStatus.CANCELLED, OrderStatus.REFUNDED)
            if money_back:
                changed = min(placed + MONEY_BACK_AFTER, ctx.now)
            if money_back and company and corporate is not None:
                usage[(corporate[0], day.replace(day=1))] -= company
            method = rng.choice(
                [
                    PaymentMethod.CASH,
                    PaymentMethod.CASH,
                    PaymentMethod.MOBILE_MONEY,
                    PaymentMethod.MOBILE_MONEY,
                    PaymentMethod.CARD,
                ]
            )
            orders.append(
                {
                    "id": order_id,
                    "number": f"D-{order_id:06d}",
                    "customer_id": customer,
                    "placed_at": placed,
                    "placed_by_id": rng.choice(desk_staff),
                    "status": status,
                    "channel": Channel.CORPORATE if corporate else Channel.REGULAR,
                    "fulfilment": fulfilment,
                    "ward": bed[0] if bed else None,
                    "bed": bed[1] if bed else None,
                    "contract_id": corporate[1] if corporate else None,
                    "corporate_employee_id": employee_id,
                    "subtotal_rwf": subtotal,
                    "discount_rwf": discount,
                    "total_rwf": total,
                    "company_share_rwf": company,
                    "customer_share_rwf": own,
                    "status_changed_at": changed,
                    "version": 1,
                    "cancel_reason": "Customer left before it was ready"
                    if status == OrderStatus.CANCELLED
                    else None,
                    "refund_reason": "Meal arrived cold"
                    if status == OrderStatus.REFUNDED
                    else None,
                }
            )
            for item_id, (quantity, price) in picked.items():
                lines.append(
                    {
                        "order_id": order_id,
                        "menu_item_id": item_id,
                        "item_name": names[item_id],
                        "unit_price_rwf": price,
                        "quantity": quantity,
                        "line_total_rwf": price * quantity,
                    }
                )
            for offer in chosen:
                discounts.append(
                    {
                        "order_id": order_id,
                        "kind": offer.key.split(":")[0],
                        "description": offer.label,
                        "amount_rwf": offer.amount_on(subtotal),
                        "paid_by_company": False,
                    }
                )
            paid = []
            if own:
                paid.append(
                    (
                        method,
                        own,
                        f"MP{order_id:010d}" if method == PaymentMethod.MOBILE_MONEY else None,
                    )
                )
            if company:
                paid.append((PaymentMethod.CORPORATE_ACCOUNT, company, None))
            for paid_with, amount, reference in paid:
                payments.append(_payment(order_id, paid_with, amount, reference, placed))
                if money_back:
                    prefix = REVERSAL_PREFIX.get(paid_with)
                    reversal = f"{prefix}{order_id:010d}" if prefix else None
                    payments.append(
                        _payment(order_id, paid_with, amount, reversal, changed, is_refund=True)
                    )
        session.execute(insert(Order), orders)
        session.execute(insert(OrderLine), lines)
        if discounts:
            session.execute(insert(OrderDiscount), discounts)
        if payments:
            session.execute(insert(Payment), payments)
        written = min(start + CHUNK, len(moments))
        ctx.progress(
            f"{written:,} of {len(moments):,} orders written", within=written / len(moments)
        )
    session.execute(
        insert(CorporateMonthlyUsage),
        [
            {"employee_id": employee, "month_start": month, "subsidy_used_rwf": max(0, used)}
            for (employee, month), used in usage.items()
        ],
    )
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text(
                "SELECT setval(pg_get_serial_sequence('orders', 'id'), "
                "(SELECT max(id) FROM orders))"
            )
        )


def _beds(ctx: DemoContext) -> dict[int, tuple[str, str]]:
    """customer id -> (ward, bed), for the patients lying in one."""
    from ...models.customers import Customer

    return {
        customer: (ward, bed)
        for customer, ward, bed in ctx.session.execute(
            select(Customer.id, Customer.ward, Customer.bed).where(
                Customer.kind == CustomerKind.PATIENT
            )
        )
        if ward and bed
    }


def _payment(
    order_id: int,
    method: PaymentMethod,
    amount: int,
    reference: str | None,
    at: datetime,
    is_refund: bool = False,
) -> dict:
    return {
        "order_id": order_id,
        "method": method,
        "amount_rwf": amount,
        "tendered_rwf": None,
        "change_rwf": 0,
        "reference": reference,
        "is_refund": is_refund,
        "received_at": at,
    }
