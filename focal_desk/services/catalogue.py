"""The office's catalogue of information (Danh mục thông tin): entries, their digitised files, search, the
publication reminders, and the links from requests to entries. Every change is audited.

Files are stored once by SHA-256 at <catalogue dir>/<sha[:2]>/<sha><suffix> (two entries holding the same
scan share the bytes); the database keeps the path relative to the catalogue dir, so the data dir can move.
A file is copied to a temporary name and renamed only once complete, and checked against its SHA-256 on
every open.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from ..digitise.errors import DigitiseError
from ..domain.attachment import ALLOWED_SUFFIXES
from ..domain.audit import AuditEvent
from ..domain.catalogue import (
    CATALOGUE_FILE_SUFFIXES,
    CatalogueEntry,
    CatalogueFile,
    PublicationDue,
    clean_entry,
    publication_due,
)
from ..domain.clock import Clock, today
from ..domain.errors import EnvironmentProblem, ValidationError
from ..domain.text import control_problem, nfc
from .attachments import checked_stored_file, copy_hashed, sha256_of
from .ports import FactsReader, UnitOfWorkFactory

FILES_FIELD = "files"
ENTITY = "catalogue"
MAX_CATALOGUE_FILE_BYTES = 200 * 1024 * 1024  # a few hundred scanned pages
MAX_PAGE = 500
STALE_COPY_SECONDS = 6 * 3600  # older than any add still running (a copy being made is written to)
TEXT_SOURCES = ("pdf", "ocr", "none")
_CHUNK = 1024 * 1024
_INCOMING = ".incoming-"
# temporary files in the catalogue folder: ours, services/redaction.py's, and digitise.redact's for it
_LEFTOVERS = (f"{_INCOMING}*.part", ".redacting-*.pdf", "..redacting-*.part")
_STORED_SUFFIX = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png", "image/tiff": ".tif"}
# field -> label, for a refused character in a one-line field
_LABELS = {
    "title": "Tên thông tin",
    "number": "Số, ký hiệu",
    "issuing_body": "Cơ quan ban hành",
    "consent_of": "Người cần đồng ý",
    "keywords": "Từ khóa",
}


def audit_fields(entry: CatalogueEntry) -> dict[str, Any]:
    """What the audit trail compares: the officer's fields, JSON-safe (files are audited on their own)."""
    pub = entry.publication
    return {
        "title": entry.title,
        "number": entry.number,
        "issued_on": entry.issued_on.isoformat() if entry.issued_on else None,
        "issuing_body": entry.issuing_body,
        "kind": entry.kind,
        "access": entry.access.value,
        "publication.where": pub.where,
        "publication.start": pub.start.isoformat() if pub.start else None,
        "publication.end": pub.end.isoformat() if pub.end else None,
        "publication.published": pub.published,
        "consent_of": entry.consent_of,
        "conditional_ground": entry.conditional_ground,
        "secret_point": entry.secret_point,
        "keywords": entry.keywords,
    }


def entry_changes(old: CatalogueEntry | None, new: CatalogueEntry) -> dict[str, list[Any]]:
    after = audit_fields(new)
    if old is None:
        return {k: [None, v] for k, v in after.items() if v not in ("", None, False)}
    before = audit_fields(old)
    return {k: [before[k], v] for k, v in after.items() if before[k] != v}


def checked_entry(entry: CatalogueEntry) -> CatalogueEntry:
    """clean_entry, and no control character in a one-line field (ValidationError naming the field)."""
    cleaned = clean_entry(entry)
    values = {name: getattr(cleaned, name) for name in _LABELS} | {"pub_where": cleaned.publication.where}
    labels = _LABELS | {"pub_where": "Nơi công khai"}
    for name, value in values.items():
        problem = control_problem(value, labels[name])
        if problem:
            raise ValidationError.single(name, problem)
    return cleaned


@dataclass(frozen=True)
class _Stored:
    """A file copied into the catalogue folder (``created``: by this call), not yet recorded."""

    filename: str
    sha256: str
    stored_path: str
    size_bytes: int
    media_type: str
    page_count: int
    text: str
    created: bool


