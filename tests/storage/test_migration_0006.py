"""Migration 0006 on a register made at 0005: the outbox for the province arrives empty, with (month,
revision) unique; the requests are untouched; 0006 downgrades back to 0005."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

import pytest

from focal_desk.app.paths import Paths
from focal_desk.app.wiring import open_app
from focal_desk.domain.clock import VN_TZ, FixedClock
from focal_desk.domain.enums import Channel, IdType, RequesterKind
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester
from focal_desk.storage.migrate import downgrade_database, upgrade_database
from focal_desk.storage.schema_version import HEAD_REVISION, current_revision

NOW = datetime(2026, 3, 20, 10, 0, tzinfo=VN_TZ)


def _register_at_0005(tmp_path: Path) -> Path:
    paths = Paths(tmp_path / "data")
    app = open_app(paths, clock=FixedClock(datetime(2026, 3, 2, 9, 0, tzinfo=VN_TZ)), officer="can_bo")
    try:
        app.requests.register(RequestDraft(
            requester=Requester(RequesterKind.CITIZEN, "Lê Văn Bình", IdType.CCCD, "001203004561", "Thôn Tây"),
            channel=Channel.IN_PERSON, received_at=datetime(2026, 3, 2, 8, 0, tzinfo=VN_TZ),
            info_requested="Kế hoạch", purpose="Tìm hiểu", valid_on=date(2026, 3, 2),
        ))
    finally:
        app.close()
    downgrade_database(paths.database, "0005")
    return paths.database


def test_0006_adds_an_empty_outbox_with_one_row_per_month_and_revision(tmp_path: Path) -> None:
    db = _register_at_0005(tmp_path)
    with closing(sqlite3.connect(db)) as c:
        assert c.execute("SELECT name FROM sqlite_master WHERE name = 'sync_outbox'").fetchone() is None

    upgrade_database(db, tmp_path / "backups", NOW)

    assert current_revision(db) == HEAD_REVISION
    with closing(sqlite3.connect(db)) as c:
        assert c.execute("SELECT COUNT(*) FROM sync_outbox").fetchone()[0] == 0
        assert c.execute("SELECT COUNT(*) FROM requests").fetchone()[0] == 1
        row = ("2026-03", 1, b"{}", "x", "y", "queued")
        insert = "INSERT INTO sync_outbox (month, revision, package, sha256, content_digest, state) VALUES (?,?,?,?,?,?)"
        c.execute(insert, row)
        with pytest.raises(sqlite3.IntegrityError):
            c.execute(insert, row)
        attempts, error, answer = c.execute("SELECT attempts, last_error, answer FROM sync_outbox").fetchone()
    assert (attempts, error, answer) == (0, "", "")


def test_0006_downgrades_back_to_0005(tmp_path: Path) -> None:
    db = _register_at_0005(tmp_path)
    upgrade_database(db, tmp_path / "backups", NOW)
    downgrade_database(db, "0005")
    with closing(sqlite3.connect(db)) as c:
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        count = c.execute("SELECT COUNT(*) FROM requests").fetchone()[0]
    assert "sync_outbox" not in tables and count == 1
    assert current_revision(db) == "0005"
