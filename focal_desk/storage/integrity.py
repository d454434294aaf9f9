"""Health check of a database file, for the "Kiểm tra dữ liệu" command and support.

Opens the file with plain sqlite3 and changes nothing (not even the journal mode it reports on).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from .models import FTS_TABLE
from .schema_version import HEAD_REVISION, current_revision
from .search import rebuild_search_index

Finding = tuple[str, str, str]  # (level "ok" / "warning" / "error", topic, Vietnamese message)

__all__ = ["Finding", "check_database", "rebuild_search_index"]


def check_database(db_path: Path) -> list[Finding]:
    if not db_path.is_file():
        return [("error", "file", f"Không tìm thấy tệp cơ sở dữ liệu: {db_path}")]
    try:
        with closing(sqlite3.connect(db_path)) as connection:
            findings = [_integrity(connection), _foreign_keys(connection), _journal(connection)]
            findings.append(_revision(db_path))
            findings.append(_search_index(connection))
    except sqlite3.DatabaseError as exc:
        return [("error", "file", f"Tệp không đọc được như một cơ sở dữ liệu SQLite: {exc}")]
    return findings


def _integrity(connection: sqlite3.Connection) -> Finding:
    problems = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
    if problems == ["ok"]:
        return ("ok", "integrity", "Cấu trúc tệp cơ sở dữ liệu toàn vẹn.")
    return ("error", "integrity", "Tệp cơ sở dữ liệu bị hỏng: " + "; ".join(problems[:5]))


def _foreign_keys(connection: sqlite3.Connection) -> Finding:
    broken = connection.execute("PRAGMA foreign_key_check").fetchall()
    if not broken:
        return ("ok", "foreign_keys", "Các liên kết giữa bảng dữ liệu đều hợp lệ.")
    tables = sorted({row[0] for row in broken})
    return (
        "error",
        "foreign_keys",
        f"{len(broken)} dòng liên kết tới dữ liệu không tồn tại (bảng: {', '.join(tables)}).",
    )


def _journal(connection: sqlite3.Connection) -> Finding:
    mode = connection.execute("PRAGMA journal_mode").fetchone()[0]
    if str(mode).lower() == "wal":
        return ("ok", "journal", "Chế độ ghi nhật ký WAL đang bật.")
    return (
        "warning",
        "journal",
        f"Chế độ ghi nhật ký là '{mode}' thay vì WAL; sẽ được bật lại khi mở chương trình.",
    )


def _revision(db_path: Path) -> Finding:
    revision = current_revision(db_path)
    if revision == HEAD_REVISION:
        return ("ok", "schema", f"Cấu trúc dữ liệu đúng phiên bản ({revision}).")
    if revision is None:
        return ("error", "schema", "Cơ sở dữ liệu chưa được khởi tạo cấu trúc (chưa chạy nâng cấp).")
    return (
        "error",
        "schema",
        f"Cấu trúc dữ liệu ở phiên bản {revision}, chương trình cần phiên bản {HEAD_REVISION}.",
    )


def _search_index(connection: sqlite3.Connection) -> Finding:
    try:
        missing = connection.execute(
            f"SELECT count(*) FROM requests WHERE id NOT IN (SELECT rowid FROM {FTS_TABLE})"
        ).fetchone()[0]
        extra = connection.execute(
            f"SELECT count(*) FROM {FTS_TABLE} WHERE rowid NOT IN (SELECT id FROM requests)"
        ).fetchone()[0]
    except sqlite3.OperationalError as exc:  # tables missing: the schema finding already says why
        return ("error", "search", f"Không kiểm tra được chỉ mục tìm kiếm: {exc}")
    if missing == 0 and extra == 0:
        return ("ok", "search", "Chỉ mục tìm kiếm khớp với sổ theo dõi.")
    return (
        "error",
        "search",
        f"Chỉ mục tìm kiếm lệch với sổ theo dõi ({missing} yêu cầu thiếu, {extra} dòng thừa); "
        "cần xây dựng lại chỉ mục.",
    )

