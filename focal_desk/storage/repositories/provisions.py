"""Redacted copies of catalogue files and the provision packages of requests (rows only; the copies' bytes
live in the catalogue folder, the packages wherever the officer wrote them)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from ...domain.errors import NotFound
from ...domain.provision import ItemSource, ProvidedFile, Provision, ProvisionMethod, RedactedCopy
from ...domain.redaction_area import RedactionArea
from ..models import CatalogueFileRow, ProvisionRow, RedactedCopyRow, RequestRow, table_of
from .written import inserted_id

_copies = table_of(RedactedCopyRow)
_provisions = table_of(ProvisionRow)
_files = table_of(CatalogueFileRow)
_requests = table_of(RequestRow)
_c, _p = _copies.c, _provisions.c


def _areas(raw: Any) -> tuple[RedactionArea, ...]:
    return tuple(
        RedactionArea(
            int(a["page"]),
            float(a["x0"]),
            float(a["y0"]),
            float(a["x1"]),
            float(a["y1"]),
            str(a.get("ground", "")),
        )
        for a in raw or ()
    )


def _copy(row: Row[Any]) -> RedactedCopy:
    return RedactedCopy(
        id=row.id,
        file_id=row.file_id,
        request_id=row.request_id,
        sha256=row.sha256,
        page_count=row.page_count,
        areas=_areas(row.areas_json),
        created_at=row.created_at,
        created_by=row.created_by,
        stored_path=row.stored_path,
    )


def _provision(row: Row[Any]) -> Provision:
    files = tuple(
        ProvidedFile(
            str(f["name"]), str(f["sha256"]), str(f["source"]), f.get("ref_id"), int(f.get("page_count", 0))
        )
        for f in row.files_json or ()
    )
    return Provision(
        id=row.id,
        request_id=row.request_id,
        method=ProvisionMethod(row.method),
        destination=row.destination,
        page_count=row.page_count,
        files=files,
        letter_document_id=row.letter_document_id,
        created_at=row.created_at,
        created_by=row.created_by,
    )


class SqlRedactionRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, copy: RedactedCopy) -> RedactedCopy:
        """copy.id is ignored; returns it as stored."""
        values: dict[str, Any] = {
            "file_id": copy.file_id,
            "request_id": copy.request_id,
            "sha256": copy.sha256,
            "stored_path": copy.stored_path,
            "page_count": copy.page_count,
            "areas_json": [a.as_json() for a in copy.areas],
            "created_by": copy.created_by,
        }
        if copy.created_at is not None:
            values["created_at"] = copy.created_at
        return self.get(inserted_id(self._session.execute(insert(_copies).values(**values))))

    def get(self, copy_id: int) -> RedactedCopy:
        row = self._session.execute(select(*_copies.c).where(_c.id == copy_id)).first()
        if row is None:
            raise NotFound("bản đã che", copy_id)
        return _copy(row)

    def for_request(self, request_id: int) -> list[RedactedCopy]:
        rows = self._session.execute(
            select(*_copies.c).where(_c.request_id == request_id).order_by(_c.id)
        ).all()
        return [_copy(r) for r in rows]

    def of_file(self, file_id: int) -> list[RedactedCopy]:
        rows = self._session.execute(select(*_copies.c).where(_c.file_id == file_id).order_by(_c.id)).all()
        return [_copy(r) for r in rows]

    def count_with(self, sha256: str) -> int:
        """Copies that share these bytes (two identical redactions of one file give the same PDF)."""
        return len(self._session.execute(select(_c.id).where(_c.sha256 == sha256)).all())


class SqlProvisionRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, provision: Provision) -> Provision:
        """provision.id is ignored; returns it as stored."""
        values: dict[str, Any] = {
            "request_id": provision.request_id,
            "method": ProvisionMethod(provision.method).value,
            "destination": provision.destination,
            "page_count": provision.page_count,
            "letter_document_id": provision.letter_document_id,
            "files_json": [
                {
                    "name": f.name,
                    "sha256": f.sha256,
                    "source": f.source,
                    "ref_id": f.ref_id,
                    "page_count": f.page_count,
                }
                for f in provision.files
            ],
            "created_by": provision.created_by,
        }
        if provision.created_at is not None:
            values["created_at"] = provision.created_at
        new_id = inserted_id(self._session.execute(insert(_provisions).values(**values)))
        row = self._session.execute(select(*_provisions.c).where(_p.id == new_id)).one()
        return _provision(row)

    def for_request(self, request_id: int) -> list[Provision]:
        rows = self._session.execute(
            select(*_provisions.c).where(_p.request_id == request_id).order_by(_p.id)
        ).all()
        return [_provision(r) for r in rows]

    def entries_provided_to(self, id_number: str, excluding_request_id: int) -> dict[int, int]:
        """Đ28.1.d: for each catalogue entry, how many other requests of the person with this ID number had
        a package holding one of its files (original or redacted copy)."""
        if not id_number:
            return {}
        rows = self._session.execute(
            select(_p.request_id, _p.files_json)
            .join(_requests, _requests.c.id == _p.request_id)
            .where(_requests.c.id_number == id_number, _p.request_id != excluding_request_id)
        ).all()
        file_refs: dict[int, set[int]] = {}  # request -> catalogue file ids
        copy_refs: dict[int, set[int]] = {}
        for request_id, files in rows:
            for f in files or ():
                if f.get("ref_id") is None:
                    continue
                if f.get("source") == ItemSource.ORIGINAL:
                    file_refs.setdefault(request_id, set()).add(int(f["ref_id"]))
                elif f.get("source") == ItemSource.REDACTED:
                    copy_refs.setdefault(request_id, set()).add(int(f["ref_id"]))
        copy_ids: set[int] = set().union(*copy_refs.values())
        copy_file = self._pairs(select(_c.id, _c.file_id).where(_c.id.in_(copy_ids))) if copy_ids else {}
        for request_id, ids in copy_refs.items():
            file_refs.setdefault(request_id, set()).update(copy_file[i] for i in ids if i in copy_file)
        file_ids: set[int] = set().union(*file_refs.values())
        file_entry = (
            self._pairs(select(_files.c.id, _files.c.entry_id).where(_files.c.id.in_(file_ids)))
            if file_ids
            else {}
        )
        counts: dict[int, int] = {}
        for ids in file_refs.values():
            for entry_id in {file_entry[i] for i in ids if i in file_entry}:
                counts[entry_id] = counts.get(entry_id, 0) + 1
        return counts

    def _pairs(self, statement: Any) -> dict[int, int]:
        return {int(a): int(b) for a, b in self._session.execute(statement).all()}
