"""The controller the desks report to: its URL, the seller's TIN, branch and device serial, and
whether receipts are normal, training or proforma. Only configuration tells a real VSDC from the
simulator."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models.fiscal import FiscalDevice, ReceiptMode
from .. import audit
from ..auth import Actor, Permission
from ..changes import Area
from ..errors import ValidationError
from ..uow import UnitOfWork


@dataclass(frozen=True)
class DeviceConfig:
    url: str
    tin: str
    branch_id: str
    device_serial: str
    mode: ReceiptMode
    default_tax_type: str = "B"
    timeout_seconds: int = 10


def configured(session: Session, *, lock: bool = False) -> FiscalDevice | None:
    query = select(FiscalDevice).order_by(FiscalDevice.id).limit(1)
    if lock:
        query = query.with_for_update()
    return session.scalars(query).first()


def _checked(config: DeviceConfig) -> DeviceConfig:
    if not re.match(r"^https?://[^\s/]+(:\d+)?(/\S*)?$", config.url.strip()):
        raise ValidationError("Enter the controller's address, like http://10.0.0.5:8080.",
                              field="url")  # fmt: skip
    if not re.match(r"^\d{9}$", config.tin.strip()):
        raise ValidationError("The TIN has 9 digits.", field="tin")
    if not re.match(r"^\d{2}$", config.branch_id.strip()):
        raise ValidationError("The branch id has 2 digits (00 for the head office).",
                              field="branch_id")  # fmt: skip
    if not 3 <= len(config.device_serial.strip()) <= 40:
        raise ValidationError("Enter the device serial number.", field="device_serial")
    if config.default_tax_type not in ("A", "B", "C", "D"):
        raise ValidationError("The tax type is A, B, C or D.", field="tax_type")
    if not 1 <= config.timeout_seconds <= 120:
        raise ValidationError("Wait 1 to 120 seconds for an answer.", field="timeout")
    return DeviceConfig(config.url.strip(), config.tin.strip(), config.branch_id.strip(),
                        config.device_serial.strip(), ReceiptMode(config.mode),
                        config.default_tax_type, config.timeout_seconds)  # fmt: skip


def configure(uow: UnitOfWork, actor: Actor, config: DeviceConfig) -> DeviceConfig:
    config = _checked(config)
    with uow:
        actor = uow.authorize(actor, Permission.MANAGE_FISCAL)
        device = configured(uow.session, lock=True) or FiscalDevice(next_invoice_no=1)
        device.url, device.tin, device.branch_id = config.url, config.tin, config.branch_id
        device.device_serial, device.mode = config.device_serial, config.mode
        device.default_tax_type, device.timeout_seconds = (config.default_tax_type,
                                                           config.timeout_seconds)  # fmt: skip
        uow.session.add(device)
        uow.flush()
        audit.record(uow.session, actor, "fiscal_device_configured", "fiscal_device", device.id,
                     url=config.url, tin=config.tin, branch_id=config.branch_id,
                     device_serial=config.device_serial, mode=config.mode.value)  # fmt: skip
        uow.record(Area.FISCAL, [device.id])
        uow.commit()
        return config


def read_config(uow: UnitOfWork, actor: Actor) -> DeviceConfig | None:
    with uow.for_reading():
        actor = uow.authorize(actor, Permission.TAKE_ORDERS)
        device = configured(uow.session)
        if device is None:
            return None
        return DeviceConfig(
            device.url, device.tin, device.branch_id, device.device_serial,
            device.mode, device.default_tax_type, device.timeout_seconds,
        )  # fmt: skip


def point_demo_device_at(uow: UnitOfWork, url: str, demo_serial: str) -> bool:
    """`dusangire-desktop --demo`: the demo's training-mode device follows the simulator the app
    started for this run (a new port each time). A device in normal mode, or any other device,
    is configuration and is never touched; False then."""
    with uow:
        device = configured(uow.session, lock=True)
        if device is None or device.mode != ReceiptMode.TRAINING:
            return False
        if device.device_serial != demo_serial:
            return False
        if device.url != url:
            device.url, device.in_flight_id, device.in_flight_since = url, None, None
            uow.record(Area.FISCAL, [device.id])
            uow.commit()
        return True
