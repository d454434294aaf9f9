"""The log book exported and read back (openpyxl, csv, pdfplumber): totals equal to the register's own
counts for the period (requests on either side of it left out), real dates, the BOM, the public copy
free of every requester's ID number, phone, e-mail and street address, the audit row, and a cancelled
export leaving no file behind."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pdfplumber
import pytest
from log_book_data import fill
from openpyxl import load_workbook
from openpyxl.worksheet._writer import ALL_TEMP_FILES

from focal_desk.domain.enums import Status
from focal_desk.domain.listing import RequestQuery
from focal_desk.domain.log_book import TITLE, ExportFormat
from focal_desk.domain.masking import split_address
from focal_desk.domain.period import Period
from focal_desk.exports.columns import COLUMNS

MARCH = Period.month(2026, 3)


@pytest.fixture
def filled(app):
    return fill(app.uow_factory, MARCH.start, MARCH.end, 60)


def register_counts(app) -> dict[Status | None, int]:
    """What the register itself says for March, through the register's own query (not the export's)."""
    with app.uow_factory(read_only=True) as uow:
        counts: dict[Status | None, int] = {None: uow.requests.count(RequestQuery(year=2026, month=3))}
        for s in Status:
            counts[s] = uow.requests.count(RequestQuery(year=2026, month=3, statuses=(s,)))
    return counts


def every_personal_value(app) -> list[str]:
    """Every requester's ID number, phone, e-mail and street address in the database, whatever the period."""
    con = sqlite3.connect(app.paths.database)
    try:
        rows = con.execute("SELECT id_number, phone, email, address FROM requests "
                           "UNION SELECT id_number, phone, email, address FROM requesters").fetchall()
    finally:
        con.close()
    values = set()
    for id_number, phone, email, address in rows:
        values |= {id_number, phone, email, split_address(address)[0]}
    return sorted(v for v in values if v)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def test_xlsx_has_real_dates_a_frozen_filtered_header_and_totals_that_add_up(app, filled, tmp_path):
    out = tmp_path / "so.xlsx"
    result = app.log_book().export(MARCH, ExportFormat.XLSX, out)
    counts = register_counts(app)
    assert result.entries == counts[None] == 60 == len(filled.in_period)
    ws = load_workbook(out).active
    assert ws.freeze_panes == "A2"
    headers = [c.value for c in ws[1]]
    assert headers == [c.header for c in COLUMNS]
    last = counts[None] + 1
    assert ws.auto_filter.ref == f"A1:S{last}"
    received, due, seq = headers.index("Ngày tiếp nhận") + 1, headers.index("Hạn giải quyết") + 1, 3
    for row in range(2, last + 1):
        assert isinstance(ws.cell(row, received).value, datetime)
        assert isinstance(ws.cell(row, due).value, datetime)  # a date cell: openpyxl reads it as datetime
        assert ws.cell(row, due).number_format == "dd/mm/yyyy"
        assert isinstance(ws.cell(row, seq).value, int)
    numbers = [ws.cell(r, 1).value for r in range(2, last + 1)]
    assert numbers == [r.register_number for r in filled.in_period]  # register order, nothing outside March
    # The totals: COUNTA of the entries, COUNTIF of each outcome over exactly the entries' rows.
    outcome = headers.index("Kết quả") + 1
    total_row = last + 2
    assert ws.cell(total_row, outcome).value == "Tổng số yêu cầu"
    assert ws.cell(total_row, outcome + 1).value == f"=COUNTA(A2:A{last})"
    values = [ws.cell(r, outcome).value for r in range(2, last + 1)]
    for i, status in enumerate(Status, start=1):
        row = total_row + i
        assert ws.cell(row, outcome).value == status.label_vi
        assert ws.cell(row, outcome + 1).value == f"=COUNTIF($P$2:$P${last},P{row})"
        assert values.count(status.label_vi) == counts[status]
    assert "Đạo Trù" in " ".join(str(ws.cell(r, 9).value) for r in range(2, last + 1))  # Vietnamese intact
    # Widths fit the heading and the content up to a cap; longer text wraps.
    from openpyxl.utils import get_column_letter

    for i, column in enumerate(COLUMNS, start=1):
        assert ws.column_dimensions[get_column_letter(i)].width >= len(column.header)
    info = headers.index("Thông tin yêu cầu") + 1
    info_width = ws.column_dimensions[get_column_letter(info)].width
    long_cells = [ws.cell(r, info) for r in range(2, last + 1) if len(ws.cell(r, info).value) > info_width]
    assert long_cells and all(c.alignment.wrap_text for c in long_cells)


