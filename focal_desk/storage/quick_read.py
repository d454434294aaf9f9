"""Read-only start-up queries in plain sqlite3, so the window opens before SQLAlchemy is imported.

Only what the first screen needs: a few settings, whether the office is set up, the calendar, and the
register's first page in its default order (newest received first — the same ORDER BY as
``SqlRequestRepository.ids`` with ``SortKey.RECEIVED``, so later pages line up with it).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace

from ..domain.calendar import CalendarEntry, DayKind
from ..domain.clock import VN_TZ
from ..domain.listing import RequestSummary
from .sqlite_errors import database_problem
from .summaries import SUMMARY_FIELDS, summary_from_row

_SUMMARY_SQL = f"SELECT {', '.join(SUMMARY_FIELDS)} FROM requests "
_DATES = ("provide_due", "extended_due", "notice_due", "notice_sent_on", "effective_due")


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _local(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=VN_TZ)  # stored naive, in Vietnam time


def _summary(r: tuple) -> RequestSummary:
    fields = dict(zip(SUMMARY_FIELDS, r, strict=True))
    fields.update({name: _date(fields[name]) for name in _DATES}, received_at=_local(fields["received_at"]))
    return summary_from_row(SimpleNamespace(**fields))


class QuickReader:
    def __init__(self, db_path: Path, *, immutable: bool = False):
        self._db_path = db_path
        self._immutable = immutable  # a read-only data folder: no -shm can be made beside the file

    def _connect(self) -> sqlite3.Connection:
        uri = f"file:{self._db_path.as_posix()}?mode=ro" + ("&immutable=1" if self._immutable else "")
        con = sqlite3.connect(uri, uri=True, timeout=5)
        con.text_factory = lambda raw: raw.decode("utf-8", errors="replace")
        con.execute("PRAGMA query_only = ON")
        return con

    def settings(self, keys: Sequence[str]) -> dict[str, str]:
        marks = ",".join("?" * len(keys))
        with self._closing() as con:
            return dict(con.execute(f"SELECT key, value FROM settings WHERE key IN ({marks})", tuple(keys)))

    def agency_name(self) -> str | None:
        with self._closing() as con:
            row = con.execute("SELECT name FROM agencies WHERE valid_to IS NULL ORDER BY id DESC LIMIT 1").fetchone()
        return row[0] if row else None

    def calendar_entries(self) -> list[CalendarEntry]:
        with self._closing() as con:
            rows = con.execute("SELECT day, kind, reason, source, layer, id FROM calendar_entries ORDER BY layer, id")
            return [CalendarEntry(date.fromisoformat(r[0]), DayKind(r[1]), r[2], r[3], r[4], r[5]) for r in rows]

    def first_page(self, limit: int) -> tuple[list[RequestSummary], int, datetime | None]:
        """The newest ``limit`` requests, how many there are, and when the oldest was received."""
        with self._closing() as con:
            rows = con.execute(_SUMMARY_SQL + "ORDER BY received_at DESC, id DESC LIMIT ?", (limit,)).fetchall()
            total, oldest = con.execute("SELECT count(*), min(received_at) FROM requests").fetchone()
        return [_summary(r) for r in rows], int(total), _local(oldest) if oldest else None

    @contextmanager
    def _closing(self) -> Iterator[sqlite3.Connection]:
        try:
            with closing(self._connect()) as con:
                yield con
        except sqlite3.Error as exc:  # damaged, locked, unreadable: one clear sentence, never a traceback
            raise (database_problem(exc) or exc) from exc
