"""Opening the province database (SQLite file or PostgreSQL) and bringing it to the current schema."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from .errors import DatabaseProblem

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
HEAD = "p0002"


VERSION_TABLE = "province_alembic_version"
_DAMAGED = (
    "tệp bị hỏng hoặc không phải cơ sở dữ liệu SQLite; hãy khôi phục từ bản sao lưu (không có gì được ghi)"
)
# Primary SQLite result codes (the low byte of the extended code) in words
_SQLITE_SAYS = {
    sqlite3.SQLITE_CORRUPT: _DAMAGED,
    sqlite3.SQLITE_NOTADB: _DAMAGED,
    sqlite3.SQLITE_READONLY: "tệp hoặc thư mục chỉ cho phép đọc, không ghi được",
    sqlite3.SQLITE_CANTOPEN: "không mở được tệp (thư mục không ghi được hoặc không có quyền)",
    sqlite3.SQLITE_PERM: "không có quyền truy cập tệp",
    sqlite3.SQLITE_BUSY: "đang bị khóa bởi một tiến trình khác; hãy thử lại",
    sqlite3.SQLITE_LOCKED: "đang bị khóa bởi một tiến trình khác; hãy thử lại",
    sqlite3.SQLITE_FULL: "ổ đĩa đã đầy",
    sqlite3.SQLITE_IOERR: "lỗi đọc/ghi ổ đĩa",
}


def shown(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def problem(url: str, exc: BaseException, verb: str = "mở") -> DatabaseProblem:
    """A driver or file-system error as one Vietnamese sentence ("Không {verb} được …")."""
    if isinstance(exc, DatabaseProblem):
        return exc
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(orig, OSError):
        said = f"{orig.strerror or orig} ({orig.filename or ''})"
    elif code is not None and code & 0xFF in _SQLITE_SAYS:
        said = _SQLITE_SAYS[code & 0xFF]
    elif isinstance(orig, sqlite3.DatabaseError) and (
        "malformed" in str(orig) or "not a database" in str(orig)
    ):
        said = _DAMAGED
    else:  # PostgreSQL down, wrong user: its own first line
        said = (str(orig).strip().splitlines() or [type(orig).__name__])[0]
    return DatabaseProblem(f"Không {verb} được cơ sở dữ liệu của tỉnh ({shown(url)}): {said}")


def _check_file(url: str, path: Path) -> None:
    """Refuse, before SQLite would quietly make a new empty database, a file that is gone to a missing folder
    (a drive not mounted), emptied, damaged, or some other program's database (the office's register)."""
    if not path.parent.is_dir():
        raise DatabaseProblem(
            f"Không mở được cơ sở dữ liệu của tỉnh ({url}): thư mục {path.parent} không tồn tại "
            "(ổ đĩa chưa gắn?); hãy tạo thư mục hoặc sửa --db"
        )
    if not path.exists():
        return  # the first run: a new database
    if path.is_dir():
        raise DatabaseProblem(
            f"Không mở được cơ sở dữ liệu của tỉnh ({url}): đó là một thư mục, không phải tệp"
        )
    wal = path.with_name(path.name + "-wal")
    if path.stat().st_size == 0 and not (wal.is_file() and wal.stat().st_size > 0):
        raise DatabaseProblem(
            f"Không mở được cơ sở dữ liệu của tỉnh ({url}): tệp rỗng (0 byte), dữ liệu có thể "
            "đã mất; hãy khôi phục từ bản sao lưu, hoặc xóa tệp rỗng này để tạo cơ sở dữ liệu mới"
        )
    try:
        with closing(sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=30)) as con:
            tables = {name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as exc:
        raise problem(url, exc) from None
    if tables and VERSION_TABLE not in tables:
        raise DatabaseProblem(
            f"Không mở được cơ sở dữ liệu của tỉnh ({url}): tệp là cơ sở dữ liệu của chương "
            "trình khác (sổ của văn phòng?), không phải của tỉnh; hãy sửa --db"
        )


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        _check_file(url, Path(parsed.database).expanduser())
    engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

    # Every transaction takes the write lock at BEGIN: two requests that read-then-insert wait for each other
    # (busy timeout) instead of failing on a lock upgrade; a province's load is a few thousand packages a month.
    # WAL with synchronous=FULL: a commit is one fsync of the log (the rollback journal took three) and just as
    # durable — "accepted" is said only once the package is on disk; readers (the dashboard) do not block it.
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys = ON")
        dbapi_connection.execute("PRAGMA journal_mode = WAL")
        dbapi_connection.execute("PRAGMA synchronous = FULL")

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def upgrade(engine: Engine) -> None:
    """alembic upgrade head, the same migrations on SQLite and PostgreSQL."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def downgrade(engine: Engine, revision: str = "base") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def _open(url: str) -> Engine:
    try:
        return make_engine(url)
    except (DBAPIError, OSError) as exc:
        raise problem(url, exc) from None


class Database:
    """An engine on a migrated database and its sessions."""

    def __init__(self, url: str, *, migrate: bool = True):
        """Raises DatabaseProblem when the database cannot be opened or brought to the current schema."""
        self.url = url
        self.engine = _open(url)
        if migrate:
            try:
                upgrade(self.engine)
            except (DBAPIError, OSError) as exc:
                self.engine.dispose()
                raise problem(url, exc) from None
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any exception."""
        with self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
