"""Every place a phrase occurs in a PDF's text layer, as areas to redact.

Matching ignores case and accents (đ folds to d, as in search everywhere in the app) and whole words are
matched, so that "An" does not mark the middle of "Toàn". A match that runs over a line break gives one area
per line. A scan without a text layer has nothing to find (OCR text has no positions here).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..domain.errors import ValidationError
from ..domain.redaction_area import RedactionArea
from ..domain.text import fold
from .errors import DigitiseError
from .render import is_pdf, load_page, open_pdf

# Around each found box, so that a glyph's edges and stacked Vietnamese accents are not left showing.
PAD_PT = 1.0
_MAX_PHRASE = 500

Box = tuple[float, float, float, float]  # left, top, right, bottom, from the page's top-left corner


def find_phrase(path: Path | str, phrase: str, *, ground: str = "") -> list[RedactionArea]:
    """All occurrences of ``phrase`` in the file, in page order, each as an area carrying ``ground``."""
    wanted = fold(phrase)
    if not wanted or not any(ch.isalnum() for ch in wanted):
        raise ValidationError.single("phrase", "cụm từ cần tìm phải có ít nhất một chữ hoặc số.")
    if len(wanted) > _MAX_PHRASE:
        raise ValidationError.single("phrase", f"cụm từ cần tìm dài quá {_MAX_PHRASE} ký tự.")
    if not is_pdf(path):
        return []
    found: list[RedactionArea] = []
    with open_pdf(path) as doc:
        for index0 in range(len(doc)):
            page = load_page(doc, index0)
            try:
                for box in _page_matches(page, wanted):
                    found.append(RedactionArea(index0 + 1, *box, ground=ground))
            finally:
                page.close()
    return found


def _page_matches(page: pdfium.PdfPage, wanted: str) -> list[Box]:
    try:
        textpage = page.get_textpage()
    except pdfium.PdfiumError as exc:
        raise DigitiseError("Không đọc được lớp chữ của một trang trong tệp.") from exc
    try:
        folded, owner = _folded_chars(textpage)
        if wanted not in folded:
            return []
        to_top_left = _transform(page)
        boxes: list[Box] = []
        start = folded.find(wanted)
        while start >= 0:
            end = start + len(wanted)
            if _whole_word(folded, start, end):
                chars = sorted(set(owner[start:end]))
                char_boxes = [to_top_left(textpage.get_charbox(i, loose=True)) for i in chars]
                boxes.extend(_padded(b, page.get_size()) for b in _lines(char_boxes))
                start = folded.find(wanted, end)
            else:
                start = folded.find(wanted, start + 1)
        return boxes
    finally:
        textpage.close()


def _folded_chars(textpage: pdfium.PdfTextPage) -> tuple[str, list[int]]:
    """The page's text folded as ``fold`` folds a query (spaces collapsed), and for each folded character
    the index of the page character it came from. Characters pdfium generated (line ends) count as spaces."""
    out: list[str] = []
    owner: list[int] = []
    for i in range(textpage.count_chars()):
        code = pdfium_c.FPDFText_GetUnicode(textpage.raw, i)
        ch = chr(code) if 0 < code < 0x110000 else " "
        generated = pdfium_c.FPDFText_IsGenerated(textpage.raw, i) == 1
        if generated or ch.isspace() or unicodedata.category(ch) in {"Cc", "Cf", "Zl", "Zp"}:
            if out and out[-1] != " ":
                out.append(" ")
                owner.append(i)
            continue
        for f in fold(ch):
            out.append(f)
            owner.append(i)
    return "".join(out), owner


def _whole_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() and text[start].isalnum()) and not (
        after.isalnum() and text[end - 1].isalnum()
    )


def _transform(page: pdfium.PdfPage) -> Callable[[Sequence[float]], Box]:
    """PDF user space (origin bottom-left of the media box) to points from the shown page's top-left corner,
    the crop box and the page's rotation applied."""
    left, bottom, right, top = page.get_cropbox()
    width, height = right - left, top - bottom
    rotation = page.get_rotation() % 360

    def point(x: float, y: float) -> tuple[float, float]:
        u, v = x - left, top - y
        if rotation == 90:
            return height - v, u
        if rotation == 180:
            return width - u, height - v
        if rotation == 270:
            return v, width - u
        return u, v

    def box(charbox: Sequence[float]) -> Box:
        left_, bottom_, right_, top_ = charbox
        (ax, ay), (bx, by) = point(left_, top_), point(right_, bottom_)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)

    return box


def _lines(boxes: list[Box]) -> list[Box]:
    """The characters' boxes joined into one box per line (a new line where they stop overlapping in height)."""
    lines: list[Box] = []
    for b in boxes:
        if b[2] - b[0] <= 0 and b[3] - b[1] <= 0:
            continue  # a space with no box
        if lines:
            cur = lines[-1]
            overlap = min(cur[3], b[3]) - max(cur[1], b[1])
            if overlap > 0.5 * min(cur[3] - cur[1], b[3] - b[1]):
                lines[-1] = (min(cur[0], b[0]), min(cur[1], b[1]), max(cur[2], b[2]), max(cur[3], b[3]))
                continue
        lines.append(b)
    return lines


def _padded(b: Box, size: tuple[float, float]) -> Box:
    width, height = size
    return (
        max(0.0, b[0] - PAD_PT),
        max(0.0, b[1] - PAD_PT),
        min(width, b[2] + PAD_PT),
        min(height, b[3] + PAD_PT),
    )
