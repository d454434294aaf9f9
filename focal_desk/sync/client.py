"""The province server's API v1 over HTTP (httpx): implements services.ports.ProvinceTransport.

Every failure becomes one of two typed errors: ProvinceUnreachable (no answer, cut, timeout, 5xx, an answer
that is not the contract's: the package stays queued) or ProvinceRefused (a 4xx with the server's reason)."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx

from ..domain.sync import Enrollment, ProvinceFailed, ProvinceRefused, ProvinceUnreachable
from . import package as pkg

TIMEOUT = httpx.Timeout(30.0, connect=10.0)  # a slow rural line, but never a hung push
# The timeouts above bound each read: a server that trickles an endless answer a byte at a time needs these too
DEADLINE = 300.0  # seconds for a whole answer
MAX_ANSWER = 16 * 1024 * 1024
ACKNOWLEDGED = ("accepted", "duplicate", "stale")


def _url(server_url: str, path: str) -> str:
    return server_url.rstrip("/") + path


def _json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except (ValueError, RecursionError):  # not JSON, bad UTF-8, or nested past Python's limit
        return None


def _reason(status: int, body: bytes) -> str:
    found = _json(body)
    detail = found.get("detail") if isinstance(found, dict) else None
    if isinstance(detail, str) and detail.strip():
        return " ".join(detail.split())[:300]
    return f"mã trả lời HTTP {status}"


class HttpProvince:
    def __init__(self, timeout: httpx.Timeout = TIMEOUT, transport: httpx.BaseTransport | None = None,
                 deadline: float = DEADLINE):
        self._timeout = timeout
        self._transport = transport
        self._deadline = deadline

    def _read(self, response: httpx.Response) -> bytes:
        ends = time.monotonic() + self._deadline
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > MAX_ANSWER:
                raise ProvinceUnreachable("máy chủ tỉnh trả lời quá dài, không phải câu trả lời của API")
            if time.monotonic() > ends:
                raise ProvinceUnreachable("máy chủ tỉnh không trả lời kịp (hết thời gian chờ)")
        return bytes(body)

    def _post(self, url: str, **kwargs: Any) -> dict[str, Any]:
        return self._call("POST", url, **kwargs)

    def _call(self, method: str, url: str, **kwargs: Any) -> dict[str, Any]:
        try:
            with httpx.Client(timeout=self._timeout, transport=self._transport) as client, \
                    client.stream(method, url, **kwargs) as response:
                content = self._read(response)
        except httpx.TimeoutException:
            raise ProvinceUnreachable("máy chủ tỉnh không trả lời kịp (hết thời gian chờ)") from None
        except (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError):
            raise ProvinceUnreachable("kết nối với máy chủ tỉnh bị ngắt giữa chừng") from None
        except httpx.HTTPError as exc:  # refused, no route, bad address, TLS
            raise ProvinceUnreachable(f"không kết nối được máy chủ tỉnh {url} ({type(exc).__name__})") from None
        if response.status_code >= 500:
            raise ProvinceFailed(f"máy chủ tỉnh đang lỗi (HTTP {response.status_code})")
        if response.status_code >= 400:
            raise ProvinceRefused(response.status_code, _reason(response.status_code, content))
        if response.status_code != 200:
            raise ProvinceUnreachable(f"máy chủ tỉnh trả lời không đúng giao thức (HTTP {response.status_code})")
        body = _json(content)
        if not isinstance(body, dict):
            raise ProvinceUnreachable("máy chủ tỉnh trả lời không phải JSON")
        return body

    def enroll(self, server_url: str, office_code: str, enrollment_code: str, public_key: str) -> Enrollment:
        body = self._post(_url(server_url, "/api/v1/enroll"), json={
            "office_code": office_code, "enrollment_code": enrollment_code, "public_key": public_key})
        province_key = body.get("province_public_key")
        if not isinstance(province_key, str):
            raise ProvinceUnreachable("máy chủ tỉnh không gửi khóa công khai của tỉnh")
        try:
            pkg.public_key_from_text(province_key)
        except pkg.PackageError:
            raise ProvinceUnreachable("máy chủ tỉnh gửi khóa công khai không hợp lệ") from None
        name = body.get("office_name")
        return Enrollment(server_url, str(body.get("office_code") or office_code),
                          name if isinstance(name, str) else "", province_key)

    def submit(self, server_url: str, package: bytes) -> str:
        body = self._post(_url(server_url, "/api/v1/packages"), content=package,
                          headers={"Content-Type": "application/json"})
        status = body.get("status")
        if status not in ACKNOWLEDGED:
            raise ProvinceUnreachable(f"máy chủ tỉnh trả lời trạng thái lạ: {status!r}")
        return str(status)

    def submit_batch(self, server_url: str, packages: list[bytes]) -> list[str | ProvinceRefused]:
        texts = [p.decode("utf-8") for p in packages]
        body = self._post(_url(server_url, "/api/v1/packages/batch"), json={"packages": texts})
        results = body.get("results")
        if not (isinstance(results, list) and len(results) == len(packages)):
            raise ProvinceUnreachable("máy chủ tỉnh trả lời lô gói không đúng dạng")
        answers: list[str | ProvinceRefused] = []
        for r in results:
            status = r.get("status") if isinstance(r, dict) else None
            if status in ACKNOWLEDGED:
                answers.append(str(status))
            elif status == "refused" and isinstance(r.get("code"), int) and 400 <= r["code"] < 500:
                detail = r.get("detail")
                answers.append(ProvinceRefused(r["code"], " ".join(str(detail).split())[:300] if detail
                                               else f"mã trả lời HTTP {r['code']}"))
            else:
                raise ProvinceUnreachable(f"máy chủ tỉnh trả lời trạng thái lạ: {status!r}")
        return answers

    def announcements(self, server_url: str, after: int) -> list[dict[str, Any]]:
        body = self._call("GET", _url(server_url, "/api/v1/announcements"), params={"after": after})
        found = body.get("announcements")
        if not isinstance(found, list):
            raise ProvinceUnreachable("máy chủ tỉnh trả lời danh sách thông báo không đúng dạng")
        return found
