"""The register's manifest: a small file beside the database saying which register this is and the highest
number issued each year, written after every commit that issued a number.

It lets the app notice what SQLite cannot: a database file emptied, deleted, replaced by another register's
file or by an older copy, or a stale ``-wal`` put back that makes committed requests vanish. Such a database
is refused for writing — otherwise the next request would silently start a new register or be given a
number that was already issued to someone.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import uuid
from collections.abc import Mapping
from contextlib import closing, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..domain.errors import RegisterProblem
from .file_lock import locked
from .schema_version import connect_plain, has_content

log = logging.getLogger("focal_desk.storage")

REGISTER_ID_KEY = "register.id"
FORMAT = 1


def manifest_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.stem + ".manifest.json")


@dataclass(frozen=True)
class Manifest:
    register_id: str
    highest: dict[int, int] = field(default_factory=dict)  # year -> highest register number issued

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "register_id": self.register_id,
                "highest": {str(y): n for y, n in sorted(self.highest.items())},
                "updated_at": datetime.now(UTC).isoformat(timespec="seconds"),
            },
            ensure_ascii=False,
            indent=1,
        )


@dataclass(frozen=True)
class DatabaseState:
    exists: bool  # the file has content and the app's tables
    register_id: str | None
    highest: dict[int, int]


def read_manifest(path: Path) -> Manifest | None:
    """None when there is no manifest; an unreadable one is kept aside and treated as absent."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return Manifest(str(raw["register_id"]), {int(y): int(n) for y, n in raw.get("highest", {}).items()})
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.warning("register manifest %s unreadable (%s); it is rebuilt from the database", path, exc)
        with suppress(OSError):
            os.replace(path, path.with_name(path.name + ".unreadable"))
        return None


def write_manifest(path: Path, manifest: Manifest) -> None:
    """Atomically: a crash leaves the old manifest or the new one, never half of one."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(manifest.to_json())
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def record_issued(path: Path, issued: Mapping[int, int]) -> None:
    """Raise the manifest's highest numbers to those just committed (never lower them). Two processes may
    commit at once; the lock makes their read-merge-write one step."""
    if not issued:
        return
    with locked(_lock_path(path)):
        current = read_manifest(path)
        if current is None:  # set up at start; gone since: the next start rebuilds it from the database
            return
        highest = dict(current.highest)
        for year, seq in issued.items():
            highest[year] = max(highest.get(year, 0), seq)
        if highest != current.highest:
            write_manifest(path, Manifest(current.register_id, highest))


def database_state(db_path: Path, *, immutable: bool = False) -> DatabaseState:
    """What the database file says about its register, read with plain sqlite3 (raises sqlite3 errors)."""
    if not has_content(db_path):
        return DatabaseState(False, None, {})
    with closing(connect_plain(db_path, immutable=immutable)) as con:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"settings", "register_counters", "requests"} <= tables:
            return DatabaseState(False, None, {})
        row = con.execute("SELECT value FROM settings WHERE key = ?", (REGISTER_ID_KEY,)).fetchone()
        highest = {int(y): int(n) for y, n in con.execute(
            "SELECT year, max(last_seq) FROM register_counters GROUP BY year")}
        # Numbers typed in from paper may sit above a counter; the register itself is the last word.
        for y, n in con.execute("SELECT register_year, max(register_seq) FROM requests GROUP BY register_year"):
            highest[int(y)] = max(highest.get(int(y), 0), int(n))
    return DatabaseState(True, row[0] if row else None, highest)


def _fmt(highest: Mapping[int, int]) -> str:
    return ", ".join(f"{n}/{y}" for y, n in sorted(highest.items())) or "chưa cấp số nào"


def verify(db_path: Path, manifest: Manifest | None, state: DatabaseState) -> RegisterProblem | None:
    """Why this database must not be written to, or None when it is the register the manifest describes."""
    if manifest is None:
        return None
    issued = _fmt(manifest.highest)
    if not db_path.exists():
        return RegisterProblem(
            "missing",
            f"Không tìm thấy tệp sổ theo dõi {db_path.name}, trong khi sổ đã cấp số đến {issued}. "
            "Chương trình không tạo sổ mới; hãy khôi phục từ bản sao lưu.",
        )
    if not state.exists:
        return RegisterProblem(
            "missing",
            f"Tệp sổ theo dõi {db_path.name} trống hoặc không còn dữ liệu, trong khi sổ đã cấp số đến {issued}. "
            "Chương trình không tạo sổ mới; hãy khôi phục từ bản sao lưu.",
        )
    if state.register_id != manifest.register_id:
        return RegisterProblem(
            "replaced",
            f"Tệp sổ theo dõi {db_path.name} không phải sổ của máy này (đã bị thay bằng tệp khác). "
            f"Sổ của máy này đã cấp số đến {issued}. Hãy khôi phục từ bản sao lưu của sổ này.",
        )
    behind = {y: n for y, n in manifest.highest.items() if state.highest.get(y, 0) < n}
    if behind:
        have = _fmt({y: state.highest.get(y, 0) for y in behind})
        return RegisterProblem(
            "behind",
            f"Tệp sổ theo dõi chỉ có số đến {have}, nhưng sổ đã cấp số đến {_fmt(behind)}: các yêu cầu vào sổ "
            "sau đó đã mất khỏi tệp (có thể tệp hoặc tệp -wal đã bị chép đè bằng bản cũ). Chương trình ngừng ghi "
            "để không cấp trùng số; hãy khôi phục từ bản sao lưu mới nhất.",
        )
    return None


def adopt(db_path: Path, path: Path, state: DatabaseState) -> Manifest:
    """Give the database a register id if it has none, and make the manifest agree with it (first start of
    this version, a manifest lost or unreadable, or the database ahead after a crash between the commit and
    the manifest write)."""
    register_id = state.register_id
    if register_id is None:
        register_id = uuid.uuid4().hex
        with closing(sqlite3.connect(db_path, timeout=15, isolation_level=None)) as con:
            con.execute("BEGIN IMMEDIATE")
            con.execute("INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)", (REGISTER_ID_KEY, register_id))
            register_id = con.execute("SELECT value FROM settings WHERE key = ?", (REGISTER_ID_KEY,)).fetchone()[0]
            con.execute("COMMIT")
    with locked(_lock_path(path)):
        current = read_manifest(path)
        highest = dict(state.highest)
        if current is not None and current.register_id == register_id:
            for y, n in current.highest.items():
                highest[y] = max(highest.get(y, 0), n)
        manifest = Manifest(register_id, highest)
        if current != manifest:
            write_manifest(path, manifest)
    return manifest
