"""Nutritionist scheduling, one module per job: `availability` (who consults, weekly hours, fee,
time off), `slots` (the 30-minute slots and which are free), `consultations` (booking,
rescheduling, cancelling, completed and no-show) and `meal_plans`; `common` holds what they share.

Slots are generated in hospital time and stored in UTC. A consultation starts only at an offered
slot, and no two active consultations of one nutritionist ever overlap, which the database
guarantees even when desks book at once (see `consultations`). Who may do what, beyond the role's
permissions, is written at the top of `consultations` (marking) and `meal_plans` (plans).

The names are re-exported here for callers that use `scheduling.book(...)`; new code imports
from the module of the job it needs. (So `scheduling.slots` is the function, kept for those
callers; the module is reached as `from .scheduling.slots import ...`.)
"""

from __future__ import annotations

from ...models.menu import DietTag
from ...models.scheduling import ConsultationStatus, MealPlanStatus, TagRule
from ...models.subscriptions import TherapeuticCategory
from .availability import (
    add_time_off,
    list_nutritionists,
    list_time_off,
    set_weekly_availability,
    weekly_availability,
)
from .common import (
    SEARCH_HORIZON,
    SLOT,
    WEEKDAYS,
    BlankDay,
    BlankReason,
    CalendarDays,
    ConsultationView,
    Interval,
    NutritionistView,
    Slot,
    SlotState,
    SlotTaken,
    TimeOffView,
)
from .consultations import book, cancel, customer_consultations, mark, may_mark, reschedule
from .meal_plans import (
    MealPlanView,
    completed_without_plan,
    customer_meal_plans,
    move_meal_plan,
    nutritionist_plans,
    open_meal_plan,
)
from .slots import calendar_days, first_free, slots, week_slots

__all__ = [
    "SEARCH_HORIZON",
    "SLOT",
    "WEEKDAYS",
    "BlankDay",
    "BlankReason",
    "CalendarDays",
    "ConsultationStatus",
    "ConsultationView",
    "DietTag",
    "Interval",
    "MealPlanStatus",
    "MealPlanView",
    "NutritionistView",
    "Slot",
    "SlotState",
    "SlotTaken",
    "TagRule",
    "TherapeuticCategory",
    "TimeOffView",
    "add_time_off",
    "book",
    "calendar_days",
    "cancel",
    "completed_without_plan",
    "customer_consultations",
    "customer_meal_plans",
    "first_free",
    "list_nutritionists",
    "list_time_off",
    "mark",
    "may_mark",
    "move_meal_plan",
    "nutritionist_plans",
    "open_meal_plan",
    "reschedule",
    "set_weekly_availability",
    "slots",
    "week_slots",
    "weekly_availability",
]
