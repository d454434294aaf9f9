"""Pages of a digitised file as images: PDF through pypdfium2, PNG/JPEG/TIFF (multi-page) through Pillow.

Sizes are in PDF points (1/72 inch). An image page is sized from the resolution it carries, 300 dpi when it
carries none (what office scanners default to), so that a scan and its redacted PDF line up.
"""

from __future__ import annotations

import math
import os
import stat
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageSequence, UnidentifiedImageError

from .errors import DigitiseError

DEFAULT_IMAGE_DPI = 300.0
MAX_DPI = 1200
# A rendered page larger than this many pixels is drawn at a lower resolution: a poster-size page at
# 300 dpi would need gigabytes.
MAX_PIXELS = 80_000_000
_PDF_MAGIC = b"%PDF-"


def is_pdf(path: Path | str) -> bool:
    """By its first bytes, as PDF readers do (the header may follow a little junk)."""
    try:
        if _special(os.stat(path).st_mode):  # a pipe would be waited on for ever, a device read without end
            raise DigitiseError(f"Tệp {Path(path).name} không phải tệp thường (thiết bị, đường ống …).")
        with open(path, "rb") as f:
            head = f.read(1024)
    except OSError as exc:
        raise DigitiseError(f"Không đọc được tệp {Path(path).name}: {_os_reason(exc)}.") from exc
    return _PDF_MAGIC in head


def _special(mode: int) -> bool:
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))  # a folder: said so when opened


def page_count(path: Path | str) -> int:
    if is_pdf(path):
        with open_pdf(path) as doc:
            return len(doc)
    with open_image(path) as img:
        return _frames(img)


def page_sizes(path: Path | str) -> list[tuple[float, float]]:
    """Each page's (width, height) in points, as shown (a PDF page's rotation applied)."""
    if is_pdf(path):
        with open_pdf(path) as doc:
            return [_pdf_page_size(doc, i) for i in range(len(doc))]
    with open_image(path) as img:
        sizes = []
        for frame in ImageSequence.Iterator(img):
            dpi_x, dpi_y = image_dpi(frame)
            sizes.append((frame.width * 72.0 / dpi_x, frame.height * 72.0 / dpi_y))
        return sizes


def page_size(path: Path | str, index0: int) -> tuple[float, float]:
    """One page's (width, height) in points, without reading the others."""
    if is_pdf(path):
        with open_pdf(path) as doc:
            _check_index(index0, len(doc))
            return _pdf_page_size(doc, index0)
    with open_image(path) as img:
        _check_index(index0, _frames(img))
        img.seek(index0)
        dpi_x, dpi_y = image_dpi(img)
        return img.width * 72.0 / dpi_x, img.height * 72.0 / dpi_y


def render_page(path: Path | str, index0: int, dpi: float) -> Image.Image:
    """Page ``index0`` (from 0) as an RGB image at ``dpi`` (lowered for huge pages, see MAX_PIXELS)."""
    if not (isinstance(dpi, int | float) and math.isfinite(dpi) and 0 < dpi <= MAX_DPI):
        raise DigitiseError(f"Độ phân giải {dpi} không hợp lệ (từ 1 đến {MAX_DPI} dpi).")
    if is_pdf(path):
        with open_pdf(path) as doc:
            _check_index(index0, len(doc))
            page = load_page(doc, index0)
            try:
                width, height = page.get_size()
                scale = fit_scale(width, height, dpi / 72.0)
                try:
                    bitmap = page.render(scale=scale, may_draw_forms=True)
                except pdfium.PdfiumError as exc:
                    raise DigitiseError(
                        f"Không vẽ được trang {index0 + 1} của tệp {Path(path).name}."
                    ) from exc
                return bitmap.to_pil().convert("RGB")
            finally:
                page.close()
    with open_image(path) as img:
        _check_index(index0, _frames(img))
        img.seek(index0)
        dpi_x, dpi_y = image_dpi(img)
        want = (img.width * 72.0 / dpi_x, img.height * 72.0 / dpi_y)
        scale = fit_scale(*want, dpi / 72.0)
        size = (max(1, round(want[0] * scale)), max(1, round(want[1] * scale)))
        try:
            frame = img.convert("RGB")
            return frame if frame.size == size else frame.resize(size, Image.Resampling.BILINEAR)
        except (OSError, ValueError) as exc:
            raise _damaged(path) from exc


