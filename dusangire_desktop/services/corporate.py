"""Corporate partners, their contracts and employees, and the monthly statement of what they owe.

Writes record `Area.CORPORATE` with the id of the partner whose contracts or employees changed
(a screen shows a partner with all of them); enrolling also records the customers it registers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import and_, func, select

from ..models.corporate import (
    Billing,
    ContractStatus,
    CorporateContract,
    CorporateEmployee,
    CorporatePartner,
)
from ..models.customers import Customer, CustomerKind
from ..models.orders import Order, OrderStatus
from . import amounts, audit
from .auth import Actor, Permission
from .changes import Area
from .clock import local_day_bounds_utc
from .csvfiles import EXTRA_FIELDS, ImportRejected, RowProblem, read_rows
from .customers import normalise_phone
from .errors import Conflict, NotFound, ValidationError
from .languages import parse_language
from .messages import QT_TRANSLATE_NOOP, Capitalized, Text, text
from .progress import Progress, Step, ignore
from .uow import UnitOfWork

__all__ = ["Billing", "ContractStatus"]

EMPLOYEE_COLUMNS = ["employee_number", "full_name", "phone"]


@dataclass(frozen=True)
class PartnerView:
    id: int
    name: str
    contact_name: str
    phone: str | None
    email: str | None
    is_active: bool
    employees: int
    # The monthly statement is printed in it.
    language: str = "en"


@dataclass(frozen=True)
class ContractView:
    id: int
    partner_id: int
    code: str
    starts_on: date
    ends_on: date
    discount_percent: Decimal
    monthly_cap_rwf: int
    billing: Billing
    status: ContractStatus


@dataclass(frozen=True)
class EmployeeView:
    id: int
    customer_id: int
    employee_number: str
    full_name: str
    phone: str | None
    is_active: bool


@dataclass(frozen=True)
class StatementLine:
    employee_number: str
    full_name: str
    orders: int
    total_rwf: int
    company_rwf: int
    employee_rwf: int


@dataclass(frozen=True)
class Statement:
    partner: str
    month: date
    lines: list[StatementLine]
    language: str = "en"

    @property
    def orders(self) -> int:
        return sum(line.orders for line in self.lines)

    @property
    def total_rwf(self) -> int:
        return sum(line.total_rwf for line in self.lines)

    @property
    def company_rwf(self) -> int:
        return sum(line.company_rwf for line in self.lines)

    @property
    def employee_rwf(self) -> int:
        return sum(line.employee_rwf for line in self.lines)


def _contract_view(c: CorporateContract) -> ContractView:
    return ContractView(
        c.id,
        c.partner_id,
        c.code,
        c.starts_on,
        c.ends_on,
        c.discount_percent,
        c.monthly_cap_rwf,
        c.billing,
        c.status,
    )


def _clean(value: str, field: str, label: str, limit: int, required: bool = False) -> str:
    """`label` is a marked fragment with its article ("the company name")."""
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


def list_partners(uow: UnitOfWork, actor: Actor) -> list[PartnerView]:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_CORPORATE_STATEMENTS)
        counts = dict(
            uow.session.execute(
                select(CorporateEmployee.partner_id, func.count())
                .where(CorporateEmployee.is_active)
                .group_by(CorporateEmployee.partner_id)
            ).all()
        )
        return [
            PartnerView(
                p.id,
                p.name,
                p.contact_name,
                p.phone,
                p.email,
                p.is_active,
                counts.get(p.id, 0),
                p.language.value,
            )
            for p in uow.session.scalars(select(CorporatePartner).order_by(CorporatePartner.name))
        ]


def save_partner(
    uow: UnitOfWork,
    actor: Actor,
    *,
    name: str,
    contact_name: str = "",
    phone: str = "",
    email: str = "",
    partner_id: int | None = None,
    language: str = "en",
) -> PartnerView:
    name = _clean(name, "name", QT_TRANSLATE_NOOP("errors", "the company name"), 120, required=True)
    contact = _clean(
        contact_name, "contact_name", QT_TRANSLATE_NOOP("errors", "the contact person"), 120
    )
    phone_value = normalise_phone(phone)
    email_value = _clean(email, "email", QT_TRANSLATE_NOOP("errors", "the e-mail"), 120) or None
    chosen = parse_language(language)
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_CORPORATE)
        clash = uow.session.scalar(
            select(CorporatePartner.id).where(
                func.lower(CorporatePartner.name) == name.lower(),
                CorporatePartner.id != (partner_id or -1),
            )
        )
        if clash:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A partner called '{name}' already exists."),
                field="name",
                name=name,
            )
        found = (
            CorporatePartner(created_at=uow.now())
            if partner_id is None
            else uow.session.get(CorporatePartner, partner_id, with_for_update=True)
        )
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That partner no longer exists."))
        partner = found
        values = {"name": name, "contact_name": contact, "phone": phone_value,
                  "email": email_value, "language": chosen}  # fmt: skip
        changed = sorted(k for k, v in values.items() if getattr(partner, k, None) != v)
        uow.session.add(partner)
        for key, value in values.items():
            setattr(partner, key, value)
        uow.flush()
        if partner_id is None:
            audit.record(
                uow.session, actor, "partner_saved", "corporate_partner", partner.id, name=name
            )
        else:
            # Like a customer's update: which fields changed, and the statements' new language.
            audit.record(uow.session, actor, "partner_updated", "corporate_partner", partner.id,
                         name=name, fields=changed, language=chosen.value)  # fmt: skip
        uow.record(Area.CORPORATE, [partner.id])
        employees = uow.session.scalar(
            select(func.count()).where(
                CorporateEmployee.partner_id == partner.id, CorporateEmployee.is_active
            )
        )
        uow.commit()
        return PartnerView(partner.id, name, contact, phone_value, email_value, partner.is_active,
                           employees or 0, chosen.value)  # fmt: skip


def list_contracts(uow: UnitOfWork, actor: Actor, partner_id: int) -> list[ContractView]:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_CORPORATE_STATEMENTS)
        return [
            _contract_view(c)
            for c in uow.session.scalars(
                select(CorporateContract)
                .where(CorporateContract.partner_id == partner_id)
                .order_by(CorporateContract.starts_on.desc())
            )
        ]


@dataclass(frozen=True)
class ContractInput:
    code: str
    starts_on: date
    ends_on: date
    discount_percent: str | Decimal
    monthly_cap_rwf: int
    billing: Billing
    status: ContractStatus = ContractStatus.DRAFT


def save_contract(
    uow: UnitOfWork,
    actor: Actor,
    partner_id: int,
    data: ContractInput,
    contract_id: int | None = None,
) -> ContractView:
    """One partner never has two active contracts covering the same day."""
    code = _clean(
        data.code, "code", QT_TRANSLATE_NOOP("errors", "the contract code"), 30, required=True
    )
    if data.ends_on < data.starts_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The contract ends ({ends_on:%d %b %Y}) before it starts ({starts_on:%d %b %Y}).",
            ),
            field="ends_on",
            ends_on=data.ends_on,
            starts_on=data.starts_on,
        )
    percent = amounts.percent(
        data.discount_percent,
        field="discount_percent",
        what=QT_TRANSLATE_NOOP("errors", "the discount"),
    )
    cap = amounts.whole_rwf(
        data.monthly_cap_rwf,
        field="monthly_cap_rwf",
        what=QT_TRANSLATE_NOOP("errors", "the monthly allowance"),
        maximum=amounts.MAX_ALLOWANCE_RWF,
    )
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_CORPORATE)
        partner = uow.session.get(CorporatePartner, partner_id, with_for_update=True)
        if partner is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That partner no longer exists."))
        if uow.session.scalar(
            select(CorporateContract.id).where(
                func.lower(CorporateContract.code) == code.lower(),
                CorporateContract.id != (contract_id or -1),
            )
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The contract code {code} is already used."),
                field="code",
                code=code,
            )
        if ContractStatus(data.status) == ContractStatus.ACTIVE:
            overlap = uow.session.scalar(
                select(CorporateContract).where(
                    CorporateContract.partner_id == partner_id,
                    CorporateContract.status == ContractStatus.ACTIVE,
                    CorporateContract.id != (contract_id or -1),
                    and_(
                        CorporateContract.starts_on <= data.ends_on,
                        CorporateContract.ends_on >= data.starts_on,
                    ),
                )
            )
            if overlap is not None:
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{name} already has active contract {code} from {starts_on:%d %b %Y} to "
                        "{ends_on:%d %b %Y}. Suspend it or change the dates first.",
                    ),
                    name=partner.name,
                    code=overlap.code,
                    starts_on=overlap.starts_on,
                    ends_on=overlap.ends_on,
                )
        found = (
            CorporateContract(partner_id=partner_id, created_at=uow.now())
            if contract_id is None
            else uow.session.get(CorporateContract, contract_id, with_for_update=True)
        )
        if found is None or found.partner_id != partner_id:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That contract no longer exists."))
        contract = found
        uow.session.add(contract)
        contract.code, contract.starts_on, contract.ends_on = code, data.starts_on, data.ends_on
        contract.discount_percent, contract.monthly_cap_rwf = percent, cap
        contract.billing, contract.status = Billing(data.billing), ContractStatus(data.status)
        uow.flush()
        audit.record(
            uow.session,
            actor,
            "contract_saved",
            "corporate_contract",
            contract.id,
            code=code,
            status=contract.status.value,
            percent=str(percent),
            cap_rwf=cap,
        )
        uow.record(Area.CORPORATE, [partner_id])
        uow.commit()
        return _contract_view(contract)


def list_employees(uow: UnitOfWork, actor: Actor, partner_id: int) -> list[EmployeeView]:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_CORPORATE_STATEMENTS)
        rows = uow.session.execute(
            select(CorporateEmployee, Customer)
            .join(Customer)
            .where(CorporateEmployee.partner_id == partner_id)
            .order_by(Customer.full_name)
        )
        return [
            EmployeeView(e.id, c.id, e.employee_number, c.full_name, c.phone, e.is_active)
            for e, c in rows
        ]


def _enrol(
    uow: UnitOfWork, partner_id: int, number: str, name: str, phone: str | None
) -> CorporateEmployee:
    """Enrols the employee, registering them as a customer unless they are one already."""
    customer = None
    if phone:
        customer = uow.session.scalar(
            select(Customer).where(
                Customer.phone == phone, func.lower(Customer.full_name) == name.lower()
            )
        )
    if customer is None:
        customer = Customer(
            reference=f"tmp-{partner_id}-{number}"[:20],
            kind=CustomerKind.EXTERNAL,
            full_name=name,
            phone=phone,
            created_at=uow.now(),
        )
        uow.session.add(customer)
        uow.flush()
        customer.reference = f"C-{customer.id:06d}"
        uow.record(Area.CUSTOMERS, [customer.id])
    employee = CorporateEmployee(
        partner_id=partner_id,
        customer_id=customer.id,
        employee_number=number,
        enrolled_at=uow.now(),
    )
    uow.session.add(employee)
    uow.flush()
    return employee


def enrol_employee(
    uow: UnitOfWork, actor: Actor, partner_id: int, employee_number: str, full_name: str, phone: str
) -> EmployeeView:
    number = _clean(
        employee_number,
        "employee_number",
        QT_TRANSLATE_NOOP("errors", "the employee number"),
        30,
        required=True,
    )
    name = _clean(
        full_name,
        "full_name",
        QT_TRANSLATE_NOOP("errors", "the employee's full name"),
        120,
        required=True,
    )
    phone_value = normalise_phone(phone)
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_CORPORATE)
        if uow.session.get(CorporatePartner, partner_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That partner no longer exists."))
        if uow.session.scalar(
            select(CorporateEmployee.id).where(
                CorporateEmployee.partner_id == partner_id,
                func.lower(CorporateEmployee.employee_number) == number.lower(),
            )
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Employee number {number} is already enrolled."),
                field="employee_number",
                number=number,
            )
        employee = _enrol(uow, partner_id, number, name, phone_value)
        audit.record(
            uow.session,
            actor,
            "employee_enrolled",
            "corporate_employee",
            employee.id,
            partner_id=partner_id,
            employee_number=number,
        )
        uow.record(Area.CORPORATE, [partner_id])
        uow.commit()
        return EmployeeView(employee.id, employee.customer_id, number, name, phone_value, True)


def set_employee_active(uow: UnitOfWork, actor: Actor, employee_id: int, active: bool) -> None:
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_CORPORATE)
        employee = uow.session.get(CorporateEmployee, employee_id, with_for_update=True)
        if employee is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That employee is not enrolled."))
        employee.is_active = active
        audit.record(
            uow.session,
            actor,
            "employee_reactivated" if active else "employee_deactivated",
            "corporate_employee",
            employee_id,
        )
        uow.record(Area.CORPORATE, [employee.partner_id])
        uow.commit()


def import_employees(
    uow: UnitOfWork, actor: Actor, partner_id: int, path: Path, progress: Progress = ignore
) -> int:
    """employee_number,full_name,phone — all rows or none; every bad row named with its line.

    `progress` is told how many are enrolled; raising `Cancelled` from it saves none."""
    problems: list[RowProblem] = []
    rows: list[tuple[int, str, str, str | None]] = []
    seen: dict[str, int] = {}
    for csv_row in read_rows(path, EMPLOYEE_COLUMNS):
        line, values = csv_row.line, csv_row.values
        if csv_row.extra_fields:
            problems.append(RowProblem(line, text(EXTRA_FIELDS)))
            continue
        try:
            number = _clean(
                values["employee_number"],
                "employee_number",
                QT_TRANSLATE_NOOP("errors", "the employee number"),
                30,
                required=True,
            )
            name = _clean(
                values["full_name"],
                "full_name",
                QT_TRANSLATE_NOOP("errors", "the full name"),
                120,
                required=True,
            )
            phone = normalise_phone(values.get("phone", ""))
        except ValidationError as error:
            problems.append(RowProblem(line, error.message))
            continue
        if number.lower() in seen:
            problems.append(
                RowProblem(
                    line,
                    text(
                        QT_TRANSLATE_NOOP(
                            "errors", "employee number {number} is also on line {other}"
                        ),
                        number=number,
                        other=seen[number.lower()],
                    ),
                )
            )
            continue
        seen[number.lower()] = line
        rows.append((line, number, name, phone))
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_CORPORATE)
        if uow.session.get(CorporatePartner, partner_id, with_for_update=True) is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That partner no longer exists."))
        enrolled = {
            n.lower()
            for n in uow.session.scalars(
                select(CorporateEmployee.employee_number).where(
                    CorporateEmployee.partner_id == partner_id
                )
            )
        }
        problems += [
            RowProblem(
                line,
                text(
                    QT_TRANSLATE_NOOP("errors", "employee number {number} is already enrolled"),
                    number=number,
                ),
            )
            for line, number, _n, _p in rows
            if number.lower() in enrolled
        ]
        if problems:
            raise ImportRejected(path.name, sorted(problems, key=lambda p: p.line))
        for done, (_line, number, name, phone) in enumerate(rows, 1):
            _enrol(uow, partner_id, number, name, phone)
            if done % 100 == 0 or done == len(rows):
                progress(
                    Step(
                        text(
                            QT_TRANSLATE_NOOP("errors", "{done:,} of {count:,} employees"),
                            done=done,
                            count=len(rows),
                        ),
                        done / len(rows),
                    )
                )
        audit.record(
            uow.session,
            actor,
            "employees_imported",
            "corporate_partner",
            partner_id,
            file=path.name,
            rows=len(rows),
        )
        uow.record(Area.CORPORATE, [partner_id])
        uow.commit()
        return len(rows)


def monthly_statement(uow: UnitOfWork, actor: Actor, partner_id: int, month: date) -> Statement:
    """Each employee's counted orders under the partner's contracts in a local month; the company
    owes the company shares, the employees paid the rest."""
    first = month.replace(day=1)
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.VIEW_CORPORATE_STATEMENTS)
        partner = uow.session.get(CorporatePartner, partner_id)
        if partner is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That partner no longer exists."))
        start = local_day_bounds_utc(first, uow.zone)[0]
        end = local_day_bounds_utc(following, uow.zone)[0]
        rows = uow.session.execute(
            select(
                CorporateEmployee.employee_number,
                Customer.full_name,
                func.count(Order.id),
                func.sum(Order.total_rwf),
                func.sum(Order.company_share_rwf),
                func.sum(Order.customer_share_rwf),
            )
            .join(Customer, Customer.id == CorporateEmployee.customer_id)
            .join(
                Order,
                and_(
                    Order.customer_id == CorporateEmployee.customer_id,
                    Order.contract_id.in_(
                        select(CorporateContract.id).where(
                            CorporateContract.partner_id == partner_id
                        )
                    ),
                ),
            )
            .where(
                CorporateEmployee.partner_id == partner_id,
                Order.status.notin_((OrderStatus.CANCELLED, OrderStatus.REFUNDED)),
                Order.placed_at >= start,
                Order.placed_at < end,
            )
            .group_by(CorporateEmployee.employee_number, Customer.full_name)
            .order_by(Customer.full_name)
        )
        lines = [
            StatementLine(n, name, int(c), int(t or 0), int(co or 0), int(e or 0))
            for n, name, c, t, co, e in rows
        ]
        return Statement(partner.name, first, lines, partner.language.value)
