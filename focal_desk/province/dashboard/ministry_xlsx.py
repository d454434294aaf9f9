"""The Ministry report as XLSX (openpyxl): heading lines, a bold frozen header, one row per office and the
total row. The total holds plain numbers, not SUM formulas: a reader without a formula engine (openpyxl,
a ministry's import script) would see no value for a formula openpyxl wrote."""

from __future__ import annotations

from datetime import datetime, time
from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from .ministry import BASIS, HEADERS, TITLE, MinistryReport

THIN = Side(style="thin")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_ROW = 6


def ministry_xlsx(report: MinistryReport) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Báo cáo"
    stamp = datetime.combine(report.printed_on, time())
    wb.properties.title = TITLE
    wb.properties.subject = report.period_vi
    wb.properties.creator = "focal_desk"
    wb.properties.created = wb.properties.modified = stamp
    bold = Font(bold=True)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.append([report.agency])
    ws.append([TITLE])
    ws.append([BASIS])
    ws.append([f"Kỳ báo cáo: {report.period_vi}"])
    ws.append([])
    for row in (1, 2):
        ws.cell(row, 1).font = bold
    headers = ["STT", "Mã văn phòng", "Tên văn phòng", *HEADERS.values()]
    ws.append(headers)
    for col in range(1, len(headers) + 1):
        cell = ws.cell(HEADER_ROW, col)
        cell.font, cell.alignment, cell.border = bold, centre, GRID
    for n, code, name, numbers in report.rows():
        ws.append([n, code, name, *numbers])
        for col in range(1, len(headers) + 1):
            ws.cell(ws.max_row, col).border = GRID
    ws.append(["", "", "Tổng cộng", *report.total()])
    for col in range(1, len(headers) + 1):
        cell = ws.cell(ws.max_row, col)
        cell.font, cell.border = bold, GRID
    for letter, width in zip("ABCDEFGH", (6, 18, 40, 14, 14, 14, 12, 12), strict=True):
        ws.column_dimensions[letter].width = width
    ws.row_dimensions[HEADER_ROW].height = 45
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    out = BytesIO()
    wb.save(out)
    return out.getvalue()
