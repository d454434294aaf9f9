"""The register's safety net as one object for the services: health check, backups, restore, the manifest.

Implements services.ports.RegisterSafetyStore (without importing it)."""

from __future__ import annotations

import json
import logging
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from ..domain.backup import BackupInfo, LostRange, RestoreReport
from ..domain.errors import FocalDeskError, RegisterProblem
from .backups import daily_backup, list_backups, manual_backup
from .manifest import manifest_path
from .quick_check import quick_check
from .restore import LOST_NUMBERS_KEY, restore
from .write_guard import WriteGuard

log = logging.getLogger("focal_desk.storage")


class SqliteRegisterSafety:
    def __init__(self, db_path: Path, backup_dir: Path, guard: WriteGuard, *, read_only_folder: bool = False):
        self.db_path = db_path
        self.backup_dir = backup_dir
        self.guard = guard
        self.read_only_folder = read_only_folder

    def quick_check(self) -> RegisterProblem | None:
        problem = quick_check(self.db_path, read_only_folder=self.read_only_folder)
        if problem is not None:
            self.guard.stop(problem)
        return problem

    def write_block(self) -> FocalDeskError | None:
        return self.guard.reason

    def daily_backup(self, now: datetime) -> Path | None:
        if self.guard.reason is not None or self.read_only_folder:
            return None  # never copy a register that is known bad over the good copies' rotation
        return daily_backup(self.db_path, self.backup_dir, now)

    def backup(self, now: datetime, out: Path | None = None) -> Path:
        return manual_backup(self.db_path, self.backup_dir, now, out)

    def backups(self) -> list[BackupInfo]:
        return list_backups(self.backup_dir)

    def restore(self, source: Path, now: datetime, other_register: bool = False) -> RestoreReport:
        return restore(source, self.db_path, self.backup_dir, manifest_path(self.db_path), now,
                       other_register=other_register)

    def lost_numbers(self) -> list[LostRange]:
        """Numbers a restore could not bring back, still to be re-entered (kept in the settings table)."""
        try:
            with closing(sqlite3.connect(f"file:{self.db_path.as_posix()}?mode=ro", uri=True)) as con:
                row = con.execute("SELECT value FROM settings WHERE key = ?", (LOST_NUMBERS_KEY,)).fetchone()
        except sqlite3.Error:
            return []
        if not row:
            return []
        return [LostRange(int(r["year"]), int(r["first"]), int(r["last"])) for r in json.loads(row[0])]
