"""The phone number finds its request (issue 7, item 8i): in new rows, and in a register made before
(migration 0003 writes the search rows again)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

from focal_desk.app.paths import Paths
from focal_desk.app.wiring import open_app
from focal_desk.domain.clock import VN_TZ, FixedClock
from focal_desk.domain.enums import Channel, Complexity, IdType, RequesterKind
from focal_desk.domain.listing import RequestQuery
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester
from focal_desk.storage.migrate import downgrade_database, upgrade_database
from focal_desk.storage.schema_version import HEAD_REVISION, current_revision

NOW = datetime(2026, 3, 20, 9, 0, tzinfo=VN_TZ)


def _draft(n: int, phone: str) -> RequestDraft:
    return RequestDraft(
        requester=Requester(RequesterKind.CITIZEN, f"Người {n}", IdType.CCCD, f"00120300456{n}", "Thôn Đông",
                            phone=phone),
        channel=Channel.IN_PERSON,
        received_at=datetime(2026, 3, 2, 8, 0, tzinfo=VN_TZ),
        info_requested=f"Hồ sơ thửa đất số {n}",
        purpose="Kiểm tra",
        valid_on=date(2026, 3, 2),
        complexity=Complexity.SIMPLE,
    )


def _found(app, text: str) -> list[str]:
    return sorted(s.requester_name for s in app.requests.summaries(RequestQuery(search=text)))


def test_a_request_is_found_by_its_phone_number(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "data")
    app = open_app(paths, clock=FixedClock(NOW), officer="can_bo")
    try:
        app.requests.register(_draft(1, "0912 345 678"))
        app.requests.register(_draft(2, "0987.654.321"))
        assert _found(app, "0912345678") == ["Người 1"]
        assert _found(app, "0987") == ["Người 2"]
        assert _found(app, "0987.654.321") == ["Người 2"]  # as written, too
        assert _found(app, "654321") == []  # a number is found from its start, like an ID number
    finally:
        app.close()
    db = paths.database
    downgrade_database(db, "0002")
    with closing(sqlite3.connect(db)) as c:  # the index rows as the older code wrote them: no phone
        c.execute("UPDATE request_fts SET id_number = '001203004561' WHERE rowid = 1")
        c.commit()
    upgrade_database(db, tmp_path / "backups", NOW)
    assert current_revision(db) == HEAD_REVISION
    app = open_app(paths, clock=FixedClock(NOW), officer="can_bo")
    try:
        assert _found(app, "0912345678") == ["Người 1"]
        assert _found(app, "001203004561") == ["Người 1"]
    finally:
        app.close()
