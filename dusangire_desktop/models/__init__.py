"""SQLAlchemy models, one module per area; importing this package registers them all."""

from . import (
    audit,
    catering,
    changes,
    corporate,
    customers,
    fiscal,
    food_service,
    languages,
    menu,
    orders,
    rollups,
    scheduling,
    staff,
    subscriptions,
    support,
    targets,
    till,
)
from .base import Base

metadata = Base.metadata

__all__ = [
    "Base",
    "audit",
    "catering",
    "changes",
    "corporate",
    "customers",
    "fiscal",
    "food_service",
    "languages",
    "menu",
    "metadata",
    "orders",
    "rollups",
    "scheduling",
    "staff",
    "subscriptions",
    "support",
    "targets",
    "till",
]
