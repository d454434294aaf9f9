"""The two-column heading of Decree 30 (agency left, Quốc hiệu and Tiêu ngữ right) and the ruled lines:
the short rule under the issuing body and the subject, the Tiêu ngữ underlined exactly its own width."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from .decree30_columns import Columns
from .decree30_styles import HEADING_LEFT_WIDTH, TEXT_WIDTH, Decree30Styles
from .decree30_text import clean, markup
from .layout import Heading

NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
ROW_GAP = 4  # pt: the issuing body's rule clears the number
UNIT_WORDS = frozenset({"XÃ", "PHƯỜNG", "THỊ", "HUYỆN", "QUẬN", "THÀNH", "TỈNH", "ĐẶC"})  # THỊ TRẤN/XÃ, THÀNH PHỐ, ĐẶC KHU
RULE_WIDTH = 0.6  # pt
RULE_GAP = 4.5  # pt between the text's last line box and its rule: clears descenders and dots below (ạ, ệ)


class RuledParagraph(Flowable):
    """A centred paragraph with a horizontal rule under it, ``fraction`` of its widest line long, centred
    (0: no rule). A paragraph that wraps is balanced: wrapped at the narrowest width that keeps its number of
    lines, so a long agency name breaks "ỦY BAN NHÂN DÂN / XÃ ĐẠO TRÙ", not leaving one word alone."""

    def __init__(self, text: str, style: ParagraphStyle, fraction: float) -> None:
        super().__init__()
        self.width: float = 0.0
        self.height: float = 0.0
        self.text = clean(text)
        self.style = style
        self.paragraph = Paragraph(markup(text), style)
        self.fraction = fraction
        self.rule_length = 0.0
        self._para_width = 0.0
        self._para_height = 0.0

    def _lines(self, width: float) -> int:
        """Lines at ``width`` — by reportlab's plain splitter (the text has one font), far cheaper than
        wrapping the paragraph at each step of the search."""
        font, size = self.style.fontName, self.style.fontSize
        return sum(len(simpleSplit(part, font, size, width)) or 1 for part in self.text.split("\n"))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if avail_width == self.width and self.height:  # tables wrap their cells more than once
            return self.width, self.height
        self.width = avail_width
        lines = self._lines(avail_width)
        low, high = avail_width / max(lines, 1), avail_width
        if lines > 1:
            while high - low > 1:  # points; a handful of wraps
                middle = (low + high) / 2
                if self._lines(middle) > lines:
                    low = middle
                else:
                    high = middle
        self._para_width = high
        _, self._para_height = self.paragraph.wrap(high, avail_height)
        widths = self.paragraph.getActualLineWidths0() or [0.0]
        self.rule_length = max(widths) * self.fraction
        self.height = self._para_height + (RULE_GAP + RULE_WIDTH if self.fraction else 0)
        return self.width, self.height

    def draw(self) -> None:
        canv: Canvas = self.canv
        self.paragraph.drawOn(canv, (self.width - self._para_width) / 2, self.height - self._para_height)
        if self.rule_length > 0:
            y = RULE_WIDTH / 2
            x0 = (self.width - self.rule_length) / 2
            canv.saveState()
            canv.setLineWidth(RULE_WIDTH)
            canv.line(x0, y, x0 + self.rule_length, y)
            canv.restoreState()

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return float(self.paragraph.getSpaceBefore())


def break_before_unit(name: str, style: ParagraphStyle, width: float) -> str:
    """An agency name too long for one line breaks where offices break it: before its administrative unit
    ("ỦY BAN NHÂN DÂN / XÃ ĐẠO TRÙ"), when both parts then fit. Otherwise (or if typed with a line break)
    the name is left to wrap."""
    name = clean(name)
    if "\n" in name or stringWidth(name, style.fontName, style.fontSize) <= width:
        return name
    words = name.split(" ")
    for k in range(len(words) - 1, 0, -1):
        if words[k] in UNIT_WORDS:
            head, tail = " ".join(words[:k]), " ".join(words[k:])
            if all(stringWidth(part, style.fontName, style.fontSize) <= width for part in (head, tail)):
                return f"{head}\n{tail}"
    return name


def heading_table(heading: Heading, styles: Decree30Styles) -> Flowable:
    agency: list[Flowable] = []
    if heading.parent_body.strip():
        text = break_before_unit(heading.parent_body, styles.parent_body, HEADING_LEFT_WIDTH)
        agency.append(RuledParagraph(text, styles.parent_body, 0))
    if heading.issuing_body.strip():
        text = break_before_unit(heading.issuing_body, styles.issuing_body, HEADING_LEFT_WIDTH)
        agency.append(RuledParagraph(text, styles.issuing_body, 1 / 3))
    national = [Paragraph(markup(NATIONAL), styles.national), RuledParagraph(MOTTO, styles.motto, 1.0)]
    number: list[Flowable] = []
    if heading.number_line.strip():
        number.append(Paragraph(markup(heading.number_line), styles.number))
    if heading.subject_under_number.strip():
        number.append(Paragraph(markup(heading.subject_under_number), styles.subject_under_number))
    place: list[Flowable] = []
    if heading.place_date.strip():
        place.append(Paragraph(markup(heading.place_date), styles.place_date))
    return Columns([(agency, national), (number, place)], (HEADING_LEFT_WIDTH, TEXT_WIDTH - HEADING_LEFT_WIDTH),
                   row_gap=ROW_GAP)
