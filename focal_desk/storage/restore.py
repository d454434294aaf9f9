"""Put a backup back in place of the register — atomically, keeping the current file first, and without
ever letting a register number be issued twice.

The manifest remembers the highest number issued each year. Numbers issued after the backup was made are
listed (the officer re-enters those requests from the paper receipts) and the restored register continues
numbering after them.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from ..domain.backup import LostRange, RestoreReport
from ..domain.errors import EnvironmentProblem, ValidationError
from .backups import verified_copy
from .file_lock import locked
from .manifest import REGISTER_ID_KEY, Manifest, database_state, read_manifest, write_manifest
from .migrate import MIGRATIONS_DIR
from .schema_version import has_content

LOST_NUMBERS_KEY = "register.lost_numbers"


def app_lock_path(db_path: Path) -> Path:
    """Every running app holds this file shared; a restore needs it alone."""
    return db_path.with_name(db_path.stem + ".lock")


def _known_revisions() -> set[str]:
    return {p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py")}


def check_backup_file(source: Path) -> None:
    """Refuse, in one sentence, anything that is not a whole focal_desk register."""
    if not source.is_file():
        raise ValidationError.single("file", f"Không tìm thấy tệp sao lưu: {source}")
    try:
        with closing(sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)) as con:
            result = con.execute("PRAGMA integrity_check").fetchall()
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise ValidationError.single("file", f"Tệp {source.name} không phải bản sao lưu cơ sở dữ liệu ({exc}).") from exc
    if result != [("ok",)]:
        raise ValidationError.single("file", f"Tệp sao lưu {source.name} bị hỏng, không dùng để khôi phục được.")
    if not {"requests", "register_counters", "settings"} <= tables or revision is None:
        raise ValidationError.single("file", f"Tệp {source.name} không phải sổ theo dõi của focal_desk.")
    if revision not in _known_revisions():
        raise ValidationError.single(
            "file", f"Tệp {source.name} do phiên bản mới hơn của chương trình tạo ra ({revision}); hãy cập nhật chương trình."
        )


def restore(source: Path, db_path: Path, backup_dir: Path, manifest_file: Path, now: datetime,
            *, other_register: bool = False) -> RestoreReport:
    """Replace the database with ``source``. ``other_register`` allows a file of a different register (the
    officer moved to a new PC and brings the old one's backup)."""
    source = source.resolve()
    check_backup_file(source)
    manifest = read_manifest(manifest_file)
    incoming = database_state(source)
    if (manifest is not None and incoming.register_id is not None and incoming.register_id != manifest.register_id
            and not other_register):
        raise ValidationError.single(
            "file",
            f"Tệp {source.name} là sổ theo dõi của một máy/cơ quan khác, không phải bản sao lưu của sổ này. "
            "Nếu đúng là muốn thay bằng sổ đó, chạy lại với --other-register.",
        )
    with locked(app_lock_path(db_path), wait=False) as alone:
        if not alone:
            raise EnvironmentProblem(
                "Chương trình đang mở ở cửa sổ hoặc máy khác dùng chung thư mục dữ liệu; hãy đóng lại rồi khôi phục."
            )
        previous = _keep_current(db_path, backup_dir, now)
        staged = db_path.with_name(db_path.name + ".restoring")
        staged.unlink(missing_ok=True)
        verified_copy(source, staged)
        register_id = (manifest.register_id if manifest and not other_register else None) or incoming.register_id
        lost = _continue_numbering(staged, manifest if not other_register else None, register_id, now)
        for suffix in ("-wal", "-shm"):  # they belong to the file being replaced
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        os.replace(staged, db_path)
        state = database_state(db_path)
        highest = dict(state.highest)
        if manifest is not None and not other_register:
            for y, n in manifest.highest.items():
                highest[y] = max(highest.get(y, 0), n)
        write_manifest(manifest_file, Manifest(state.register_id or register_id or "", highest))
    return RestoreReport(source, previous, tuple(lost))


def _keep_current(db_path: Path, backup_dir: Path, now: datetime) -> Path | None:
    """The file about to be replaced, kept: a checked copy when it is readable, its raw bytes otherwise."""
    if not has_content(db_path):
        return None
    folder = backup_dir / "before-restore"
    target = folder / f"focal_desk-{now:%Y%m%d-%H%M%S}.sqlite3"
    try:
        return verified_copy(db_path, target)
    except EnvironmentProblem:
        raw = target.with_name(target.stem + "-damaged.sqlite3")
        folder.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            part = db_path.with_name(db_path.name + suffix)
            if part.exists():
                shutil.copyfile(part, raw.with_name(raw.name + suffix))
        return raw


def _continue_numbering(staged: Path, manifest: Manifest | None, register_id: str | None,
                        now: datetime) -> list[LostRange]:
    """In the staged copy: keep the register id, and make every year's counter continue after the highest
    number ever issued, so that no number is given twice. Returns the numbers the backup does not have."""
    state = database_state(staged)
    lost = []
    with closing(sqlite3.connect(staged, isolation_level=None)) as con:
        con.execute("BEGIN IMMEDIATE")
        if register_id:
            con.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        (REGISTER_ID_KEY, register_id))
        if manifest is not None:
            agency = con.execute("SELECT id FROM agencies WHERE valid_to IS NULL ORDER BY id DESC LIMIT 1").fetchone()
            for year, highest in sorted(manifest.highest.items()):
                have = state.highest.get(year, 0)
                if have >= highest:
                    continue
                lost.append(LostRange(year, have + 1, highest))
                con.execute("UPDATE register_counters SET last_seq = max(last_seq, ?) WHERE year = ?", (highest, year))
                if agency is not None:
                    con.execute("INSERT OR IGNORE INTO register_counters (agency_id, year, last_seq) VALUES (?, ?, ?)",
                                (agency[0], year, highest))
        if lost:
            record = [{"year": r.year, "first": r.first, "last": r.last, "restored_at": now.isoformat()} for r in lost]
            con.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        (LOST_NUMBERS_KEY, json.dumps(record)))
        con.execute("COMMIT")
    return lost
