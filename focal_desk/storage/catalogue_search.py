"""The catalogue's FTS5 index: one row per entry over folded text (its fields and all its files' text).

SQLite's ``remove_diacritics`` leaves đ alone, so both sides go through domain.text.fold (đ→d). Tokens of
a query are only [0-9a-z]+ and each is quoted, so quotes, *, -, NEAR, OR, ( in typed text are inert.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Integer, bindparam, column, delete, insert, literal_column, select, table
from sqlalchemy.orm import Session

from ..domain.text import fold, search_tokens
from .models import CATALOGUE_FTS_TABLE

catalogue_fts = table(
    CATALOGUE_FTS_TABLE,
    column("rowid", Integer),
    column("title"),
    column("number"),
    column("issuing_body"),
    column("keywords"),
    column("body"),
)

MAX_SUGGEST_WORDS = 32
# Syllables every request letter is full of ("xin cung cấp … của … về …"): they would match every entry.
_SUGGEST_STOP = frozenset(
    [
        "xin",
        "cung",
        "cap",
        "thong",
        "tin",
        "cua",
        "ve",
        "va",
        "cho",
        "cac",
        "nhung",
        "duoc",
        "la",
        "co",
        "trong",
        "tai",
        "theo",
        "voi",
        "nay",
        "do",
        "de",
        "toi",
        "chung",
        "ong",
        "ba",
        "anh",
        "chi",
        "em",
        "nam",
        "thang",
        "ngay",
        "so",
        "tu",
        "den",
        "mot",
        "hai",
    ]
)


def search_match(user_text: str) -> str | None:
    """Every word as a prefix, in any column: ``"quyet"* AND "dinh"*``; None when nothing searchable."""
    tokens = search_tokens(user_text or "")
    if not tokens:
        return None
    return " AND ".join(f'"{t}"*' for t in dict.fromkeys(tokens))


def suggest_match(user_text: str) -> str | None:
    """Any of the words an officer wrote down (OR), common syllables dropped; bm25 ranks the best first."""
    tokens = [
        t for t in dict.fromkeys(search_tokens(user_text or "")) if t not in _SUGGEST_STOP and len(t) > 1
    ]
    if not tokens:
        return None
    return " OR ".join(f'"{t}"' for t in tokens[:MAX_SUGGEST_WORDS])


def matching_ids(match: str, limit: int | None = None, offset: int = 0) -> Any:
    """``SELECT rowid FROM catalogue_fts WHERE catalogue_fts MATCH :m ORDER BY rank`` (rowid = entry id)."""
    query = (
        select(catalogue_fts.c.rowid)
        .where(literal_column(CATALOGUE_FTS_TABLE).op("MATCH")(bindparam("fts_match", match)))
        .order_by(literal_column("rank"))
    )
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return query


def document(
    title: str, number: str, issuing_body: str, keywords: str, file_texts: Iterable[str]
) -> dict[str, Any]:
    """One index row, folded; the caller adds ``rowid``."""
    return {
        "title": fold(title),
        "number": fold(number),
        "issuing_body": fold(issuing_body),
        "keywords": fold(keywords),
        "body": "\n".join(fold(t) for t in file_texts if t),
    }


def write_document(session: Session, entry_id: int, row: dict[str, Any]) -> None:
    session.execute(delete(catalogue_fts).where(catalogue_fts.c.rowid == entry_id))
    session.execute(insert(catalogue_fts).values(rowid=entry_id, **row))
