"""The dashboard's pages on seeded offices and packages (real uvicorn, SQLite and PostgreSQL): the offices ×
months matrix (received / late / missing / not due, the due day a setting), the province totals, an office's
history, and the report to the Ministry — on the page, as XLSX read back with openpyxl and as PDF read back
with pypdf — saying what month_report (the `report --json` of the CLI) says month by month."""

from __future__ import annotations

import io

import pytest
from dashboard_helpers import enrolled_office, login, make_user, send, tables, vn
from openpyxl import load_workbook
from pypdf import PdfReader

from focal_desk.province.dashboard.matrix import Cell, state_of
from focal_desk.province.report import MINISTRY_INDICATORS, month_report

MONTHS = ["2026-09", "2026-10", "2026-11"]
EVIL = "<b>Xã Cát & Co</b>"


@pytest.fixture
def seeded(dashboard):
    db = dashboard.db
    a = enrolled_office(db, "XA-A", "UBND xã An")
    b = enrolled_office(db, "XA-B", "UBND xã Bình")
    enrolled_office(db, "XA-C", EVIL)
    enrolled_office(db, "XA-MOI", "UBND xã Mới", registered=vn(2026, 11, 20))
    send(db, a, "2026-10", 1, vn(2026, 11, 5), received=10)
    send(
        db, a, "2026-10", 2, vn(2026, 11, 20), received=13, **{"complaints.filed": 2}
    )  # a correction is not lateness
    send(db, a, "2026-11", 1, vn(2026, 12, 2), received=1234, **{"lawsuits.filed": 1})
    send(db, b, "2026-09", 1, vn(2026, 10, 10, 23, 30), received=4)  # the last minute of the due day
    send(db, b, "2026-10", 1, vn(2026, 11, 11, 0, 30), received=5)  # half an hour late
    make_user(db)
    login(dashboard.client)
    return dashboard


def _matrix(site, query: str = "") -> dict[str, dict[str, str]]:
    page = site.client.get("/dashboard/matrix" + query)
    assert page.status_code == 200, page.text
    (rows,) = [t for t in tables(page.text) if t and t[0][0] == "Văn phòng"]
    months = rows[0][1:]
    # offices by their code; the footer's counts by their whole label
    return {
        r[0].split()[0] if r[0].startswith("XA-") else r[0]: dict(zip(months, r[1:], strict=True))
        for r in rows[1:]
    }


def test_matrix_says_received_late_missing_and_not_due(seeded):
    cells = _matrix(seeded)
    assert list(cells["XA-A"])[-3:] == ["09/2026", "10/2026", "11/2026"]  # the twelve months before December
    assert len(cells["XA-A"]) == 12
    assert cells["XA-A"]["10/2026"] == "Đã nhận 05/11/2026 09:00 2 lần sửa"
    assert cells["XA-A"]["11/2026"] == "Đã nhận 02/12/2026 09:00"
    assert cells["XA-A"]["09/2026"] == "Chưa gửi"
    assert cells["XA-B"]["09/2026"] == "Đã nhận 10/10/2026 23:30"
    assert cells["XA-B"]["10/2026"] == "Trễ hạn 11/11/2026 00:30"
    assert cells["XA-B"]["11/2026"] == "Chưa đến hạn"  # due 10/12, today is 03/12
    assert cells["XA-C"]["10/2026"] == "Chưa gửi" and cells["XA-C"]["11/2026"] == "Chưa đến hạn"
    assert cells["Chưa gửi"]["10/2026"] == "1"  # the footer counts: one office missing October
    assert cells["Trễ hạn"]["10/2026"] == "1" and cells["Đã nhận"]["10/2026"] == "1"
    assert cells["Chưa đến hạn"]["11/2026"] == "3"
    # registered on 20/11: October was due before, so it is not counted missing; November is due like any
    assert cells["XA-MOI"]["10/2026"] == "Chưa đăng ký" and cells["XA-MOI"]["11/2026"] == "Chưa đến hạn"


