"""A small real HTTP server on loopback that answers as the province's API v1 does (issue 10's contract):
enrollment with one-time codes, packages checked with focal_desk.sync.package (schema, size, signature with
the enrolled key) and kept per (office, month, revision) → accepted / duplicate / stale / 409. Faults are
scripted: ``fail_next`` takes a list of "500", "cut" (read half the body, close the socket without an
answer), "slow" (answer after ``slow_seconds``) or an (HTTP status, detail) pair, used one per request.

Not the province server (wt-province writes that): only what the office's tests need to talk to."""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from focal_desk.sync import package as pkg


class Province:
    def __init__(self, port: int = 0):
        self.key = Ed25519PrivateKey.generate()
        self.offices: dict[str, dict[str, Any]] = {}  # code -> {"name", "enrollment_code", "public_key"}
        self.stored: dict[tuple[str, str], tuple[int, bytes]] = {}  # (office, month) -> (revision, canonical)
        self.received: list[tuple[str, str, int, str]] = []  # every answered package: (office, month, rev, status)
        self.bodies: list[bytes] = []
        self.announcements: list[dict[str, Any]] = []  # signed, oldest first
        self.fail_next: list[Any] = []
        self.slow_seconds = 3.0
        self.lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", port), _handler(self))
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def add_office(self, code: str, name: str, enrollment_code: str) -> None:
        self.offices[code] = {"name": name, "enrollment_code": enrollment_code, "public_key": None}

    def publish_calendar(self, year: int, notices: list[dict[str, str]]) -> dict[str, Any]:
        from datetime import datetime

        from focal_desk.sync import announcement

        body = announcement.build(announcement_id=len(self.announcements) + 1, year=year,
                                  published_at=datetime(year - 1, 12, 1, 9, 0), notices=notices)
        signed = announcement.sign(body, self.key)
        self.announcements.append(signed)
        return signed

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # -- the contract ---------------------------------------------------------------------------------

    def enroll(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        office = self.offices.get(body.get("office_code"))
        if office is None:
            return 404, {"detail": "Không có văn phòng với mã này"}
        if office["public_key"] is not None:
            if office["public_key"] == body.get("public_key"):
                return 200, self._enrolled(body["office_code"])
            return 409, {"detail": "Văn phòng đã đăng ký bằng một khóa khác"}
        if body.get("enrollment_code") != office["enrollment_code"]:
            return 403, {"detail": "Mã đăng ký sai hoặc đã dùng"}
        office["public_key"] = body.get("public_key")
        return 200, self._enrolled(body["office_code"])

    def _enrolled(self, code: str) -> dict[str, Any]:
        return {"office_code": code, "office_name": self.offices[code]["name"],
                "province_public_key": pkg.public_key_text(self.key.public_key())}

    def submit(self, data: bytes) -> tuple[int, dict[str, Any]]:
        if len(data) > pkg.MAX_BYTES:
            return 413, {"detail": "Gói quá lớn"}
        try:
            summary = pkg.loads(data)
        except pkg.PackageError as exc:
            return 400, {"detail": exc.reason}
        office = self.offices.get(summary.office_code)
        if office is None or office["public_key"] is None:
            return 404, {"detail": "Văn phòng chưa đăng ký với tỉnh"}
        try:
            pkg.verify(summary, pkg.public_key_from_text(office["public_key"]))
        except pkg.PackageError as exc:
            return 403, {"detail": exc.reason}
        content = pkg.canonical(summary.raw)
        with self.lock:
            key = (summary.office_code, summary.month)
            held = self.stored.get(key)
            if held is None or summary.revision > held[0]:
                self.stored[key] = (summary.revision, content)
                status = "accepted"
            elif summary.revision < held[0]:
                status = "stale"
            elif held[1] == content:
                status = "duplicate"
            else:
                return 409, {"detail": "Cùng lần sửa nhưng nội dung khác"}
            self.received.append((summary.office_code, summary.month, summary.revision, status))
            self.bodies.append(data)
        return 200, {"status": status, "office_code": summary.office_code, "month": summary.month,
                     "revision": summary.revision}


def _handler(province: Province) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # quiet tests
            pass

        def _answer(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            if self.path.startswith("/api/v1/announcements"):
                after = int(self.path.partition("after=")[2] or 0)
                self._answer(200, {"announcements": [a for a in province.announcements if a["id"] > after]})
            elif self.path == "/api/v1/status":
                self._answer(200, {"ok": True, "version": "stub"})
            else:
                self._answer(404, {"detail": "Không có"})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if self.path == "/api/v1/packages/batch":  # a province of the first version: no batches
                self.rfile.read(length)
                self._answer(404, {"detail": "Không có địa chỉ này trong API của tỉnh"})
                return
            fault = province.fail_next.pop(0) if province.fail_next else None
            if fault == "cut":
                self.rfile.read(length // 2)
                self.connection.shutdown(socket.SHUT_RDWR)  # mid-upload: no answer at all
                self.close_connection = True
                return
            data = self.rfile.read(length)
            if fault == "slow":
                time.sleep(province.slow_seconds)
            if fault == "500":
                self._answer(500, {"detail": "Lỗi máy chủ"})
                return
            if isinstance(fault, tuple):
                self._answer(fault[0], {"detail": fault[1]})
                return
            try:
                body = json.loads(data) if self.path == "/api/v1/enroll" else None
            except ValueError:
                self._answer(400, {"detail": "JSON hỏng"})
                return
            if self.path == "/api/v1/enroll":
                self._answer(*province.enroll(body))
            elif self.path == "/api/v1/packages":
                self._answer(*province.submit(data))
            else:
                self._answer(404, {"detail": "Không có"})

    return Handler