def test_csv_has_a_bom_one_header_and_iso_dates(app, filled, tmp_path):
    out = tmp_path / "so.csv"
    app.log_book().export(MARCH, ExportFormat.CSV, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == [c.header for c in COLUMNS]
    body = rows[1:]
    assert len(body) == register_counts(app)[None]
    for row in body:
        received = datetime.strptime(row[3], "%Y-%m-%d %H:%M")
        assert MARCH.start <= received.date() <= MARCH.end
        assert date.fromisoformat(row[14]) >= received.date()  # the deadline, ISO
        int(row[2])
    outcome = [c.header for c in COLUMNS].index("Kết quả")
    counts = register_counts(app)
    for status in Status:
        assert [r[outcome] for r in body].count(status.label_vi) == counts[status]


def test_pdf_reads_back_with_heading_totals_and_same_bytes_twice(app, filled, tmp_path):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    app.log_book().export(MARCH, ExportFormat.PDF, first)
    app.log_book().export(MARCH, ExportFormat.PDF, second)
    assert first.read_bytes() == second.read_bytes()  # reproducible
    counts = register_counts(app)
    with pdfplumber.open(first) as pdf:
        pages = [p.extract_text() or "" for p in pdf.pages]
        for page in pdf.pages:
            assert (page.width, page.height) == pytest.approx((841.89, 595.28), abs=0.1)  # A4 landscape
        assert len(pdf.pages) > 2
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in pages[0] and TITLE in pages[0]
    assert "Tháng 03 năm 2026" in pages[0]
    for n, text in enumerate(pages[:-1], start=1):
        assert "Thông tin yêu cầu" in text and "Văn bản đã ban" in text, f"page {n}: no heading row"
        if n >= 2:
            assert text.splitlines()[0].strip() == str(n)  # the page number, top centre
    whole = "\n".join(pages)
    assert f"Tổng số yêu cầu trong kỳ: {counts[None]}" in whole
    for status in Status:
        assert f"– {status.label_vi}: {counts[status]}" in whole
    printed = set(re.findall(r"(?<![\d/])\d+/2026(?![\d/])", whole))
    assert {r.register_number for r in filled.in_period} <= printed
    assert not {r.register_number for r in filled.outside} & printed
    assert "NGƯỜI LẬP SỔ" in pages[-1] and "Nguyễn Văn An" in pages[-1]


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_public_copy_holds_no_personal_data_of_any_requester(app, filled, tmp_path, fmt):
    out = tmp_path / f"cong-khai.{fmt.value}"
    app.log_book().export(MARCH, fmt, out, public=True)
    if fmt is ExportFormat.PDF:
        with pdfplumber.open(out) as pdf:
            text = "\n".join(p.extract_text() or "" for p in pdf.pages)
    elif fmt is ExportFormat.XLSX:
        ws = load_workbook(out).active
        text = "\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)
    else:
        text = out.read_text(encoding="utf-8-sig")
    flat = squeeze(text)
    personal = every_personal_value(app)
    assert len(personal) > 150
    leaks = [v for v in personal if squeeze(v) in flat]
    assert leaks == []
    assert "xã đạo trù" in text.lower() and "phường tân dân" in text.lower()  # the commune stays
    assert "Nguyễn Thị Hồng" in text  # names stay


def test_the_export_is_audited_with_its_period_format_and_personal_data(app, filled, tmp_path):
    svc = app.log_book()
    svc.export(MARCH, ExportFormat.CSV, tmp_path / "a.csv", public=True)
    svc.export(Period.between(date(2026, 3, 2), date(2026, 3, 9)), ExportFormat.PDF, tmp_path / "b.pdf")
    con = sqlite3.connect(app.paths.database)
    try:
        rows = con.execute("SELECT actor, changes FROM audit_events WHERE action = 'export_log_book' "
                           "ORDER BY id").fetchall()
    finally:
        con.close()
    assert len(rows) == 2
    assert all("can_bo_test" in actor for actor, _ in rows)
    assert '"format": [null, "csv"]' in rows[0][1] and '"personal_data": [null, false]' in rows[0][1]
    assert '"start": "2026-03-01"' in rows[0][1] and '"end": "2026-03-31"' in rows[0][1]
    assert '"format": [null, "pdf"]' in rows[1][1] and '"personal_data": [null, true]' in rows[1][1]
    assert '"start": "2026-03-02"' in rows[1][1]


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_cancel_leaves_no_file_and_the_old_one_untouched(app, filled, tmp_path, fmt):
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / f"so.{fmt.value}"
    out.write_bytes(b"the copy made last month")
    seen: list[tuple[int, int]] = []

    asked: list[bool] = []

    def cancel() -> bool:
        # The reading asks once; the next question comes from the writer, with its rows written (XLSX:
        # streamed to openpyxl's temp file; PDF: during the layout) or from the service just after it.
        asked.append(True)
        return len(asked) >= 2

    result = app.log_book().export(MARCH, fmt, out, progress=lambda d, t: seen.append((d, t)), cancel=cancel)
    openpyxl_temp_files = [f for f in ALL_TEMP_FILES if Path(f).exists()]
    assert result.cancelled and result.path is None
    assert out.read_bytes() == b"the copy made last month"
    assert sorted(p.name for p in folder.iterdir()) == [out.name]  # no temporary file left
    assert openpyxl_temp_files == []  # nor the rows openpyxl streams to the system's temp folder
    con = sqlite3.connect(app.paths.database)
    try:
        assert con.execute("SELECT count(*) FROM audit_events WHERE action = 'export_log_book'").fetchone() == (0,)
    finally:
        con.close()


def test_progress_climbs_to_the_end(app, filled, tmp_path):
    seen: list[tuple[int, int]] = []
    app.log_book().export(MARCH, ExportFormat.XLSX, tmp_path / "so.xlsx", progress=lambda d, t: seen.append((d, t)))
    done = [d for d, _ in seen]
    assert done == sorted(done) and seen[-1][0] == seen[-1][1]


def test_every_writer_has_the_port_s_write_and_its_format_s_extension():
    import inspect

    from focal_desk.exports.writers import log_book_writers
    from focal_desk.services.ports import LogBookWriter

    wanted = [(p.name, p.kind) for p in inspect.signature(LogBookWriter.write).parameters.values()]
    for fmt, writer in log_book_writers().items():
        assert writer.extension == fmt.value
        assert [(p.name, p.kind) for p in inspect.signature(type(writer).write).parameters.values()] == wanted


def test_a_folder_as_target_is_refused(app, filled, tmp_path):
    from focal_desk.domain.errors import ValidationError

    with pytest.raises(ValidationError) as refused:
        app.log_book().export(MARCH, ExportFormat.CSV, tmp_path)
    assert "out" in refused.value.errors


def test_an_empty_period_still_makes_a_book(app, filled, tmp_path):
    empty = Period.month(2025, 6)
    for fmt in ExportFormat:
        result = app.log_book().export(empty, fmt, tmp_path / f"rong.{fmt.value}")
        assert result.entries == 0 and result.path.exists()
    ws = load_workbook(tmp_path / "rong.xlsx").active
    assert ws.cell(3, 17).value == "=COUNTA(A2:A2)"  # rows: heading, empty, totals


def test_the_book_holds_exactly_the_requests_the_statistics_count_as_received(app, filled, tmp_path):
    """One definition of "received in the period" (domain/statistics.py) — the log book lists those requests."""
    stats = app.desk().statistics.compute(MARCH)
    result = app.log_book().export(MARCH, ExportFormat.CSV, tmp_path / "so.csv")
    assert result.entries == stats["received"] == len(filled.in_period)


def test_a_formula_typed_by_a_requester_stays_text_in_excel(app, filled, tmp_path):
    """CSV/formula injection: what a requester wrote is shown by Excel, never run."""
    from focal_desk.domain.clock import VN_TZ
    from focal_desk.domain.enums import Channel, IdType, RequesterKind
    from focal_desk.domain.request import RequestDraft
    from focal_desk.domain.requester import Requester

    formula = '=HYPERLINK("http://example.invalid/x","Bấm vào đây")'
    requester = Requester(RequesterKind.CITIZEN, "Trần Thị Hoa", IdType.CCCD, "001203004567", "Xã Đạo Trù")
    app.requests.register(RequestDraft(requester, Channel.POSTAL, datetime(2026, 3, 2, 8, 0, tzinfo=VN_TZ),
                                       formula, "@SUM(1+1)"))
    app.log_book().export(MARCH, ExportFormat.CSV, tmp_path / "so.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "so.csv").read_text("utf-8-sig"))))
    ours = [row for row in rows if "'" + formula in row]
    assert len(ours) == 1
    app.log_book().export(MARCH, ExportFormat.XLSX, tmp_path / "so.xlsx")
    cells = [c for row in load_workbook(tmp_path / "so.xlsx").active.iter_rows() for c in row if c.value == formula]
    assert cells and all(c.data_type == "s" for c in cells)
