"""A filled document, ready to draw: the meeting point of the templates (forms/ → fill) and the Decree 30
renderer. Every string here is plain text as it will print (NFC, not yet escaped for reportlab markup)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class Heading:
    """The two columns at the top (ND30 Phụ lục I)."""

    parent_body: str  # upper case, regular; "" when the issuing body has none
    issuing_body: str  # upper case, bold, short rule under it
    number_line: str  # "Số: 05/TB-UBND"; "Số: ……/TB-UBND" for a preview; "" when the paper has no number
    place_date: str  # "Đạo Trù, ngày 05 tháng 01 năm 2026"; "" for a blank form
    subject_under_number: str = ""  # a công văn's "V/v …" line, under the number


class BlockStyle(StrEnum):
    BODY = "body"  # justified, first-line indent
    PLAIN = "plain"  # justified, no indent (field lines "Họ và tên: …")
    CENTRED = "centred"
    HEADING = "heading"  # bold, left, no indent (a numbered section title)
    NOTE = "note"  # italic, smaller (guidance under a form)


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: BlockStyle = BlockStyle.BODY


@dataclass(frozen=True)
class Table:
    """A ruled table (01b members, 03 fee lines). ``widths`` are fractions of the text width, summing to 1."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    numeric_columns: tuple[int, ...] = ()  # right-aligned


@dataclass(frozen=True)
class ChartSeries:
    name: str  # the legend entry ("" for a chart with one series)
    values: tuple[float, ...]  # one per category


@dataclass(frozen=True)
class BarChart:
    """A simple bar chart (a report's figures at a glance), drawn with reportlab graphics, each bar labelled
    with its value. Grouped bars when there are several series; ``horizontal`` for long category names."""

    caption: str  # printed above the chart
    categories: tuple[str, ...]
    series: tuple[ChartSeries, ...]
    horizontal: bool = False


Block = Paragraph | Table | BarChart


@dataclass(frozen=True)
class Signer:
    """Bottom right. For the agency: authority ("TM. ỦY BAN NHÂN DÂN"), title ("CHỦ TỊCH"), name.
    For a form the requester signs: title "NGƯỜI YÊU CẦU", hint "(Ký, ghi rõ họ tên)", name maybe empty."""

    authority: str
    title: str
    name: str
    hint: str = ""  # italic line under the title


@dataclass(frozen=True)
class DocumentLayout:
    heading: Heading
    type_line: str  # "THÔNG BÁO", "PHIẾU TIẾP NHẬN …"; "" for a công văn
    subject: str  # bold line under the type ("Về việc …"); "" when none
    blocks: tuple[Block, ...]
    signer: Signer
    recipients: tuple[str, ...]  # "Nơi nhận:" lines (each starts "- "); () prints no Nơi nhận
    title: str  # PDF metadata title
    left_signer: Signer | None = None  # a second signature on the left (the receiving officer on Mẫu 02)
