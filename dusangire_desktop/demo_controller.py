"""`dusangire-desktop --demo` signs its receipts: the VSDC simulator runs in this process on a free
local port for as long as the app does, and the demo's training-mode device is pointed at it.

Only the demo's own device (training mode, the demo serial) follows the simulator; a real
controller stays what an administrator configured. Starting needs only the standard library, so
the sign-in window still comes before the database layer loads."""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from .tools.vsdc_simulator import URL_ENV, VsdcSimulator

if TYPE_CHECKING:
    from .services.uow import UnitOfWorkFactory

log = logging.getLogger(__name__)


class DemoController:
    def __init__(self) -> None:
        self.simulator = VsdcSimulator(port=0).start()
        self._previous = os.environ.get(URL_ENV)
        # Demo data loaded during this run is created pointing at it already.
        os.environ[URL_ENV] = self.simulator.url
        log.info("VSDC simulator (training) at %s", self.simulator.url)

    @property
    def url(self) -> str:
        return self.simulator.url

    def attach(self, uow_factory: UnitOfWorkFactory) -> bool:
        """Point a demo database's training device at this run's simulator; False when the
        database has a real controller (or none), which is left alone."""
        from .services.demo.till import DEMO_DEVICE_SERIAL
        from .services.fiscal import device

        if uow_factory.read_only:
            return False
        return device.point_demo_device_at(uow_factory(), self.url, DEMO_DEVICE_SERIAL)

    def stop(self) -> None:
        self.simulator.stop()
        if self._previous is None:
            os.environ.pop(URL_ENV, None)
        else:
            os.environ[URL_ENV] = self._previous
