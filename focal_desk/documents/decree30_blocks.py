"""The body: paragraphs in their BlockStyle, ruled tables whose header repeats on every page, and bar charts
(a caption kept with its drawing)."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from . import layout
from .decree30_chart import chart_drawing
from .decree30_styles import PARAGRAPH_SPACE, TEXT_WIDTH, Decree30Styles
from .decree30_text import markup
from .fonts import BOLD, REGULAR

GRID_WIDTH = 0.5


def block_flowables(blocks: tuple[layout.Block, ...], styles: Decree30Styles) -> list[Flowable]:
    out: list[Flowable] = []
    previous: layout.Block | None = None
    for block in blocks:
        if isinstance(block, layout.Table):
            space = Spacer(1, PARAGRAPH_SPACE)
            # Under a section title the space keeps the title with the table (the title keeps with it).
            space.keepWithNext = isinstance(previous, layout.Paragraph) and previous.style is layout.BlockStyle.HEADING
            out.append(space)
            out.append(ruled_table(block, styles))
        elif isinstance(block, layout.BarChart):
            caption = Paragraph(markup(block.caption), styles.blocks[layout.BlockStyle.CENTRED])
            out.append(KeepTogether([Spacer(1, PARAGRAPH_SPACE), caption, chart_drawing(block)]))
        else:
            out.append(Paragraph(markup(block.text), styles.blocks[block.style]))
        previous = block
    return out


def ruled_table(table: layout.Table, styles: Decree30Styles) -> Table:
    columns = len(table.header)
    if len(table.widths) != columns or any(len(row) != columns for row in table.rows):
        raise ValueError(f"table with {columns} header cells needs as many widths and cells in every row")
    total = sum(table.widths)
    widths = [TEXT_WIDTH * w / total for w in table.widths]  # tolerate fractions that do not sum to 1 exactly

    def cell(text: str, column: int) -> Paragraph:
        style = styles.cell_numeric if column in table.numeric_columns else styles.cell
        return Paragraph(markup(text), style)

    data = [[Paragraph(markup(text), styles.cell_header) for text in table.header]]
    data += [[cell(text, k) for k, text in enumerate(row)] for row in table.rows]
    ruled = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
    ruled.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), GRID_WIDTH, "black"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # reportlab's cell default is Helvetica: never used
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
    ]))
    return ruled
