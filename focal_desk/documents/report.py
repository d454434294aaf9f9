"""The Báo cáo (Decree 30, symbol BC) on requests for information of a period (ND13 Đ12): the tables of
domain/statistics.py section by section, bar charts, and the officer's difficulties and recommendations.
Built as a DocumentLayout and printed by the Decree 30 renderer like every other paper."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ..domain.agency import AgencyProfile
from ..domain.enums import Channel
from ..domain.statistics import FIGURES_BY_KEY, Section, Statistics, Unit
from .decree30 import render_pdf
from .facts_text import date_line, money, signer_authority
from .layout import (
    BarChart,
    Block,
    BlockStyle,
    ChartSeries,
    DocumentLayout,
    Heading,
    Paragraph,
    Signer,
    Table,
)

TYPE_ABBR = "BC"
NONE_TEXT = "Không có."
DEFAULT_RECIPIENTS = ("- Ủy ban nhân dân cấp trên (để báo cáo);", "- Lưu: VT.")
ROMAN = ("I", "II", "III", "IV")
OUTCOME_KEYS = ("provided", "provided_in_part", "refused", "transferred", "withdrawn", "open_at_end")


@dataclass(frozen=True)
class ReportInput:
    agency: AgencyProfile
    statistics: Statistics  # the whole period
    months: Sequence[Statistics]  # the same figures month by month (charts)
    issued_on: date
    difficulties: str = ""  # free text; a line break starts a new paragraph
    recommendations: str = ""
    number_text: str = ""  # "12/BC-UBND" once numbered; "" prints "Số: …/BC-UBND"
    recipients: tuple[str, ...] = DEFAULT_RECIPIENTS


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def value_text(key: str, value: int) -> str:
    """How the report prints a figure: counts with thousands dots, money in đồng."""
    if FIGURES_BY_KEY[key].unit is Unit.DONG:
        return money(value)
    return f"{value:,}".replace(",", ".")


def _depth(key: str) -> int:
    depth, parent = 0, FIGURES_BY_KEY[key].parent
    while parent is not None:
        depth, parent = depth + 1, FIGURES_BY_KEY[parent].parent
    return depth


def section_table(stats: Statistics, section: Section) -> Table:
    rows, number = [], 0
    for f, value in stats.rows(section):
        depth = _depth(f.key)
        if depth == 0:
            number += 1
        label = f.label_vi if depth == 0 else "\u00a0" * 4 * depth + "- " + f.label_vi
        rows.append((str(number) if depth == 0 else "", label, value_text(f.key, value)))
    return Table(("TT", "Chỉ tiêu", "Số liệu"), tuple(rows), (0.08, 0.70, 0.22), numeric_columns=(2,))


def _month_name(s: Statistics) -> str:
    return f"{s.period.start:%m/%Y}"


def charts(stats: Statistics, months: Sequence[Statistics]) -> list[BarChart]:
    out = []
    if months:
        out.append(BarChart(
            "Biểu đồ 1. Yêu cầu tiếp nhận theo tháng và kênh tiếp nhận",
            tuple(_month_name(m) for m in months),
            tuple(ChartSeries(c.label_vi, tuple(m[f"received.channel.{c.value}"] for m in months)) for c in Channel),
        ))
    out.append(BarChart(
        "Biểu đồ 2. Kết quả giải quyết yêu cầu trong kỳ",
        tuple(FIGURES_BY_KEY[k].label_vi for k in OUTCOME_KEYS),
        (ChartSeries("", tuple(stats[k] for k in OUTCOME_KEYS)),),
        horizontal=True,
    ))
    if months:
        out.append(BarChart(
            "Biểu đồ 3. Giải quyết đúng hạn và quá hạn theo tháng",
            tuple(_month_name(m) for m in months),
            (ChartSeries("Đúng hạn", tuple(m["answered.on_time"] for m in months)),
             ChartSeries("Quá hạn", tuple(m["answered.late"] for m in months))),
        ))
    return out


def _free_text(text: str) -> list[Block]:
    lines = [line.strip() for line in _nfc(text).splitlines() if line.strip()]
    return [Paragraph(line) for line in lines] or [Paragraph(NONE_TEXT)]


def build_report(data: ReportInput) -> DocumentLayout:
    stats, agency = data.statistics, data.agency
    period = stats.period.in_sentence
    blocks: list[Block] = [Paragraph(
        f"Thực hiện Luật Tiếp cận thông tin và Nghị định số 13/2018/NĐ-CP, {_nfc(agency.name)} báo cáo tình "
        f"hình cung cấp thông tin theo yêu cầu {period} như sau:"
    )]
    blocks.append(Paragraph(f"{ROMAN[0]}. KẾT QUẢ CUNG CẤP THÔNG TIN THEO YÊU CẦU", BlockStyle.HEADING))
    for n, section in enumerate(Section, start=1):
        blocks.append(Paragraph(f"{n}. {section.label_vi}", BlockStyle.HEADING))
        blocks.append(section_table(stats, section))
    rate = stats.on_time_rate()
    if rate is not None:
        blocks.append(Paragraph(
            f"Tỷ lệ yêu cầu được giải quyết đúng hạn: {rate * 100:.1f}".replace(".", ",") + " %"
            f" ({value_text('answered.on_time', stats['answered.on_time'])}/"
            f"{value_text('answered', stats['answered'])} yêu cầu đã giải quyết)."
        ))
    blocks += charts(stats, data.months)
    blocks.append(Paragraph(
        "Ghi chú: yêu cầu được tính vào kỳ theo ngày tiếp nhận (số tiếp nhận), ngày hợp lệ (số hợp lệ), ngày "
        "gia hạn và ngày có kết quả (kết quả giải quyết); số chưa giải quyết xong tính tại ngày cuối kỳ.",
        BlockStyle.NOTE,
    ))
    blocks.append(Paragraph(f"{ROMAN[1]}. KHÓ KHĂN, VƯỚNG MẮC", BlockStyle.HEADING))
    blocks += _free_text(data.difficulties)
    blocks.append(Paragraph(f"{ROMAN[2]}. KIẾN NGHỊ, ĐỀ XUẤT", BlockStyle.HEADING))
    blocks += _free_text(data.recommendations)

    symbol = f"{TYPE_ABBR}-{agency.symbol}" if agency.symbol else TYPE_ABBR
    number = f"Số: {data.number_text}" if data.number_text else f"Số: ……/{symbol}"
    return DocumentLayout(
        heading=Heading(
            parent_body=_nfc(agency.parent_body.upper()),
            issuing_body=_nfc(agency.name.upper()),
            number_line=_nfc(number),
            place_date=_nfc(date_line(agency.place_name, data.issued_on)),
        ),
        type_line="BÁO CÁO",
        subject=f"Tình hình cung cấp thông tin theo yêu cầu {period}",
        blocks=tuple(blocks),
        signer=Signer(
            _nfc(signer_authority(agency.authority, agency.name, agency.signer_title)),
            _nfc(f"Q. {agency.signer_title}" if agency.authority == "Q." else agency.signer_title),
            _nfc(agency.signer_name),
        ),
        recipients=tuple(_nfc(r) for r in data.recipients),
        title=f"Báo cáo cung cấp thông tin theo yêu cầu {period}",
    )


def render_report(data: ReportInput) -> bytes:
    return render_pdf(build_report(data))


class ReportRenderer:
    """services.ports.StatisticsReportRenderer."""

    def render_report(
        self, agency: AgencyProfile, statistics: Statistics, months: Sequence[Statistics], issued_on: date,
        difficulties: str, recommendations: str,
    ) -> bytes:
        return render_report(ReportInput(agency, statistics, tuple(months), issued_on, difficulties,
                                         recommendations))
