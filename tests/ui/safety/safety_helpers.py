"""Helpers for the safety-net GUI tests: a register on disk made through the real services, damage done to
it as the issue describes, and a driver that clicks through the app's own event loops.

(A module of its own, not conftest: test folders share the module name "conftest".)
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from focal_desk.app.paths import Paths
from focal_desk.app.wiring import open_app
from focal_desk.domain.agency import AgencyProfile
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Channel, IdType, RequesterKind
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester

OFFICE = AgencyProfile(id=None, name="Ủy ban nhân dân xã Đạo Trù", parent_body="Ủy ban nhân dân tỉnh Phú Thọ",
                       place_name="Đạo Trù", symbol="UBND", signer_name="Nguyễn Văn An", signer_title="Chủ tịch",
                       authority="TM.")
NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Vũ Thị Giang",
         "Đặng Văn Hùng", "Bùi Thị Lan"]


def add_requests(desk, count: int, first: int = 0) -> list[str]:
    """``count`` walk-in requests received on 02/03/2026; their register numbers."""
    numbers = []
    for i in range(first, first + count):
        requester = Requester(kind=RequesterKind.CITIZEN, full_name=NAMES[i % len(NAMES)],
                              id_type=IdType.CCCD, id_number=f"0012030045{i:02d}", address="Thôn Đông, xã Đạo Trù")
        draft = RequestDraft(requester=requester, channel=Channel.IN_PERSON,
                             received_at=datetime(2026, 3, 2, 8, i % 60, tzinfo=VN_TZ),
                             info_requested=f"Quyết định giao đất số {i + 1}/QĐ-UBND",
                             purpose="Tìm hiểu quyền lợi của gia đình")
        numbers.append(desk.requests.register(draft).register_number)
    return numbers


def request_count(db: Path) -> int:
    with closing(sqlite3.connect(db)) as con:
        return con.execute("SELECT count(*) FROM requests").fetchone()[0]


def checkpoint(db: Path) -> None:
    with closing(sqlite3.connect(db)) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def damage_middle(db: Path, size: int = 16 * 1024, seed: int = 6) -> None:
    """The issue's damage: random bytes over the middle of the file, after a checkpoint."""
    checkpoint(db)
    middle = db.stat().st_size // 2
    with open(db, "r+b") as f:
        f.seek(middle - size // 2)
        f.write(random.Random(seed).randbytes(size))


def build_register(data_dir: Path, clock, before_backup: int, after_backup: int) -> tuple[Paths, Path]:
    """A register with ``before_backup`` requests, a manual backup, then ``after_backup`` more; closed."""
    paths = Paths(data_dir)
    core = open_app(paths, clock=clock, officer="can_bo_test")
    try:
        desk = core.desk()
        desk.agency.save(OFFICE)
        desk.officer.switch("Cán bộ thử")  # stored: the reopened window has no one to ask for
        add_requests(desk, before_backup)
        backup = desk.safety.backup()
        add_requests(desk, after_backup, first=before_backup)
    finally:
        core.close()
    return paths, backup


def visible(cls: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]


class Driver(QObject):
    """Clicks through windows and dialogs from a timer, as an officer would: the code under test runs its own
    event loops (app.exec, dialog.exec). Each step returns True once done; the driver then moves on. A
    watchdog stops a run that is stuck (its step is named in ``error``) instead of hanging the test suite."""

    def __init__(self, steps: list[Callable[[], bool]], max_ticks: int = 2400):
        super().__init__()
        self.steps, self.index, self.ticks, self.max_ticks = steps, 0, 0, max_ticks
        self.error: BaseException | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(25)
        self.timer.timeout.connect(self._tick)

    def start(self) -> Driver:
        self.timer.start()
        return self

    def _tick(self) -> None:
        self.ticks += 1
        if self.index >= len(self.steps):
            self.timer.stop()
            return
        try:
            if self.steps[self.index]():
                self.index += 1
        except BaseException as exc:  # noqa: BLE001 — reported by the test, after the app is closed
            self.error = exc
            self._abort()
            return
        if self.ticks > self.max_ticks:
            self.error = TimeoutError(f"stuck at step {self.index}: {self.steps[self.index].__name__}")
            self._abort()

    def _abort(self) -> None:
        self.timer.stop()
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.working = False  # a restore dialog refuses to close while working
                w.done(0)
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QWidget) and w.isVisible():
                w.close()
