"""Demo till: the hospital's till rules and an EBM device in training mode pointed at the VSDC
simulator (`python -m dusangire_desktop.tools.vsdc_simulator`), so demo sales print training
receipts and never reach the tax office. Demo orders are history: they belong to no shift."""

from __future__ import annotations

import os

from ...models.fiscal import FiscalDevice, ReceiptMode
from ...models.till import TillSettings
from ...tools.vsdc_simulator import URL_ENV
from . import DemoContext

SIMULATOR_ENV = URL_ENV
SIMULATOR_URL = "http://127.0.0.1:8765"
DEMO_DEVICE_SERIAL = "DEMO-VSDC-01"


def populate(ctx: DemoContext) -> None:
    ctx.progress("till and training fiscal device")
    ctx.session.add(TillSettings(id=1, variance_threshold_rwf=1000, blind_close=False))
    ctx.session.add(
        FiscalDevice(
            url=os.environ.get(SIMULATOR_ENV, SIMULATOR_URL),
            tin="100600570",
            branch_id="00",
            device_serial=DEMO_DEVICE_SERIAL,
            mode=ReceiptMode.TRAINING,
            default_tax_type="B",
            timeout_seconds=3,
            next_invoice_no=1,
        )
    )
