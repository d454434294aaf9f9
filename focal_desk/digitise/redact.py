"""Redacted copies: the marked areas are gone from the new PDF, not covered.

Every page is rendered to an image, the areas are filled black in that image, and the images are rebuilt
into a PDF with img2pdf at the original page sizes (so an area's coordinates mean the same on both). The
copy has no text layer, fonts, links, forms or metadata of the original: nothing under a black box remains.
The original is only read; the copy is written to a temporary file beside ``out`` and then renamed.
"""

from __future__ import annotations

import hashlib
import io
import math
import os
import stat
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import img2pdf
import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw

from ..domain.errors import ValidationError
from ..domain.redaction_area import RedactionArea, check_areas
from .errors import DigitiseCancelled, DigitiseError
from .phrases import find_phrase
from .render import MAX_DPI, fit_scale, is_pdf, load_page, open_pdf, page_sizes, render_page

JPEG_QUALITY = 80
MIN_PAGE_PT = 3.0  # the smallest page PDF viewers and img2pdf accept
_IN_FLIGHT = 1  # pages waiting for the encoder: bounds memory, keeps progress close to the truth
_PROBE_DPI = 12  # a colour probe: a seal, a photo or a coloured heading shows at this size
_GREY_TOLERANCE = 24  # channel difference below which a pixel counts as grey (JPEG and anti-aliasing noise)

__all__ = ["RedactionArea", "RedactionResult", "check_areas", "find_phrase", "redact"]


@dataclass(frozen=True)
class RedactionResult:
    out: Path
    page_count: int
    sha256: str
    areas: tuple[RedactionArea, ...]


