"""The SQLite engine: one file, safety PRAGMAs on every connection, errors typed.

A unit of work that may write begins with ``BEGIN IMMEDIATE``: it takes the write lock before its first
read, so a second writer waits out the busy timeout instead of failing at once (SQLite cannot wait for a
deferred transaction that read first and then wants to write). Read-only units of work begin deferred and
run with ``PRAGMA query_only``, so a write slipped into a read fails loudly in tests instead of racing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.orm import Session, sessionmaker

from ..domain.errors import RegisterProblem
from .sqlite_errors import damaged, database_problem, environment_problem, tolerant_text
from .write_guard import WriteGuard

MODE_OPTION = "focal_desk_mode"
WRITE, READ = "write", "read"
BUSY_TIMEOUT_MS = 15_000  # a demo batch or a backup may hold the lock for seconds; users wait, not fail
__all__ = ["damaged", "database_problem", "environment_problem", "make_engine", "make_session_factory", "writing"]


def make_engine(
    db_path: Path,
    *,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    foreign_keys: bool = True,
    read_only: bool = False,
    guard: WriteGuard | None = None,
) -> Engine:
    """Engine for a SQLite file. ``foreign_keys=False`` is for migrations only (SQLite's ALTER recipe);
    ``read_only`` opens the file immutable, for a data folder nobody can write to."""
    if read_only:
        url = URL.create("sqlite", database=f"file:{db_path.as_posix()}?mode=ro&immutable=1",
                         query={"uri": "true"})
    else:
        url = URL.create("sqlite", database=str(db_path))
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # sqlite3 would only BEGIN before DML; we emit BEGIN ourselves so DDL and reads are transactional.
        dbapi_connection.isolation_level = None
        dbapi_connection.text_factory = tolerant_text
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
            if not read_only:
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=FULL")  # a committed request must survive a power cut
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get(MODE_OPTION)
        # query_only is per connection and connections are pooled: set it on every begin.
        connection.exec_driver_sql(f"PRAGMA query_only={1 if mode == READ else 0}")
        connection.exec_driver_sql("BEGIN IMMEDIATE" if mode == WRITE else "BEGIN")

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        problem = database_problem(context.original_exception)
        if problem is None:
            return
        if isinstance(problem, RegisterProblem) and guard is not None:
            guard.stop(problem)
        raise problem from context.original_exception

    return engine


def writing(engine: Engine) -> Engine:
    """The same engine, its transactions beginning IMMEDIATE (migrations, units of work that write)."""
    return engine.execution_options(**{MODE_OPTION: WRITE})


def make_session_factory(engine: Engine, *, write: bool = True) -> sessionmaker[Session]:
    """Sessions whose transactions begin IMMEDIATE (``write``) or deferred and query-only."""
    bind = writing(engine) if write else engine.execution_options(**{MODE_OPTION: READ})
    return sessionmaker(bind=bind, expire_on_commit=False)
