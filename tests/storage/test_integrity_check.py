"""check_database: ok on a healthy file, names each problem, and the search index can be rebuilt."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from storage_builders import new_request, organisation

from focal_desk.domain.listing import RequestQuery
from focal_desk.storage.integrity import check_database, rebuild_search_index


def levels(findings) -> dict[str, str]:
    return {topic: level for level, topic, _ in findings}


def test_a_healthy_database_is_ok(db_path: Path, uow_factory, agency_id, engine) -> None:
    with uow_factory() as uow:
        uow.requests.add(new_request(agency_id, 1))
        uow.commit()
    engine.dispose()
    findings = check_database(db_path)
    assert levels(findings) == {
        "integrity": "ok",
        "foreign_keys": "ok",
        "journal": "ok",
        "schema": "ok",
        "search": "ok",
    }
    assert all(message for _, _, message in findings)


def test_search_index_out_of_step_is_an_error_and_rebuild_fixes_it(
    db_path: Path, uow_factory, session_factory, agency_id
) -> None:
    with uow_factory() as uow:
        for seq in range(1, 4):
            uow.requests.add(new_request(agency_id, seq, requester=organisation() if seq == 2 else None))
        uow.commit()
    with closing(sqlite3.connect(db_path)) as c:
        c.execute("DELETE FROM request_fts WHERE rowid = 2")
        c.commit()

    (search,) = [f for f in check_database(db_path) if f[1] == "search"]
    assert search[0] == "error" and "1 yêu cầu thiếu" in search[2]

    with session_factory() as session:
        assert rebuild_search_index(session) == 3
        session.commit()
    assert levels(check_database(db_path))["search"] == "ok"
    with uow_factory() as uow:
        assert uow.requests.count(RequestQuery(search="ngoc anh")) == 1  # a member of request 2


def test_unmigrated_missing_and_broken_files_are_errors(tmp_path: Path) -> None:
    assert levels(check_database(tmp_path / "missing.sqlite3")) == {"file": "error"}
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database " * 500)
    assert levels(check_database(garbage)) == {"file": "error"}
    blank = tmp_path / "blank.sqlite3"
    with closing(sqlite3.connect(blank)) as c:
        c.execute("CREATE TABLE t (x)")
    found = levels(check_database(blank))
    assert found["schema"] == "error" and found["search"] == "error" and found["integrity"] == "ok"
    assert found["journal"] == "warning"


def test_broken_foreign_keys_are_reported(db_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as c:  # foreign_keys is off on a plain sqlite3 connection
        c.execute(
            "INSERT INTO issued_documents (request_id, agency_id, kind, number_text, issued_on, year) "
            "VALUES (77, 77, 'x', '1', '2026-01-01', 2026)"
        )
        c.commit()
    finding = [f for f in check_database(db_path) if f[1] == "foreign_keys"][0]
    assert finding[0] == "error" and "issued_documents" in finding[2]
