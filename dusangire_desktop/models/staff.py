"""Staff accounts and their roles."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UtcDateTime, enum_column, utcnow
from .languages import Language


class Role(enum.StrEnum):
    FRONT_DESK = "front_desk"
    NUTRITIONIST = "nutritionist"
    SUPPORT = "support"
    MANAGER = "manager"
    ADMIN = "admin"


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[Role] = mapped_column(enum_column(Role, "staff_role"))
    password_hash: Mapped[str] = mapped_column(String(200))
    is_active: Mapped[bool] = mapped_column(default=True)
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    must_change_password: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # The screens' language for this account, applied at sign-in.
    language: Mapped[Language] = mapped_column(
        enum_column(Language, "staff_language"), default=Language.ENGLISH
    )

    __table_args__ = (
        CheckConstraint("length(username) >= 3", name="username_length"),
        CheckConstraint("failed_logins >= 0", name="failed_logins_not_negative"),
    )
