"""Keeping the register safe: check the file, back it up every day, restore it when it is lost or damaged."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Protocol

from ..domain.backup import BackupInfo, LostRange, RestoreReport
from ..domain.clock import Clock
from ..domain.errors import EnvironmentProblem, FocalDeskError, RegisterProblem

log = logging.getLogger("focal_desk.services")


class RegisterSafetyStore(Protocol):
    def quick_check(self) -> RegisterProblem | None: ...

    def write_block(self) -> FocalDeskError | None: ...

    def daily_backup(self, now: datetime) -> Path | None: ...

    def backup(self, now: datetime, out: Path | None = None) -> Path: ...

    def backups(self) -> list[BackupInfo]: ...

    def restore(self, source: Path, now: datetime, other_register: bool = False) -> RestoreReport: ...

    def lost_numbers(self) -> list[LostRange]: ...


class SafetyService:
    def __init__(self, store: RegisterSafetyStore, clock: Clock):
        self._store = store
        self._clock = clock

    def start_checks(self) -> FocalDeskError | None:
        """At start (off the GUI thread): the file's structure, then today's backup. Returns why writing
        is refused, if it is; a failed backup is logged, it does not stop the officer's work."""
        problem = self._store.quick_check()
        if problem is None:
            try:
                self._store.daily_backup(self._clock.now())
            except EnvironmentProblem as exc:
                log.warning("daily backup failed: %s", exc)
        return self._store.write_block()

    def write_block(self) -> FocalDeskError | None:
        return self._store.write_block()

    def backup(self, out: str | Path | None = None) -> Path:
        return self._store.backup(self._clock.now(), Path(out) if out else None)

    def backups(self) -> list[BackupInfo]:
        return self._store.backups()

    def restore(self, source: str | Path, other_register: bool = False) -> RestoreReport:
        return self._store.restore(Path(source), self._clock.now(), other_register)

    def lost_numbers(self) -> list[LostRange]:
        return self._store.lost_numbers()
