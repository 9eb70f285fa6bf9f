"""The one adapter to an RRA sales data controller (VSDC at the hospital, or the online OSDC):
JSON over HTTP with the standard library, so no dependency is added for two calls.

`save_sales` posts `/trnsSales/saveSales`; `find_sale` asks `/trnsSales/selectSales` whether the
controller already holds an invoice number, which is how a request whose answer was lost is
settled before anything is sent again.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

SUCCESS = "000"
NOT_FOUND = "001"
DUPLICATE = "924"
SAVE_PATH = "/trnsSales/saveSales"
FIND_PATH = "/trnsSales/selectSales"


class Unanswered(Exception):
    """No answer came back (down, timed out, broken answer): the controller may or may not have
    the request, so it must be asked before the request is sent again."""


class Refused(Exception):
    """The controller answered no, for a reason a person must look at."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code


class Duplicate(Exception):
    """The controller already holds this invoice number and returned nothing to print."""


@dataclass(frozen=True)
class Signature:
    sdc_id: str
    receipt_no: int
    total_receipt_no: int
    internal_data: str
    signature: str
    signed_at: str  # yyyyMMddHHmmss, the controller's clock


class VsdcClient:
    def __init__(self, base_url: str, timeout_seconds: float) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout_seconds

    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        request = urllib.request.Request(
            self.base_url + path,
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                answer = json.loads(response.read().decode())
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            raise Unanswered(f"the controller did not answer ({exc})") from exc
        except (ValueError, UnicodeDecodeError) as exc:
            raise Unanswered("the controller's answer could not be read") from exc
        if not isinstance(answer, dict):
            raise Unanswered("the controller's answer could not be read")
        return answer

    def save_sales(self, body: dict[str, Any]) -> Signature:
        answer = self._post(SAVE_PATH, body)
        code = str(answer.get("resultCd", ""))
        if code == SUCCESS:
            return _signature(answer)
        if code == DUPLICATE:
            raise Duplicate(str(answer.get("resultMsg", "")))
        raise Refused(code, str(answer.get("resultMsg", "")))

    def find_sale(self, tin: str, branch_id: str, invoice_no: int) -> Signature | None:
        answer = self._post(FIND_PATH, {"tin": tin, "bhfId": branch_id, "invcNo": invoice_no})
        code = str(answer.get("resultCd", ""))
        if code == SUCCESS:
            return _signature(answer)
        if code == NOT_FOUND:
            return None
        raise Refused(code, str(answer.get("resultMsg", "")))


def _signature(answer: dict[str, Any]) -> Signature:
    data = answer.get("data") or {}
    try:
        return Signature(
            str(data["sdcId"]), int(data["rcptNo"]), int(data["totRcptNo"]),
            str(data["intrlData"]), str(data["rcptSign"]), str(data["vsdcRcptPbctDate"]),
        )  # fmt: skip
    except (KeyError, TypeError, ValueError) as exc:
        raise Unanswered("the controller's answer lacks the signature") from exc