def image_dpi(img: Image.Image) -> tuple[float, float]:
    """The resolution an image carries; 300 dpi when absent or absurd (a 1-dpi JFIF header is common)."""
    raw = img.info.get("dpi")
    try:
        x, y = (float(v) for v in raw) if raw else (0.0, 0.0)
    except (TypeError, ValueError):
        x = y = 0.0
    ok = [v if math.isfinite(v) and 50 <= v <= 4800 else DEFAULT_IMAGE_DPI for v in (x, y)]
    return ok[0], ok[1]


@contextmanager
def open_pdf(path: Path | str) -> Iterator[pdfium.PdfDocument]:
    name = Path(path).name
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise DigitiseError(f"Tệp {name} được đặt mật khẩu: hãy gỡ mật khẩu rồi thêm lại.") from exc
        raise _damaged(path) from exc
    except OSError as exc:
        raise DigitiseError(f"Không đọc được tệp {name}: {_os_reason(exc)}.") from exc
    try:
        if len(doc) == 0:
            raise DigitiseError(f"Tệp {name} không có trang nào.")
        yield doc
    finally:
        doc.close()


@contextmanager
def open_image(path: Path | str) -> Iterator[Image.Image]:
    name = Path(path).name
    try:
        with warnings.catch_warnings():  # Pillow only warns below twice its limit: refused the same
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(path)
    except UnidentifiedImageError as exc:
        raise DigitiseError(f"Tệp {name} không phải PDF hay ảnh PNG, JPEG, TIFF đọc được.") from exc
    except OSError as exc:
        raise DigitiseError(f"Không đọc được tệp {name}: {_os_reason(exc)}.") from exc
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise DigitiseError(f"Ảnh {name} quá lớn để mở an toàn.") from exc
    try:
        if img.format not in {"PNG", "JPEG", "TIFF", "MPO"}:
            raise DigitiseError(f"Tệp {name} không phải PDF hay ảnh PNG, JPEG, TIFF đọc được.")
        yield img
    finally:
        img.close()


def load_page(doc: pdfium.PdfDocument, index0: int) -> pdfium.PdfPage:
    """A page of an open PDF; a page pdfium cannot load is a damaged file, said in one sentence."""
    try:
        return doc[index0]
    except pdfium.PdfiumError as exc:
        raise DigitiseError(f"Trang {index0 + 1} của tệp bị hỏng, không đọc được.") from exc


def _frames(img: Image.Image) -> int:
    return max(1, int(getattr(img, "n_frames", 1)))


def _pdf_page_size(doc: pdfium.PdfDocument, index0: int) -> tuple[float, float]:
    page = load_page(doc, index0)
    try:
        width, height = page.get_size()
        return float(width), float(height)
    finally:
        page.close()


def fit_scale(width_pt: float, height_pt: float, scale: float) -> float:
    pixels = width_pt * scale * height_pt * scale
    return scale if pixels <= MAX_PIXELS else scale * math.sqrt(MAX_PIXELS / pixels)


def _check_index(index0: int, count: int) -> None:
    if not (isinstance(index0, int) and 0 <= index0 < count):
        raise DigitiseError(
            f"Không có trang {index0 + 1 if isinstance(index0, int) else index0}: tệp có {count} trang."
        )


def _damaged(path: Path | str) -> DigitiseError:
    return DigitiseError(f"Tệp {Path(path).name} bị hỏng hoặc không đúng định dạng, không đọc được.")


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "không tìm thấy tệp"
    if isinstance(exc, PermissionError):
        return "không có quyền đọc"
    if isinstance(exc, IsADirectoryError):
        return "đây là thư mục"
    return exc.strerror or "lỗi đọc đĩa"
