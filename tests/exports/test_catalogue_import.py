"""An officer's catalogue kept in Excel, read: the header found under a title by its Vietnamese names and
their usual other wordings, dates as real dates and as text (full-width digits too), access classes and
kinds in words; every bad row reported with its row number and nothing imported; a file that is not a
workbook ends in one sentence."""

from __future__ import annotations

import unicodedata
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from focal_desk.domain.catalogue import AccessClass
from focal_desk.exports import catalogue_import
from focal_desk.exports.catalogue_import import CatalogueImportError, read_catalogue_xlsx
from focal_desk.exports.catalogue_import_values import CellProblem, date_of

HEADER = [
    "TT",
    "Trích yếu",
    "Số hiệu",
    "Ngày",
    "Cơ quan ban hành",
    "Phân loại",
    "Mức độ tiếp cận",
    "Căn cứ",
    "Nơi công khai",
    "Ngày công khai",
    "Đã công khai",
    "Ghi chú",
]
GOOD_ROWS = [
    [
        1,
        "Quyết định phê duyệt giá đất năm 2026",
        "12/QĐ-UBND",
        datetime(2026, 1, 5),
        "UBND xã Đạo Trù",
        "17.1.h",
        "Công khai",
        None,
        "Cổng thông tin điện tử xã",
        "06/01/2026",
        "x",
        "đã niêm yết",
    ],
    [
        2,
        "Kế hoạch phát triển\nkinh tế - xã hội",
        5,
        "5/1/2026",
        "UBND xã",
        "Chiến lược, chương trình, dự án, đề án, kế hoạch, quy hoạch phát triển kinh tế - xã hội",
        "công khai",
        None,
        "Bảng tin",
        "2026-01-07",
        "Chưa",
        None,
    ],
    [
        3,
        "Hồ sơ giải quyết khiếu nại (có ý kiến người đứng đầu)",
        "",
        "０５/０１/２０２６",
        "UBND xã",
        "điểm đ",
        "Có điều kiện",
        "7.4",
        None,
        None,
        None,
        None,
    ],
    [4, None, None, None, None, None, None, None, None, None, None, "dòng trống, chỉ có ghi chú"],
    [
        5,
        "Văn bản mật về quốc phòng",
        "01/MẬT",
        "ngày 10 tháng 2 năm 2026",
        "Ban CHQS xã",
        "",
        "Mật",
        None,
        None,
        None,
        None,
        None,
    ],
    [
        6,
        unicodedata.normalize("NFD", "Biên bản họp\u200b nội bộ"),
        "",
        date(2026, 3, 3),
        "UBND xã",
        "khác",
        "Không được tiếp cận",
        "6.2.c – Thông tin về cuộc họp nội bộ của cơ quan nhà nước",
        None,
        None,
        None,
        None,
    ],
]


def _workbook(
    path: Path, rows: list[list[object]], *, header: list[str] = HEADER, title_rows: int = 2
) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh mục"
    ws.append(["DANH MỤC THÔNG TIN CỦA UBND XÃ ĐẠO TRÙ"])
    for _ in range(title_rows - 1):
        ws.append([])
    ws.append(header)
    for row in rows:
        ws.append(row)
    ws.cell(4, 4).number_format = "dd/mm/yyyy"
    wb.save(path)
    return path


