"""The entries' ruled table as one flowable that splits between rows and prints the heading row at the top
of every part (so on every page). Lighter than a reportlab Table: the rows arrive wrapped, their heights
known; a page break only finds how many rows fit (prefix sums) and the drawing is one text object and one
set of rules per page."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from itertools import accumulate

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from ..documents.fonts import BOLD, REGULAR
from .pdf_cells import Cells
from .pdf_geometry import CELL_LEADING, CELL_SIZE, PAD_X, PAD_Y, PDF_COLUMNS, RULE

ASCENT = 0.891 * CELL_SIZE  # Tinos (Times metrics): first baseline this far below the padding


def row_height(lines: int) -> float:
    return lines * CELL_LEADING + 2 * PAD_Y


class RowsTable(Flowable):
    """Rows ``start`` … ``end`` (excluded) of the shared lists, under the heading row."""

    def __init__(self, header: Cells, rows: Sequence[Cells], heights: Sequence[float], *,
                 start: int = 0, end: int | None = None, tops: list[float] | None = None,
                 on_drawn: Callable[[int], None] | None = None) -> None:
        super().__init__()
        self.header = header
        self.header_height = row_height(max(map(len, header)))
        self.rows = rows
        self.heights = heights
        self.start = start
        self.end = len(rows) if end is None else end
        self.tops = tops if tops is not None else [0.0, *accumulate(heights)]  # tops[i]: height above row i
        self.on_drawn = on_drawn
        self.width = sum(c.width for c in PDF_COLUMNS)
        self.height = self.header_height + self.tops[self.end] - self.tops[self.start]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _part(self, start: int, end: int) -> RowsTable:
        return RowsTable(self.header, self.rows, self.heights, start=start, end=end, tops=self.tops,
                         on_drawn=self.on_drawn)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self.header_height
        # the last row whose bottom fits: tops[k] - tops[start] <= room
        k = bisect.bisect_right(self.tops, self.tops[self.start] + room, lo=self.start) - 1
        if k <= self.start:
            return []  # not even one row here: the whole table moves to the next page
        return [self._part(self.start, k), self._part(k, self.end)]

    def draw(self) -> None:
        canv = self.canv
        xs = [0.0, *accumulate(c.width for c in PDF_COLUMNS)]
        top = self.height
        y = top
        bounds = [top]
        y -= self.header_height
        bounds.append(y)
        for i in range(self.start, self.end):
            y -= self.heights[i]
            bounds.append(y)
        canv.saveState()
        canv.setLineWidth(RULE)
        canv.lines([(0, b, self.width, b) for b in bounds] + [(x, top, x, 0) for x in xs])
        text = canv.beginText()
        self._cells(text, self.header, top, xs, BOLD, centred_all=True, middle=self.header_height)
        text.setFont(REGULAR, CELL_SIZE, CELL_LEADING)
        row_top = bounds[1]
        for i in range(self.start, self.end):
            self._cells(text, self.rows[i], row_top, xs, None)
            row_top -= self.heights[i]
        canv.drawText(text)
        canv.restoreState()
        if self.on_drawn is not None:
            self.on_drawn(self.end)

    @staticmethod
    def _cells(text, cells: Cells, row_top: float, xs: list[float], font: str | None, *,
               centred_all: bool = False, middle: float = 0.0) -> None:
        if font is not None:
            text.setFont(font, CELL_SIZE, CELL_LEADING)
        for col, lines in enumerate(cells):
            column = PDF_COLUMNS[col]
            left = xs[col] + PAD_X
            inner = column.width - 2 * PAD_X
            y = row_top - PAD_Y - ASCENT
            if middle:  # the heading row: its lines centred vertically
                y -= (middle - row_height(len(lines))) / 2
            for line in lines:
                if line:
                    x = left
                    if centred_all or column.centred:
                        x += (inner - stringWidth(line, font or REGULAR, CELL_SIZE)) / 2
                    text.setTextOrigin(x, y)
                    text.textOut(line)
                y -= CELL_LEADING
