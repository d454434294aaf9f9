"""Migration 0005 on a register made at 0004: an extension recorded before it takes its date from the audit
trail (the day it was recorded); the complaints table arrives empty; 0005 downgrades back to 0004."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

from focal_desk.app.paths import Paths
from focal_desk.app.wiring import open_app
from focal_desk.domain.clock import VN_TZ, FixedClock
from focal_desk.domain.enums import Channel, Complexity, IdType, RequesterKind
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester
from focal_desk.storage.migrate import downgrade_database, upgrade_database
from focal_desk.storage.schema_version import HEAD_REVISION, current_revision

RECORDED = datetime(2026, 3, 20, 23, 30, tzinfo=VN_TZ)  # late evening: UTC would already be the 20th, not 21st


def _register_at_0004(tmp_path: Path) -> tuple[Path, int, int]:
    """An extended complex request and a plain one, then the file taken back to 0004."""
    paths = Paths(tmp_path / "data")
    clock = FixedClock(datetime(2026, 3, 2, 9, 0, tzinfo=VN_TZ))
    app = open_app(paths, clock=clock, officer="can_bo")
    try:
        def draft(n: int) -> RequestDraft:
            return RequestDraft(
                requester=Requester(RequesterKind.CITIZEN, "Lê Văn Bình", IdType.CCCD, f"00120300456{n}", "Thôn Tây"),
                channel=Channel.IN_PERSON, received_at=datetime(2026, 3, 2, 8, 0, tzinfo=VN_TZ),
                info_requested=f"Kế hoạch {n}", purpose="Tìm hiểu", valid_on=date(2026, 3, 2),
                complexity=Complexity.COMPLEX,
            )

        extended = app.requests.register(draft(1))
        plain = app.requests.register(draft(2))
        clock.set(RECORDED)
        app.requests.extend(extended.id, "Cần tổng hợp", on=date(2026, 3, 13))
    finally:
        app.close()
    downgrade_database(paths.database, "0004")
    return paths.database, extended.id, plain.id


def test_0005_dates_earlier_extensions_from_the_audit_trail(tmp_path: Path) -> None:
    db, extended, plain = _register_at_0004(tmp_path)
    assert current_revision(db) == "0004"
    with closing(sqlite3.connect(db)) as c:
        columns = {r[1] for r in c.execute("PRAGMA table_info(requests)")}
    assert "extended_on" not in columns

    upgrade_database(db, tmp_path / "backups", RECORDED)

    assert current_revision(db) == HEAD_REVISION  # 0005 and every later revision
    with closing(sqlite3.connect(db)) as c:
        days = dict(c.execute("SELECT id, extended_on FROM requests").fetchall())
        complaints = c.execute("SELECT COUNT(*) FROM complaints").fetchone()[0]
        indexes = {r[1] for r in c.execute("PRAGMA index_list(requests)")}
    assert days == {extended: "2026-03-20", plain: None}
    assert complaints == 0
    assert {"ix_requests_closed_on", "ix_requests_valid_on", "ix_requests_extended_on"} <= indexes


def test_0005_downgrades_back_to_0004(tmp_path: Path) -> None:
    db, _, _ = _register_at_0004(tmp_path)
    upgrade_database(db, tmp_path / "backups", RECORDED)
    downgrade_database(db, "0004")
    with closing(sqlite3.connect(db)) as c:
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        columns = {r[1] for r in c.execute("PRAGMA table_info(requests)")}
        count = c.execute("SELECT COUNT(*) FROM requests").fetchone()[0]
    assert "complaints" not in tables and "extended_on" not in columns and count == 2
