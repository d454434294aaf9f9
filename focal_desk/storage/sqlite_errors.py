"""SQLite errors as the app's typed errors (plain sqlite3 only: start-up code imports this without
SQLAlchemy)."""

from __future__ import annotations

import sqlite3

from ..domain.errors import EnvironmentProblem, FocalDeskError, RegisterProblem

_BUSY = "Cơ sở dữ liệu đang bận (bị khóa bởi thao tác khác). Vui lòng thử lại."
# Primary SQLite result codes that mean "the machine, not the data": retrying or freeing space may help.
_ENVIRONMENT_CODES = {
    sqlite3.SQLITE_BUSY: _BUSY,
    sqlite3.SQLITE_LOCKED: _BUSY,
    sqlite3.SQLITE_IOERR: "Lỗi đọc/ghi ổ đĩa khi truy cập cơ sở dữ liệu.",
    sqlite3.SQLITE_FULL: "Ổ đĩa đã đầy, không thể ghi cơ sở dữ liệu.",
    sqlite3.SQLITE_CANTOPEN: "Không mở được tệp cơ sở dữ liệu.",
    sqlite3.SQLITE_READONLY: "Tệp hoặc thư mục dữ liệu chỉ cho phép đọc, không thể ghi.",
    sqlite3.SQLITE_NOMEM: "Không đủ bộ nhớ để truy cập cơ sở dữ liệu.",
    sqlite3.SQLITE_PROTOCOL: _BUSY,
    sqlite3.SQLITE_PERM: "Không có quyền truy cập tệp cơ sở dữ liệu.",
}
_DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


def damaged(detail: object) -> RegisterProblem:
    return RegisterProblem(
        "damaged",
        "Tệp cơ sở dữ liệu bị hỏng; chương trình đã ngừng ghi để không mất thêm dữ liệu. "
        f"Hãy khôi phục từ bản sao lưu (lệnh 'focal-desk restore TỆP' hoặc mục Khôi phục trong chương trình). "
        f"Chi tiết: {detail}",
    )


def database_problem(exc: BaseException) -> FocalDeskError | None:
    """The typed error a sqlite3 error stands for, or None when it is a bug."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return damaged(exc) if "malformed" in str(exc) or "not a database" in str(exc) else None
    primary = code & 0xFF  # extended codes keep the primary code in the low byte
    if primary in _DAMAGE_CODES:
        return damaged(exc)
    message = _ENVIRONMENT_CODES.get(primary)
    return EnvironmentProblem(f"{message} ({exc})") if message else None


def environment_problem(exc: BaseException) -> EnvironmentProblem | None:
    """The EnvironmentProblem a sqlite3 error stands for, or None when it is a bug, bad data or damage."""
    problem = database_problem(exc)
    return problem if isinstance(problem, EnvironmentProblem) else None


def tolerant_text(raw: bytes) -> str:
    """Text that does not decode (a damaged page, a foreign tool) is shown with U+FFFD, never a crash."""
    return raw.decode("utf-8", errors="replace")


