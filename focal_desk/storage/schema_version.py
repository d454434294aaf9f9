"""Which schema revision a database file is at, without importing alembic (start-up stays fast)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

HEAD_REVISION = "0007"  # must equal alembic's head; tests/storage/test_migrate.py checks it


def current_revision(engine_or_db_path: Engine | Path | str, *, immutable: bool = False) -> str | None:
    """The revision in alembic_version, or None for a missing, empty or never-migrated database.
    ``immutable`` reads a file in a folder nobody can write to (no -shm can be made there)."""
    if isinstance(engine_or_db_path, str | Path):
        return _revision_from_file(Path(engine_or_db_path), immutable)
    from sqlalchemy import text

    with engine_or_db_path.connect() as connection:
        if not connection.exec_driver_sql(_HAS_TABLE).first():
            return None
        return connection.scalar(text("SELECT version_num FROM alembic_version"))


_HAS_TABLE = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"


def has_content(db_path: Path) -> bool:
    """False for a missing or empty file. After a crash the data may sit only in the -wal file."""
    if not db_path.is_file():
        return False
    wal = db_path.with_name(db_path.name + "-wal")
    return db_path.stat().st_size > 0 or (wal.is_file() and wal.stat().st_size > 0)


def connect_plain(db_path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection for start-up checks; read-only and immutable in a read-only folder."""
    if immutable:
        return sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro&immutable=1", uri=True)
    return sqlite3.connect(db_path, timeout=15)


def _revision_from_file(db_path: Path, immutable: bool = False) -> str | None:
    if not has_content(db_path):
        return None
    with closing(connect_plain(db_path, immutable=immutable)) as connection:
        if connection.execute(_HAS_TABLE).fetchone() is None:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])