class CatalogueService:
    def __init__(self, uow_factory: UnitOfWorkFactory, root: Path, clock: Clock, read_facts: FactsReader):
        self._uow_factory = uow_factory
        self._root = Path(root)
        self._clock = clock
        self._read_facts = read_facts

    # --- entries -----------------------------------------------------------------------------------
    def add(
        self, entry: CatalogueEntry, actor: str, files: Sequence[str | os.PathLike[str]] = ()
    ) -> CatalogueEntry:
        """Record a new entry with its files, all or nothing (a damaged file: ValidationError, nothing kept)."""
        cleaned = checked_entry(entry)
        stored = self._store_all(files)
        try:
            with self._uow_factory() as uow:
                now = self._clock.now()
                saved = uow.catalogue.add(replace(cleaned, created_at=now, created_by=actor))
                assert saved.id is not None
                uow.audit.add(
                    AuditEvent(now, actor, "catalogue_add", ENTITY, saved.id, entry_changes(None, saved))
                )
                recorded: set[str] = set()
                for item in stored:
                    if item.sha256 not in recorded:  # the same bytes given twice: kept once
                        recorded.add(item.sha256)
                        self._record_file(uow, saved.id, item, actor)
                uow.commit()
                return uow.catalogue.get(saved.id)
        except BaseException:
            self._discard(stored)
            raise

    def update(self, entry: CatalogueEntry, actor: str) -> CatalogueEntry:
        """Write the officer's fields (files are changed with add_file/remove_file); audited field by field."""
        if entry.id is None:
            raise ValidationError.single("id", "Mục danh mục chưa được lưu.")
        cleaned = checked_entry(entry)
        with self._uow_factory() as uow:
            old = uow.catalogue.get(entry.id)
            diff = entry_changes(old, cleaned)
            if not diff:
                return old
            now = self._clock.now()
            uow.catalogue.update(replace(cleaned, updated_at=now, updated_by=actor))
            uow.audit.add(AuditEvent(now, actor, "catalogue_edit", ENTITY, entry.id, diff))
            uow.commit()
            return uow.catalogue.get(entry.id)

    def get(self, entry_id: int) -> CatalogueEntry:
        """The entry with its files, their text included (NotFound if there is none)."""
        with self._uow_factory(read_only=True) as uow:
            return uow.catalogue.get(entry_id)

    def search(self, text: str | None = None, limit: int = 50, offset: int = 0) -> list[CatalogueEntry]:
        """Entries with every word of ``text`` (accent-insensitive, as prefixes) in their fields or their files'
        text, best first; no text: newest first. The entries' files come without their text (see get)."""
        limit, offset = max(1, min(int(limit), 10_000)), max(0, int(offset))
        with self._uow_factory(read_only=True) as uow:
            return uow.catalogue.search(text, limit, offset)

    def count(self, text: str | None = None) -> int:
        with self._uow_factory(read_only=True) as uow:
            return uow.catalogue.count(text)

    def suggest(self, text: str, limit: int = 5) -> list[CatalogueEntry]:
        """At intake: entries sharing notable words with what the requester asked for, best first. Any text
        is accepted (quotes, operators, control characters are only separators)."""
        with self._uow_factory(read_only=True) as uow:
            return uow.catalogue.suggest(text or "", max(1, min(int(limit), 100)))

    def import_entries(self, entries: Iterable[CatalogueEntry], actor: str) -> list[CatalogueEntry]:
        """All the entries in one transaction, or none: the first that is not valid raises ValidationError
        with field ``"line N"`` (N = its position from 1) and a message that names it."""
        cleaned = []
        for n, entry in enumerate(entries, start=1):
            try:
                cleaned.append(checked_entry(entry))
            except ValidationError as exc:
                message = "; ".join(exc.errors.values())
                raise ValidationError.single(f"line {n}", f"Mục {n}: {message}") from None
        with self._uow_factory() as uow:
            now = self._clock.now()
            saved = []
            for entry in cleaned:
                added = uow.catalogue.add(replace(entry, files=(), created_at=now, created_by=actor))
                uow.audit.add(
                    AuditEvent(now, actor, "catalogue_import", ENTITY, added.id, entry_changes(None, added))
                )
                saved.append(added)
            uow.commit()
            return saved

    def due_publications(self, on: date | None = None) -> list[tuple[CatalogueEntry, PublicationDue]]:
        """For the to-do page: public entries not published though they must be, and publication periods that
        end soon or have ended (domain.catalogue.publication_due)."""
        day = on or today(self._clock)
        with self._uow_factory(read_only=True) as uow:
            entries = uow.catalogue.public_entries()
        due = [(e, publication_due(e, day)) for e in entries]
        return [(e, d) for e, d in due if d is not None]

    # --- files -------------------------------------------------------------------------------------
    def check_file(self, source_path: str | os.PathLike[str]) -> None:
        """ValidationError (field "files") unless it is a PDF or image scan the catalogue can keep."""
        _check_file(Path(source_path))

    def add_file(self, entry_id: int, source_path: str | os.PathLike[str], actor: str) -> CatalogueFile:
        """Copy the file into the catalogue folder (once per SHA-256), read its pages and text, index it.
        The same bytes twice for one entry are kept once (the existing file is returned)."""
        with self._uow_factory(read_only=True) as uow:
            uow.catalogue.get(entry_id)  # NotFound before any copying
        (item,) = self._store_all([source_path])
        try:
            with self._uow_factory() as uow:
                existing = uow.catalogue.find_file(entry_id, item.sha256)
                if existing is not None:
                    return existing
                saved = self._record_file(uow, entry_id, item, actor)
                uow.commit()
                return saved
        except BaseException:
            self._discard([item])
            raise

    def open_file(self, file: CatalogueFile) -> Path:
        """The stored file, after checking it still has its SHA-256 (EnvironmentProblem if not)."""
        return checked_stored_file(self._root, file.stored_path, file.sha256, f"tệp {file.filename}")

    def read_text(self, source_path: str | os.PathLike[str]) -> str:
        """The text layer of a file not yet added ("" for an image or a file that cannot be read: adding it
        says why)."""
        try:
            return "\n".join(self._read_facts(Path(source_path)).page_texts)
        except (DigitiseError, OSError):
            return ""

    def holds_bytes(self, sha256: str) -> bool:
        """Whether some entry already holds a file with these bytes."""
        with self._uow_factory(read_only=True) as uow:
            return uow.catalogue.count_files_with(sha256) > 0

    def get_file(self, file_id: int) -> CatalogueFile:
        with self._uow_factory(read_only=True) as uow:
            return uow.catalogue.get_file(file_id)

    def set_file_text(self, file_id: int, text: str, source: str) -> CatalogueFile:
        """The file's text (OCR, or a PDF text layer read again) replaces what search knew of it."""
        if source not in TEXT_SOURCES:
            raise ValidationError.single("text_source", "Nguồn văn bản phải là pdf, ocr hoặc none.")
        with self._uow_factory() as uow:
            saved = uow.catalogue.set_file_text(file_id, nfc(text).replace("\x00", ""), source)
            uow.commit()
            return saved

    def remove_file(self, file_id: int, actor: str) -> CatalogueFile:
        """Forget the file for its entry; the bytes go too when no other entry holds them."""
        with self._uow_factory() as uow:
            if uow.catalogue.has_redacted_copies(file_id):
                raise ValidationError.single(
                    FILES_FIELD,
                    "Tệp này đã có bản che thông tin được lập từ nó nên không xóa khỏi danh mục được.",
                )
            removed = uow.catalogue.remove_file(file_id)
            uow.audit.add(
                AuditEvent(
                    self._clock.now(),
                    actor,
                    "catalogue_file_remove",
                    ENTITY,
                    removed.entry_id,
                    {"file": [removed.filename, None], "sha256": [removed.sha256, None]},
                )
            )
            shared = uow.catalogue.count_files_with(removed.sha256) > 0
            uow.commit()
        if not shared:
            (self._root / Path(removed.stored_path)).unlink(missing_ok=True)
        return removed

    # --- links to requests -------------------------------------------------------------------------
    def link(self, request_id: int, entry_id: int, actor: str) -> bool:
        """Link the request to the entry (audited on the request); False when it already was."""
        with self._uow_factory() as uow:
            uow.requests.get(request_id)
            entry = uow.catalogue.get(entry_id)
            now = self._clock.now()
            if not uow.catalogue.link(request_id, entry_id, now, actor):
                return False
            uow.audit.add(
                AuditEvent(
                    now,
                    actor,
                    "catalogue_link",
                    "request",
                    request_id,
                    {"catalogue_entry": [None, f"{entry_id}: {entry.title}"]},
                )
            )
            uow.commit()
            return True

    def unlink(self, request_id: int, entry_id: int, actor: str) -> bool:
        with self._uow_factory() as uow:
            if not uow.catalogue.unlink(request_id, entry_id):
                return False
            uow.audit.add(
                AuditEvent(
                    self._clock.now(),
                    actor,
                    "catalogue_unlink",
                    "request",
                    request_id,
                    {"catalogue_entry": [entry_id, None]},
                )
            )
            uow.commit()
            return True

    def links_of(self, request_id: int) -> list[CatalogueEntry]:
        with self._uow_factory(read_only=True) as uow:
            return uow.catalogue.links_of(request_id)

    def requests_linked_to(self, entry_id: int) -> list[int]:
        with self._uow_factory(read_only=True) as uow:
            return uow.catalogue.requests_linked_to(entry_id)

    # --- helpers -----------------------------------------------------------------------------------
    def _record_file(self, uow: Any, entry_id: int, item: _Stored, actor: str) -> CatalogueFile:
        now = self._clock.now()
        saved: CatalogueFile = uow.catalogue.add_file(
            CatalogueFile(
                id=None,
                entry_id=entry_id,
                filename=item.filename,
                sha256=item.sha256,
                stored_path=item.stored_path,
                size_bytes=item.size_bytes,
                media_type=item.media_type,
                page_count=item.page_count,
                text=item.text,
                text_source="pdf" if item.text.strip() else "none",
                added_at=now,
                added_by=actor,
            )
        )
        uow.audit.add(
            AuditEvent(
                now,
                actor,
                "catalogue_file_add",
                ENTITY,
                entry_id,
                {"file": [None, item.filename], "sha256": [None, item.sha256]},
            )
        )
        return saved

    def _store_all(self, sources: Sequence[str | os.PathLike[str]]) -> list[_Stored]:
        paths = [Path(s) for s in sources]
        for path in paths:  # every file checked before any is copied
            _check_file(path)
        stored: list[_Stored] = []
        try:
            for path in paths:
                stored.append(self._store(path))
        except BaseException:
            self._discard(stored)
            raise
        return stored

    def _store(self, source: Path) -> _Stored:
        try:
            self._root.mkdir(parents=True, exist_ok=True)
            _sweep_stale_copies(self._root)
            tmp, digest, size = _copy_to_temp(source, self._root)
        except OSError as exc:
            raise EnvironmentProblem(f"Không sao chép được tệp {source.name}: {exc.strerror or exc}") from exc
        try:
            try:
                facts = self._read_facts(tmp)
            except DigitiseError as exc:
                raise ValidationError.single(FILES_FIELD, str(exc).replace(tmp.name, source.name)) from None
            if facts.page_count > MAX_PAGE * 10:
                raise ValidationError.single(
                    FILES_FIELD, f"{source.name}: quá nhiều trang ({facts.page_count})."
                )
            relative = f"{digest[:2]}/{digest}{_STORED_SUFFIX[facts.media_type]}"
            target = self._root / relative
            created = not (target.is_file() and sha256_of(target) == digest)
            if created:  # new bytes, or a stored copy that was damaged: put the good copy in place
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp, target)
        except OSError as exc:
            raise EnvironmentProblem(f"Không lưu được tệp {source.name}: {exc.strerror or exc}") from exc
        finally:
            tmp.unlink(missing_ok=True)
        text = "\n\n".join(t for t in facts.page_texts)
        return _Stored(
            _clean_filename(source.name),
            digest,
            relative,
            size,
            facts.media_type,
            facts.page_count,
            nfc(text).replace("\x00", ""),
            created,
        )

    def _discard(self, stored: Iterable[_Stored]) -> None:
        """Files this call put in place and no row records: removed (no orphan bytes)."""
        for item in stored:
            if not item.created:
                continue
            with self._uow_factory(read_only=True) as uow:
                if uow.catalogue.count_files_with(item.sha256):
                    continue
            (self._root / item.stored_path).unlink(missing_ok=True)


