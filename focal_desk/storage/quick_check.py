"""The start-up check of the file's structure; plain sqlite3, so the window need not wait for SQLAlchemy."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from ..domain.errors import RegisterProblem
from .sqlite_errors import damaged, database_problem


def quick_check(db_path: Path, *, read_only_folder: bool = False) -> RegisterProblem | None:
    """``PRAGMA quick_check`` (the structure, not the index contents): the damage to refuse writes for."""
    if not db_path.is_file():
        return None
    uri = f"file:{db_path.as_posix()}?mode=ro" + ("&immutable=1" if read_only_folder else "")
    try:
        with closing(sqlite3.connect(uri, uri=True, timeout=15)) as connection:
            problems = [str(row[0]) for row in connection.execute("PRAGMA quick_check(5)").fetchall()]
    except sqlite3.DatabaseError as exc:
        problem = database_problem(exc)
        if isinstance(problem, RegisterProblem):
            return problem
        raise (problem or exc) from exc
    return None if problems == ["ok"] else damaged("; ".join(problems[:3]))