def redact(
    source: Path | str,
    areas: Iterable[RedactionArea],
    out: Path | str,
    *,
    dpi: int = 150,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RedactionResult:
    """Write the redacted copy of ``source`` to ``out`` and return what was written (sha256 of ``out``).

    ``progress(done, total)`` after each page; ``cancelled()`` before each page (DigitiseCancelled, nothing
    written). ``out`` may not be ``source``.
    """
    source, out = Path(source), Path(out)
    if not (isinstance(dpi, int) and 36 <= dpi <= MAX_DPI):
        raise ValidationError.single("dpi", f"độ phân giải {dpi} không hợp lệ (từ 36 đến {MAX_DPI} dpi).")
    if _same_file(source, out):
        raise ValidationError.single("out", "tệp ghi ra phải khác tệp gốc: tệp gốc không bao giờ bị sửa.")
    sizes = page_sizes(source)
    for n, (width, height) in enumerate(sizes, start=1):
        if min(width, height) < MIN_PAGE_PT:  # a PDF page is at least 3 points each way (img2pdf refuses)
            raise DigitiseError(
                f"Tệp {source.name}: trang {n} chỉ {width:.1f} × {height:.1f} điểm, quá nhỏ để dựng thành "
                f"trang PDF (tối thiểu {MIN_PAGE_PT:g} điểm mỗi chiều)."
            )
    checked = check_areas(areas, sizes)
    by_page: dict[int, list[RedactionArea]] = {}
    for area in checked:
        by_page.setdefault(area.page, []).append(area)
    pages = _redacted_pages(source, sizes, by_page, dpi, progress, cancelled)
    pdf = _rebuild(pages, sizes)
    _write_atomically(out, pdf)
    return RedactionResult(
        out=out, page_count=len(sizes), sha256=hashlib.sha256(pdf).hexdigest(), areas=tuple(checked)
    )


def _redacted_pages(
    source: Path,
    sizes: Sequence[tuple[float, float]],
    by_page: dict[int, list[RedactionArea]],
    dpi: int,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> list[bytes]:
    """Each page as JPEG bytes with its areas filled. Pages are rendered here while the previous ones are
    filled and encoded in a second thread (pdfium and Pillow's encoder both release the GIL), so a second
    core hides most of the encoding."""
    total = len(sizes)

    def one(index0: int, image: Image.Image) -> bytes:
        _fill(image, sizes[index0], by_page.get(index0 + 1, ()))
        buf = io.BytesIO()
        image.save(buf, format="JPEG", quality=JPEG_QUALITY, dpi=(dpi, dpi))
        return buf.getvalue()

    done: list[bytes] = []
    pending: deque[Future[bytes]] = deque()

    def collect(keep: int) -> None:
        while len(pending) > keep:
            done.append(pending.popleft().result())
            if progress is not None:
                progress(len(done), total)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="redact-encode") as encoder:
        try:
            for index0, image in _page_images(source, total, dpi, cancelled):
                pending.append(encoder.submit(one, index0, image))
                collect(_IN_FLIGHT)
            collect(0)
        finally:
            for future in pending:
                future.cancel()
    return done


def _page_images(
    source: Path, total: int, dpi: int, cancelled: Callable[[], bool] | None
) -> Iterator[tuple[int, Image.Image]]:
    """The pages rendered in order (a PDF opened once); ``cancelled()`` is asked before each."""

    def check() -> None:
        if cancelled is not None and cancelled():
            raise DigitiseCancelled("Đã dừng tạo bản che theo yêu cầu; chưa ghi tệp nào.")

    if is_pdf(source):
        with open_pdf(source) as doc:
            if len(doc) != total:
                raise DigitiseError(f"Tệp {source.name} vừa bị thay đổi trong khi đang che; hãy làm lại.")
            for index0 in range(total):
                check()
                page = load_page(doc, index0)
                try:
                    image = _pdf_page_image(page, dpi)
                except Exception as exc:  # pdfium's errors are not typed
                    raise DigitiseError(f"Không vẽ được trang {index0 + 1} của tệp {source.name}.") from exc
                finally:
                    page.close()
                yield index0, image
        return
    for index0 in range(total):
        check()
        image = render_page(source, index0, dpi)
        yield index0, image.convert("L") if _looks_grey(image) else image


def _pdf_page_image(page: pdfium.PdfPage, dpi: int) -> Image.Image:
    """The page at ``dpi``: greyscale when a small probe rendering shows no colour (most office papers),
    which halves rendering and encoding; in colour otherwise (a red seal stays red)."""
    width, height = page.get_size()
    probe = page.render(scale=fit_scale(width, height, _PROBE_DPI / 72.0), rev_byteorder=True).to_pil()
    grey = _looks_grey(probe)
    bitmap = page.render(
        scale=fit_scale(width, height, dpi / 72.0),
        may_draw_forms=True,
        grayscale=grey,
        rev_byteorder=not grey,
    )
    image = bitmap.to_pil()
    wanted = "L" if grey else "RGB"
    return image if image.mode == wanted else image.convert(wanted)


def _looks_grey(image: Image.Image) -> bool:
    if image.mode in {"1", "L"}:
        return True
    small = image.convert("RGB")
    if small.width * small.height > 400_000:
        small = small.reduce(max(1, round((small.width * small.height / 400_000) ** 0.5)))
    red, green, blue = small.split()
    for a, b in ((red, green), (green, blue)):
        _low, high = ImageChops.difference(a, b).getextrema()  # one band: (min, max)
        if not isinstance(high, int | float) or high > _GREY_TOLERANCE:
            return False
    return True


def _fill(image: Image.Image, size: tuple[float, float], areas: Iterable[RedactionArea]) -> None:
    sx, sy = image.width / size[0], image.height / size[1]
    draw = ImageDraw.Draw(image)
    for a in areas:
        # outwards to whole pixels: a partly covered pixel is covered
        box = (
            max(0, math.floor(a.x0 * sx)),
            max(0, math.floor(a.y0 * sy)),
            min(image.width, math.ceil(a.x1 * sx)),
            min(image.height, math.ceil(a.y1 * sy)),
        )
        draw.rectangle((box[0], box[1], box[2] - 1, box[3] - 1), fill=0 if image.mode == "L" else (0, 0, 0))


def _rebuild(pages: list[bytes], sizes: Sequence[tuple[float, float]]) -> bytes:
    order = iter(sizes)

    def layout(_w: float, _h: float, _dpi: object) -> tuple[float, float, float, float]:
        width, height = next(order)  # img2pdf asks once per image, in order
        return width, height, width, height

    try:
        return bytes(img2pdf.convert(pages, layout_fun=layout, nodate=True))
    except Exception as exc:  # img2pdf's errors are not typed
        raise DigitiseError("Không dựng lại được tệp PDF đã che.") from exc


def _write_atomically(out: Path, data: bytes) -> None:
    try:
        mode = out.lstat().st_mode
    except OSError:
        mode = stat.S_IFREG  # not there yet
    if stat.S_ISDIR(mode):
        raise DigitiseError(f"{out} là một thư mục: hãy ghi cả tên tệp.")
    if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):  # renaming over a device or a pipe replaces it
        raise DigitiseError(f"{out} không phải tệp thường (thiết bị, đường ống …): hãy chọn tệp khác.")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
    except OSError as exc:
        raise DigitiseError(f"Không ghi được vào thư mục {out.parent}: {exc.strerror or exc}.") from exc
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise DigitiseError(f"Không ghi được tệp {out}: {exc.strerror or exc}.") from exc


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and os.path.samefile(a, b))
    except OSError:
        return False
