"""The SQLite engine: one file, safety PRAGMAs on every connection, environment errors typed."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.orm import Session, sessionmaker

from ..domain.errors import EnvironmentProblem

# Primary SQLite result codes that mean "the machine, not the data": retrying or freeing space may help.
_ENVIRONMENT_CODES = {
    sqlite3.SQLITE_BUSY: "Cơ sở dữ liệu đang bận (bị khóa bởi thao tác khác). Vui lòng thử lại.",
    sqlite3.SQLITE_LOCKED: "Cơ sở dữ liệu đang bận (bị khóa bởi thao tác khác). Vui lòng thử lại.",
    sqlite3.SQLITE_IOERR: "Lỗi đọc/ghi ổ đĩa khi truy cập cơ sở dữ liệu.",
    sqlite3.SQLITE_FULL: "Ổ đĩa đã đầy, không thể ghi cơ sở dữ liệu.",
    sqlite3.SQLITE_CANTOPEN: "Không mở được tệp cơ sở dữ liệu.",
    sqlite3.SQLITE_READONLY: "Tệp cơ sở dữ liệu chỉ cho phép đọc, không thể ghi.",
    sqlite3.SQLITE_NOMEM: "Không đủ bộ nhớ để truy cập cơ sở dữ liệu.",
    sqlite3.SQLITE_PROTOCOL: "Cơ sở dữ liệu đang bận (bị khóa bởi thao tác khác). Vui lòng thử lại.",
}


def environment_problem(exc: BaseException) -> EnvironmentProblem | None:
    """The EnvironmentProblem a sqlite3 error stands for, or None when it is a bug or bad data."""
    if not isinstance(exc, sqlite3.OperationalError):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    message = _ENVIRONMENT_CODES.get(code & 0xFF)  # extended codes keep the primary code in the low byte
    return EnvironmentProblem(f"{message} ({exc})") if message else None


def make_engine(db_path: Path, *, busy_timeout_ms: int = 5000, foreign_keys: bool = True) -> Engine:
    """Engine for a SQLite file. ``foreign_keys=False`` is for migrations only (SQLite's ALTER recipe)."""
    url = URL.create("sqlite", database=str(db_path))
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # sqlite3 would only BEGIN before DML; we emit BEGIN ourselves so DDL and reads are transactional.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")  # a committed request must survive a power cut
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        problem = environment_problem(context.original_exception)
        if problem is not None:
            raise problem from context.original_exception

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)
