"""Mobile-money statements reconciled against the payments the desks recorded.

A provider's statement (CSV, columns mapped per provider, since providers change their exports)
is matched first on the transaction id, then on amount + payer's number within a time window.
Each line ends as one of four outcomes: matched, amount differs, only in the statement, only in
the app. A supervisor resolves a line (attach it to a payment, write it off, or record that the
money was refunded), and every resolution is audited.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import select

from ...models.orders import Order, Payment, PaymentMethod
from ...models.till import (
    MobileProvider,
    Resolution,
    StatementImport,
    StatementLine,
    StatementMapping,
    StatementOutcome,
)
from .. import audit
from ..auth import Actor, Permission
from ..changes import Area
from ..csvfiles import ImportRejected, RowProblem, read_rows
from ..errors import NotFound, ValidationError
from ..messages import QT_TRANSLATE_NOOP, Text, text
from ..records import load_current
from ..uow import UnitOfWork
from .mobile_money import normalised_number

SUCCESSFUL = {"", "successful", "success", "succeeded", "completed", "complete", "ok"}
MAX_WINDOW_MINUTES = 24 * 60


@dataclass(frozen=True)
class Mapping:
    provider: MobileProvider
    id_column: str
    date_column: str
    amount_column: str
    number_column: str
    status_column: str
    date_format: str


DEFAULT_MAPPINGS = {
    # MTN MoMo's export: Id, Date, Status, Type, From, To, Amount, Fee, Balance.
    MobileProvider.MTN_MOMO: Mapping(MobileProvider.MTN_MOMO, "Id", "Date", "Amount", "From",
                                     "Status", "%Y-%m-%d %H:%M:%S"),
    MobileProvider.AIRTEL_MONEY: Mapping(MobileProvider.AIRTEL_MONEY, "Transaction ID",
                                         "Transaction Date", "Amount", "Sender", "Status",
                                         "%d/%m/%Y %H:%M"),
}  # fmt: skip


def _mapping(uow: UnitOfWork, provider: MobileProvider) -> Mapping:
    row = uow.session.get(StatementMapping, provider)
    if row is None:
        return DEFAULT_MAPPINGS[provider]
    return Mapping(provider, row.id_column, row.date_column, row.amount_column,
                   row.number_column, row.status_column, row.date_format)  # fmt: skip


def read_mapping(uow: UnitOfWork, actor: Actor, provider: MobileProvider) -> Mapping:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.SUPERVISE_TILL)
        return _mapping(uow, MobileProvider(provider))


def save_mapping(uow: UnitOfWork, actor: Actor, mapping: Mapping) -> Mapping:
    for field in ("id_column", "date_column", "amount_column", "number_column"):
        value = getattr(mapping, field)
        if not value.strip() or len(value) > 60:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Name the statement's column (1 to 60 characters)."),
                field=field,
            )
    try:  # any moment will do to try the format; the clock is not read
        datetime(2026, 12, 31, 23, 59, 59).strftime(mapping.date_format)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "That date format is not valid."), field="date_format"
        ) from None
    with uow:
        actor = uow.authorize(actor, Permission.SUPERVISE_TILL)
        row = uow.session.get(StatementMapping, mapping.provider) or StatementMapping(
            provider=mapping.provider
        )
        row.id_column, row.date_column = mapping.id_column.strip(), mapping.date_column.strip()
        row.amount_column, row.number_column = (mapping.amount_column.strip(),
                                                mapping.number_column.strip())  # fmt: skip
        row.status_column, row.date_format = mapping.status_column.strip(), mapping.date_format
        uow.session.add(row)
        audit.record(uow.session, actor, "statement_mapping_saved", "statement_mapping",
                     mapping.provider.value,
                     columns=[str(v) for v in vars(mapping).values()])  # fmt: skip
        uow.record(Area.TILL)
        uow.commit()
        return mapping


@dataclass(frozen=True)
class _Entry:
    line: int
    transaction_id: str
    at: datetime
    amount_rwf: int
    number: str


def _entries(path: Path, mapping: Mapping, uow: UnitOfWork) -> list[_Entry]:
    columns = [mapping.id_column, mapping.date_column, mapping.amount_column,
               mapping.number_column]  # fmt: skip
    optional = [mapping.status_column] if mapping.status_column else []
    rows = read_rows(path, columns, optional=optional)
    problems: list[RowProblem] = []
    entries = []
    for row in rows:
        status = row.values.get(mapping.status_column, "") if mapping.status_column else ""
        if status.lower() not in SUCCESSFUL:
            continue  # failed or pending transfers moved no money
        try:
            at = datetime.strptime(row.values[mapping.date_column], mapping.date_format)
        except ValueError:
            problems.append(RowProblem(row.line, text(
                QT_TRANSLATE_NOOP("errors", "date {value!r} is not like {form}"),
                value=row.values[mapping.date_column], form=mapping.date_format)))  # fmt: skip
            continue
        raw = row.values[mapping.amount_column].replace(",", "").replace(" ", "")
        try:
            amount = Decimal(raw)
        except InvalidOperation:
            problems.append(
                RowProblem(
                    row.line,
                    text(QT_TRANSLATE_NOOP("errors", "amount {raw!r} is not a number"), raw=raw),
                )
            )
            continue
        if amount != amount.to_integral_value():
            problems.append(
                RowProblem(
                    row.line,
                    text(QT_TRANSLATE_NOOP("errors", "amount {raw} is not whole francs"), raw=raw),
                )
            )
            continue
        if amount <= 0:
            continue  # money going out of the merchant's account is not a sale
        entries.append(_Entry(row.line, row.values[mapping.id_column].strip(),
                              at.replace(tzinfo=uow.zone).astimezone(uow.zone),
                              int(amount),
                              normalised_number(row.values[mapping.number_column])))  # fmt: skip
    if problems:
        raise ImportRejected(path.name, problems)
    if not entries:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} has no successful incoming payments to reconcile."),
            name=path.name,
        )
    return entries


@dataclass(frozen=True)
class ReconciledLine:
    id: int
    outcome: StatementOutcome
    transaction_id: str | None
    statement_at: datetime | None
    statement_amount_rwf: int | None
    statement_number: str | None
    payment_id: int | None
    order_number: str | None
    app_amount_rwf: int | None
    resolution: Resolution | None
    resolution_note: str | None
    version: int


@dataclass(frozen=True)
class Reconciliation:
    import_id: int
    provider: MobileProvider
    file_name: str
    period_start: datetime
    period_end: datetime
    lines: tuple[ReconciledLine, ...]

    def count(self, outcome: StatementOutcome) -> int:
        return sum(1 for line in self.lines if line.outcome == outcome)


def import_statement(
    uow: UnitOfWork,
    actor: Actor,
    provider: MobileProvider,
    path: Path,
    *,
    window_minutes: int = 30,
) -> Reconciliation:
    """Read the provider's statement and reconcile it against the mobile-money payments of the
    period it covers (from its first to its last line)."""
    provider = MobileProvider(provider)
    if not 1 <= window_minutes <= MAX_WINDOW_MINUTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The time window is 1 minute to 24 hours."), field="window"
        )
    window = timedelta(minutes=window_minutes)
    with uow:
        actor = uow.authorize(actor, Permission.SUPERVISE_TILL)
        entries = _entries(path, _mapping(uow, provider), uow)
        start, end = min(e.at for e in entries), max(e.at for e in entries)
        payments = {
            p.id: p
            for p in uow.session.scalars(
                select(Payment).where(
                    Payment.method == PaymentMethod.MOBILE_MONEY,
                    Payment.provider == provider,
                    Payment.is_refund.is_(False),
                    Payment.received_at >= start - window,
                    Payment.received_at <= end + window,
                )
            )
        }
        by_txid = {p.reference: p for p in payments.values() if p.reference}
        lines: list[StatementLine] = []
        unmatched_entries = []
        for entry in entries:
            payment = by_txid.get(entry.transaction_id)
            if payment is None:
                # An id typed wrong: the payment may still be in the statement by its amount.
                unmatched_entries.append(entry)
                continue
            payments.pop(payment.id, None)
            by_txid.pop(entry.transaction_id)
            outcome = (StatementOutcome.MATCHED if payment.amount_rwf == entry.amount_rwf
                       else StatementOutcome.AMOUNT_DIFFERS)  # fmt: skip
            lines.append(_line(entry, outcome, payment))
        for entry in unmatched_entries:
            candidates = sorted(
                (p for p in payments.values()
                 if p.amount_rwf == entry.amount_rwf and p.payer_number == entry.number
                 and abs(p.received_at - entry.at) <= window),
                key=lambda p: abs(p.received_at - entry.at),
            )  # fmt: skip
            if candidates:
                payments.pop(candidates[0].id)
                lines.append(_line(entry, StatementOutcome.MATCHED, candidates[0]))
            else:
                lines.append(_line(entry, StatementOutcome.ONLY_IN_STATEMENT, None))
        for payment in payments.values():
            if start <= payment.received_at <= end:
                lines.append(
                    StatementLine(
                        outcome=StatementOutcome.ONLY_IN_APP,
                        transaction_id=payment.reference,
                        payment_id=payment.id,
                        app_amount_rwf=payment.amount_rwf,
                    )
                )
        statement = StatementImport(provider=provider, file_name=path.name[:200],
                                    imported_at=uow.now(), imported_by_id=actor.staff_id,
                                    period_start=start, period_end=end, lines=lines)  # fmt: skip
        uow.session.add(statement)
        uow.flush()
        counts = Counter(line.outcome.value for line in lines)
        audit.record(uow.session, actor, "statement_reconciled", "statement_import",
                     statement.id, provider=provider.value, file=path.name,
                     outcomes=dict(counts))  # fmt: skip
        uow.record(Area.TILL, [statement.id])
        uow.commit()
        return _reconciliation(uow, statement)


def _line(entry: _Entry, outcome: StatementOutcome, payment: Payment | None) -> StatementLine:
    return StatementLine(
        outcome=outcome, transaction_id=entry.transaction_id, statement_at=entry.at,
        statement_amount_rwf=entry.amount_rwf, statement_number=entry.number,
        payment_id=payment.id if payment else None,
        app_amount_rwf=payment.amount_rwf if payment else None,
    )  # fmt: skip


def _reconciliation(uow: UnitOfWork, statement: StatementImport) -> Reconciliation:
    payment_ids = [line.payment_id for line in statement.lines if line.payment_id]
    numbers = {
        payment_id: number
        for payment_id, number in uow.session.execute(
            select(Payment.id, Order.number)
            .join(Order, Order.id == Payment.order_id)
            .where(Payment.id.in_(payment_ids))
        )
    }
    order = [StatementOutcome.AMOUNT_DIFFERS, StatementOutcome.ONLY_IN_STATEMENT,
             StatementOutcome.ONLY_IN_APP, StatementOutcome.MATCHED]  # fmt: skip
    lines = sorted(statement.lines, key=lambda line: (order.index(line.outcome), line.id))
    return Reconciliation(
        statement.id, statement.provider, statement.file_name, statement.period_start,
        statement.period_end,
        tuple(
            ReconciledLine(
                line.id, line.outcome, line.transaction_id, line.statement_at,
                line.statement_amount_rwf, line.statement_number, line.payment_id,
                numbers.get(line.payment_id) if line.payment_id else None, line.app_amount_rwf,
                line.resolution, line.resolution_note, line.version,
            )
            for line in lines
        ),
    )  # fmt: skip


def get_reconciliation(uow: UnitOfWork, actor: Actor, import_id: int) -> Reconciliation:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.SUPERVISE_TILL)
        statement = uow.session.get(StatementImport, import_id)
        if statement is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That statement was not imported."))
        return _reconciliation(uow, statement)


def latest_reconciliation(uow: UnitOfWork, actor: Actor) -> Reconciliation | None:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.SUPERVISE_TILL)
        statement = uow.session.scalars(
            select(StatementImport).order_by(StatementImport.id.desc()).limit(1)
        ).first()
        return _reconciliation(uow, statement) if statement else None


def resolve_line(
    uow: UnitOfWork,
    actor: Actor,
    line_id: int,
    version: int,
    resolution: Resolution,
    note: str,
    *,
    payment_id: int | None = None,
) -> ReconciledLine:
    """Settle a line that did not match: attach a statement entry to the app's payment it was
    (`payment_id`), write the difference off, or record that the money was refunded."""
    resolution = Resolution(resolution)
    cleaned = " ".join(note.split())
    if len(cleaned) < 5:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say what was done and why (at least 5 characters)."),
            field="note",
        )
    if len(cleaned) > 500:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The note may have at most 500 characters."), field="note"
        )
    with uow:
        actor = uow.authorize(actor, Permission.SUPERVISE_TILL)
        line = load_current(
            uow,
            StatementLine,
            line_id,
            version,
            missing=QT_TRANSLATE_NOOP("errors", "That statement line does not exist."),
            what=lambda _line: Text(QT_TRANSLATE_NOOP("errors", "This statement line")),
        )
        if line.outcome == StatementOutcome.MATCHED:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This line matched; there is nothing to resolve.")
            )
        if line.resolution is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "This line was already resolved."))
        if resolution == Resolution.ATTACHED:
            if line.outcome != StatementOutcome.ONLY_IN_STATEMENT or payment_id is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Only a statement entry missing from the app can be attached, to a "
                        "payment.",
                    ),
                    field="payment",
                )
            payment = uow.session.get(Payment, payment_id)
            if payment is None or payment.method != PaymentMethod.MOBILE_MONEY:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Choose a mobile-money payment to attach it to."),
                    field="payment",
                )
            line.payment_id, line.app_amount_rwf = payment.id, payment.amount_rwf
        line.resolution, line.resolution_note = resolution, cleaned
        line.resolved_by_id, line.resolved_at = actor.staff_id, uow.now()
        uow.flush()
        audit.record(uow.session, actor, "statement_line_resolved", "statement_line", line.id,
                     resolution=resolution.value, note=cleaned, outcome=line.outcome.value,
                     transaction_id=line.transaction_id, payment_id=line.payment_id,
                     statement_amount_rwf=line.statement_amount_rwf,
                     app_amount_rwf=line.app_amount_rwf)  # fmt: skip
        uow.record(Area.TILL, [line.import_id])
        uow.commit()
        return ReconciledLine(
            line.id, line.outcome, line.transaction_id, line.statement_at,
            line.statement_amount_rwf, line.statement_number, line.payment_id, None,
            line.app_amount_rwf, line.resolution, line.resolution_note, line.version,
        )  # fmt: skip
