"""Demo hospital food service: wards on the trolley's route, admitted patients, diet orders with
IDDSI levels, drinks with their IDDSI thicknesses, a few NPO cases, today's trays with late trays
approved, refused and waiting, and visitors' meals on patients' accounts."""

from __future__ import annotations

from datetime import time, timedelta

from sqlalchemy import select

from ...models.customers import Customer, CustomerKind
from ...models.food_service import (
    DietOrder,
    FoodTexture,
    MenuItemDrinkLevel,
    MenuItemTexture,
    Stay,
    Tray,
    TrayStatus,
    Ward,
    WardCutoff,
)
from ...models.menu import MealPeriod, MenuItem
from ...models.orders import (
    Channel,
    Fulfilment,
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentMethod,
)
from ...models.staff import Role
from ...models.subscriptions import TherapeuticCategory as T
from ..food_service import meals
from . import DemoContext
from .names import WARDS

HIGH_RISK_WARDS = {"Cardiology", "Oncology"}
SOFT_DISHES = {  # dish → IDDSI levels it can also be served at
    "Igikoma (sorghum porridge)": ("3", "4", "5"),
    "Vegetable soup (low salt)": ("3", "4"),
    "Renal plate": ("5", "6"),
    "Diabetic plate": ("5", "6"),
    "Isombe n'umuceri": ("5", "6"),
    "Fruit salad": ("4", "6"),
}
DRINKS = {  # drink → IDDSI thicknesses it is served at (thickened at the kitchen)
    "Inyange water": (0,),
    "Fanta": (0,),
    "Icyayi cy'amata": (0, 1, 2),
    "Passion juice": (0, 1, 2, 3),
}
LATE_REASONS = ["back from theatre", "admitted after the cut-off", "missed the round"]
DIETS = [
    (T.DIABETIC_FRIENDLY,),
    (T.RENAL, T.LOW_SODIUM),
    (T.LOW_SODIUM,),
    (T.GLUTEN_FREE,),
    (T.VEGETARIAN,),
    (T.HIGH_PROTEIN,),
]
TEXTURES = [FoodTexture.REGULAR] * 6 + [
    FoodTexture.EASY_TO_CHEW,
    FoodTexture.SOFT_BITE_SIZED,
    FoodTexture.MINCED_MOIST,
    FoodTexture.PUREED,
]
NPO_REASONS = ["surgery", "endoscopy", "fasting for blood tests"]
ADMITTED = 80


