"""Side-by-side columns for the heading and the closing: rows of cells, each cell a list of flowables stacked
top down, each row as tall as its tallest cell, first baselines level across a row. Lighter than a Table
(which wraps list cells again to draw them)."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import getAscent
from reportlab.platypus import Flowable

from .decree30_styles import TEXT_HEIGHT

Row = tuple[list[Flowable], ...]


def _first_ascent(cell: list[Flowable]) -> float:
    """How far below the cell's top its first baseline falls (a paragraph's, ruled or not)."""
    style = getattr(cell[0], "style", None) if cell else None
    return float(getAscent(style.fontName, style.fontSize)) if style is not None else 0.0


class Columns(Flowable):
    def __init__(self, rows: list[Row], widths: tuple[float, ...], row_gap: float = 0.0) -> None:
        super().__init__()
        self.rows = rows
        self.widths = widths
        self.row_gap = row_gap
        self.width: float = 0.0
        self.height: float = 0.0
        self._placed: list[tuple[Flowable, float, float]] = []  # flowable, x, its bottom from the top

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._placed = []
        top = 0.0
        for row in self.rows:
            if not any(row):
                continue
            if top:
                top += self.row_gap
            ascents = [_first_ascent(cell) for cell in row]
            row_height = x = 0.0
            for width, cell, ascent in zip(self.widths, row, ascents, strict=True):
                y = max(ascents) - ascent  # e.g. "Số: …" (13 pt) level with the date line (14 pt)
                for n, flowable in enumerate(cell):
                    if n:
                        y += flowable.getSpaceBefore()
                    _, h = flowable.wrap(width, avail_height)
                    self._placed.append((flowable, x, top + y + h))
                    y += h
                row_height = max(row_height, y)
                x += width
            top += row_height
        self.width, self.height = sum(self.widths), top
        return self.width, self.height

    def draw(self) -> None:
        for flowable, x, bottom in self._placed:
            flowable.drawOn(self.canv, x, self.height - bottom)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Whole or not at all — except when taller than an empty page (a Nơi nhận list of a hundred
        lines): then the cells follow one another, so nothing is ever clipped."""
        if avail_height < TEXT_HEIGHT - 1 or self.wrap(avail_width, avail_height)[1] <= avail_height:
            return []
        return [flowable for row in self.rows for cell in row for flowable in cell]
