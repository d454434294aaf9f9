"""Redacted copies of catalogue files (ND13 Đ7: remove what Đ6/Đ7 cover before a partial provision).

The officer marks areas on page images (or finds a phrase to mark every occurrence); the copy is a new PDF
rebuilt from page images with the areas filled, so the removed content is gone, not covered. The original
is only read (after its SHA-256 is checked). The copy is stored once by SHA-256 in the catalogue folder,
<sha[:2]>/<sha>.pdf, recorded with its areas and grounds, audited on the request, and checked on every open."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..domain.audit import AuditEvent
from ..domain.catalogue import CatalogueFile
from ..domain.clock import Clock
from ..domain.errors import EnvironmentProblem, ValidationError
from ..domain.provision import RedactedCopy
from ..domain.redaction_area import RedactionArea
from .attachments import checked_stored_file, sha256_of
from .catalogue import CatalogueService
from .ports import PageTools, UnitOfWorkFactory

MIN_DPI, MAX_PAGE_DPI = 36, 600


@dataclass(frozen=True)
class PageInfo:
    index0: int
    width_pt: float
    height_pt: float


class RedactionService:
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        catalogue: CatalogueService,
        root: Path,
        clock: Clock,
        tools: PageTools,
    ):
        self._uow_factory = uow_factory
        self._catalogue = catalogue
        self._root = Path(root)  # the catalogue folder: copies live beside the originals, by SHA-256
        self._clock = clock
        self._tools = tools

    # --- the original's pages ----------------------------------------------------------------------
    def pages(self, file_id: int) -> list[PageInfo]:
        """Every page's size in PDF points (as shown), for drawing areas on the page images."""
        sizes = self._tools.page_sizes(self._original(file_id))
        return [PageInfo(i, w, h) for i, (w, h) in enumerate(sizes)]

    def page_image_png(self, file_id: int, index0: int, dpi: int = 100) -> bytes:
        if not (isinstance(dpi, int) and MIN_DPI <= dpi <= MAX_PAGE_DPI):
            raise ValidationError.single("dpi", f"Độ phân giải phải từ {MIN_DPI} đến {MAX_PAGE_DPI} dpi.")
        return self._tools.page_png(self._original(file_id), index0, dpi)

    def find_phrase(self, file_id: int, phrase: str, ground: str = "") -> list[RedactionArea]:
        """Every occurrence in the file's text layer (case- and accent-insensitive), as areas with ``ground``.
        A scan without a text layer gives none."""
        return self._tools.find_phrase(self._original(file_id), phrase, ground)

    # --- copies ------------------------------------------------------------------------------------
    def make_copy(
        self,
        file_id: int,
        areas: Sequence[RedactionArea],
        *,
        request_id: int | None,
        actor: str,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> RedactedCopy:
        """Write and record the redacted copy. DigitiseCancelled when cancelled (nothing written);
        ValidationError for areas off their page or without their ground (a Đ6 point or a Đ7 ground)."""
        areas = list(areas)
        unfounded = [str(n) for n, a in enumerate(areas, start=1) if not a.ground]
        if unfounded:
            raise ValidationError.single(
                "areas",
                f"Vùng thứ {', '.join(unfounded)} chưa ghi căn cứ che (một điểm Điều 6 hoặc khoản Điều 7).",
            )
        file = self._catalogue.get_file(file_id)
        source = self._catalogue.open_file(file)
        if request_id is not None:
            with self._uow_factory(read_only=True) as uow:
                uow.requests.get(request_id)  # NotFound before any rendering
        tmp = self._temp_file()
        placed: Path | None = None
        try:
            outcome = self._tools.redact(source, areas, tmp, progress, cancelled)
            digest = sha256_of(tmp)
            if digest != outcome.sha256:
                raise EnvironmentProblem(
                    "Bản đã che vừa ghi ra không đúng nội dung (mã SHA-256 khác); hãy làm lại."
                )
            relative = f"{digest[:2]}/{digest}.pdf"
            target = self._root / relative
            if not (target.is_file() and sha256_of(target) == digest):  # two equal copies share the bytes
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp, target)
                placed = target
            copy = RedactedCopy(
                0,
                file_id,
                request_id,
                digest,
                outcome.page_count,
                tuple(outcome.areas),
                self._clock.now(),
                actor,
                relative,
            )
            saved = self._record(copy, file)
            placed = None
            return saved
        except OSError as exc:
            raise EnvironmentProblem(f"Không lưu được bản đã che: {exc.strerror or exc}") from exc
        finally:
            tmp.unlink(missing_ok=True)
            if placed is not None:
                self._discard(placed, digest)

    def _temp_file(self) -> Path:
        try:
            self._root.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(dir=self._root, prefix=".redacting-", suffix=".pdf")
            os.close(fd)
        except OSError as exc:
            raise EnvironmentProblem(
                f"Không ghi được vào thư mục {self._root}: {exc.strerror or exc}"
            ) from exc
        return Path(name)

    def _record(self, copy: RedactedCopy, file: CatalogueFile) -> RedactedCopy:
        """The row and its audit event: on the request it was made for (else on the catalogue entry)."""
        with self._uow_factory() as uow:
            saved = uow.redactions.add(copy)
            changes = {
                "redacted_copy": [None, saved.id],
                "file": [None, f"{file.id}: {file.filename}"],
                "sha256": [None, saved.sha256],
                "areas": [None, len(saved.areas)],
                "grounds": [None, sorted({a.ground for a in saved.areas})],
            }
            entity, entity_id = (
                ("request", copy.request_id) if copy.request_id is not None else ("catalogue", file.entry_id)
            )
            uow.audit.add(
                AuditEvent(
                    saved.created_at or self._clock.now(),
                    copy.created_by,
                    "redacted_copy",
                    entity,
                    entity_id,
                    changes,
                )
            )
            uow.commit()
            return saved

    def copies_of(self, request_id: int) -> list[RedactedCopy]:
        with self._uow_factory(read_only=True) as uow:
            return uow.redactions.for_request(request_id)

    def get_copy(self, copy_id: int) -> RedactedCopy:
        with self._uow_factory(read_only=True) as uow:
            return uow.redactions.get(copy_id)

    def open_copy(self, copy_id: int) -> Path:
        """The copy's file after checking its SHA-256 (EnvironmentProblem when missing or changed)."""
        return self.checked_copy_path(self.get_copy(copy_id))

    def checked_copy_path(self, copy: RedactedCopy) -> Path:
        return checked_stored_file(self._root, copy.stored_path, copy.sha256, f"tệp của bản đã che số {copy.id}")

    # --- helpers -----------------------------------------------------------------------------------
    def _original(self, file_id: int) -> Path:
        return self._catalogue.open_file(self._catalogue.get_file(file_id))

    def _discard(self, path: Path, digest: str) -> None:
        """Bytes this call put in place that no row records: removed."""
        with self._uow_factory(read_only=True) as uow:
            if uow.redactions.count_with(digest):
                return
        path.unlink(missing_ok=True)
