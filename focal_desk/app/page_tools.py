"""The digitise functions the redaction and catalogue file services are handed (services.ports.PageTools, FileTools) and the provision
package writer (services.ports.PackageWriter): pypdfium2, Pillow, img2pdf and the writers are imported on
first use, never when the window opens."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from ..domain.provision import PackageFile, PackageMessage, ProvisionMethod, WrittenPackage
from ..domain.redaction_area import RedactionArea
from ..services.ports import RedactionOutcome


class DigitisePageTools:
    """Both services.ports.PageTools (redaction) and FileTools (thumbnails, OCR)."""

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

    def page_sizes(self, path: Path) -> list[tuple[float, float]]:
        from ..digitise.render import page_sizes

        return page_sizes(path)

    def page_png(self, path: Path, index0: int, dpi: int) -> bytes:
        from ..digitise.render import render_page

        buffer = io.BytesIO()
        render_page(path, index0, dpi).save(buffer, format="PNG")
        return buffer.getvalue()

    def find_phrase(self, path: Path, phrase: str, ground: str) -> list[RedactionArea]:
        from ..digitise.phrases import find_phrase

        return find_phrase(path, phrase, ground=ground)

    def redact(
        self,
        source: Path,
        areas: Sequence[RedactionArea],
        out: Path,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> RedactionOutcome:
        from ..digitise.redact import redact

        result = redact(source, areas, out, progress=progress, cancelled=cancelled)
        return RedactionOutcome(result.page_count, result.sha256, result.areas)


class ProvisionPackageWriter:
    def check(self, method: ProvisionMethod, destination: Path) -> None:
        from ..exports.provision_package import check_destination

        check_destination(method, destination)

    def write(
        self,
        method: ProvisionMethod,
        destination: Path,
        files: Sequence[PackageFile],
        *,
        when: datetime,
        title: str = "",
        message: PackageMessage | None = None,
    ) -> WrittenPackage:
        from ..exports.provision_package import write_package

        return write_package(method, destination, files, when=when, title=title, message=message)
