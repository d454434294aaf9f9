"""Real files for the catalogue GUI tests: a PDF with a Vietnamese text layer (reportlab + the bundled Tinos)
and a scanned page as PNG (Pillow, Tinos), both made here."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = Path(__file__).resolve().parents[3] / "resources" / "fonts" / "Tinos-Regular.ttf"
A4 = (595.2756, 841.8898)
_FACE = "CatalogueGuiTinos"


def text_pdf(path: Path, pages: list[list[str]]) -> Path:
    if _FACE not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_FACE, str(FONT)))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for lines in pages:
        c.setFont(_FACE, 20)
        for i, line in enumerate(lines):
            c.drawString(72, A4[1] - 100 - 40 * i, line)
        c.showPage()
    c.save()
    return path


def scan_png(path: Path, lines: list[str], dpi: int = 200) -> Path:
    """A scanned A4 page: black Vietnamese text on white, no text layer (only OCR reads it)."""
    scale = dpi / 72
    img = Image.new("L", (round(A4[0] * scale), round(A4[1] * scale)), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT), round(20 * scale))
    for i, line in enumerate(lines):
        draw.text((72 * scale, (100 + 40 * i) * scale), line, font=font, fill=0, anchor="ls")
    img.save(path, "PNG", dpi=(dpi, dpi))
    return path