def _clean_filename(name: str) -> str:
    cleaned = "".join(ch if ch.isprintable() else "_" for ch in nfc(name))
    return cleaned or "tep"


def _check_file(source: Path) -> None:
    name = _clean_filename(source.name)
    suffix = source.suffix.lower()
    magic = ALLOWED_SUFFIXES.get(suffix)
    if magic is None or suffix not in CATALOGUE_FILE_SUFFIXES:
        raise ValidationError.single(FILES_FIELD, f"{name}: chỉ thêm được tệp PDF, JPG, PNG hoặc TIFF.")
    try:
        if source.is_dir():
            raise ValidationError.single(FILES_FIELD, f"{name}: đây là thư mục, không phải tệp.")
        if not source.is_file():
            raise ValidationError.single(FILES_FIELD, f"{name}: không tìm thấy tệp.")
        size = source.stat().st_size
        with source.open("rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise EnvironmentProblem(f"Không đọc được tệp {name}: {exc.strerror or exc}") from exc
    if size > MAX_CATALOGUE_FILE_BYTES:
        raise ValidationError.single(
            FILES_FIELD, f"{name}: tệp lớn hơn {MAX_CATALOGUE_FILE_BYTES // (1024 * 1024)} MB."
        )
    if not head.startswith(magic):
        raise ValidationError.single(FILES_FIELD, f"{name}: nội dung tệp không đúng định dạng {suffix}.")


def _sweep_stale_copies(folder: Path) -> None:
    """Temporary copies an add or a redaction killed mid-way left behind (a copy being made is fresh)."""
    limit = time.time() - STALE_COPY_SECONDS
    for part in (p for pattern in _LEFTOVERS for p in folder.glob(pattern)):
        try:
            if part.stat().st_mtime < limit:
                part.unlink()
        except OSError:
            continue  # removed by another add meanwhile, or not ours to remove


def _copy_to_temp(source: Path, folder: Path) -> tuple[Path, str, int]:
    tmp, digest, size = copy_hashed(source, folder, _INCOMING)
    if size > MAX_CATALOGUE_FILE_BYTES:  # grew since it was checked
        tmp.unlink(missing_ok=True)
        raise ValidationError.single(
            FILES_FIELD, f"{source.name}: tệp lớn hơn {MAX_CATALOGUE_FILE_BYTES // (1024 * 1024)} MB."
        )
    return tmp, digest, size
