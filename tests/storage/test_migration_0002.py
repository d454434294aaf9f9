"""Migration 0002: corrections learn the state they interrupted; requests the old close had changed are
restored from their audit trail, and each restoration is audited."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

from focal_desk.app.paths import Paths
from focal_desk.app.wiring import open_app
from focal_desk.domain.clock import VN_TZ, FixedClock
from focal_desk.domain.enums import Channel, Complexity, CorrectionKind, IdType, RequesterKind, Status
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester
from focal_desk.storage.migrate import downgrade_database, upgrade_database
from focal_desk.storage.schema_version import HEAD_REVISION, current_revision

NOW = datetime(2026, 3, 20, 9, 0, tzinfo=VN_TZ)


def _draft(n: int) -> RequestDraft:
    return RequestDraft(
        requester=Requester(RequesterKind.CITIZEN, f"Người {n}", IdType.CCCD, f"00120300456{n}", "Thôn Đông"),
        channel=Channel.IN_PERSON,
        received_at=datetime(2026, 3, 2, 8, 0, tzinfo=VN_TZ),
        info_requested=f"Hồ sơ thửa đất số {n}",
        purpose="Kiểm tra",
        valid_on=date(2026, 3, 2),
        complexity=Complexity.SIMPLE,
    )


def _register_as_the_old_app_left_it(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """Three requests made by the services, then the database taken back to 0001 and changed as the old
    close_correction changed it."""
    paths = Paths(tmp_path / "data")
    app = open_app(paths, clock=FixedClock(NOW), officer="can_bo")
    try:
        s = app.requests
        partly = s.register(_draft(1))
        s.provide(partly.id, "Bản sao", partial=True, on=date(2026, 3, 2), detail="Một phần thuộc bí mật")
        s.open_correction(partly.id, CorrectionKind.AGENCY_FOUND, "Sai số liệu", on=date(2026, 3, 5))
        s.close_correction(partly.id, "Đã cung cấp lại", on=date(2026, 3, 9))
        fully = s.register(_draft(2))
        s.provide(fully.id, "Bản sao", on=date(2026, 3, 3))
        s.open_correction(fully.id, CorrectionKind.REQUESTER_CLAIM, "Sai tên", on=date(2026, 3, 6))
        s.close_correction(fully.id, "Đã trả lời", on=date(2026, 3, 10))
        open_one = s.register(_draft(3))
        s.provide(open_one.id, "Bản sao", partial=True, on=date(2026, 3, 4), detail="Một phần không có")
        s.open_correction(open_one.id, CorrectionKind.AGENCY_FOUND, "Sai ngày", on=date(2026, 3, 11))
    finally:
        app.close()
    db = paths.database
    downgrade_database(db, "0001")
    with closing(sqlite3.connect(db)) as c:  # what closing a correction used to do to the request row
        c.execute("UPDATE requests SET status = 'provided', closed_on = '2026-03-09' WHERE id = ?", (partly.id,))
        c.execute("UPDATE requests SET closed_on = '2026-03-10' WHERE id = ?", (fully.id,))
        c.commit()
    return db, {"partly": partly.id, "fully": fully.id, "open": open_one.id}


def test_0002_backfills_the_prior_state_and_restores_what_the_old_close_changed(tmp_path: Path) -> None:
    db, ids = _register_as_the_old_app_left_it(tmp_path)
    assert current_revision(db) == "0001"

    upgrade_database(db, tmp_path / "backups", NOW)

    assert current_revision(db) == HEAD_REVISION
    with closing(sqlite3.connect(db)) as c:
        rows = dict(c.execute("SELECT request_id, prior_status FROM corrections").fetchall())
        requests = {i: c.execute("SELECT status, closed_on FROM requests WHERE id = ?", (i,)).fetchone()
                    for i in ids.values()}
        repairs = c.execute(
            "SELECT entity_id, actor, changes FROM audit_events WHERE action = 'repair_correction_close' ORDER BY id"
        ).fetchall()
        notes = {r[0] for r in c.execute("SELECT earlier_provisions_note FROM requests")}
    assert rows == {ids["partly"]: "partially_provided", ids["fully"]: "provided", ids["open"]: "partially_provided"}
    assert requests[ids["partly"]] == (Status.PARTIALLY_PROVIDED.value, "2026-03-02")
    assert requests[ids["fully"]] == (Status.PROVIDED.value, "2026-03-03")
    assert requests[ids["open"]] == (Status.CORRECTING.value, "2026-03-04")  # untouched
    assert [(r[0], r[1], json.loads(r[2])) for r in repairs] == [
        (ids["partly"], "system", {"status": ["provided", "partially_provided"], "closed_on": ["2026-03-09", "2026-03-02"]}),
        (ids["fully"], "system", {"closed_on": ["2026-03-10", "2026-03-03"]}),
    ]
    assert notes == {""}

    app = open_app(Paths(db.parent), clock=FixedClock(NOW), officer="can_bo")
    try:  # and the app reads and closes the still open correction into the right state
        r = app.requests.close_correction(ids["open"], "Đã đính chính", on=date(2026, 3, 12))
        assert (r.status, r.closed_on) == (Status.PARTIALLY_PROVIDED, date(2026, 3, 4))
    finally:
        app.close()


def test_0002_downgrades_to_0001_and_back(tmp_path: Path) -> None:
    db, _ids = _register_as_the_old_app_left_it(tmp_path)
    upgrade_database(db, tmp_path / "backups", NOW)
    downgrade_database(db, "0001")
    with closing(sqlite3.connect(db)) as c:
        assert "prior_status" not in {r[1] for r in c.execute("PRAGMA table_info(corrections)")}
    upgrade_database(db, tmp_path / "backups", NOW)
    assert current_revision(db) == HEAD_REVISION
