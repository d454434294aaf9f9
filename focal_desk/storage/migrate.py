"""Bring a database file to the current schema: verified backup first, then ``alembic upgrade head``.

alembic and SQLAlchemy are imported only when there is work to do, so a current database opens fast.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import EnvironmentProblem
from .schema_version import HEAD_REVISION, current_revision, has_content
from .sqlite_errors import damaged, database_problem

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BACKUPS_KEPT = 10
_BACKUP_NAME = re.compile(r"focal_desk-(\d{8}-\d{6})-[^/\\]+\.sqlite3")


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup_path: Path | None


def alembic_config(db_path: Path) -> Config:
    """Alembic configuration built in code; works from an installed (non-editable) package too."""
    from alembic.config import Config

    config = Config()
    # ConfigParser interpolates '%', which a folder name may contain.
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    config.attributes["db_path"] = str(db_path)
    return config


def upgrade_database(db_path: Path, backup_dir: Path, now: datetime) -> MigrationResult:
    """Migrate ``db_path`` to head, creating it (and its folder) when missing."""
    try:
        before = current_revision(db_path)
    except sqlite3.DatabaseError as exc:
        raise (database_problem(exc) or damaged(exc)) from exc
    if before == HEAD_REVISION:
        return MigrationResult(before, HEAD_REVISION, None)

    backup_path = None
    if has_content(db_path):
        backup_path = backup_database(db_path, backup_dir, now, before)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    _run_upgrade(db_path)
    if backup_path is not None:  # only now: failed starts must not push the good copies out
        prune_backups(backup_dir, BACKUPS_KEPT)
    return MigrationResult(before, HEAD_REVISION, backup_path)


def downgrade_database(db_path: Path, revision: str = "base") -> None:
    """For development and tests: undo migrations down to ``revision``."""
    from alembic import command

    with _migration_connection(db_path) as config:
        command.downgrade(config, revision)


def backup_database(db_path: Path, backup_dir: Path, now: datetime, revision: str | None) -> Path:
    """Copy with SQLite's online backup API, check the copy, and only then give it its final name."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stem = f"focal_desk-{now:%Y%m%d-%H%M%S}-{revision or 'none'}"
    target = backup_dir / f"{stem}.sqlite3"
    n = 1
    while target.exists():
        target = backup_dir / f"{stem}-{n}.sqlite3"
        n += 1
    partial = target.with_name(target.name + ".partial")
    try:
        with closing(sqlite3.connect(db_path)) as source, closing(sqlite3.connect(partial)) as copy:
            source.backup(copy)
            result = copy.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            raise EnvironmentProblem(f"Bản sao lưu trước khi nâng cấp không toàn vẹn: {result[:5]}")
        os.replace(partial, target)
    except sqlite3.Error as exc:
        raise EnvironmentProblem(f"Không sao lưu được cơ sở dữ liệu trước khi nâng cấp: {exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
    return target


def prune_backups(backup_dir: Path, keep: int = BACKUPS_KEPT) -> list[Path]:
    """Delete all but the ``keep`` newest migration backups; returns what was deleted."""
    found = []
    for path in backup_dir.glob("focal_desk-*.sqlite3"):
        match = _BACKUP_NAME.fullmatch(path.name)
        if match:
            found.append((match.group(1), path.stat().st_mtime_ns, path))
    found.sort(reverse=True)
    removed = [path for _, _, path in found[keep:]]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def _run_upgrade(db_path: Path) -> None:
    from alembic import command
    from alembic.util import CommandError

    try:
        with _migration_connection(db_path) as config:
            command.upgrade(config, "head")
    except CommandError as exc:  # e.g. a revision made by a newer version of the app
        raise EnvironmentProblem(f"Không nâng cấp được cơ sở dữ liệu: {exc}") from exc


@contextmanager
def _migration_connection(db_path: Path) -> Iterator[Config]:
    """One transaction for the whole run, foreign keys off (SQLite's table-rebuild recipe) and checked
    before the commit."""
    from .engine import make_engine, writing

    engine = make_engine(db_path, foreign_keys=False)
    try:
        # The write lock first: two first starts in a new folder queue here; the second finds head.
        with writing(engine).begin() as connection:
            config = alembic_config(db_path)
            config.attributes["connection"] = connection
            yield config
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise EnvironmentProblem(f"Nâng cấp làm hỏng ràng buộc khóa ngoại: {broken[:5]}")
    finally:
        engine.dispose()