def populate(ctx: DemoContext) -> None:
    ctx.progress("wards, admitted patients, diet orders and trays")
    session, rng = ctx.session, ctx.rng
    wards = {}
    for index, name in enumerate(WARDS, 1):
        ward = Ward(name=name, route_order=index * 10, high_risk=name in HIGH_RISK_WARDS)
        session.add(ward)
        wards[name] = ward
    session.flush()
    session.add_all(
        [
            WardCutoff(ward_id=wards["Maternity"].id, meal=MealPeriod.LUNCH, cutoff=time(11, 0)),
            WardCutoff(ward_id=wards["Surgery A"].id, meal=MealPeriod.DINNER, cutoff=time(16, 0)),
            WardCutoff(ward_id=wards["Surgery B"].id, meal=MealPeriod.DINNER, cutoff=time(16, 0)),
        ]
    )
    dishes = {i.name: i for i in session.scalars(select(MenuItem))}
    for name, levels in SOFT_DISHES.items():
        if name in dishes:
            session.add_all(
                MenuItemTexture(menu_item_id=dishes[name].id, texture=FoodTexture(t))
                for t in (*levels, "7")
            )
    for name, drink_levels in DRINKS.items():
        if name in dishes:
            session.add_all(
                MenuItemDrinkLevel(menu_item_id=dishes[name].id, level=level)
                for level in drink_levels
            )
    patients = list(
        session.scalars(
            select(Customer)
            .where(Customer.kind == CustomerKind.PATIENT)
            .order_by(Customer.id)
            .limit(ADMITTED * 2)
        )
    )
    visitors = list(
        session.scalars(select(Customer.id).where(Customer.kind == CustomerKind.VISITOR).limit(20))
    )
    taken: set[tuple[str, str]] = set()
    stays: list[tuple[Stay, Customer, DietOrder | None]] = []
    for customer in patients:
        if len(stays) >= ADMITTED or customer.ward not in wards or customer.bed is None:
            continue
        if (customer.ward, customer.bed) in taken:
            continue
        taken.add((customer.ward, customer.bed))
        admitted = ctx.now - timedelta(days=rng.randint(0, 9), hours=rng.randint(1, 20))
        stay = Stay(
            customer_id=customer.id,
            ward_id=wards[customer.ward].id,
            bed=customer.bed,
            admitted_at=admitted,
            guest_trays_per_meal=1,
        )
        session.add(stay)
        stays.append((stay, customer, None))
    session.flush()
    for index, (stay, customer, _none) in enumerate(stays):
        npo = index < len(NPO_REASONS) * 3 and index % 3 == 0
        if not npo and rng.random() < 0.45:
            continue
        diet = DietOrder(
            stay_id=stay.id,
            written_at=stay.admitted_at + timedelta(hours=1),
            diets=",".join(d.value for d in rng.choice(DIETS)),
            texture=rng.choice(TEXTURES),
            drink_level=rng.choice([0, 0, 0, 1, 2, 3]),
            npo=npo,
            npo_reason=NPO_REASONS[index // 3 % len(NPO_REASONS)] if npo else None,
            npo_until=ctx.now + timedelta(hours=rng.randint(3, 9)) if npo else None,
            intolerances=rng.choice(["", "", "lactose", "spicy food"]),
            notes="",
        )
        session.add(diet)
        stays[index] = (stay, customer, diet)
    session.flush()
    _trays(ctx, stays, visitors, dishes, {w.id: w.name for w in wards.values()})


def _trays(ctx: DemoContext, stays, visitors, dishes, ward_names) -> None:  # type: ignore[no-untyped-def]
    session, rng = ctx.session, ctx.rng
    today = ctx.now.astimezone(ctx.zone).date()
    menu = {
        MealPeriod.BREAKFAST: ["Igikoma (sorghum porridge)", "Chapati", "Bread and honey"],
        MealPeriod.LUNCH: [
            "Isombe n'umuceri",
            "Ibishyimbo n'ibitoki",
            "Diabetic plate",
            "Renal plate",
        ],
        MealPeriod.DINNER: ["Chicken and rice", "Vegetable soup (low salt)"],
    }
    late = None  # the day's last meal whose orders have closed gets the late trays
    for meal, names in menu.items():
        slot = meals.slot(session, ctx.zone, None, meal, today)
        served = ctx.now > slot.serves_until
        unordered = []
        for stay, customer, diet in stays:
            if diet is not None and diet.npo:
                continue
            if rng.random() < 0.3:
                unordered.append((stay, customer))  # no order yet: the round sheet shows them
                continue
            item = dishes.get(rng.choice(names))
            if item is None:
                continue
            status = TrayStatus.DELIVERED if served else TrayStatus.ORDERED
            _tray(ctx, stay, customer.id, item, meal, slot, status, ward_names, guest=False)
        if ctx.now > slot.cutoff:
            late = (unordered[:3], dishes.get(names[0]), slot, served)
        if meal == MealPeriod.LUNCH:
            for (stay, _customer, _diet), visitor in zip(stays[:8], visitors, strict=False):
                item = dishes.get("Isombe n'umuceri")
                if item is not None:
                    status = TrayStatus.DELIVERED if served else TrayStatus.ORDERED
                    _tray(ctx, stay, visitor, item, meal, slot, status, ward_names, guest=True)

    if late is not None:
        _late_trays(ctx, *late, ward_names)


def _late_trays(ctx, unordered, item, slot, served, ward_names) -> None:  # type: ignore[no-untyped-def]
    """A meal ordered after the cut-off: one a manager approved, one refused (it was on the
    patient's account, so nothing was paid to give back), one waiting while the meal is to come."""
    managers = ctx.staff_by_role.get(Role.MANAGER, [])
    if item is None or not managers:
        return
    manager = managers[0]
    late_at = min(ctx.now, slot.cutoff + timedelta(minutes=ctx.rng.randint(5, 40)))
    for index, (stay, customer) in enumerate(unordered):
        reason = LATE_REASONS[index % len(LATE_REASONS)]
        if index == 0:
            status = TrayStatus.DELIVERED if served else TrayStatus.ORDERED
            tray = _tray(ctx, stay, customer.id, item, slot.meal, slot, status, ward_names,
                         guest=False, placed_at=late_at)  # fmt: skip
            tray.late_reason, tray.approved_by_id = reason, manager
            tray.approved_at, tray.approval_note = late_at, "Surgeon's request"
        elif index == 1:
            tray = _tray(ctx, stay, customer.id, item, slot.meal, slot, TrayStatus.CANCELLED,
                         ward_names, guest=False, placed_at=late_at, on_account=True)  # fmt: skip
            why = f"The kitchen had closed the {slot.meal.value} line"
            tray.late_reason, tray.refused_by_id = reason, manager
            tray.refused_at, tray.refusal_reason = late_at, why
            order = ctx.session.get(Order, tray.order_id)
            order.status, order.cancel_reason = OrderStatus.CANCELLED, f"Late tray refused: {why}"
        elif not served:
            tray = _tray(ctx, stay, customer.id, item, slot.meal, slot,
                         TrayStatus.AWAITING_APPROVAL, ward_names, guest=False,
                         placed_at=late_at)  # fmt: skip
            tray.late_reason = reason


def _tray(  # type: ignore[no-untyped-def]
    ctx, stay, customer_id, item, meal, slot, status, ward_names, *, guest,
    placed_at=None, on_account=None,
) -> Tray:  # fmt: skip
    on_account = guest if on_account is None else on_account
    # Ordered on the ward round before the meal's cut-off, and never later than now: a meal
    # still to come was ordered earlier this morning.
    placed = placed_at or min(
        slot.cutoff - timedelta(minutes=ctx.rng.randint(20, 180)),
        ctx.now - timedelta(minutes=ctx.rng.randint(5, 150)),
    )
    delivered = status == TrayStatus.DELIVERED
    late = ctx.rng.random() < 0.2
    delivered_at = slot.due_at + timedelta(minutes=15 if late else -10) if delivered else None
    order = Order(
        number=f"tmp-{stay.id}-{meal.value}-{customer_id}",
        customer_id=customer_id,
        placed_at=placed,
        status=OrderStatus.DELIVERED if delivered else OrderStatus.PLACED,
        channel=Channel.REGULAR,
        fulfilment=Fulfilment.DELIVERY,
        ward=ward_names[stay.ward_id],
        bed=stay.bed,
        subtotal_rwf=item.price_rwf,
        discount_rwf=0,
        total_rwf=item.price_rwf,
        company_share_rwf=0,
        customer_share_rwf=item.price_rwf,
        status_changed_at=delivered_at or placed,
        lines=[
            OrderLine(
                menu_item_id=item.id,
                item_name=item.name,
                unit_price_rwf=item.price_rwf,
                quantity=1,
                line_total_rwf=item.price_rwf,
            )
        ],
        payments=[]
        if on_account
        else [
            Payment(
                method=PaymentMethod.CASH,
                amount_rwf=item.price_rwf,
                tendered_rwf=item.price_rwf,
                received_at=placed,
            )
        ],
    )
    ctx.session.add(order)
    ctx.session.flush()
    order.number = f"D-{order.id:06d}"
    tray = Tray(
        stay_id=stay.id,
        order_id=order.id,
        meal_date=slot.day,
        meal=meal,
        for_guest=guest,
        guest_number=1 if guest else None,
        on_account=on_account,
        status=status,
        due_at=slot.due_at,
        status_changed_at=delivered_at or placed,
        delivered_at=delivered_at,
    )
    ctx.session.add(tray)
    ctx.session.flush()
    return tray
