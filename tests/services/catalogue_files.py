"""Real files for the catalogue tests: PDFs with a Vietnamese text layer (reportlab, the bundled Tinos),
PDFs without one, PNG and multi-page TIFF scans (Pillow)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from focal_desk.documents.fonts import REGULAR, serif_family


def text_pdf(path: Path, pages: list[str]) -> Path:
    serif_family()
    c = canvas.Canvas(str(path), pagesize=A4)
    for text in pages:
        c.setFont(REGULAR, 13)
        c.drawString(72, 760, text)
        c.showPage()
    c.save()
    return path


def image_pdf(path: Path, pages: int = 2) -> Path:
    """A scan saved as PDF: pages that are only pictures, no text layer."""
    images = [Image.new("RGB", (300, 400), (255, 255, 250 - i)) for i in range(pages)]
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=72)
    return path


def png(path: Path, shade: int = 200) -> Path:
    Image.new("RGB", (120, 80), (shade, shade, shade)).save(path, "PNG")
    return path


def tiff(path: Path, pages: int = 3) -> Path:
    images = [Image.new("L", (200, 280), 255 - 10 * i) for i in range(pages)]
    images[0].save(path, "TIFF", save_all=True, append_images=images[1:], compression="tiff_deflate")
    return path
