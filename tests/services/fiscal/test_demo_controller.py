"""`dusangire-desktop --demo` starts the VSDC simulator for the run and points the demo's training
device at it, so demo receipts are signed; a real controller is never repointed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import pytest

from dusangire_desktop.demo_controller import DemoController
from dusangire_desktop.services.demo import till as demo_till
from dusangire_desktop.services.fiscal import device, outbox
from dusangire_desktop.services.fiscal.device import DeviceConfig, ReceiptMode

from ...till_world import cash

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def demo_device(uow_factory, monkeypatch):
    """The demo's till as loaded by an earlier run (its simulator's address long gone)."""
    monkeypatch.delenv(demo_till.SIMULATOR_ENV, raising=False)
    with uow_factory() as uow:
        demo_till.populate(SimpleNamespace(session=uow.session, progress=lambda _m: None))
        uow.commit()


def _answers(url: str) -> bool:
    try:
        urllib.request.urlopen(url + "/trnsSales/selectSales", data=b"{}", timeout=2).close()
    except urllib.error.URLError:
        return False
    return True


def test_a_demo_sale_is_signed_by_the_simulator_the_run_started(
    uow_factory, admin, kitchen, sell, demo_device
):
    controller = DemoController()
    try:
        assert os.environ[demo_till.SIMULATOR_ENV] == controller.url
        assert controller.attach(uow_factory)
        config = device.read_config(uow_factory(), admin)
        assert config.url == controller.url and config.mode == ReceiptMode.TRAINING
        sold = sell(cash(5000))
        assert outbox.send_pending(uow_factory(), admin).problem is None
        [receipt] = outbox.receipts_of_order(uow_factory(), admin, sold.summary.id)
        assert receipt.printable and receipt.title == "TRAINING SALE"
        assert not receipt.is_official and receipt.sdc.receipt_number == "1/1 TS"
    finally:
        controller.stop()
    assert not _answers(controller.url)  # it stops with the app
    assert demo_till.SIMULATOR_ENV not in os.environ


def test_a_real_controller_stays_as_configured(uow_factory, admin, kitchen):
    real = DeviceConfig("http://10.0.0.5:8080", "100600570", "00", "RRA-VSDC-7", ReceiptMode.NORMAL)
    device.configure(uow_factory(), admin, real)
    controller = DemoController()
    try:
        assert not controller.attach(uow_factory)
    finally:
        controller.stop()
    assert device.read_config(uow_factory(), admin).url == "http://10.0.0.5:8080"


# The app with --demo on a database that has the demo's till: the sign-in window still comes
# before the database layer loads, and the device follows this run's simulator.
DEMO_RUN = """
import json, os, sys
from dusangire_desktop import app
seen = {}
painted = app._StartUp._painted
def note(self):
    seen["sqlalchemy"] = "sqlalchemy" in sys.modules
    seen["simulator"] = os.environ.get("DUSANGIRE_VSDC_URL", "")
    painted(self)
app._StartUp._painted = note
seen["code"] = app.run_gui(sys.argv[1], demo_on_empty=True, exit_when_ready=True)
seen["after"] = os.environ.get("DUSANGIRE_VSDC_URL")
print(json.dumps(seen))
"""


def test_the_app_with_demo_points_the_demo_device_at_its_simulator(
    database_url, engine, uow_factory, admin, demo_device
):
    done = subprocess.run(
        [sys.executable, "-c", DEMO_RUN, database_url],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0 and seen["sqlalchemy"] is False and seen["after"] is None
    assert seen["simulator"].startswith("http://127.0.0.1:")
    assert device.read_config(uow_factory(), admin).url == seen["simulator"]
    assert not _answers(seen["simulator"])
