"""Migrations: create from nothing, back up before touching an existing file, stay at HEAD."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.errors import EnvironmentProblem, RegisterProblem
from focal_desk.storage.engine import make_engine
from focal_desk.storage.migrate import alembic_config, downgrade_database, upgrade_database
from focal_desk.storage.models import Base, autogenerate_include_name
from focal_desk.storage.schema_version import HEAD_REVISION, current_revision

NOW = datetime(2026, 4, 1, 14, 5, 9, tzinfo=VN_TZ)
TABLES = {
    "alembic_version",
    "agencies",
    "requesters",
    "requests",
    "request_members",
    "corrections",
    "complaints",
    "audit_events",
    "register_counters",
    "calendar_entries",
    "rule_sets",
    "settings",
    "attachments",
    "document_counters",
    "fee_lines",
    "fee_terms",
    "payments",
    "issued_documents",
    "sync_outbox",
    "request_fts",
    "catalogue_entries",
    "catalogue_files",
    "request_catalogue_links",
    "redacted_copies",
    "provisions",
    "catalogue_fts",
}
REPO_ROOT = Path(__file__).resolve().parents[2]


def tables(db: Path) -> set[str]:
    with closing(sqlite3.connect(db)) as c:
        names = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {n for n in names if not n.startswith(("request_fts_", "catalogue_fts_"))}  # FTS5 shadow tables


def test_migrating_nothing_creates_the_file_every_table_and_is_at_head(tmp_path: Path) -> None:
    db = tmp_path / "new" / "folder" / "focal_desk.sqlite3"
    result = upgrade_database(db, tmp_path / "backups", NOW)
    assert (result.from_revision, result.to_revision, result.backup_path) == (None, HEAD_REVISION, None)
    assert tables(db) == TABLES
    assert current_revision(db) == HEAD_REVISION
    assert not (tmp_path / "backups").exists()


def test_head_constant_is_alembic_head(tmp_path: Path) -> None:
    script = ScriptDirectory.from_config(alembic_config(tmp_path / "x.sqlite3"))
    assert script.get_heads() == [HEAD_REVISION]


def test_current_revision_reads_an_engine_too(db_path: Path) -> None:
    engine = make_engine(db_path)
    try:
        assert current_revision(engine) == HEAD_REVISION
    finally:
        engine.dispose()


def test_existing_database_is_backed_up_and_verified_before_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "focal_desk.sqlite3"
    with closing(sqlite3.connect(db)) as c:
        c.execute("CREATE TABLE legacy_notes (id INTEGER PRIMARY KEY, text TEXT)")
        c.execute("INSERT INTO legacy_notes (text) VALUES ('Sổ cũ: Nguyễn Văn Đức')")
        c.commit()

    result = upgrade_database(db, tmp_path / "backups", NOW)

    assert result.from_revision is None and result.to_revision == HEAD_REVISION
    assert result.backup_path == tmp_path / "backups" / "focal_desk-20260401-140509-none.sqlite3"
    with closing(sqlite3.connect(result.backup_path)) as c:
        assert c.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert c.execute("SELECT text FROM legacy_notes").fetchall() == [("Sổ cũ: Nguyễn Văn Đức",)]
        assert "requests" not in {r[0] for r in c.execute("SELECT name FROM sqlite_master")}
    assert tables(db) == TABLES | {"legacy_notes"}
    assert not list((tmp_path / "backups").glob("*.partial"))


def test_backups_are_pruned_to_the_ten_newest(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    for day in range(1, 13):  # twelve older backups
        (backups / f"focal_desk-202603{day:02d}-080000-none.sqlite3").write_bytes(b"old")
    unrelated = backups / "my-own-copy.sqlite3"
    unrelated.write_bytes(b"keep me")
    db = tmp_path / "focal_desk.sqlite3"
    with closing(sqlite3.connect(db)) as c:
        c.execute("CREATE TABLE t (x)")

    result = upgrade_database(db, backups, NOW)

    kept = sorted(p.name for p in backups.glob("focal_desk-*.sqlite3"))
    assert len(kept) == 10
    assert result.backup_path is not None and result.backup_path.name in kept
    assert "focal_desk-20260303-080000-none.sqlite3" not in kept  # the three oldest went
    assert "focal_desk-20260304-080000-none.sqlite3" in kept
    assert unrelated.exists()


def test_database_at_head_is_left_alone_without_importing_alembic(db_path: Path, tmp_path: Path) -> None:
    code = (
        "import sys; from datetime import datetime; from pathlib import Path\n"
        "from focal_desk.storage.migrate import upgrade_database\n"
        f"r = upgrade_database(Path({str(db_path)!r}), Path({str(tmp_path / 'b')!r}), datetime.now())\n"
        "assert r.backup_path is None and r.from_revision == r.to_revision, r\n"
        "print(sorted(m for m in ('alembic', 'sqlalchemy') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-W", "error", "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
    assert not (tmp_path / "b").exists()


def test_models_mirror_the_migration(engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": autogenerate_include_name})
        assert compare_metadata(context, Base.metadata) == []


def test_downgrade_drops_everything_and_upgrade_rebuilds(db_path: Path, tmp_path: Path) -> None:
    downgrade_database(db_path, "base")
    assert current_revision(db_path) is None
    assert tables(db_path) <= {"alembic_version"}
    upgrade_database(db_path, tmp_path / "backups", NOW)
    assert tables(db_path) == TABLES


def test_a_file_that_is_not_a_database_is_a_damaged_register(tmp_path: Path) -> None:
    db = tmp_path / "focal_desk.sqlite3"
    db.write_bytes(b"this is not sqlite, just some bytes " * 200)
    with pytest.raises(RegisterProblem) as caught:
        upgrade_database(db, tmp_path / "backups", NOW)
    assert caught.value.kind == "damaged"


def test_a_failed_migration_does_not_prune_older_backups(tmp_path: Path, monkeypatch) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    for day in range(1, 13):
        (backups / f"focal_desk-202603{day:02d}-080000-none.sqlite3").write_bytes(b"old")
    db = tmp_path / "focal_desk.sqlite3"
    with closing(sqlite3.connect(db)) as c:
        c.execute("CREATE TABLE t (x)")

    def fail(_db):
        raise EnvironmentProblem("disk full")

    monkeypatch.setattr("focal_desk.storage.migrate._run_upgrade", fail)
    for _ in range(3):  # three failed starts
        with pytest.raises(EnvironmentProblem):
            upgrade_database(db, backups, NOW)
    assert len(list(backups.glob("focal_desk-202603*"))) == 12
