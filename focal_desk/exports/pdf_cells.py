"""Log-book entries → the lines each cell prints: wrapped to the column (a word longer than the column is
broken), characters the font lacks replaced (as the documents do), an entry taller than MAX_LINES split
into continuation rows so that a row never outgrows a page."""

from __future__ import annotations

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..documents.decree30_text import clean
from ..documents.fonts import BOLD, REGULAR
from ..domain.log_book import LogBookEntry
from .pdf_geometry import CELL_SIZE, MAX_LINES, PAD_X, PDF_COLUMNS

Cells = tuple[tuple[str, ...], ...]  # per column, its lines


def printable(text: str, covered: frozenset[int]) -> str:
    """``clean`` (NFC, controls out, missing glyphs as "�"), skipped for the usual text that needs none."""
    if text.isprintable() and covered.issuperset(map(ord, text)):
        return text
    return clean(text)


_widths: dict[str, float] = {}  # word → width at the cell size (words repeat: "đất", "năm", dates …)
MAX_CACHED = 200_000


def text_width(word: str) -> float:
    w = _widths.get(word)
    if w is None:
        if len(_widths) > MAX_CACHED:
            _widths.clear()
        w = _widths[word] = stringWidth(word, REGULAR, CELL_SIZE)
    return w


def _break_long(word: str, width: float) -> list[str]:
    out, current = [], ""
    for ch in word:
        if current and text_width(current + ch) > width:
            out.append(current)
            current = ch
        else:
            current += ch
    return [*out, current]


def wrap(text: str, width: float, covered: frozenset[int]) -> list[str]:
    """Greedy, word by word (a TTF line is as wide as its words and spaces: no kerning), as reportlab's
    simpleSplit would break it, with a word wider than the column broken between characters."""
    lines: list[str] = []
    space = text_width(" ")
    for paragraph in printable(text, covered).split("\n"):
        current: list[str] = []
        used = 0.0
        for word in paragraph.split(" "):
            w = text_width(word)
            if w > width:
                pieces = _break_long(word, width)
                if current:
                    lines.append(" ".join(current))
                lines += pieces[:-1]
                current, used = [pieces[-1]], text_width(pieces[-1])
            elif current and used + space + w > width:
                lines.append(" ".join(current))
                current, used = [word], w
            else:
                used = used + space + w if current else w
                current.append(word)
        lines.append(" ".join(current))
    return lines


def requester_text(e: LogBookEntry) -> str:
    parts = [e.requester_name]
    if e.on_behalf_of:
        parts.append(f"Thay mặt: {e.on_behalf_of}")
    if e.id_number:
        parts.append(f"Giấy tờ: {e.id_number}")
    if e.address:
        parts.append(e.address)
    contact = " · ".join(x for x in (f"ĐT: {e.phone}" if e.phone else "", e.email) if x)
    if contact:
        parts.append(contact)
    return "\n".join(parts)


def entry_texts(e: LogBookEntry) -> tuple[str, ...]:
    outcome = e.status.label_vi + (f"\nngày {e.closed_on:%d/%m/%Y}" if e.closed_on else "")
    return (
        e.register_number,
        f"{e.received_at:%d/%m/%Y}\n{e.received_at:%H:%M}",
        e.channel.label_vi,
        requester_text(e),
        e.info_requested,
        e.provision_form.label_vi + (f" ({e.copies} bản)" if e.copies > 1 else ""),
        f"{e.answer_due:%d/%m/%Y}" if e.answer_due else "",
        outcome,
        e.papers_text,
        e.notes,
    )


def header_cells() -> tuple[Cells, int]:
    """The heading row, in bold (measured in bold: reportlab's splitter, it is wrapped once)."""
    wrapped = [tuple(simpleSplit(c.header, BOLD, CELL_SIZE, c.width - 2 * PAD_X)) for c in PDF_COLUMNS]
    return tuple(wrapped), max(map(len, wrapped))


def entry_rows(e: LogBookEntry, covered: frozenset[int]) -> list[tuple[Cells, int]]:
    """The printed rows of one entry (usually one) with their line counts."""
    wrapped = [wrap(text, c.width - 2 * PAD_X, covered) for text, c in zip(entry_texts(e), PDF_COLUMNS, strict=True)]
    height = max(map(len, wrapped))
    rows = []
    for start in range(0, height, MAX_LINES):
        part = tuple(tuple(w[start : start + MAX_LINES]) for w in wrapped)
        rows.append((part, max(1, max(map(len, part)))))
    return rows
