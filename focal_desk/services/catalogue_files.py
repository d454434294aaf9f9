"""What the catalogue screen does with a digitised file besides storing it: page thumbnails (PNG bytes, for
a strip) and Vietnamese OCR of a scan whose text is then searched. Jobs: ``progress(done, total)`` and
``cancel()`` callbacks, no Qt. The page tools (pypdfium2, Pillow, Tesseract) come from the composition root,
so that the screen never imports them."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..digitise.errors import DigitiseCancelled
from ..domain.catalogue import CatalogueFile
from .catalogue import CatalogueService
from .ports import FileTools

THUMBNAIL_PX = 160
MAX_THUMBNAILS = 40  # a strip of a 300-page scan shows its first pages and says how many there are


@dataclass(frozen=True)
class Preview:
    page_count: int
    thumbnails: tuple[bytes, ...]  # PNG, the first pages (at most MAX_THUMBNAILS)


class CatalogueFilesService:
    def __init__(self, catalogue: CatalogueService, tools: FileTools):
        self._catalogue = catalogue
        self._tools = tools
        # asked once: Tesseract is run to list its languages
        self._ocr_reason: tuple[str | None] | None = None
        self._lock = threading.Lock()

    def preview(
        self,
        source: CatalogueFile | str | os.PathLike[str],
        *,
        max_px: int = THUMBNAIL_PX,
        max_pages: int = MAX_THUMBNAILS,
        cancel: Callable[[], bool] | None = None,
    ) -> Preview:
        """Thumbnails of a stored file (checked against its SHA-256 first) or of a file about to be added
        (checked like add_file checks it). Cancelled: the pages made so far."""
        if isinstance(source, CatalogueFile):
            path = self._catalogue.open_file(source)
        else:
            path = Path(source)
            self._catalogue.check_file(path)
        count = self._tools.page_count(path)
        pages: list[bytes] = []
        for index0 in range(min(count, max(0, max_pages))):
            if cancel is not None and cancel():
                break
            pages.append(self._tools.thumbnail_png(path, index0, max_px))
        return Preview(count, tuple(pages))

    def ocr_unavailable_reason(self) -> str | None:
        """None when Tesseract with its Vietnamese data is installed; else why not, in one sentence."""
        with self._lock:
            if self._ocr_reason is None:
                self._ocr_reason = (self._tools.ocr_unavailable_reason(),)
            return self._ocr_reason[0]

    def recognise(
        self,
        file_id: int,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> str:
        """The file's text read by OCR, page by page (DigitiseCancelled when cancelled). Nothing is stored:
        store_text does that, on the writing lane."""
        path = self._catalogue.open_file(self._catalogue.get_file(file_id))
        pages = self._tools.ocr_pages(path, progress=progress, cancelled=cancel)
        if cancel is not None and cancel():
            raise DigitiseCancelled("Đã dừng nhận dạng chữ theo yêu cầu.")
        return "\n\n".join(pages)

    def store_text(self, file_id: int, text: str) -> CatalogueFile:
        """The recognised text replaces what search knew of the file (source "ocr")."""
        return self._catalogue.set_file_text(file_id, text, "ocr")
