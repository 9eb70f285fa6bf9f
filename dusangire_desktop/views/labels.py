"""The one table of human labels for enumerated values (statuses, roles, priorities, ...).

Keyed by the enum's class name and the member's value, so this module needs no import of the
domain; every label is marked for Qt's translation tools and translated when shown.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .language import translate

CONTEXT = "labels"


LABELS: dict[str, dict[str, str]] = {
    "OrderStatus": {
        "placed": QT_TRANSLATE_NOOP("labels", "Placed"),
        "preparing": QT_TRANSLATE_NOOP("labels", "Preparing"),
        "out_for_delivery": QT_TRANSLATE_NOOP("labels", "Out for delivery"),
        "delivered": QT_TRANSLATE_NOOP("labels", "Delivered"),
        "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
        "refunded": QT_TRANSLATE_NOOP("labels", "Refunded"),
    },
    "Channel": {
        "regular": QT_TRANSLATE_NOOP("labels", "Orders"),
        "corporate": QT_TRANSLATE_NOOP("labels", "Corporate"),
    },
    "Fulfilment": {
        "delivery": QT_TRANSLATE_NOOP("labels", "Ward delivery"),
        "pickup": QT_TRANSLATE_NOOP("labels", "Pickup"),
    },
    "PaymentMethod": {
        "cash": QT_TRANSLATE_NOOP("labels", "Cash"),
        "mobile_money": QT_TRANSLATE_NOOP("labels", "Mobile money"),
        "card": QT_TRANSLATE_NOOP("labels", "Card"),
        "corporate_account": QT_TRANSLATE_NOOP("labels", "Corporate account"),
    },
    "CustomerKind": {
        "patient": QT_TRANSLATE_NOOP("labels", "Patient"),
        "visitor": QT_TRANSLATE_NOOP("labels", "Visitor"),
        "staff": QT_TRANSLATE_NOOP("labels", "Hospital staff"),
        "external": QT_TRANSLATE_NOOP("labels", "Outside guest"),
    },
    "Role": {
        "front_desk": QT_TRANSLATE_NOOP("labels", "Front desk"),
        "nutritionist": QT_TRANSLATE_NOOP("labels", "Nutritionist"),
        "support": QT_TRANSLATE_NOOP("labels", "Support"),
        "manager": QT_TRANSLATE_NOOP("labels", "Manager"),
        "admin": QT_TRANSLATE_NOOP("labels", "Administrator"),
    },
    "MealPeriod": {
        "breakfast": QT_TRANSLATE_NOOP("labels", "Breakfast"),
        "lunch": QT_TRANSLATE_NOOP("labels", "Lunch"),
        "dinner": QT_TRANSLATE_NOOP("labels", "Dinner"),
        "snack": QT_TRANSLATE_NOOP("labels", "Snack"),
        "all_day": QT_TRANSLATE_NOOP("labels", "All day"),
    },
    "Allergen": {
        "gluten": QT_TRANSLATE_NOOP("labels", "Gluten"),
        "milk": QT_TRANSLATE_NOOP("labels", "Milk"),
        "eggs": QT_TRANSLATE_NOOP("labels", "Eggs"),
        "peanuts": QT_TRANSLATE_NOOP("labels", "Peanuts"),
        "tree_nuts": QT_TRANSLATE_NOOP("labels", "Tree nuts"),
        "soy": QT_TRANSLATE_NOOP("labels", "Soy"),
        "fish": QT_TRANSLATE_NOOP("labels", "Fish"),
        "shellfish": QT_TRANSLATE_NOOP("labels", "Shellfish"),
        "sesame": QT_TRANSLATE_NOOP("labels", "Sesame"),
        "celery": QT_TRANSLATE_NOOP("labels", "Celery"),
        "mustard": QT_TRANSLATE_NOOP("labels", "Mustard"),
    },
    "DietTag": {
        "vegetarian": QT_TRANSLATE_NOOP("labels", "Vegetarian"),
        "vegan": QT_TRANSLATE_NOOP("labels", "Vegan"),
        "gluten_free": QT_TRANSLATE_NOOP("labels", "Gluten-free"),
        "low_sodium": QT_TRANSLATE_NOOP("labels", "Low sodium"),
        "low_sugar": QT_TRANSLATE_NOOP("labels", "Low sugar"),
        "high_protein": QT_TRANSLATE_NOOP("labels", "High protein"),
        "low_carb": QT_TRANSLATE_NOOP("labels", "Low carb"),
        "renal_safe": QT_TRANSLATE_NOOP("labels", "Renal-safe"),
        "fried": QT_TRANSLATE_NOOP("labels", "Fried"),
        "spicy": QT_TRANSLATE_NOOP("labels", "Spicy"),
        "contains_meat": QT_TRANSLATE_NOOP("labels", "Contains meat"),
        "high_sugar": QT_TRANSLATE_NOOP("labels", "High sugar"),
    },
    "TherapeuticCategory": {
        "standard": QT_TRANSLATE_NOOP("labels", "Standard"),
        "keto": QT_TRANSLATE_NOOP("labels", "Keto"),
        "detox": QT_TRANSLATE_NOOP("labels", "Detox"),
        "diabetic_friendly": QT_TRANSLATE_NOOP("labels", "Diabetic-friendly"),
        "low_sodium": QT_TRANSLATE_NOOP("labels", "Low-sodium"),
        "renal": QT_TRANSLATE_NOOP("labels", "Renal"),
        "high_protein": QT_TRANSLATE_NOOP("labels", "High-protein"),
        "vegetarian": QT_TRANSLATE_NOOP("labels", "Vegetarian"),
        "gluten_free": QT_TRANSLATE_NOOP("labels", "Gluten-free"),
        "weight_loss": QT_TRANSLATE_NOOP("labels", "Weight loss"),
        "pregnancy": QT_TRANSLATE_NOOP("labels", "Pregnancy"),
    },
    "BillingPeriod": {
        "weekly": QT_TRANSLATE_NOOP("labels", "Weekly"),
        "monthly": QT_TRANSLATE_NOOP("labels", "Monthly"),
    },
    "SubscriptionStatus": {
        "active": QT_TRANSLATE_NOOP("labels", "Active"),
        "paused": QT_TRANSLATE_NOOP("labels", "Paused"),
        "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
    },
    "ContractStatus": {
        "draft": QT_TRANSLATE_NOOP("labels", "Draft"),
        "active": QT_TRANSLATE_NOOP("labels", "Active"),
        "suspended": QT_TRANSLATE_NOOP("labels", "Suspended"),
        "expired": QT_TRANSLATE_NOOP("labels", "Expired"),
    },
    "Billing": {
        "company_invoice": QT_TRANSLATE_NOOP("labels", "Company invoice"),
        "employee_pays": QT_TRANSLATE_NOOP("labels", "Employee pays"),
    },
    "TicketPriority": {
        "low": QT_TRANSLATE_NOOP("labels", "Low"),
        "medium": QT_TRANSLATE_NOOP("labels", "Medium"),
        "high": QT_TRANSLATE_NOOP("labels", "High"),
        "urgent": QT_TRANSLATE_NOOP("labels", "Urgent"),
    },
    "TicketStatus": {
        "open": QT_TRANSLATE_NOOP("labels", "Open"),
        "in_progress": QT_TRANSLATE_NOOP("labels", "In progress"),
        "resolved": QT_TRANSLATE_NOOP("labels", "Resolved"),
        "closed": QT_TRANSLATE_NOOP("labels", "Closed"),
    },
    "TicketCategory": {
        "order": QT_TRANSLATE_NOOP("labels", "Order"),
        "delivery": QT_TRANSLATE_NOOP("labels", "Delivery"),
        "billing": QT_TRANSLATE_NOOP("labels", "Billing"),
        "food_quality": QT_TRANSLATE_NOOP("labels", "Food quality"),
        "consultation": QT_TRANSLATE_NOOP("labels", "Consultation"),
        "catering": QT_TRANSLATE_NOOP("labels", "Catering"),
        "subscription": QT_TRANSLATE_NOOP("labels", "Meal package"),
        "other": QT_TRANSLATE_NOOP("labels", "Other"),
    },
    "ConsultationStatus": {
        "booked": QT_TRANSLATE_NOOP("labels", "Booked"),
        "completed": QT_TRANSLATE_NOOP("labels", "Completed"),
        "no_show": QT_TRANSLATE_NOOP("labels", "No-show"),
        "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
    },
    "SlotState": {
        "free": QT_TRANSLATE_NOOP("labels", "Free"),
        "booked": QT_TRANSLATE_NOOP("labels", "Booked"),
        "completed": QT_TRANSLATE_NOOP("labels", "Completed"),
        "no_show": QT_TRANSLATE_NOOP("labels", "No-show"),
        "past": QT_TRANSLATE_NOOP("labels", "Past"),
    },
    "MealPlanStatus": {
        "pending": QT_TRANSLATE_NOOP("labels", "Pending"),
        "active": QT_TRANSLATE_NOOP("labels", "Active"),
        "completed": QT_TRANSLATE_NOOP("labels", "Completed"),
        "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
    },
    "TagRule": {
        "allowed": QT_TRANSLATE_NOOP("labels", "Allowed"),
        "forbidden": QT_TRANSLATE_NOOP("labels", "Forbidden"),
    },
    "AddonPricing": {
        "per_person": QT_TRANSLATE_NOOP("labels", "Per person"),
        "flat": QT_TRANSLATE_NOOP("labels", "Flat"),
    },
    "CateringStatus": {
        "new": QT_TRANSLATE_NOOP("labels", "New"),
        "quoted": QT_TRANSLATE_NOOP("labels", "Quoted"),
        "confirmed": QT_TRANSLATE_NOOP("labels", "Confirmed"),
        "completed": QT_TRANSLATE_NOOP("labels", "Completed"),
        "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
    },
    "FoodTexture": {
        "3": QT_TRANSLATE_NOOP("labels", "3 Liquidised"),
        "4": QT_TRANSLATE_NOOP("labels", "4 Puréed"),
        "5": QT_TRANSLATE_NOOP("labels", "5 Minced and moist"),
        "6": QT_TRANSLATE_NOOP("labels", "6 Soft and bite-sized"),
        "7ec": QT_TRANSLATE_NOOP("labels", "7 Easy to chew"),
        "7": QT_TRANSLATE_NOOP("labels", "7 Regular"),
    },
    "TrayStatus": {
        "awaiting_approval": QT_TRANSLATE_NOOP("labels", "Late — awaiting approval"),
        "ordered": QT_TRANSLATE_NOOP("labels", "Ordered"),
        "prepared": QT_TRANSLATE_NOOP("labels", "Prepared"),
        "sent": QT_TRANSLATE_NOOP("labels", "Sent"),
        "delivered": QT_TRANSLATE_NOOP("labels", "Delivered"),
        "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
    },
    "ShiftStatus": {
        "open": QT_TRANSLATE_NOOP("labels", "Open"),
        "counted": QT_TRANSLATE_NOOP("labels", "Counted, waiting for approval"),
        "closed": QT_TRANSLATE_NOOP("labels", "Closed"),
        "force_closed": QT_TRANSLATE_NOOP("labels", "Force-closed"),
    },
    "Tender": {
        "cash": QT_TRANSLATE_NOOP("labels", "Cash"),
        "mtn_momo": QT_TRANSLATE_NOOP("labels", "MTN MoMo"),
        "airtel_money": QT_TRANSLATE_NOOP("labels", "Airtel Money"),
        "card": QT_TRANSLATE_NOOP("labels", "Card"),
        "company_allowance": QT_TRANSLATE_NOOP("labels", "Company allowance"),
    },
    "CashMovementKind": {
        "drop": QT_TRANSLATE_NOOP("labels", "Cash drop to the safe"),
        "paid_in": QT_TRANSLATE_NOOP("labels", "Paid in"),
        "paid_out": QT_TRANSLATE_NOOP("labels", "Paid out"),
    },
    "MobileProvider": {
        "mtn_momo": QT_TRANSLATE_NOOP("labels", "MTN MoMo"),
        "airtel_money": QT_TRANSLATE_NOOP("labels", "Airtel Money"),
    },
    "StatementOutcome": {
        "matched": QT_TRANSLATE_NOOP("labels", "Matched"),
        "amount_differs": QT_TRANSLATE_NOOP("labels", "Amount differs"),
        "only_in_statement": QT_TRANSLATE_NOOP("labels", "In the statement, not in the app"),
        "only_in_app": QT_TRANSLATE_NOOP("labels", "In the app, not in the statement"),
    },
    "Resolution": {
        "attached": QT_TRANSLATE_NOOP("labels", "Attached to a payment"),
        "written_off": QT_TRANSLATE_NOOP("labels", "Written off"),
        "refunded": QT_TRANSLATE_NOOP("labels", "Refunded"),
    },
    "FiscalStatus": {
        "pending": QT_TRANSLATE_NOOP("labels", "Pending"),
        "signed": QT_TRANSLATE_NOOP("labels", "Signed"),
        "rejected": QT_TRANSLATE_NOOP("labels", "Rejected"),
    },
    "FiscalKind": {
        "sale": QT_TRANSLATE_NOOP("labels", "Sale"),
        "refund": QT_TRANSLATE_NOOP("labels", "Refund"),
    },
    "TaxType": {
        "A": QT_TRANSLATE_NOOP("labels", "A · exempt"),
        "B": QT_TRANSLATE_NOOP("labels", "B · 18 % VAT"),
        "C": QT_TRANSLATE_NOOP("labels", "C · zero-rated"),
        "D": QT_TRANSLATE_NOOP("labels", "D · non-VAT"),
    },
    "ReceiptMode": {
        "normal": QT_TRANSLATE_NOOP("labels", "Normal"),
        "training": QT_TRANSLATE_NOOP("labels", "Training"),
        "proforma": QT_TRANSLATE_NOOP("labels", "Proforma"),
    },
}


def label(member: enum.Enum) -> str:
    """What a person reads for an enumerated value, in the current language."""
    text = LABELS[type(member).__name__][member.value]
    return translate(CONTEXT, text)


def choices(members: list[enum.Enum] | type[enum.Enum]) -> list[tuple[str, enum.Enum]]:
    """(label, member) pairs for a combo box, in the enum's order."""
    return [(label(member), member) for member in members]
