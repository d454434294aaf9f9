"""The FTS5 search index over requests: folded documents in, safe MATCH strings out.

SQLite's ``remove_diacritics`` leaves đ alone, so both sides go through domain.text.fold (đ→d).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    bindparam,
    column,
    delete,
    insert,
    literal_column,
    select,
    table,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from ..domain.text import fold, search_tokens
from .models import FTS_TABLE, RequestMemberRow, RequestRow, table_of

request_fts = table(
    FTS_TABLE,
    column("rowid", Integer),
    column("name"),
    column("id_number"),
    column("register_number"),
    column("info"),
)

_requests = table_of(RequestRow)
_members = table_of(RequestMemberRow)
_REBUILD_BATCH = 1000
_INSERT = insert(request_fts)
_DELETE = delete(request_fts).where(request_fts.c.rowid == bindparam("p_rowid"))


SEARCHED_COLUMNS = ("name", "id_number", "register_number", "info")


def fts_query(user_text: str) -> str | None:
    """Every word, as a prefix, in one and the same column: ``name : ("tok1"* AND "tok2"*) OR info : (…)``.

    "nguyen thi" then finds the people so named, not every Nguyễn whose request mentions "thiên tai".
    Tokens are only [0-9a-z]+ and each is quoted, so quotes, *, -, NEAR, OR, ( in user text are inert.
    None when the text has no searchable word.
    """
    tokens = search_tokens(user_text or "")
    if not tokens:
        return None
    words = " AND ".join(f'"{token}"*' for token in tokens)
    return " OR ".join(f"{col} : ({words})" for col in SEARCHED_COLUMNS)


def matching_ids(match: str) -> Select[Any]:
    """``SELECT rowid FROM request_fts WHERE request_fts MATCH :match`` (rowid = requests.id)."""
    return select(request_fts.c.rowid).where(
        literal_column(FTS_TABLE).op("MATCH")(bindparam("fts_match", match))
    )


def search_condition(user_text: str) -> ColumnElement[bool] | None:
    match = fts_query(user_text)
    return None if match is None else _requests.c.id.in_(matching_ids(match))


def fts_document(
    register_number: str,
    names: Iterable[str],
    id_numbers: Iterable[str],
    info: str,
    phones: Iterable[str] = (),
) -> dict[str, Any]:
    """One index row; the caller adds ``rowid``. Phone numbers go with the ID numbers (both are numbers
    the officer reads off a paper), also as digits only, so "0912345678" finds "0912 345 678" and "0912.345.678"."""
    numbers = [fold(n) for n in id_numbers if n]
    for phone in (p for p in phones if p):  # as written ("0912 345 678") and as one number ("0912345678")
        numbers += [fold(phone), "".join(ch for ch in phone if ch.isdigit())]
    return {
        "name": " ".join(fold(n) for n in names if n),
        "id_number": " ".join(numbers),
        "register_number": register_number,
        "info": fold(info),
    }


def write_documents(session: Session, rows: Sequence[dict[str, Any]], *, replace: bool = False) -> None:
    """Insert index rows (each with ``rowid``); ``replace`` drops the old rows of those ids first."""
    if not rows:
        return
    if replace:
        session.execute(_DELETE, [{"p_rowid": r["rowid"]} for r in rows])
    session.execute(_INSERT, list(rows))


def optimize_search_index(session: Session) -> None:
    """Merge the index b-trees after a bulk load (FTS5 'optimize' command)."""
    session.execute(sql_text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')"))


def rebuild_search_index(session: Session) -> int:
    """Write the whole index again from the requests table; returns the number of rows indexed."""
    session.execute(delete(request_fts))
    cols = _requests.c
    last_id, total = 0, 0
    while True:
        batch = session.execute(
            select(
                cols.id,
                cols.register_number,
                cols.requester_name,
                cols.on_behalf_of_name,
                cols.id_number,
                cols.on_behalf_of_id,
                cols.info_requested,
                cols.phone,
            )
            .where(cols.id > last_id)
            .order_by(cols.id)
            .limit(_REBUILD_BATCH)
        ).all()
        if not batch:
            break
        first_id, last_id = batch[0].id, batch[-1].id
        members: dict[int, list[tuple[str, str]]] = {}
        for m in session.execute(
            select(_members.c.request_id, _members.c.full_name, _members.c.id_number)
            .where(_members.c.request_id.between(first_id, last_id))
            .order_by(_members.c.request_id, _members.c.position)
        ):
            members.setdefault(m.request_id, []).append((m.full_name, m.id_number))
        docs = []
        for r in batch:
            ms = members.get(r.id, [])
            doc = fts_document(
                r.register_number,
                [r.requester_name, r.on_behalf_of_name, *(name for name, _ in ms)],
                [r.id_number, r.on_behalf_of_id, *(number for _, number in ms)],
                r.info_requested,
                [r.phone],
            )
            docs.append({"rowid": r.id, **doc})
        write_documents(session, docs)
        total += len(docs)
    optimize_search_index(session)
    return total