def test_the_due_day_is_a_setting(seeded):
    seeded.settings.due_day = 12
    assert _matrix(seeded)["XA-B"]["10/2026"] == "Đã nhận 11/11/2026 00:30"
    seeded.settings.clock.advance(days=10)  # 13/12: November is now overdue for C
    login(seeded.client)  # the session did not last ten days
    assert _matrix(seeded)["XA-C"]["11/2026"] == "Chưa gửi"


def test_state_of_at_the_edges():
    from datetime import date

    assert state_of(vn(2026, 11, 10, 23, 59), "2026-10", 10, date(2026, 12, 1)) is Cell.RECEIVED
    assert state_of(vn(2026, 11, 11, 0, 0), "2026-10", 10, date(2026, 12, 1)) is Cell.LATE
    assert state_of(None, "2026-10", 10, date(2026, 11, 10)) is Cell.NOT_DUE
    assert state_of(None, "2026-10", 10, date(2026, 11, 11)) is Cell.MISSING
    assert state_of(vn(2027, 1, 5), "2026-12", 10, date(2027, 1, 5)) is Cell.RECEIVED  # over the year's end
    assert state_of(None, "2026-10", 10, date(2026, 12, 1), registered=date(2026, 11, 10)) is Cell.MISSING
    assert (
        state_of(None, "2026-10", 10, date(2026, 12, 1), registered=date(2026, 11, 11)) is Cell.NOT_REGISTERED
    )
    assert state_of(vn(2026, 11, 12), "2026-10", 10, date(2026, 12, 1), date(2026, 11, 11)) is Cell.LATE


def test_matrix_of_a_chosen_year_and_hostile_years(seeded):
    assert list(_matrix(seeded, "?year=2026")["XA-A"]) == [f"{m:02d}/2026" for m in range(1, 13)]
    assert (
        list(_matrix(seeded, "?year=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%95")["XA-A"])[0] == "01/2025"
    )  # ２０２５
    for bad in ("1800", "2026%E2%80%8B", "abc", "-1", "20266", "9" * 5000):
        page = seeded.client.get(f"/dashboard/matrix?year={bad}")
        assert page.status_code == 200 and "không hợp lệ; đang hiện 12 tháng gần nhất" in page.text
        assert "Traceback" not in page.text


def test_office_names_are_escaped(seeded):
    page = seeded.client.get("/dashboard/matrix").text
    assert "&lt;b&gt;Xã Cát &amp; Co&lt;/b&gt;" in page and EVIL not in page


def test_totals_match_month_report(seeded):
    page = seeded.client.get("/dashboard/totals?year=2026")
    assert page.status_code == 200
    (rows,) = tables(page.text)
    by_month = {r[0]: r for r in rows[1:]}
    for m in MONTHS:
        data = month_report(seeded.db, m)
        row = by_month[f"{m[5:]}/{m[:4]}"]
        assert row[1] == f"{data['offices']}/4"
        assert row[2:] == [f"{data['indicators'].get(k, 0):,}".replace(",", ".") for k in MINISTRY_INDICATORS]
    assert by_month["10/2026"][2] == "18"  # A's latest revision (13) and B's 5
    assert by_month["Cộng"][2] == "1.256"


def test_office_history_lists_every_revision_with_its_arrival(seeded):
    page = seeded.client.get("/dashboard/offices/XA-A")
    assert page.status_code == 200
    (rows,) = tables(page.text)
    assert [r[:4] for r in rows[1:]] == [
        ["11/2026", "1", "02/12/2026 09:00", "Mạng"],
        ["10/2026", "2", "20/11/2026 09:00", "Mạng"],
        ["10/2026", "1", "05/11/2026 09:00", "Mạng"],
    ]
    assert rows[2][4] == "13" and rows[3][4] == "10"
    for code in ("XA-KHONG", "XA-A%00", "%E2%80%8B", "x" * 300):
        missing = seeded.client.get(f"/dashboard/offices/{code}")
        assert missing.status_code == 404 and "Không có văn phòng với mã này" in missing.text


