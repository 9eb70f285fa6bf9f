import pytest

from dusangire_desktop.services.fiscal import device
from dusangire_desktop.services.fiscal.device import DeviceConfig, ReceiptMode
from dusangire_desktop.tools.vsdc_simulator import VsdcSimulator

from ...ordering_world import kitchen, promotion  # noqa: F401
from ...till_world import another_desk, manager, sell  # noqa: F401


@pytest.fixture
def simulator(clock):
    sim = VsdcSimulator(clock=clock).start()
    sim.delay_seconds = 2.0  # longer than the desk waits (1 s): the answer is lost
    yield sim
    sim.stop()


@pytest.fixture
def controller(uow_factory, admin, simulator):
    """A normal-mode device pointed at the simulator, waiting 1 s for an answer."""
    return device.configure(
        uow_factory(),
        admin,
        DeviceConfig(
            simulator.url, "100600570", "00", "DSG-VSDC-01", ReceiptMode.NORMAL, timeout_seconds=1
        ),
    )
