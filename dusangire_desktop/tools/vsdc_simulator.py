"""A small local stand-in for an RRA VSDC: the same saveSales / selectSales fields over HTTP, with
signatures, receipt counters, and faults on demand (fail, time out, answer duplicate).

    python -m dusangire_desktop.tools.vsdc_simulator --port 8765

Tests start it in a thread (`VsdcSimulator().start()`); the demo points a training-mode device at
it. Like a real controller it refuses an invoice number it already holds ("duplicate", nothing
to print) and answers `selectSales` with what it signed.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import threading
import time
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

KIGALI = timezone(timedelta(hours=2))  # Rwanda keeps no daylight saving time
URL_ENV = "DUSANGIRE_VSDC_URL"  # where the demo's training device finds the simulator


class VsdcSimulator:
    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        sdc_id: str = "SDC010000001",
        clock: Callable[[], datetime] = lambda: datetime.now(KIGALI),
    ):
        self.sdc_id = sdc_id
        self.clock = clock  # the controller's own clock (tests give theirs)
        self.signed: dict[tuple[str, str, int], dict[str, Any]] = {}
        self.requests: list[tuple[str, dict[str, Any]]] = []
        self.signatures_issued: Counter[tuple[str, str, int]] = Counter()
        self._faults: list[str] = []
        self.delay_seconds = 3.0
        self._lock = threading.Lock()
        self._counters: Counter[str] = Counter()
        simulator = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                try:
                    body = json.loads(self.rfile.read(length) or b"{}")
                except ValueError:
                    body = {}
                status, answer, delay = simulator.answer(self.path, body)
                if delay:
                    time.sleep(delay)
                payload = json.dumps(answer).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:
                    pass  # the desk gave up waiting: its answer is lost

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer((host, port), Handler)
        self.server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else host
        return f"http://{name}:{port}"

    def start(self) -> VsdcSimulator:
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def fail_next(self, times: int = 1) -> None:
        """Answer the next requests with a server error, keeping nothing."""
        self._faults += ["fail"] * times

    def time_out_next(self, times: int = 1) -> None:
        """Sign the next sales but answer too late: the desk's answer is lost."""
        self._faults += ["timeout"] * times

    def answer_duplicate_next(self, times: int = 1) -> None:
        self._faults += ["duplicate"] * times

    def answer(self, path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any], float]:
        with self._lock:
            self.requests.append((path, body))
            fault = self._faults.pop(0) if self._faults else None
            if fault == "fail":
                return 500, {"resultCd": "999", "resultMsg": "Internal error"}, 0
            key = (str(body.get("tin")), str(body.get("bhfId")), int(body.get("invcNo") or 0))
            if path.endswith("/trnsSales/selectSales"):
                if key in self.signed:
                    return 200, self._success(self.signed[key]), 0
                return 200, {"resultCd": "001", "resultMsg": "There is no search result"}, 0
            if not path.endswith("/trnsSales/saveSales"):
                return 404, {"resultCd": "404", "resultMsg": "Unknown path"}, 0
            if fault == "duplicate" or key in self.signed:
                return 200, {"resultCd": "924", "resultMsg": "Invoice number already exists"}, 0
            missing = [f for f in ("tin", "bhfId", "invcNo", "rcptTyCd", "salesTyCd", "totAmt")
                       if f not in body]  # fmt: skip
            if missing:
                return 200, {"resultCd": "910", "resultMsg": f"Missing {', '.join(missing)}"}, 0
            data = self._sign(key, body)
            return 200, self._success(data), self.delay_seconds if fault == "timeout" else 0

    def _sign(self, key: tuple[str, str, int], body: dict[str, Any]) -> dict[str, Any]:
        kind = f"{body['salesTyCd']}{body['rcptTyCd']}"
        self._counters[kind] += 1
        self._counters["total"] += 1
        seed = f"{self.sdc_id}|{key}|{body.get('totAmt')}|{self._counters['total']}".encode()
        digest = base64.b32encode(hashlib.sha256(seed).digest()).decode()
        data = {
            "rcptNo": self._counters[kind], "totRcptNo": self._counters["total"],
            "intrlData": digest[:26], "rcptSign": digest[26:42],
            "vsdcRcptPbctDate": self.clock().astimezone(KIGALI).strftime("%Y%m%d%H%M%S"),
            "sdcId": self.sdc_id, "mrcNo": "WIS00000001",
        }  # fmt: skip
        self.signed[key] = data
        self.signatures_issued[key] += 1
        return data

    def _success(self, data: dict[str, Any]) -> dict[str, Any]:
        stamp = self.clock().astimezone(KIGALI).strftime("%Y%m%d%H%M%S")
        return {"resultCd": "000", "resultMsg": "It is succeeded", "resultDt": stamp, "data": data}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    simulator = VsdcSimulator(args.host, args.port)
    print(f"VSDC simulator at {simulator.url}", flush=True)
    simulator.server.serve_forever()


if __name__ == "__main__":
    main()
