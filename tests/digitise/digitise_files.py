"""Real files for the digitise tests, made here: PDFs with a Vietnamese text layer (reportlab + Tinos), PDFs
without one (a page image wrapped by img2pdf), and multi-page TIFF scans drawn with Pillow."""

from __future__ import annotations

import io
from pathlib import Path

import img2pdf
import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "Tinos-Regular.ttf"
A4 = (595.2756, 841.8898)
_FACE = "DigitiseTinos"


def _register() -> None:
    if _FACE not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_FACE, str(FONT)))


def text_pdf(
    path: Path, pages: list[list[str]], *, size: float = 20, sizes: list[tuple[float, float]] | None = None
) -> Path:
    """One page per list of lines, each line drawn at x = 72 pt, the first baseline 100 pt below the top and
    the next ones 40 pt apart (so a line i's baseline is at 100 + 40 i points from the top)."""
    _register()
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for n, lines in enumerate(pages):
        width, height = sizes[n] if sizes else A4
        c.setPageSize((width, height))
        c.setFont(_FACE, size)
        for i, line in enumerate(lines):
            c.drawString(72, height - 100 - 40 * i, line)
        c.showPage()
    c.save()
    return path


def page_image(
    lines: list[str], *, dpi: int = 300, size_pt: tuple[float, float] = A4, font_pt: float = 20
) -> Image.Image:
    """A scanned page: white, black Vietnamese text at the same places as text_pdf puts it."""
    scale = dpi / 72
    img = Image.new("L", (round(size_pt[0] * scale), round(size_pt[1] * scale)), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT), round(font_pt * scale))
    for i, line in enumerate(lines):
        draw.text((72 * scale, (100 + 40 * i) * scale), line, font=font, fill=0, anchor="ls")
    return img


def tiff_scan(path: Path, pages: list[list[str]], *, dpi: int = 200) -> Path:
    images = [page_image(lines, dpi=dpi) for lines in pages]
    images[0].save(
        path, format="TIFF", save_all=True, append_images=images[1:], dpi=(dpi, dpi), compression="tiff_lzw"
    )
    return path


def image_pdf(path: Path, pages: list[list[str]], *, dpi: int = 200) -> Path:
    """A PDF of page images only (what a scanner writes): no text layer."""
    blobs = []
    for lines in pages:
        buf = io.BytesIO()
        page_image(lines, dpi=dpi).save(buf, format="PNG", dpi=(dpi, dpi))
        blobs.append(buf.getvalue())
    path.write_bytes(img2pdf.convert(blobs))
    return path


def _ocr_reason() -> str | None:
    from focal_desk.digitise.ocr import ocr_unavailable_reason

    return ocr_unavailable_reason()


OCR_MISSING = _ocr_reason()
needs_ocr = pytest.mark.skipif(
    OCR_MISSING is not None, reason=f"Tesseract with Vietnamese data is not installed: {OCR_MISSING}"
)
