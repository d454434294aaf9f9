"""The page tools the catalogue's file service is given: digitise/ is imported on first use (pypdfium2, Pillow
and Tesseract stay out of start-up, and out of the GUI's imports)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


class PageTools:
    def page_count(self, path: Path) -> int:
        from ..digitise.render import page_count

        return page_count(path)

    def thumbnail_png(self, path: Path, index0: int, max_px: int) -> bytes:
        from ..digitise.thumbnails import thumbnail_png

        return thumbnail_png(path, index0, max_px)

    def ocr_unavailable_reason(self) -> str | None:
        from ..digitise.ocr import ocr_unavailable_reason

        return ocr_unavailable_reason()

    def ocr_pages(
        self, path: Path, *, progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None
    ) -> list[str]:
        from ..digitise.ocr import ocr_pages

        return ocr_pages(path, progress=progress, cancelled=cancelled)
