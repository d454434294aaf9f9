"""A page's thumbnail as PNG bytes, for the file's page strip."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from .errors import DigitiseError
from .render import page_size, render_page

_MIN_DPI = 4.0


def thumbnail_png(path: Path | str, index0: int, max_px: int = 200) -> bytes:
    """Page ``index0`` (from 0) fitted in a ``max_px`` square, as PNG. Rendered near the final size (not a
    full page scaled down), so a strip of 200 pages is quick."""
    if not (isinstance(max_px, int) and 8 <= max_px <= 2000):
        raise DigitiseError(f"Cỡ ảnh thu nhỏ {max_px} không hợp lệ (từ 8 đến 2000 điểm ảnh).")
    width, height = page_size(path, index0)
    dpi = max(_MIN_DPI, 72.0 * max_px / max(width, height, 1.0))
    img = render_page(path, index0, dpi)
    img.thumbnail((max_px, max_px), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()
