"""Money and counts where they enter a service: whole RWF, a sign and a named upper bound.

Every public service function that takes an amount of money or a count of things checks it
here before it reads or writes anything, so a screen, the command line or a script that passes
"5000", 3000.5 or True is refused with a `ValidationError` naming the field, never crashes and
never stores something else. The rules:

- money is whole Rwandan francs: an int (not a bool), or a Decimal with no fraction; never a
  float or a string, even "5000" (the screen converts what was typed);
- money is 0 or more, counts at least 1 unless the caller says otherwise;
- each kind of amount has its own ceiling below, far above what the hospital charges and far
  below what the database columns hold, so a typing slip such as an extra zero is caught.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from .errors import ValidationError
from .messages import QT_TRANSLATE_NOOP, Capitalized, Text

MAX_PRICE_RWF = 1_000_000  # a dish, an add-on, a per-person rate, a consultation fee
MAX_SETUP_FEE_RWF = 10_000_000  # setting up one catering event
MAX_PLAN_PRICE_RWF = 5_000_000  # one billing period of a meal package
MAX_PAYMENT_RWF = 10_000_000  # cash handed over at the desk
MAX_ORDER_RWF = 10_000_000  # one order's subtotal
MAX_ALLOWANCE_RWF = 10_000_000  # an employee's monthly company allowance
MAX_CATERING_RWF = 1_000_000_000  # a catering estimate or quote
MAX_TARGET_RWF = 2_000_000_000  # a month's revenue target
MAX_QUANTITY = 100  # of one dish in one order, or on one imported line
MAX_GUESTS = 10_000  # at one catering event


def _fragment(what: str | Text) -> Text:
    """`what`, a marked fragment ("the price") or a Text with values of its own."""
    return what if isinstance(what, Text) else Text(what)


def _whole(value: object, field: str, what: str | Text, *, money: bool) -> int:
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    shown = (
        Text(QT_TRANSLATE_NOOP("errors", "the text '{value}'"), value=value)
        if isinstance(value, str)
        else str(value)
    )
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "errors", "Enter {what} as a whole number of francs, like 3500 (not {shown})."
        )
        if money
        else QT_TRANSLATE_NOOP("errors", "Enter {what} as a whole number, like 2 (not {shown})."),
        field=field,
        what=_fragment(what),
        shown=shown,
    )


def whole_rwf(
    value: object, *, field: str, what: str | Text, maximum: int, minimum: int = 0
) -> int:
    """`value` as an int of francs, or a ValidationError on `field` saying what to enter.
    `what` is a marked fragment ("the price"), translated with the message."""
    if value is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter {what} in RWF."), field=field, what=_fragment(what)
        )
    amount = _whole(value, field, what, money=True)
    if amount < minimum:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{What} cannot be negative ({amount:,} RWF).")
            if minimum == 0
            else QT_TRANSLATE_NOOP(
                "errors", "{What} must be at least {minimum:,} RWF, not {amount:,}."
            ),
            field=field,
            What=Capitalized(_fragment(what)),
            minimum=minimum,
            amount=amount,
        )
    if amount > maximum:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{What} can be at most {maximum:,} RWF; check {amount:,} RWF for a slip "
                "of the keyboard.",
            ),
            field=field,
            What=Capitalized(_fragment(what)),
            maximum=maximum,
            amount=amount,
        )
    return amount


def optional_rwf(
    value: object, *, field: str, what: str | Text, maximum: int, minimum: int = 0
) -> int | None:
    """As `whole_rwf`, where leaving the amount out (None) is allowed."""
    if value is None:
        return None
    return whole_rwf(value, field=field, what=what, maximum=maximum, minimum=minimum)


def count(value: object, *, field: str, what: str | Text, maximum: int, minimum: int = 1) -> int:
    """`value` as a whole number of things between `minimum` and `maximum`."""
    if value is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter {what}."), field=field, what=_fragment(what)
        )
    number = _whole(value, field, what, money=False)
    if number < minimum:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{What} must be at least {minimum:,}, not {number:,}."),
            field=field,
            What=Capitalized(_fragment(what)),
            minimum=minimum,
            number=number,
        )
    if number > maximum:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{What} can be at most {maximum:,}, not {number:,}."),
            field=field,
            What=Capitalized(_fragment(what)),
            maximum=maximum,
            number=number,
        )
    return number


def percent(value: object, *, field: str, what: str | Text) -> Decimal:
    """A percentage from 0 to 100 with at most two decimals, typed as text ("12.5", "12.5%")
    or given as a Decimal or an int."""
    if isinstance(value, str):
        try:
            value = Decimal(value.strip().rstrip("%").strip())
        except InvalidOperation:
            value = None
    elif isinstance(value, int) and not isinstance(value, bool):
        value = Decimal(value)
    if (
        not isinstance(value, Decimal)
        or not value.is_finite()
        or not Decimal(0) <= value <= Decimal(100)
        or value != value.quantize(Decimal("0.01"))
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Enter {what} as a percentage from 0 to 100 with at most two decimals, like 12.5.",
            ),
            field=field,
            what=_fragment(what),
        )
    return value
