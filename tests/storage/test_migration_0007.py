"""Migration 0007 on a register made at 0006 and holding requests: the catalogue tables arrive empty and
usable (entries, files unique per entry and hash, links, redacted copies, provisions, the FTS index with its
ranking); the requests are untouched; 0007 downgrades back to 0006."""

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
NEW_TABLES = {
    "catalogue_entries",
    "catalogue_files",
    "request_catalogue_links",
    "redacted_copies",
    "provisions",
    "catalogue_fts",
}


def _register_at_0006(tmp_path: Path) -> Path:
    paths = Paths(tmp_path / "data")
    app = open_app(paths, clock=FixedClock(datetime(2026, 3, 2, 9, 0, tzinfo=VN_TZ)), officer="can_bo")
    try:
        for name in ("Lê Văn Bình", "Đỗ Thị Hoa"):
            app.requests.register(
                RequestDraft(
                    requester=Requester(RequesterKind.CITIZEN, name, IdType.CCCD, "001203004561", "Thôn Tây"),
                    channel=Channel.IN_PERSON,
                    received_at=datetime(2026, 3, 2, 8, 0, tzinfo=VN_TZ),
                    info_requested="Quyết định giao đất",
                    purpose="Tìm hiểu",
                    valid_on=date(2026, 3, 2),
                )
            )
    finally:
        app.close()
    downgrade_database(paths.database, "0006")
    return paths.database


def _tables(db: Path) -> set[str]:
    with closing(sqlite3.connect(db)) as c:
        return {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_0007_adds_the_catalogue_tables_beside_the_requests(tmp_path: Path) -> None:
    db = _register_at_0006(tmp_path)
    assert not NEW_TABLES & _tables(db)

    upgrade_database(db, tmp_path / "backups", NOW)

    assert current_revision(db) == HEAD_REVISION == "0007"
    assert _tables(db) >= NEW_TABLES
    with closing(sqlite3.connect(db)) as c:
        c.execute("PRAGMA foreign_keys = ON")
        assert c.execute("SELECT COUNT(*) FROM requests").fetchone()[0] == 2
        assert c.execute("SELECT COUNT(*) FROM request_fts WHERE request_fts MATCH 'dat'").fetchone()[0] == 2
        c.execute(
            "INSERT INTO catalogue_entries (title, kind, access) VALUES ('Quyết định', 'other', 'public')"
        )
        published, where, keywords = c.execute(
            "SELECT published, pub_where, keywords FROM catalogue_entries"
        ).fetchone()
        assert (published, where, keywords) == (0, "", "")
        file_row = ("1", "a.pdf", "ab" * 32, "ab/x.pdf", 10, "application/pdf", 1)
        insert = (
            "INSERT INTO catalogue_files (entry_id, filename, sha256, stored_path, size_bytes, media_type, "
            "page_count) VALUES (?,?,?,?,?,?,?)"
        )
        c.execute(insert, file_row)
        with pytest.raises(sqlite3.IntegrityError):  # the same bytes twice for one entry
            c.execute(insert, file_row)
        with pytest.raises(sqlite3.IntegrityError):  # a file of no entry
            c.execute(insert, ("99", *file_row[1:]))
        c.execute("INSERT INTO request_catalogue_links (request_id, entry_id) VALUES (1, 1)")
        with pytest.raises(sqlite3.IntegrityError):
            c.execute("INSERT INTO request_catalogue_links (request_id, entry_id) VALUES (1, 1)")
        c.execute(
            "INSERT INTO redacted_copies (file_id, request_id, sha256, stored_path, page_count, areas_json) "
            "VALUES (1, 1, 'cd', 'r/cd.pdf', 1, '[]')"
        )
        c.execute("INSERT INTO provisions (request_id, method, files_json) VALUES (2, 'zip', '[]')")
        (text_source,) = c.execute("SELECT text_source FROM catalogue_files").fetchone()
        assert text_source == "none"
        (rank,) = c.execute("SELECT v FROM catalogue_fts_config WHERE k = 'rank'").fetchone()
        assert rank.startswith("bm25(10.0")


def test_0007_downgrades_back_to_0006(tmp_path: Path) -> None:
    db = _register_at_0006(tmp_path)
    upgrade_database(db, tmp_path / "backups", NOW)
    downgrade_database(db, "0006")
    assert not {
        t for t in _tables(db) if t.startswith(("catalogue", "request_catalogue", "redacted", "provisions"))
    }
    with closing(sqlite3.connect(db)) as c:
        assert c.execute("SELECT COUNT(*) FROM requests").fetchone()[0] == 2
    assert current_revision(db) == "0006"
