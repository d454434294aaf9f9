"""Reading a rendered Decree 30 PDF back (pdfplumber, pypdf) for the renderer's tests."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pdfplumber
from pypdf import PdfReader

MM = 72 / 25.4
PAGE_W, PAGE_H = 595.2756, 841.8898
LEFT, RIGHT, TOP, BOTTOM = 30 * MM, 15 * MM, 20 * MM, 20 * MM
EPS = 0.5  # pt


@dataclass
class Page:
    text: str  # pdfplumber's text, lines kept
    chars: list[dict]
    lines: list[dict]
    rects: list[dict]
    words: list[dict]
    width: float
    height: float

    def body_chars(self) -> list[dict]:
        """Characters below the top margin (the page number lives in it)."""
        return [c for c in self.chars if c["top"] >= TOP - EPS]

    def margin_chars(self) -> list[dict]:
        return [c for c in self.chars if c["top"] < TOP - EPS]


def read(pdf: bytes) -> list[Page]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [Page(p.extract_text() or "", list(p.chars), list(p.lines), list(p.rects),
                     p.extract_words(), float(p.width), float(p.height)) for p in doc.pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def all_text(pages: list[Page]) -> str:
    return flat(" ".join(p.text for p in pages))


def unembedded_fonts(pdf: bytes) -> list[str]:
    """Names of fonts used on any page that carry no font file."""
    missing = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            face = descendants.get_object()[0].get_object() if descendants else font
            descriptor = face.get("/FontDescriptor")
            desc = descriptor.get_object() if descriptor else {}
            if not any(key in desc for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.append(str(font.get("/BaseFont")))
    return missing


def outside_the_frame(page: Page) -> list[str]:
    """Every character, line or rule outside the text frame, except the page number centred in the top
    margin."""
    stray = []
    for c in page.chars:
        in_top_margin = c["bottom"] <= TOP + EPS and c["top"] >= 0
        if in_top_margin and c["text"].isdigit():
            continue
        if not (c["x0"] >= LEFT - EPS and c["x1"] <= PAGE_W - RIGHT + EPS
                and c["top"] >= TOP - EPS and c["bottom"] <= PAGE_H - BOTTOM + EPS):
            stray.append(f"char {c['text']!r} at {c['x0']:.1f},{c['top']:.1f}")
    for ln in page.lines + page.rects:
        if not (ln["x0"] >= LEFT - EPS and ln["x1"] <= PAGE_W - RIGHT + EPS
                and ln["top"] >= TOP - EPS and ln["bottom"] <= PAGE_H - BOTTOM + EPS):
            stray.append(f"{ln['object_type']} at {ln['x0']:.1f},{ln['top']:.1f}")
    return stray