def _expected(site, months):
    """Per office and in total, the five numbers summed over the months of month_report."""
    per: dict[str, list[int]] = {c: [0] * 5 for c in ("XA-A", "XA-B", "XA-C", "XA-MOI")}
    total = [0] * 5
    for m in months:
        data = month_report(site.db, m)
        for i, k in enumerate(MINISTRY_INDICATORS):
            total[i] += data["indicators"].get(k, 0)
        for o in data["by_office"]:
            per[o["office_code"]][0] += o["received"]
    return per, total


def test_report_page_xlsx_and_pdf_say_what_month_report_says(seeded):
    per, total = _expected(seeded, MONTHS)
    assert total == [1256, 627, 4, 2, 1] and per["XA-A"][0] == 1247
    page = seeded.client.get("/dashboard/report?from=2026-09&to=2026-11")
    assert page.status_code == 200 and "Từ tháng 09/2026 đến tháng 11/2026" in page.text
    (rows,) = tables(page.text)
    assert rows[-1][2:] == [f"{v:,}".replace(",", ".") for v in total]

    x = seeded.client.get("/dashboard/report.xlsx?from=2026-09&to=2026-11")
    assert x.status_code == 200 and x.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert 'filename="bao-cao-bo-tu-phap_2026-09_2026-11.xlsx"' in x.headers["content-disposition"]
    sheet = load_workbook(io.BytesIO(x.content)).active
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[3] == ["Kỳ báo cáo: Từ tháng 09/2026 đến tháng 11/2026", *[None] * 7]
    body = {r[1]: r for r in values[6:-1]}
    assert set(body) == {"XA-A", "XA-B", "XA-C", "XA-MOI"} and body["XA-C"][2] == EVIL
    assert {c: body[c][3] for c in body} == {c: per[c][0] for c in per}
    assert values[-1][2:] == ["Tổng cộng", *total]

    p = seeded.client.get("/dashboard/report.pdf?from=2026-09&to=2026-11")
    assert p.status_code == 200 and p.headers["content-type"] == "application/pdf"
    text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(p.content)).pages
    )
    assert "BÁO CÁO TÌNH HÌNH CUNG CẤP THÔNG TIN THEO YÊU CẦU" in text
    assert "Kỳ báo cáo: Từ tháng 09/2026 đến tháng 11/2026" in text
    assert "Tổng cộng 1.256 627 4 2 1" in text
    assert "XA-A UBND xã An 1.247" in text and "Xã Cát & Co" in text


def test_report_of_one_month_matches_the_cli_month(seeded):
    x = seeded.client.get("/dashboard/report.xlsx?from=2026-10&to=2026-10")
    values = [list(r) for r in load_workbook(io.BytesIO(x.content)).active.iter_rows(values_only=True)]
    data = month_report(seeded.db, "2026-10")
    assert values[-1][3:] == [data["indicators"][k] for k in MINISTRY_INDICATORS]
    assert values[3][0] == "Kỳ báo cáo: Tháng 10/2026"


@pytest.mark.parametrize(
    "query",
    [
        "from=2026-13&to=2026-11",
        "from=2026-11&to=2026-09",
        "from=1900-01&to=2026-01",
        "from=%E2%80%AE2026-01&to=2026-02x",
        "from=2010-01&to=2026-11",
        "from=" + "2" * 5000 + "&to=2026-11",
    ],
)
def test_report_refuses_a_bad_period_in_one_sentence(seeded, query):
    for path in ("/dashboard/report", "/dashboard/report.xlsx", "/dashboard/report.pdf"):
        r = seeded.client.get(f"{path}?{query}")
        assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
        assert 'class="message" role="alert"' in r.text and "Traceback" not in r.text


def test_full_width_months_are_read(seeded):
    r = seeded.client.get(
        "/dashboard/report?from=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%96-%EF%BC%90%EF%BC%99&to=2026-11"
    )
    assert r.status_code == 200 and "Từ tháng 09/2026 đến tháng 11/2026" in r.text
