"""Importing order history and revenue targets from CSV: all or nothing, every bad row named."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models.customers import Customer, CustomerKind
from ..models.menu import MealPeriod, MenuCategory, MenuItem
from ..models.orders import Channel, Fulfilment, Order, OrderDiscount, OrderLine, OrderStatus
from ..models.targets import RevenueTarget
from . import amounts, audit
from .auth import Actor, Permission
from .changes import Area
from .csvfiles import EXTRA_FIELDS, CsvRow, ImportRejected, RowProblem, read_rows
from .progress import Progress, Stages, ignore
from .uow import UnitOfWork

ORDER_COLUMNS = [
    "order_ref",
    "placed_at",
    "customer_ref",
    "customer_name",
    "status",
    "channel",
    "item",
    "quantity",
    "unit_price",
    "discount",
]
TARGET_COLUMNS = ["month", "channel", "amount"]
TARGET_CHANNELS = {"total", "orders", "corporate", "catering", "subscriptions"}
IMPORTED_CATEGORY = "Imported history"
PROGRESS_EVERY = 1000  # orders added between reports (and flushes, so the saving is spread)
FUTURE_TOLERANCE = timedelta(minutes=5)  # a web shop's clock a little ahead is not the future
E = TypeVar("E", bound=enum.Enum)


@dataclass(frozen=True)
class ImportSummary:
    orders: int
    lines: int
    customers_created: int
    items_created: int
    revenue_rwf: int


@dataclass
class _Line:
    line: int
    item: str
    quantity: int
    unit_price: int
    discount: int


@dataclass
class _Order:
    ref: str
    first_line: int
    placed_at: datetime
    customer_ref: str
    customer_name: str
    status: OrderStatus
    channel: Channel
    lines: list[_Line]


def _moment(text: str, zone: ZoneInfo) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def _whole(text: str, what: str, minimum: int, maximum: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise ValueError(f"{what} '{text}' is not a whole number") from None
    if value < minimum:
        raise ValueError(f"{what} must be at least {minimum}, not {value}")
    if value > maximum:
        raise ValueError(f"{what} {value:,} is too large: at most {maximum:,}")
    return value


REQUIRED_ORDER_COLUMNS = ("order_ref", "placed_at", "customer_name", "item", "quantity",
                          "unit_price")  # fmt: skip


def _order_line_faults(
    row: dict[str, str], zone: ZoneInfo, now: datetime
) -> tuple[list[str], dict[str, Any]]:
    """Every problem of one CSV line, and the values that parsed (None where one did not)."""
    faults = [f"{column} is empty" for column in REQUIRED_ORDER_COLUMNS if not row.get(column)]

    def parse(convert: Callable[..., int], *args: Any) -> int | None:
        try:
            return convert(*args)
        except ValueError as error:
            faults.append(str(error))
            return None

    def choice(enum: type[E], column: str, default: str, allowed: str) -> E | None:
        try:
            return enum(row.get(column) or default)
        except ValueError:
            faults.append(f"{column} '{row[column]}' is not {allowed}")
            return None

    ref = row["order_ref"]
    if len(ref) > 20:
        faults.append(f"order_ref '{ref}' is longer than 20 characters")
    placed = None
    if row["placed_at"]:
        try:
            placed = _moment(row["placed_at"], zone)
        except ValueError:
            faults.append(
                f"placed_at '{row['placed_at']}' is not an ISO 8601 date and time"
                " such as 2026-03-01T12:30:00+02:00"
            )
        else:
            if placed > now + FUTURE_TOLERANCE:
                faults.append(
                    f"placed_at {row['placed_at']} is in the future "
                    f"(now: {now.astimezone(zone):%Y-%m-%d %H:%M} hospital time)"
                )
    status = choice(
        OrderStatus, "status", "delivered", f"one of {', '.join(s.value for s in OrderStatus)}"
    )
    channel = choice(Channel, "channel", "regular", "regular or corporate")
    quantity = (
        parse(_whole, row["quantity"], "quantity", 1, amounts.MAX_QUANTITY)
        if row["quantity"]
        else None
    )
    unit_price = (
        parse(_whole, row["unit_price"], "unit_price", 0, amounts.MAX_PRICE_RWF)
        if row["unit_price"]
        else None
    )
    discount = parse(_whole, row.get("discount") or "0", "discount", 0, amounts.MAX_ORDER_RWF)
    if (
        quantity is not None
        and unit_price is not None
        and discount is not None
        and discount > quantity * unit_price
    ):
        faults.append(
            f"discount {discount} is more than the line's "
            f"{quantity} × {unit_price} = {quantity * unit_price}"
        )
    if len(row["item"]) > 80:
        faults.append("item is longer than 80 characters")
    if len(row["customer_name"]) > 120:
        faults.append("customer_name is longer than 120 characters")
    values = {"placed": placed, "status": status, "channel": channel, "quantity": quantity,
              "unit_price": unit_price, "discount": discount}  # fmt: skip
    return faults, values


def _parse_orders(
    rows: list[CsvRow], zone: ZoneInfo, now: datetime
) -> tuple[dict[str, _Order], dict[str, list[_Line]], list[RowProblem]]:
    """The orders, every line naming each dish (by lower-cased name), and every problem."""
    problems: list[RowProblem] = []
    orders: dict[str, _Order] = {}
    dishes: dict[str, list[_Line]] = {}
    for csv_row in rows:
        line, row = csv_row.line, csv_row.values
        if csv_row.extra_fields:
            # The fields after a stray comma are shifted: naming their faults would mislead.
            problems.append(RowProblem(line, EXTRA_FIELDS))
            continue
        faults, v = _order_line_faults(row, zone, now)
        entry = _Line(line, row["item"], v["quantity"] or 0, v["unit_price"] or 0,
                      v["discount"] or 0)  # fmt: skip
        if row["item"]:
            dishes.setdefault(row["item"].lower(), []).append(entry)
        problems += [RowProblem(line, fault) for fault in faults]
        if faults:
            continue
        ref = row["order_ref"]
        header = (v["placed"], row.get("customer_ref", ""), row["customer_name"], v["status"],
                  v["channel"])  # fmt: skip
        existing = orders.get(ref)
        if existing is None:
            orders[ref] = _Order(ref, line, *header, [entry])
        elif (existing.placed_at, existing.customer_ref, existing.customer_name,
              existing.status, existing.channel) != header:  # fmt: skip
            problems.append(
                RowProblem(
                    line,
                    f"order {ref} was started on line {existing.first_line}"
                    " with another time, customer, status or channel",
                )
            )
        else:
            existing.lines.append(entry)
    return orders, dishes, problems


def import_orders(
    uow: UnitOfWork,
    actor: Actor,
    path: Path,
    *,
    create_missing_dishes: bool = False,
    progress: Progress = ignore,
) -> ImportSummary:
    """Import web-shop order history, all or nothing.

    Every problem of every line is listed, not only the first. Dishes are matched to the menu by
    name (case ignored); one the menu lacks is refused, each named once with its lines, unless
    `create_missing_dishes` (then it is added, unavailable, under "Imported history"). An order
    placed later than now (give or take FUTURE_TOLERANCE of clock skew) is refused.
    `progress` is told how far it has got; raising `Cancelled` from it saves nothing."""
    stages = Stages(progress, [20, 80])
    stages(f"reading {path.name}")
    rows = read_rows(path, ORDER_COLUMNS)
    orders, dishes, problems = _parse_orders(rows, uow.zone, uow.now())
    stages.current = 1
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_SETTINGS)
        session = uow.session
        taken = set(session.scalars(select(Order.number).where(Order.number.in_(list(orders)))))
        for ref in sorted(taken):
            problems.append(
                RowProblem(orders[ref].first_line, f"order {ref} is already in the database")
            )
        items = _menu_items(session, dishes)
        missing = [key for key in dishes if key not in items]
        hint = ""
        if missing and not create_missing_dishes:
            problems += [_missing_dish(dishes[key]) for key in missing]
            hint = (
                "Add the missing dishes to the menu first, or import with "
                "--create-missing-dishes to add them as unavailable menu items."
            )
        if problems:
            raise ImportRejected(path.name, sorted(problems, key=lambda p: p.line), hint)
        customers, created_customers = _customers(session, orders.values())
        items.update(_create_dishes(session, [dishes[key][0] for key in missing]))
        lines = revenue = 0
        for number, order in enumerate(orders.values(), 1):
            subtotal = sum(li.quantity * li.unit_price for li in order.lines)
            discount = sum(li.discount for li in order.lines)
            total = subtotal - discount
            if order.status not in (OrderStatus.CANCELLED, OrderStatus.REFUNDED):
                revenue += total
            session.add(
                Order(
                    number=order.ref,
                    customer_id=customers[(order.customer_ref, order.customer_name)],
                    placed_at=order.placed_at,
                    status=order.status,
                    channel=order.channel,
                    fulfilment=Fulfilment.PICKUP,
                    subtotal_rwf=subtotal,
                    discount_rwf=discount,
                    total_rwf=total,
                    company_share_rwf=0,
                    customer_share_rwf=total,
                    status_changed_at=order.placed_at,
                    lines=[
                        OrderLine(
                            menu_item_id=items[li.item.lower()],
                            item_name=li.item,
                            unit_price_rwf=li.unit_price,
                            quantity=li.quantity,
                            line_total_rwf=li.quantity * li.unit_price,
                        )
                        for li in order.lines
                    ],
                    discounts=[
                        OrderDiscount(
                            kind="imported",
                            description="Discount from imported history",
                            amount_rwf=discount,
                        )
                    ]
                    if discount
                    else [],
                )
            )
            lines += len(order.lines)
            if number % PROGRESS_EVERY == 0:
                session.flush()
                stages(f"{number:,} of {len(orders):,} orders", within=number / len(orders))
        stages("saving", within=1.0)
        summary = ImportSummary(len(orders), lines, created_customers, len(missing), revenue)
        audit.record(
            session,
            actor,
            "orders_imported",
            "orders",
            None,
            file=path.name,
            orders=summary.orders,
            lines=lines,
            revenue_rwf=revenue,
        )
        uow.record(Area.ORDERS)
        if created_customers:
            uow.record(Area.CUSTOMERS)
        if missing:
            uow.record(Area.MENU)
        uow.commit()
        stages.finish(f"{summary.orders:,} orders imported")
        return summary


def _customers(
    session: Session, orders: Iterable[_Order]
) -> tuple[dict[tuple[str, str], int], int]:
    """Match by reference, else by exact name; create the rest as outside customers."""
    wanted = {(o.customer_ref, o.customer_name) for o in orders}
    refs = {ref for ref, _name in wanted if ref}
    by_ref = dict(
        session.execute(
            select(Customer.reference, Customer.id).where(Customer.reference.in_(refs))
        ).all()
    )
    names = {name for _ref, name in wanted}
    by_name = dict(
        session.execute(
            select(Customer.full_name, func.min(Customer.id))
            .where(Customer.full_name.in_(names))
            .group_by(Customer.full_name)
        ).all()
    )
    result: dict[tuple[str, str], int] = {}
    created = 0
    next_number = (session.scalar(select(func.count()).select_from(Customer)) or 0) + 1
    for ref, name in sorted(wanted):
        found = by_ref.get(ref) or (None if ref else by_name.get(name))
        if found is None:
            reference = ref or f"IMP-{next_number:06d}"
            next_number += 1
            customer = Customer(reference=reference, kind=CustomerKind.EXTERNAL, full_name=name)
            session.add(customer)
            session.flush()
            found = by_ref[reference] = customer.id
            created += 1
        result[(ref, name)] = found
    return result, created


def _menu_items(session: Session, dishes: dict[str, list[_Line]]) -> dict[str, int]:
    """Menu item ids by lower-cased name, for the dishes the menu has."""
    return {
        name.lower(): item_id
        for name, item_id in session.execute(
            select(MenuItem.name, MenuItem.id).where(func.lower(MenuItem.name).in_(list(dishes)))
        )
    }


def _missing_dish(lines: list[_Line]) -> RowProblem:
    others = [str(li.line) for li in lines[1:]]
    also = ""
    if others:
        shown = ", ".join(others[:5]) + (f" and {len(others) - 5} more" if len(others) > 5 else "")
        also = f" (also on line{'s' if len(others) > 1 else ''} {shown})"
    return RowProblem(lines[0].line, f"dish '{lines[0].item}' is not on the menu{also}")


def _create_dishes(session: Session, first_lines: list[_Line]) -> dict[str, int]:
    """Add each dish, priced as on its first line, unavailable, under "Imported history"."""
    if not first_lines:
        return {}
    category = session.scalar(select(MenuCategory).where(MenuCategory.name == IMPORTED_CATEGORY))
    if category is None:
        category = MenuCategory(name=IMPORTED_CATEGORY, sort_order=999)
        session.add(category)
        session.flush()
    created = {}
    for first in first_lines:
        item = MenuItem(
            name=first.item,
            category_id=category.id,
            meal_period=MealPeriod.ALL_DAY,
            price_rwf=first.unit_price,
            is_available=False,
        )
        session.add(item)
        session.flush()
        created[first.item.lower()] = item.id
    return created


def import_targets(uow: UnitOfWork, actor: Actor, path: Path) -> int:
    """month (YYYY-MM), channel (total/orders/corporate/catering/subscriptions), amount (RWF).
    A month and channel already set is replaced."""
    problems: list[RowProblem] = []
    targets: dict[tuple[date, str], int] = {}
    for line, row in ((r.line, r.values) for r in read_rows(path, TARGET_COLUMNS)):
        try:
            try:
                month = date.fromisoformat(f"{row['month']}-01")
            except ValueError:
                raise ValueError(f"month '{row['month']}' is not like 2026-03") from None
            channel = row.get("channel") or "total"
            if channel not in TARGET_CHANNELS:
                raise ValueError(
                    f"channel '{channel}' is not one of {', '.join(sorted(TARGET_CHANNELS))}"
                )
            if (month, channel) in targets:
                raise ValueError(f"{row['month']} {channel} appears twice")
            targets[(month, channel)] = _whole(row["amount"], "amount", 0, amounts.MAX_TARGET_RWF)
        except ValueError as error:
            problems.append(RowProblem(line, str(error)))
    if problems:
        raise ImportRejected(path.name, problems)
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_TARGETS)
        existing = {
            (t.month_start, t.channel): t for t in uow.session.scalars(select(RevenueTarget))
        }
        for (month, channel), amount in targets.items():
            target = existing.get((month, channel))
            if target is None:
                uow.session.add(
                    RevenueTarget(month_start=month, channel=channel, amount_rwf=amount)
                )
            else:
                target.amount_rwf = amount
        audit.record(
            uow.session,
            actor,
            "targets_imported",
            "revenue_targets",
            None,
            file=path.name,
            rows=len(targets),
        )
        uow.record(Area.TARGETS)
        uow.commit()
    return len(targets)
