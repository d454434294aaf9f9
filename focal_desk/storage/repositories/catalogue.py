"""The catalogue: entries, their digitised files (rows only; the bytes live in the catalogue folder), the
search index over both, and the links from requests to entries."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, func, insert, select, update
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from ...domain.catalogue import AccessClass, CatalogueEntry, CatalogueFile, Publication
from ...domain.errors import NotFound
from .. import catalogue_search as fts
from ..models import CatalogueEntryRow, CatalogueFileRow, RedactedCopyRow, RequestCatalogueLinkRow, table_of
from .written import inserted_id, written

_entries = table_of(CatalogueEntryRow)
_files = table_of(CatalogueFileRow)
_links = table_of(RequestCatalogueLinkRow)
_redacted = table_of(RedactedCopyRow)
_e, _f, _l = _entries.c, _files.c, _links.c
# Lists carry the files without their text (a 200-page scan's text is large); get() loads it.
_FILE_COLUMNS_NO_TEXT = [c for c in _files.c if c.name != "text"]


def _entry_values(entry: CatalogueEntry) -> dict[str, Any]:
    pub = entry.publication
    return {
        "title": entry.title,
        "number": entry.number,
        "issued_on": entry.issued_on,
        "issuing_body": entry.issuing_body,
        "kind": entry.kind,
        "access": AccessClass(entry.access).value,
        "pub_where": pub.where,
        "pub_start": pub.start,
        "pub_end": pub.end,
        "published": pub.published,
        "consent_of": entry.consent_of,
        "conditional_ground": entry.conditional_ground,
        "secret_point": entry.secret_point,
        "keywords": entry.keywords,
    }


def _entry(row: Row[Any], files: Sequence[CatalogueFile] = ()) -> CatalogueEntry:
    return CatalogueEntry(
        id=row.id,
        title=row.title,
        number=row.number,
        issued_on=row.issued_on,
        issuing_body=row.issuing_body,
        kind=row.kind,
        access=AccessClass(row.access),
        publication=Publication(row.pub_where, row.pub_start, row.pub_end, bool(row.published)),
        consent_of=row.consent_of,
        conditional_ground=row.conditional_ground,
        secret_point=row.secret_point,
        keywords=row.keywords,
        files=tuple(files),
        created_at=row.created_at,
        created_by=row.created_by,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
    )


def _file(row: Row[Any]) -> CatalogueFile:
    mapping = row._mapping
    return CatalogueFile(
        id=row.id,
        entry_id=row.entry_id,
        filename=row.filename,
        sha256=row.sha256,
        stored_path=row.stored_path,
        size_bytes=row.size_bytes,
        media_type=row.media_type,
        page_count=row.page_count,
        text=mapping.get("text", ""),
        text_source=row.text_source,
        added_at=row.added_at,
        added_by=row.added_by,
    )


class SqlCatalogueRepository:
    def __init__(self, session: Session):
        self._session = session

    # --- entries -----------------------------------------------------------------------------------
    def add(self, entry: CatalogueEntry) -> CatalogueEntry:
        """Insert (entry.id and files ignored) and index it; returns it as stored."""
        values = _entry_values(entry) | {"created_by": entry.created_by}
        if entry.created_at is not None:
            values["created_at"] = entry.created_at
        new_id = inserted_id(self._session.execute(insert(_entries).values(**values)))
        self.reindex(new_id)
        return self.get(new_id)

    def update(self, entry: CatalogueEntry) -> CatalogueEntry:
        if entry.id is None:
            raise NotFound("mục danh mục", None)
        values = _entry_values(entry) | {"updated_at": entry.updated_at, "updated_by": entry.updated_by}
        if (
            written(
                self._session.execute(update(_entries).where(_e.id == entry.id).values(**values))
            ).rowcount
            != 1
        ):
            raise NotFound("mục danh mục", entry.id)
        self.reindex(entry.id)
        return self.get(entry.id)

    def get(self, entry_id: int) -> CatalogueEntry:
        """The entry with its files, their text included."""
        row = self._session.execute(select(*_entries.c).where(_e.id == entry_id)).first()
        if row is None:
            raise NotFound("mục danh mục", entry_id)
        files = self._session.execute(select(*_files.c).where(_f.entry_id == entry_id).order_by(_f.id)).all()
        return _entry(row, [_file(f) for f in files])

    def search(self, text: str | None, limit: int, offset: int = 0) -> list[CatalogueEntry]:
        """Entries whose folded text has every word (as a prefix), best first; without text, the newest
        first (by date of issue, then as added). Files come without their text."""
        match = fts.search_match(text or "") if text and text.strip() else None
        if text and text.strip() and match is None:
            return []  # only punctuation: nothing can match
        if match is None:
            ids = list(
                self._session.execute(
                    select(_e.id)
                    .order_by(_e.issued_on.is_(None), _e.issued_on.desc(), _e.id.desc())
                    .limit(limit)
                    .offset(offset)
                ).scalars()
            )
        else:
            ids = self._ids(fts.matching_ids(match, limit, offset), match)
        return self._load(ids)

    def count(self, text: str | None = None) -> int:
        if not (text and text.strip()):
            return int(self._session.execute(select(func.count()).select_from(_entries)).scalar_one())
        match = fts.search_match(text)
        if match is None:
            return 0
        sub = fts.matching_ids(match).order_by(None).subquery()
        return int(
            self._session.execute(select(func.count()).select_from(sub), {"fts_match": match}).scalar_one()
        )

    def suggest(self, text: str, limit: int) -> list[CatalogueEntry]:
        match = fts.suggest_match(text)
        if match is None:
            return []
        return self._load(self._ids(fts.matching_ids(match, limit), match))

    def public_entries(self) -> list[CatalogueEntry]:
        """Every public (Đ17) entry, files without text, for the publication reminders."""
        ids = list(
            self._session.execute(
                select(_e.id).where(_e.access == AccessClass.PUBLIC.value).order_by(_e.id)
            ).scalars()
        )
        return self._load(ids)

    def reindex(self, entry_id: int) -> None:
        """Write the entry's index row again from its fields and all its files' text."""
        row = self._session.execute(
            select(_e.title, _e.number, _e.issuing_body, _e.keywords).where(_e.id == entry_id)
        ).one()
        texts = self._session.execute(
            select(_f.text).where(_f.entry_id == entry_id).order_by(_f.id)
        ).scalars()
        fts.write_document(
            self._session,
            entry_id,
            fts.document(row.title, row.number, row.issuing_body, row.keywords, texts),
        )

    # --- files -------------------------------------------------------------------------------------
    def add_file(self, file: CatalogueFile) -> CatalogueFile:
        """Insert the file's row (file.id ignored) and index its text with its entry."""
        if file.entry_id is None:
            raise NotFound("mục danh mục", None)
        values: dict[str, Any] = {
            "entry_id": file.entry_id,
            "filename": file.filename,
            "sha256": file.sha256,
            "stored_path": file.stored_path,
            "size_bytes": file.size_bytes,
            "media_type": file.media_type,
            "page_count": file.page_count,
            "text": file.text,
            "text_source": file.text_source,
            "added_by": file.added_by,
        }
        if file.added_at is not None:
            values["added_at"] = file.added_at
        new_id = inserted_id(self._session.execute(insert(_files).values(**values)))
        self.reindex(file.entry_id)
        return self.get_file(new_id)

    def get_file(self, file_id: int) -> CatalogueFile:
        row = self._session.execute(select(*_files.c).where(_f.id == file_id)).first()
        if row is None:
            raise NotFound("tệp của danh mục", file_id)
        return _file(row)

    def find_file(self, entry_id: int, sha256: str) -> CatalogueFile | None:
        row = self._session.execute(
            select(*_files.c).where(_f.entry_id == entry_id, _f.sha256 == sha256).limit(1)
        ).first()
        return None if row is None else _file(row)

    def count_files_with(self, sha256: str) -> int:
        """Rows (of any entry) that share these bytes."""
        return int(self._session.execute(select(func.count()).where(_f.sha256 == sha256)).scalar_one())

    def has_redacted_copies(self, file_id: int) -> bool:
        found = self._session.execute(select(_redacted.c.id).where(_redacted.c.file_id == file_id).limit(1))
        return found.first() is not None

    def set_file_text(self, file_id: int, text: str, source: str) -> CatalogueFile:
        file = self.get_file(file_id)
        self._session.execute(update(_files).where(_f.id == file_id).values(text=text, text_source=source))
        assert file.entry_id is not None
        self.reindex(file.entry_id)
        return self.get_file(file_id)

    def remove_file(self, file_id: int) -> CatalogueFile:
        file = self.get_file(file_id)
        self._session.execute(delete(_files).where(_f.id == file_id))
        assert file.entry_id is not None
        self.reindex(file.entry_id)
        return file

    # --- links to requests -------------------------------------------------------------------------
    def link(self, request_id: int, entry_id: int, at: datetime, by: str) -> bool:
        """False when the request was already linked to the entry (nothing written)."""
        if self._linked(request_id, entry_id):
            return False
        self._session.execute(
            insert(_links).values(request_id=request_id, entry_id=entry_id, linked_at=at, linked_by=by)
        )
        return True

    def unlink(self, request_id: int, entry_id: int) -> bool:
        result = self._session.execute(
            delete(_links).where(_l.request_id == request_id, _l.entry_id == entry_id)
        )
        return written(result).rowcount > 0

    def links_of(self, request_id: int) -> list[CatalogueEntry]:
        ids = list(
            self._session.execute(
                select(_l.entry_id).where(_l.request_id == request_id).order_by(_l.linked_at, _l.entry_id)
            ).scalars()
        )
        return self._load(ids)

    def requests_linked_to(self, entry_id: int) -> list[int]:
        return list(
            self._session.execute(
                select(_l.request_id).where(_l.entry_id == entry_id).order_by(_l.request_id)
            ).scalars()
        )

    # --- helpers -----------------------------------------------------------------------------------
    def _linked(self, request_id: int, entry_id: int) -> bool:
        found = self._session.execute(
            select(_l.entry_id).where(and_(_l.request_id == request_id, _l.entry_id == entry_id))
        ).first()
        return found is not None

    def _ids(self, query: Any, match: str) -> list[int]:
        return [int(i) for i in self._session.execute(query, {"fts_match": match}).scalars()]

    def _load(self, ids: Sequence[int]) -> list[CatalogueEntry]:
        """Entries in the order of ``ids``, each with its files (without text): two queries."""
        if not ids:
            return []
        rows = {r.id: r for r in self._session.execute(select(*_entries.c).where(_e.id.in_(ids))).all()}
        files: dict[int, list[CatalogueFile]] = {}
        for f in self._session.execute(
            select(*_FILE_COLUMNS_NO_TEXT).where(_f.entry_id.in_(ids)).order_by(_f.id)
        ).all():
            files.setdefault(f.entry_id, []).append(_file(f))
        return [_entry(rows[i], files.get(i, ())) for i in ids if i in rows]
