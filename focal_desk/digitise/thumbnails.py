"""A page's thumbnail as PNG bytes, for the file's page strip."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from .errors import DigitiseError
from .render import is_pdf, load_page, open_pdf, page_size, render_page

_MIN_DPI = 4.0


def thumbnail_png(path: Path | str, index0: int, max_px: int = 200) -> bytes:
    """Page ``index0`` (from 0) fitted in a ``max_px`` square, as PNG. Rendered near the final size (not a
    full page scaled down), so a strip of 200 pages is quick."""
    if not (isinstance(max_px, int) and 8 <= max_px <= 2000):
        raise DigitiseError(f"Cỡ ảnh thu nhỏ {max_px} không hợp lệ (từ 8 đến 2000 điểm ảnh).")
    img = _pdf_thumbnail(path, index0, max_px) if is_pdf(path) else _image_thumbnail(path, index0, max_px)
    img.thumbnail((max_px, max_px), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def _dpi_for(size: tuple[float, float], max_px: int) -> float:
    return max(_MIN_DPI, 72.0 * max_px / max(size[0], size[1], 1.0))


def _pdf_thumbnail(path: Path | str, index0: int, max_px: int) -> Image.Image:
    with open_pdf(path) as doc:  # opened once: page size and rendering
        if not (isinstance(index0, int) and 0 <= index0 < len(doc)):
            raise DigitiseError(f"Không có trang {index0 + 1}: tệp có {len(doc)} trang.")
        page = load_page(doc, index0)
        try:
            scale = _dpi_for(page.get_size(), max_px) / 72.0
            try:
                return page.render(scale=scale, rev_byteorder=True).to_pil().convert("RGB")
            except Exception as exc:  # pdfium's errors are not typed
                raise DigitiseError(f"Không vẽ được trang {index0 + 1} của tệp {Path(path).name}.") from exc
        finally:
            page.close()


def _image_thumbnail(path: Path | str, index0: int, max_px: int) -> Image.Image:
    return render_page(path, index0, _dpi_for(page_size(path, index0), max_px))
