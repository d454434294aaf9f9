"""Engine set-up: safety PRAGMAs, real transactions, environment errors typed."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from focal_desk.domain.errors import EnvironmentProblem
from focal_desk.domain.fees import Payment
from focal_desk.storage.engine import BUSY_TIMEOUT_MS, environment_problem, make_engine, make_session_factory
from focal_desk.storage.unit_of_work import SqlUnitOfWork, make_uow_factory


def test_pragmas_are_in_force_on_a_new_connection(engine) -> None:
    with engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS


def test_foreign_keys_are_enforced(uow_factory) -> None:
    with uow_factory() as uow, pytest.raises(IntegrityError, match="FOREIGN KEY"):
        uow.fees.add_payment(999, Payment(None, date(2026, 1, 1), "BL-1", 3000))


def test_work_not_committed_is_rolled_back(uow_factory) -> None:
    with uow_factory() as uow:
        uow.settings.set("theme", "dark")
    with uow_factory() as uow:
        assert uow.settings.get("theme") is None
        uow.settings.set("theme", "dark")
        uow.commit()
    with uow_factory() as uow:
        assert uow.settings.get("theme") == "dark"


def test_a_locked_database_is_an_environment_problem(db_path: Path) -> None:
    engine = make_engine(db_path, busy_timeout_ms=50)
    try:
        uow_factory = make_uow_factory(make_session_factory(engine))
        with closing(sqlite3.connect(db_path, isolation_level=None)) as other:
            other.execute("BEGIN IMMEDIATE")  # another writer holds the lock
            try:
                with uow_factory() as uow, pytest.raises(EnvironmentProblem, match="bận"):
                    uow.settings.set("k", "v")
            finally:
                other.execute("ROLLBACK")
    finally:
        engine.dispose()


def test_a_full_disk_at_commit_is_an_environment_problem(engine, monkeypatch) -> None:
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
    full.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined]

    def failing_commit(dbapi_connection: object) -> None:
        raise full

    monkeypatch.setattr(engine.dialect, "do_commit", failing_commit)
    with SqlUnitOfWork(make_session_factory(engine)) as uow:
        uow.settings.set("k", "v")
        with pytest.raises(EnvironmentProblem, match="đầy") as caught:
            uow.commit()
    assert caught.value.__cause__ is full


def test_bugs_are_not_disguised_as_environment_problems(engine) -> None:
    with engine.connect() as c, pytest.raises(Exception) as caught:
        c.execute(text("SELECT * FROM no_such_table"))
    assert not isinstance(caught.value, EnvironmentProblem)
    assert environment_problem(ValueError("database is locked")) is None


def test_a_unit_of_work_stays_on_its_thread(uow_factory) -> None:
    errors: list[BaseException] = []
    with uow_factory() as uow:

        def other_thread() -> None:
            try:
                uow.commit()
            except RuntimeError as exc:
                errors.append(exc)

        t = threading.Thread(target=other_thread)
        t.start()
        t.join()
    assert len(errors) == 1
