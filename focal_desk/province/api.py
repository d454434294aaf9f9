"""The province HTTP API v1 (FastAPI): enroll, submit a package or a batch of them, announcements, status.

Error bodies are {"detail": "<one Vietnamese sentence>"}; nothing changes on any 4xx. The package body is read
with its size bounded before anything else: a Content-Length over package.MAX_BYTES is refused unread, and a
chunked body is cut off as soon as it passes the limit."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect

from ..sync import package
from .announcements import announcements_after
from .dashboard import mount as mount_dashboard
from .db import Database
from .errors import Refused
from .ingest import MAX_BATCH, batch_json, loads_batch, receive, receive_batch
from .keys import province_key
from .offices import enroll


class EnrollIn(BaseModel):
    office_code: str = Field(min_length=1, max_length=64)
    enrollment_code: str = Field(min_length=1, max_length=100)
    public_key: str = Field(min_length=1, max_length=100, description="raw 32-byte Ed25519 key, base64")


class EnrollOut(BaseModel):
    office_code: str
    office_name: str
    province_public_key: str


class SubmitOut(BaseModel):
    status: str = Field(description="accepted | duplicate | stale")
    office_code: str
    month: str
    revision: int


class BatchItemOut(BaseModel):
    status: str = Field(description="accepted | duplicate | stale | refused")
    office_code: str | None = None
    month: str | None = None
    revision: int | None = None
    code: int | None = Field(None, description="refused: the HTTP status the package alone would have had")
    detail: str | None = Field(None, description="refused: why, one Vietnamese sentence")


class BatchOut(BaseModel):
    results: list[BatchItemOut]


class AnnouncementsOut(BaseModel):
    announcements: list[dict[str, Any]]


class StatusOut(BaseModel):
    ok: bool
    version: str


class ErrorOut(BaseModel):
    detail: str


MAX_BATCH_BYTES = 8 * 1024 * 1024
# Announcement ids are SQL INTEGER: a larger ?after= overflowed PostgreSQL's int4 (a 500, found by the fuzz).
MAX_ID = 2**31 - 1


def _app_version() -> str:
    try:
        return version("focal-desk")
    except PackageNotFoundError:
        return "0"


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {c: {"model": ErrorOut} for c in codes}


async def _read_limited(request: Request, limit: int = package.MAX_BYTES) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            raise Refused(400, "Độ dài nội dung (Content-Length) không hợp lệ") from None
        if size > limit:
            raise Refused(413, f"Gói quá lớn ({size} byte, tối đa {limit})")
    body = bytearray()
    try:
        async for chunk in request.stream():
            body += chunk
            if len(body) > limit:
                raise Refused(413, f"Gói quá lớn (hơn {limit} byte)")
    except ClientDisconnect:  # the office went away mid-upload: nothing to store, nobody to answer
        raise Refused(400, "Kết nối bị ngắt khi đang gửi gói") from None
    return bytes(body)


def create_app(database_url: str) -> FastAPI:
    db = Database(database_url)
    public_text = package.public_key_text(province_key(db).public_key())
    app = FastAPI(title="focal_desk province", version=_app_version(),
                  description="Nhận báo cáo tổng hợp hằng tháng có chữ ký của các văn phòng; phát thông báo.")
    app.state.db = db

    @app.exception_handler(Refused)
    async def refused(_request: Request, exc: Refused) -> JSONResponse:
        return JSONResponse({"detail": exc.reason}, status_code=exc.status)

    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, exc: HTTPException) -> JSONResponse:
        said = {404: "Không có địa chỉ này trong API của tỉnh", 405: "Địa chỉ này không nhận phương thức đó"}
        return JSONResponse({"detail": said.get(exc.status_code, f"Yêu cầu bị từ chối (mã {exc.status_code})")},
                            status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(Exception)
    async def crashed(_request: Request, _exc: Exception) -> JSONResponse:  # logged by uvicorn; the office retries
        return JSONResponse({"detail": "Máy chủ của tỉnh gặp lỗi; văn phòng sẽ gửi lại sau"}, status_code=500)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        return JSONResponse({"detail": f"Yêu cầu không đúng dạng: trường {where or '?'} không hợp lệ"},
                            status_code=400)

    @app.post("/api/v1/enroll", response_model=EnrollOut, responses=_errors(400, 403, 404, 409))
    def post_enroll(body: EnrollIn) -> EnrollOut:
        done = enroll(db, body.office_code, body.enrollment_code, body.public_key)
        return EnrollOut(office_code=done.office_code, office_name=done.office_name,
                         province_public_key=public_text)

    @app.post("/api/v1/packages", response_model=SubmitOut, responses=_errors(400, 403, 404, 409, 413),
              openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
                  "schema": {"type": "object", "description": "a signed focal_desk.summary/1 package"}}}}})
    async def post_package(request: Request) -> SubmitOut:
        data = await _read_limited(request)
        outcome = await run_in_threadpool(receive, db, data, via="api")
        return SubmitOut(status=outcome.status, office_code=outcome.office_code, month=outcome.month,
                         revision=outcome.revision)

    batch_schema = {"type": "object", "required": ["packages"], "properties": {"packages": {
        "type": "array", "minItems": 1, "maxItems": MAX_BATCH,
        "items": {"type": "string", "description": "a signed focal_desk.summary/1 package file, as text"}}},
        "description": "several packages (an office's queued months, or many offices' from a relay); each "
                       "answered on its own, all stored in one transaction"}

    @app.post("/api/v1/packages/batch", response_model=BatchOut, responses=_errors(400, 413),
              openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
                  "schema": batch_schema}}}})
    async def post_batch(request: Request) -> JSONResponse:
        packages = loads_batch(await _read_limited(request, MAX_BATCH_BYTES))
        results = await run_in_threadpool(receive_batch, db, packages)
        return JSONResponse({"results": batch_json(results)})  # the shape of BatchOut, built without pydantic

    @app.get("/api/v1/announcements", response_model=AnnouncementsOut)
    def get_announcements(after: int = Query(0, ge=0, le=MAX_ID)) -> AnnouncementsOut:
        return AnnouncementsOut(announcements=announcements_after(db, after))

    @app.get("/api/v1/status", response_model=StatusOut)
    def get_status() -> StatusOut:
        return StatusOut(ok=True, version=_app_version())

    mount_dashboard(app, db)
    return app
