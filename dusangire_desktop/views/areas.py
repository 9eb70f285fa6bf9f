"""The areas of the main window, who may open them, and how each is built (lazily)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

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
    AreaSpec("order_entry", "New order", "Front desk", Permission.TAKE_ORDERS,
             lazy("order_entry", "OrderEntryPage")),
    AreaSpec("order_queue", "Order queue", "Front desk", Permission.TAKE_ORDERS,
             lazy("order_queue", "OrderQueuePage")),
    AreaSpec("wards", "Wards", "Front desk", Permission.VIEW_WARDS,
             lazy("wards_page", "WardsPage")),
    AreaSpec("till", "Till", "Front desk", Permission.USE_TILL,
             lazy("till_page", "TillPage")),
    AreaSpec("catering", "Catering", "Front desk", Permission.TAKE_CATERING,
             lazy("catering_page", "CateringPage")),
    AreaSpec("plans", "Meal packages", "Front desk", Permission.MANAGE_SUBSCRIPTIONS,
             lazy("plans_page", "PlansPage")),
    AreaSpec("tickets", "Support tickets", "Support", Permission.CREATE_TICKETS,
             lazy("tickets_page", "TicketsPage")),
    AreaSpec("calendar", "Consultations", "Nutrition", Permission.BOOK_CONSULTATIONS,
             lazy("calendar_page", "CalendarPage")),
    AreaSpec("nutrition", "My clients and plans", "Nutrition", Permission.VIEW_NUTRITION_DASHBOARD,
             lazy("nutrition_dashboard", "NutritionDashboard")),
    AreaSpec("availability", "Availability and time off", "Nutrition",
             Permission.MANAGE_OWN_SCHEDULE, lazy("availability_page", "AvailabilityPage")),
    AreaSpec("customers", "Customers", "Front desk", Permission.VIEW_CUSTOMERS,
             lazy("customers_page", "CustomersPage")),
    AreaSpec("corporate", "Corporate partners", "Management",
             Permission.VIEW_CORPORATE_STATEMENTS, lazy("corporate_page", "CorporatePage")),
    AreaSpec("menu", "Menu", "Administration", Permission.MANAGE_MENU,
             lazy("menu_page", "MenuPage")),
    AreaSpec("bi", "Business intelligence", "Management", Permission.VIEW_BI,
             lazy("bi_dashboard", "BiDashboard")),
    AreaSpec("operations", "Operations today", "Management", Permission.VIEW_OPERATIONS,
             lazy("operations_dashboard", "OperationsDashboard")),
    AreaSpec("support_dashboard", "Support dashboard", "Support",
             Permission.VIEW_SUPPORT_DASHBOARD, lazy("support_dashboard", "SupportDashboard")),
    AreaSpec("staff", "Staff accounts", "Administration", Permission.MANAGE_STAFF,
             lazy("staff_page", "StaffPage")),
    AreaSpec("audit", "Audit log", "Administration", Permission.VIEW_AUDIT,
             lazy("audit_page", "AuditPage")),
    AreaSpec("account", "My account", "My account", None, lazy("account_page", "AccountPage")),
]  # fmt: skip


def areas_for(actor: Actor) -> list[AreaSpec]:
    visible = [a for a in AREAS if a.permission is None or actor.can(a.permission)]
    return sorted(visible, key=lambda a: GROUPS.index(a.group))
