"""The one table of human labels for enumerated values (statuses, roles, priorities, ...).

Keyed by the enum's class name and the member's value, so this module needs no import of the
domain; every label is marked for Qt's translation tools and translated when shown.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .language import translate

CONTEXT = "labels"


def _t(text: str) -> str:
    return QT_TRANSLATE_NOOP(CONTEXT, text)  # type: ignore[no-any-return]


LABELS: dict[str, dict[str, str]] = {
    "OrderStatus": {
        "placed": _t("Placed"),
        "preparing": _t("Preparing"),
        "out_for_delivery": _t("Out for delivery"),
        "delivered": _t("Delivered"),
        "cancelled": _t("Cancelled"),
        "refunded": _t("Refunded"),
    },
    "Channel": {"regular": _t("Orders"), "corporate": _t("Corporate")},
    "Fulfilment": {"delivery": _t("Ward delivery"), "pickup": _t("Pickup")},
    "PaymentMethod": {
        "cash": _t("Cash"),
        "mobile_money": _t("Mobile money"),
        "card": _t("Card"),
        "corporate_account": _t("Corporate account"),
    },
    "CustomerKind": {
        "patient": _t("Patient"),
        "visitor": _t("Visitor"),
        "staff": _t("Hospital staff"),
        "external": _t("Outside guest"),
    },
    "Role": {
        "front_desk": _t("Front desk"),
        "nutritionist": _t("Nutritionist"),
        "support": _t("Support"),
        "manager": _t("Manager"),
        "admin": _t("Administrator"),
    },
    "MealPeriod": {
        "breakfast": _t("Breakfast"),
        "lunch": _t("Lunch"),
        "dinner": _t("Dinner"),
        "snack": _t("Snack"),
        "all_day": _t("All day"),
    },
    "Allergen": {
        "gluten": _t("Gluten"),
        "milk": _t("Milk"),
        "eggs": _t("Eggs"),
        "peanuts": _t("Peanuts"),
        "tree_nuts": _t("Tree nuts"),
        "soy": _t("Soy"),
        "fish": _t("Fish"),
        "shellfish": _t("Shellfish"),
        "sesame": _t("Sesame"),
        "celery": _t("Celery"),
        "mustard": _t("Mustard"),
    },
    "DietTag": {
        "vegetarian": _t("Vegetarian"),
        "vegan": _t("Vegan"),
        "gluten_free": _t("Gluten-free"),
        "low_sodium": _t("Low sodium"),
        "low_sugar": _t("Low sugar"),
        "high_protein": _t("High protein"),
        "low_carb": _t("Low carb"),
        "renal_safe": _t("Renal-safe"),
        "fried": _t("Fried"),
        "spicy": _t("Spicy"),
        "contains_meat": _t("Contains meat"),
        "high_sugar": _t("High sugar"),
    },
    "TherapeuticCategory": {
        "standard": _t("Standard"),
        "keto": _t("Keto"),
        "detox": _t("Detox"),
        "diabetic_friendly": _t("Diabetic-friendly"),
        "low_sodium": _t("Low-sodium"),
        "renal": _t("Renal"),
        "high_protein": _t("High-protein"),
        "vegetarian": _t("Vegetarian"),
        "gluten_free": _t("Gluten-free"),
        "weight_loss": _t("Weight loss"),
        "pregnancy": _t("Pregnancy"),
    },
    "BillingPeriod": {"weekly": _t("Weekly"), "monthly": _t("Monthly")},
    "SubscriptionStatus": {
        "active": _t("Active"),
        "paused": _t("Paused"),
        "cancelled": _t("Cancelled"),
    },
    "ContractStatus": {
        "draft": _t("Draft"),
        "active": _t("Active"),
        "suspended": _t("Suspended"),
        "expired": _t("Expired"),
    },
    "Billing": {
        "company_invoice": _t("Company invoice"),
        "employee_pays": _t("Employee pays"),
    },
    "TicketPriority": {
        "low": _t("Low"),
        "medium": _t("Medium"),
        "high": _t("High"),
        "urgent": _t("Urgent"),
    },
    "TicketStatus": {
        "open": _t("Open"),
        "in_progress": _t("In progress"),
        "resolved": _t("Resolved"),
        "closed": _t("Closed"),
    },
    "TicketCategory": {
        "order": _t("Order"),
        "delivery": _t("Delivery"),
        "billing": _t("Billing"),
        "food_quality": _t("Food quality"),
        "consultation": _t("Consultation"),
        "catering": _t("Catering"),
        "subscription": _t("Meal package"),
        "other": _t("Other"),
    },
    "ConsultationStatus": {
        "booked": _t("Booked"),
        "completed": _t("Completed"),
        "no_show": _t("No-show"),
        "cancelled": _t("Cancelled"),
    },
    "SlotState": {
        "free": _t("Free"),
        "booked": _t("Booked"),
        "completed": _t("Completed"),
        "no_show": _t("No-show"),
        "past": _t("Past"),
    },
    "MealPlanStatus": {
        "pending": _t("Pending"),
        "active": _t("Active"),
        "completed": _t("Completed"),
        "cancelled": _t("Cancelled"),
    },
    "TagRule": {"allowed": _t("Allowed"), "forbidden": _t("Forbidden")},
    "AddonPricing": {"per_person": _t("Per person"), "flat": _t("Flat")},
    "CateringStatus": {
        "new": _t("New"),
        "quoted": _t("Quoted"),
        "confirmed": _t("Confirmed"),
        "completed": _t("Completed"),
        "cancelled": _t("Cancelled"),
    },
    "FoodTexture": {
        "3": _t("3 Liquidised"),
        "4": _t("4 Puréed"),
        "5": _t("5 Minced and moist"),
        "6": _t("6 Soft and bite-sized"),
        "7ec": _t("7 Easy to chew"),
        "7": _t("7 Regular"),
    },
    "TrayStatus": {
        "awaiting_approval": _t("Late — awaiting approval"),
        "ordered": _t("Ordered"),
        "prepared": _t("Prepared"),
        "sent": _t("Sent"),
        "delivered": _t("Delivered"),
        "cancelled": _t("Cancelled"),
    },
    "ShiftStatus": {
        "open": _t("Open"),
        "counted": _t("Counted, waiting for approval"),
        "closed": _t("Closed"),
        "force_closed": _t("Force-closed"),
    },
    "Tender": {
        "cash": _t("Cash"),
        "mtn_momo": _t("MTN MoMo"),
        "airtel_money": _t("Airtel Money"),
        "card": _t("Card"),
        "company_allowance": _t("Company allowance"),
    },
    "CashMovementKind": {
        "drop": _t("Cash drop to the safe"),
        "paid_in": _t("Paid in"),
        "paid_out": _t("Paid out"),
    },
    "MobileProvider": {"mtn_momo": _t("MTN MoMo"), "airtel_money": _t("Airtel Money")},
    "StatementOutcome": {
        "matched": _t("Matched"),
        "amount_differs": _t("Amount differs"),
        "only_in_statement": _t("In the statement, not in the app"),
        "only_in_app": _t("In the app, not in the statement"),
    },
    "Resolution": {
        "attached": _t("Attached to a payment"),
        "written_off": _t("Written off"),
        "refunded": _t("Refunded"),
    },
    "FiscalStatus": {
        "pending": _t("Pending"),
        "signed": _t("Signed"),
        "rejected": _t("Rejected"),
    },
    "FiscalKind": {"sale": _t("Sale"), "refund": _t("Refund")},
    "ReceiptMode": {
        "normal": _t("Normal"),
        "training": _t("Training"),
        "proforma": _t("Proforma"),
    },
}


def label(member: enum.Enum) -> str:
    """What a person reads for an enumerated value, in the current language."""
    text = LABELS[type(member).__name__][member.value]
    return translate(CONTEXT, text)


def choices(members: list[enum.Enum] | type[enum.Enum]) -> list[tuple[str, enum.Enum]]:
    """(label, member) pairs for a combo box, in the enum's order."""
    return [(label(member), member) for member in members]
