"""Migration 0004 on a register made at 0003: the time-limit notices recorded so far keep their dates and
gain their agency and year; their empty number becomes no number; the new tables arrive empty; a repeated
number is impossible afterwards, even written by hand."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

import pytest

from focal_desk.app.paths import Paths
from focal_desk.app.wiring import open_app
from focal_desk.domain.agency import AgencyProfile
from focal_desk.domain.clock import VN_TZ, FixedClock
from focal_desk.domain.enums import Channel, Complexity, IdType, RequesterKind
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester
from focal_desk.storage.migrate import downgrade_database, upgrade_database
from focal_desk.storage.schema_version import HEAD_REVISION, current_revision

NOW = datetime(2026, 3, 20, 9, 0, tzinfo=VN_TZ)


def _register_at_0003(tmp_path: Path) -> tuple[Path, int]:
    """A complex postal request whose time-limit notice was sent, then the file taken back to 0003."""
    paths = Paths(tmp_path / "data")
    app = open_app(paths, clock=FixedClock(NOW), officer="can_bo")
    try:
        app.desk().agency.save(AgencyProfile(None, "UBND XÃ ĐẠO TRÙ", "UBND TỈNH PHÚ THỌ", "Đạo Trù", "UBND",
                                             "Nguyễn Văn An", "CHỦ TỊCH"))
        r = app.requests.register(RequestDraft(
            requester=Requester(RequesterKind.CITIZEN, "Lê Văn Bình", IdType.CCCD, "001203004567", "Thôn Tây"),
            channel=Channel.POSTAL,
            received_at=datetime(2026, 3, 2, 8, 0, tzinfo=VN_TZ),
            info_requested="Kế hoạch sử dụng đất",
            purpose="Tìm hiểu",
            delivery_address="Thôn Tây",
            valid_on=date(2026, 3, 2),
            complexity=Complexity.COMPLEX,
        ))
        app.requests.send_notice(r.id, on=date(2026, 3, 3))
    finally:
        app.close()
    downgrade_database(paths.database, "0003")
    return paths.database, r.id


def test_0004_keeps_the_notices_already_recorded(tmp_path: Path) -> None:
    db, request_id = _register_at_0003(tmp_path)
    assert current_revision(db) == "0003"
    with closing(sqlite3.connect(db)) as c:
        before = c.execute("SELECT request_id, kind, number, issued_on, printed_due FROM issued_documents").fetchall()
    assert [(r[0], r[1], r[2], r[3]) for r in before] == [(request_id, "notice_time_limit", "", "2026-03-03")]

    upgrade_database(db, tmp_path / "backups", NOW)

    assert current_revision(db) == HEAD_REVISION
    with closing(sqlite3.connect(db)) as c:
        c.row_factory = sqlite3.Row
        (row,) = c.execute("SELECT * FROM issued_documents").fetchall()
        agency_id = c.execute("SELECT agency_id FROM requests WHERE id = ?", (request_id,)).fetchone()[0]
        agency = c.execute("SELECT numbering_mode, series_scope FROM agencies").fetchone()
        empty = [c.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                 for t in ("document_counters", "fee_lines", "fee_terms", "payments")]
    assert (row["request_id"], row["kind"], row["issued_on"], row["printed_due"]) == (
        request_id, "notice_time_limit", "2026-03-03", before[0][4])
    assert row["printed_due"] is not None
    assert (row["agency_id"], row["year"], row["number_text"], row["form"], row["cancelled_on"]) == (
        agency_id, 2026, None, None, None)
    assert tuple(agency) == ("series", "common") and empty == [0, 0, 0, 0]


def test_a_number_cannot_be_given_twice_in_a_year_even_by_hand(tmp_path: Path) -> None:
    db, request_id = _register_at_0003(tmp_path)
    upgrade_database(db, tmp_path / "backups", NOW)
    insert = ("INSERT INTO issued_documents (request_id, agency_id, kind, issued_on, year, number_text) "
              "SELECT id, agency_id, '03', ?, ?, ? FROM requests WHERE id = ?")
    with closing(sqlite3.connect(db)) as c:
        c.execute(insert, ("2026-03-20", 2026, "01/PGQ-UBND", request_id))
        c.execute(insert, ("2027-01-04", 2027, "01/PGQ-UBND", request_id))  # a new year restarts
        with pytest.raises(sqlite3.IntegrityError):
            c.execute(insert, ("2026-03-21", 2026, "01/PGQ-UBND", request_id))


def test_0004_downgrades_back_to_0003(tmp_path: Path) -> None:
    db, request_id = _register_at_0003(tmp_path)
    upgrade_database(db, tmp_path / "backups", NOW)
    downgrade_database(db, "0003")
    with closing(sqlite3.connect(db)) as c:
        rows = c.execute("SELECT request_id, kind, number FROM issued_documents").fetchall()
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert rows == [(request_id, "notice_time_limit", "")]
    assert not tables & {"document_counters", "fee_lines", "fee_terms", "payments"}
