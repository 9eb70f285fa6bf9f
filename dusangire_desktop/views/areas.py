"""The areas of the main window, who may open them, and how each is built (lazily)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from ..services.auth import Actor, Permission
from .context import ViewContext

__all__ = ["AREAS", "AreaSpec", "ViewContext", "areas_for"]


@dataclass(frozen=True)
class AreaSpec:
    key: str
    title: str
    group: str
    permission: Permission | None
    factory: Callable[[ViewContext], QWidget]


def lazy(module: str, class_name: str) -> Callable[[ViewContext], QWidget]:
    """Import a screen's module only when it is first opened, to keep start-up fast."""

    def build(ctx: ViewContext) -> QWidget:
        widget_class = getattr(importlib.import_module(f"{__package__}.{module}"), class_name)
        return widget_class(ctx)

    return build


GROUPS = ["Front desk", "Nutrition", "Support", "Management", "Administration", "My account"]

AREAS: list[AreaSpec] = [
    AreaSpec("order_entry", QT_TRANSLATE_NOOP("areas", "New order"),
             QT_TRANSLATE_NOOP("areas", "Front desk"), Permission.TAKE_ORDERS,
             lazy("order_entry", "OrderEntryPage")),
    AreaSpec("order_queue", QT_TRANSLATE_NOOP("areas", "Order queue"),
             QT_TRANSLATE_NOOP("areas", "Front desk"), Permission.TAKE_ORDERS,
             lazy("order_queue", "OrderQueuePage")),
    AreaSpec("wards", QT_TRANSLATE_NOOP("areas", "Wards"),
             QT_TRANSLATE_NOOP("areas", "Front desk"), Permission.VIEW_WARDS,
             lazy("wards_page", "WardsPage")),
    AreaSpec("till", QT_TRANSLATE_NOOP("areas", "Till"),
             QT_TRANSLATE_NOOP("areas", "Front desk"), Permission.USE_TILL,
             lazy("till_page", "TillPage")),
    AreaSpec("catering", QT_TRANSLATE_NOOP("areas", "Catering"),
             QT_TRANSLATE_NOOP("areas", "Front desk"), Permission.TAKE_CATERING,
             lazy("catering_page", "CateringPage")),
    AreaSpec("plans", QT_TRANSLATE_NOOP("areas", "Meal packages"),
             QT_TRANSLATE_NOOP("areas", "Front desk"), Permission.MANAGE_SUBSCRIPTIONS,
             lazy("plans_page", "PlansPage")),
    AreaSpec("tickets", QT_TRANSLATE_NOOP("areas", "Support tickets"),
             QT_TRANSLATE_NOOP("areas", "Support"), Permission.CREATE_TICKETS,
             lazy("tickets_page", "TicketsPage")),
    AreaSpec("calendar", QT_TRANSLATE_NOOP("areas", "Consultations"),
             QT_TRANSLATE_NOOP("areas", "Nutrition"), Permission.BOOK_CONSULTATIONS,
             lazy("calendar_page", "CalendarPage")),
    AreaSpec("nutrition", QT_TRANSLATE_NOOP("areas", "My clients and plans"),
             QT_TRANSLATE_NOOP("areas", "Nutrition"), Permission.VIEW_NUTRITION_DASHBOARD,
             lazy("nutrition_dashboard", "NutritionDashboard")),
    AreaSpec("availability", QT_TRANSLATE_NOOP("areas", "Availability and time off"),
             QT_TRANSLATE_NOOP("areas", "Nutrition"),
             Permission.MANAGE_OWN_SCHEDULE, lazy("availability_page", "AvailabilityPage")),
    AreaSpec("customers", QT_TRANSLATE_NOOP("areas", "Customers"),
             QT_TRANSLATE_NOOP("areas", "Front desk"), Permission.VIEW_CUSTOMERS,
             lazy("customers_page", "CustomersPage")),
    AreaSpec("corporate", QT_TRANSLATE_NOOP("areas", "Corporate partners"),
             QT_TRANSLATE_NOOP("areas", "Management"),
             Permission.VIEW_CORPORATE_STATEMENTS, lazy("corporate_page", "CorporatePage")),
    AreaSpec("menu", QT_TRANSLATE_NOOP("areas", "Menu"),
             QT_TRANSLATE_NOOP("areas", "Administration"), Permission.MANAGE_MENU,
             lazy("menu_page", "MenuPage")),
    AreaSpec("bi", QT_TRANSLATE_NOOP("areas", "Business intelligence"),
             QT_TRANSLATE_NOOP("areas", "Management"), Permission.VIEW_BI,
             lazy("bi_dashboard", "BiDashboard")),
    AreaSpec("operations", QT_TRANSLATE_NOOP("areas", "Operations today"),
             QT_TRANSLATE_NOOP("areas", "Management"), Permission.VIEW_OPERATIONS,
             lazy("operations_dashboard", "OperationsDashboard")),
    AreaSpec("support_dashboard", QT_TRANSLATE_NOOP("areas", "Support dashboard"),
             QT_TRANSLATE_NOOP("areas", "Support"),
             Permission.VIEW_SUPPORT_DASHBOARD, lazy("support_dashboard", "SupportDashboard")),
    AreaSpec("staff", QT_TRANSLATE_NOOP("areas", "Staff accounts"),
             QT_TRANSLATE_NOOP("areas", "Administration"), Permission.MANAGE_STAFF,
             lazy("staff_page", "StaffPage")),
    AreaSpec("audit", QT_TRANSLATE_NOOP("areas", "Audit log"),
             QT_TRANSLATE_NOOP("areas", "Administration"), Permission.VIEW_AUDIT,
             lazy("audit_page", "AuditPage")),
    AreaSpec("account", QT_TRANSLATE_NOOP("areas", "My account"),
             QT_TRANSLATE_NOOP("areas", "My account"), None, lazy("account_page", "AccountPage")),
]  # fmt: skip


def areas_for(actor: Actor) -> list[AreaSpec]:
    visible = [a for a in AREAS if a.permission is None or actor.can(a.permission)]
    return sorted(visible, key=lambda a: GROUPS.index(a.group))
