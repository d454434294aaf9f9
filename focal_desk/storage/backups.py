"""Verified copies of the register: daily and monthly ones made automatically, manual ones on request.

Every copy is made with SQLite's online backup API (consistent while the app runs) and checked with
``PRAGMA integrity_check`` before it gets its final name. Old copies are deleted only after a new one was
made and checked, and at most one daily copy is made a day: a start that fails again and again (or a
damaged database, whose copy fails the check) never pushes good copies out.

    backups/focal_desk-YYYYmmdd-HHMMSS-REV.sqlite3   before each migration (10 kept; storage/migrate.py)
    backups/daily/focal_desk-YYYY-mm-dd.sqlite3      the first start of each day (DAILY_KEPT kept)
    backups/monthly/focal_desk-YYYY-mm.sqlite3       the first daily copy of each month (MONTHLY_KEPT kept)
    backups/manual/focal_desk-YYYYmmdd-HHMMSS.sqlite3  `focal-desk backup` or the menu (never deleted)
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from ..domain.backup import BackupInfo
from ..domain.clock import VN_TZ
from ..domain.errors import EnvironmentProblem
from .schema_version import has_content

DAILY_KEPT = 7
MONTHLY_KEPT = 12
_DAILY = re.compile(r"focal_desk-(\d{4}-\d{2}-\d{2})\.sqlite3")
_MONTHLY = re.compile(r"focal_desk-(\d{4}-\d{2})\.sqlite3")


def verified_copy(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` with the backup API and check the copy; the target appears only
    when the copy is whole. Raises EnvironmentProblem (disk full, damaged source …)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        with closing(sqlite3.connect(source, timeout=15)) as src, closing(sqlite3.connect(partial)) as copy:
            src.backup(copy)
            result = copy.execute("PRAGMA integrity_check").fetchall()
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        if result != [("ok",)]:
            raise EnvironmentProblem(
                "Bản sao lưu không toàn vẹn (cơ sở dữ liệu gốc có thể đã hỏng): "
                + "; ".join(str(r[0]) for r in result[:3])
            )
        with open(partial, "rb") as f:
            os.fsync(f.fileno())
        os.replace(partial, target)
    except sqlite3.Error as exc:
        raise EnvironmentProblem(f"Không sao lưu được cơ sở dữ liệu: {exc}") from exc
    except OSError as exc:
        raise EnvironmentProblem(f"Không ghi được bản sao lưu {target}: {exc.strerror or exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
    return target


def manual_backup(db_path: Path, backup_dir: Path, now: datetime, out: Path | None = None) -> Path:
    if not has_content(db_path):
        raise EnvironmentProblem(f"Không có cơ sở dữ liệu để sao lưu: {db_path}")
    if out is None:
        out = backup_dir / "manual" / f"focal_desk-{now:%Y%m%d-%H%M%S}.sqlite3"
        n = 1
        while out.exists():
            out = out.with_name(f"focal_desk-{now:%Y%m%d-%H%M%S}-{n}.sqlite3")
            n += 1
    elif out.exists() or out.is_dir():
        raise EnvironmentProblem(f"Tệp {out} đã có; hãy chọn tên khác (không ghi đè).")
    return verified_copy(db_path, out)


def daily_backup(db_path: Path, backup_dir: Path, now: datetime) -> Path | None:
    """Today's copy, when there is none yet; then the monthly copy and the pruning. None when nothing
    was to be done."""
    if not has_content(db_path):
        return None
    daily = backup_dir / "daily" / f"focal_desk-{now:%Y-%m-%d}.sqlite3"
    if daily.exists():
        return None
    verified_copy(db_path, daily)
    monthly = backup_dir / "monthly" / f"focal_desk-{now:%Y-%m}.sqlite3"
    if not monthly.exists():
        monthly.parent.mkdir(parents=True, exist_ok=True)
        tmp = monthly.with_name(monthly.name + ".partial")
        shutil.copyfile(daily, tmp)
        os.replace(tmp, monthly)
    _prune(backup_dir / "daily", _DAILY, DAILY_KEPT)
    _prune(backup_dir / "monthly", _MONTHLY, MONTHLY_KEPT)
    return daily


def _prune(folder: Path, pattern: re.Pattern[str], keep: int) -> None:
    dated = sorted(((m.group(1), p) for p in folder.glob("*.sqlite3") if (m := pattern.fullmatch(p.name))),
                   reverse=True)
    for _, path in dated[keep:]:
        path.unlink(missing_ok=True)


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Every copy, newest first."""
    found = []
    for kind, folder in (("migration", backup_dir), ("daily", backup_dir / "daily"),
                         ("monthly", backup_dir / "monthly"), ("manual", backup_dir / "manual"),
                         ("before-restore", backup_dir / "before-restore")):
        if not folder.is_dir():
            continue
        for p in folder.glob("*.sqlite3"):
            st = p.stat()
            found.append(BackupInfo(p, kind, datetime.fromtimestamp(st.st_mtime, VN_TZ), st.st_size))
    return sorted(found, key=lambda b: b.made_at, reverse=True)