def test_a_vietnamese_list_is_read_with_its_dates_classes_and_kinds(tmp_path):
    entries = read_catalogue_xlsx(_workbook(tmp_path / "danh-muc.xlsx", GOOD_ROWS))
    assert [e.title for e in entries] == [
        "Quyết định phê duyệt giá đất năm 2026",
        "Kế hoạch phát triển kinh tế - xã hội",
        "Hồ sơ giải quyết khiếu nại (có ý kiến người đứng đầu)",
        "Văn bản mật về quốc phòng",
        "Biên bản họp nội bộ",
    ]  # the row holding only an STT and a note is skipped; NFD and the zero-width space cleaned
    first, second, third, secret, internal = entries
    assert (
        first.issued_on == date(2026, 1, 5) and first.kind == "17.1.h" and first.access is AccessClass.PUBLIC
    )
    assert first.publication.where == "Cổng thông tin điện tử xã"
    assert first.publication.start == date(2026, 1, 6) and first.publication.published
    assert second.number == "5" and second.issued_on == date(2026, 1, 5) and second.kind == "17.1.d"
    assert second.publication.start == date(2026, 1, 7) and not second.publication.published
    assert third.issued_on == date(2026, 1, 5) and third.kind == "17.1.dd"
    assert third.access is AccessClass.CONDITIONAL and third.conditional_ground == "7.4"
    assert third.publication.where == ""
    assert secret.access is AccessClass.SECRET and secret.secret_point == "6.1"  # "Mật": a state secret
    assert secret.issued_on == date(2026, 2, 10) and secret.kind == "other"
    assert internal.secret_point == "6.2.c" and internal.issued_on == date(2026, 3, 3)
    assert all(e.id is None and e.files == () for e in entries)


def test_bad_rows_are_all_reported_with_their_row_and_nothing_is_imported(tmp_path):
    rows = [
        *GOOD_ROWS,
        [
            7,
            "Thông báo",
            "3/TB",
            "31/02/2026",
            "UBND xã",
            "17.1.a",
            "Công khai",
            None,
            None,
            None,
            None,
            None,
        ],
        [8, None, "4/TB", "01/03/2026", "UBND xã", "17.1.a", "Công khai", None, None, None, None, None],
        [9, "Báo cáo", "", "01/03/2026", "", "17.9.z", "hạn chế", None, None, None, "có lẽ", None],
        [10, "Tờ trình\ufff9", "", "01/01/3026", "", "", "", None, None, None, None, None],
        [11, "Hồ sơ cá nhân", "", "", "", "", "Có điều kiện", "7.2", None, None, None, None],
        [12, "Đăng từ trước", "", "", "", "", "Công khai", None, "Bảng tin", "05/03/2026", None, None],
    ]
    path = _workbook(tmp_path / "loi.xlsx", rows)
    with pytest.raises(CatalogueImportError) as info:
        read_catalogue_xlsx(path)
    problems = info.value.problems
    assert problems[0] == (10, "Ngày", "Ngày “31/02/2026” không có thật.")  # (row, column, message)
    by_row: dict[int, list[tuple[str, str]]] = {}
    for p in problems:
        by_row.setdefault(p.row, []).append((p.column, p.message))
    # the header is row 3: the data rows 4 … 9 are good, 10 … 15 bad
    assert sorted(by_row) == [10, 11, 12, 13, 14]
    assert by_row[10] == [("Ngày", "Ngày “31/02/2026” không có thật.")]
    assert by_row[11] == [("Trích yếu", "Chưa nhập tên thông tin.")]
    assert [c for c, _ in by_row[12]] == [
        "Phân loại",
        "Mức độ tiếp cận",
        "Đã công khai",
    ]  # every problem of the row
    assert [c for c, _ in by_row[13]] == ["Trích yếu", "Ngày"]
    assert "ký tự điều khiển" in by_row[13][0][1] and "năm ngoài" in by_row[13][1][1]
    assert by_row[14] == [("Cần sự đồng ý của", "Chưa ghi cần sự đồng ý của ai (Điều 7).")]
    message = str(info.value)
    assert message.startswith("Không nhập dòng nào: 5 dòng có lỗi.")
    assert "Dòng 10, cột “Ngày”: Ngày “31/02/2026” không có thật." in message
    assert all(k.startswith("line ") for k in info.value.errors)  # the CLI prints these sentences as they are


