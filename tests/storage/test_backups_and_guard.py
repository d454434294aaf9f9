"""Issue 6.1, 6.3, 6.5 at the storage level: read units of work cannot write, the guard stops writes after
damage, daily/monthly backups rotate only after a good copy, restore is checked and atomic."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.errors import EnvironmentProblem, RegisterProblem, ValidationError
from focal_desk.storage.backups import DAILY_KEPT, MONTHLY_KEPT, daily_backup, manual_backup
from focal_desk.storage.engine import damaged, make_session_factory
from focal_desk.storage.quick_check import quick_check
from focal_desk.storage.restore import check_backup_file
from focal_desk.storage.unit_of_work import SqlUnitOfWork
from focal_desk.storage.write_guard import WriteGuard

DAY = datetime(2026, 1, 1, 8, 0, tzinfo=VN_TZ)


def test_a_read_only_unit_of_work_cannot_write(engine) -> None:
    factory = make_session_factory(engine, write=False)
    with SqlUnitOfWork(factory, read_only=True) as uow, pytest.raises(EnvironmentProblem, match="readonly"):
        uow.settings.set("x", "y")


def test_a_writing_unit_of_work_holds_the_write_lock_from_its_start(engine, db_path: Path) -> None:
    with SqlUnitOfWork(make_session_factory(engine)) as uow:
        uow.settings.get("anything")  # only a read so far, yet the lock is taken
        with closing(sqlite3.connect(db_path, timeout=0)) as other, pytest.raises(sqlite3.OperationalError,
                                                                                  match="locked"):
            other.execute("BEGIN IMMEDIATE")


def test_the_guard_refuses_writes_once_damage_was_seen(engine) -> None:
    guard = WriteGuard()
    guard.stop(damaged("database disk image is malformed"))
    factory = make_session_factory(engine)
    with pytest.raises(RegisterProblem) as caught:
        SqlUnitOfWork(factory, guard=guard).__enter__()
    assert caught.value.kind == "damaged" and "khôi phục" in str(caught.value)
    with SqlUnitOfWork(make_session_factory(engine, write=False), guard=guard, read_only=True) as uow:
        assert uow.settings.get("nothing") is None  # reading goes on


def _damage(db: Path) -> None:
    size = db.stat().st_size
    with open(db, "r+b") as f:
        f.seek(max(4096, size // 2 - (size // 2) % 4096))
        f.write(b"\xa5" * 8192)


def test_quick_check_finds_damage(db_path: Path, tmp_path: Path) -> None:
    assert quick_check(db_path) is None
    _damage(db_path)
    problem = quick_check(db_path)
    assert isinstance(problem, RegisterProblem) and problem.kind == "damaged"


def test_one_daily_copy_a_day_and_the_rotation_keeps_days_and_months(db_path: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    assert daily_backup(db_path, backups, DAY) is not None
    assert daily_backup(db_path, backups, DAY + timedelta(hours=5)) is None  # once a day
    for d in range(1, 400, 3):
        daily_backup(db_path, backups, DAY + timedelta(days=d))
    assert len(list((backups / "daily").glob("*.sqlite3"))) == DAILY_KEPT
    monthly = sorted(p.name for p in (backups / "monthly").glob("*.sqlite3"))
    assert len(monthly) == MONTHLY_KEPT and monthly[-1] == "focal_desk-2027-02.sqlite3"
    for p in (backups / "daily").glob("*.sqlite3"):
        with closing(sqlite3.connect(p)) as c:
            assert c.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_a_damaged_register_never_pushes_good_copies_out(db_path: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    for d in range(DAILY_KEPT):
        daily_backup(db_path, backups, DAY + timedelta(days=d))
    before = sorted(p.name for p in (backups / "daily").iterdir())
    _damage(db_path)
    for d in range(DAILY_KEPT, DAILY_KEPT + 5):  # a week of failed starts
        with pytest.raises(EnvironmentProblem):
            daily_backup(db_path, backups, DAY + timedelta(days=d))
    assert sorted(p.name for p in (backups / "daily").iterdir()) == before


def test_manual_backup_never_overwrites(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "mine.sqlite3"
    assert manual_backup(db_path, tmp_path / "b", DAY, out) == out
    with pytest.raises(EnvironmentProblem, match="đã có"):
        manual_backup(db_path, tmp_path / "b", DAY, out)


@pytest.mark.parametrize("content", [b"", b"not a database at all " * 100, None])
def test_restore_refuses_what_is_not_a_whole_register(tmp_path: Path, content) -> None:
    f = tmp_path / "x.sqlite3"
    if content is not None:
        f.write_bytes(content)
    else:
        with closing(sqlite3.connect(f)) as c:
            c.execute("CREATE TABLE other (x)")
    with pytest.raises(ValidationError):
        check_backup_file(f)