@pytest.mark.parametrize("maker", ["text", "docx", "truncated", "empty", "missing", "folder"])
def test_a_file_that_is_not_a_workbook_is_one_sentence(tmp_path, maker):
    path = tmp_path / "danh-muc.xlsx"
    if maker == "text":
        path.write_text("STT;Tên thông tin\n1;Quyết định\n", encoding="utf-8")
    elif maker == "docx":
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("word/document.xml", "<w:document/>")
    elif maker == "truncated":
        whole = _workbook(tmp_path / "good.xlsx", GOOD_ROWS).read_bytes()
        path.write_bytes(whole[: len(whole) // 2])
    elif maker == "empty":
        path.write_bytes(b"")
    elif maker == "folder":
        path.mkdir()
    with pytest.raises(CatalogueImportError) as info:
        read_catalogue_xlsx(path)
    assert info.value.problems == []
    assert list(info.value.errors) == ["file"]
    sentence = str(info.value)
    assert sentence == info.value.errors["file"] and sentence.endswith(".") and "\n" not in sentence
    assert "danh-muc.xlsx" in sentence


def test_a_damaged_sheet_inside_a_real_zip_is_one_sentence(tmp_path):
    good = _workbook(tmp_path / "good.xlsx", GOOD_ROWS)
    bad = tmp_path / "hong.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename.startswith("xl/worksheets/"):
                data = data[: len(data) // 2]  # XML cut in the middle
            dst.writestr(item, data)
    with pytest.raises(CatalogueImportError) as info:
        read_catalogue_xlsx(bad)
    assert list(info.value.errors) == ["file"] and "hong.xlsx" in str(info.value)


def test_a_sheet_without_the_header_names_says_which_columns_it_needs(tmp_path):
    path = _workbook(tmp_path / "khac.xlsx", [[1, "x", "y"]], header=["Họ tên", "Địa chỉ", "Điện thoại"])
    with pytest.raises(CatalogueImportError, match="Tên thông tin"):
        read_catalogue_xlsx(path)


def test_the_header_is_found_on_a_later_sheet_and_in_other_spellings(tmp_path):
    wb = Workbook()
    wb.active.append(["Hướng dẫn: điền danh mục ở trang sau"])
    ws = wb.create_sheet("DM")
    ws.append(["  TÊN THÔNG TIN ", "SỐ, KÝ HIỆU", "Ngày ban hành (dd/mm/yyyy)", "LOẠI", "Công khai"])
    ws.append(["Quyết định 1", "1/QĐ", "１５/０２/２０２６", "A", "x"])
    path = tmp_path / "hai-trang.xlsx"
    wb.save(path)
    [entry] = read_catalogue_xlsx(path)
    assert entry.access is AccessClass.PUBLIC
    assert (entry.title, entry.number, entry.issued_on, entry.kind) == (
        "Quyết định 1",
        "1/QĐ",
        date(2026, 2, 15),
        "17.1.a",
    )


def test_limits_on_rows_and_size_are_one_sentence(tmp_path, monkeypatch):
    path = _workbook(tmp_path / "nhieu.xlsx", GOOD_ROWS)
    monkeypatch.setattr(catalogue_import, "MAX_ROWS", 3)
    with pytest.raises(CatalogueImportError, match="hơn 3 dòng"):
        read_catalogue_xlsx(path)
    monkeypatch.setattr(catalogue_import, "MAX_FILE_BYTES", 1000)
    with pytest.raises(CatalogueImportError, match="quá lớn"):
        read_catalogue_xlsx(path)


def test_an_empty_list_is_an_empty_import(tmp_path):
    assert read_catalogue_xlsx(_workbook(tmp_path / "trong.xlsx", [[1], [], [None, "  "]])) == []


@pytest.mark.parametrize(
    ("serial", "day"),
    [(1, date(1900, 1, 1)), (59, date(1900, 2, 28)), (61, date(1900, 3, 1)), (45000, date(2023, 3, 15))],
)
def test_an_unformatted_date_serial_is_the_day_excel_shows(serial, day):
    # Excel counts a 29/02/1900 that never was (serial 60): the serials before it are one day later.
    assert date_of(serial) == day


def test_excel_29_february_1900_is_refused():
    with pytest.raises(CellProblem, match="không có thật"):
        date_of(60)
