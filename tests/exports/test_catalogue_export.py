"""The catalogue exported for the portal and read back: XLSX (openpyxl), CSV (csv module) and the static
HTML page (html.parser) with its files copied beside it. Only the entries public, published and current are
on the portal list; a title holding markup or a formula stays text; the whole catalogue reads back as it was."""

from __future__ import annotations

import base64
import csv
import hashlib
import os
import re
import stat
from dataclasses import replace
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest
from catalogue_samples import FORMULA_NUMBER, HOSTILE_TITLE, PORTAL_IDS, TODAY, Store, catalogue
from openpyxl import load_workbook

from focal_desk.domain.catalogue import clean_entry
from focal_desk.domain.errors import ValidationError
from focal_desk.exports.catalogue_columns import PUBLISHED_COLUMNS, WHOLE_COLUMNS, kind_label
from focal_desk.exports.catalogue_csv import write_catalogue_csv, write_whole_catalogue_csv
from focal_desk.exports.catalogue_html import StoredFileProblem, write_catalogue_html
from focal_desk.exports.catalogue_import import read_catalogue_xlsx
from focal_desk.exports.catalogue_names import safe_file_name
from focal_desk.exports.catalogue_xlsx import write_catalogue_xlsx, write_whole_catalogue_xlsx

HEADERS = [
    "STT",
    "Tên thông tin",
    "Số/ký hiệu",
    "Ngày ban hành (dd/mm/yyyy)",
    "Cơ quan ban hành",
    "Loại thông tin",
    "Hình thức/nơi công khai",
    "Thời điểm công khai",
    "Thời hạn công khai",
    "Tệp",
]


@pytest.fixture
def store(tmp_path) -> Store:
    return Store(tmp_path / "data" / "catalogue")


@pytest.fixture
def entries(store):
    return catalogue(store)


def test_xlsx_lists_the_published_entries_with_real_dates_and_a_frozen_header(entries, tmp_path):
    out = write_catalogue_xlsx(
        entries, tmp_path / "danh-muc.xlsx", today=TODAY, agency_name="UBND xã Đạo Trù"
    )
    wb = load_workbook(out)
    ws = wb.active
    assert [c.value for c in ws[1]] == HEADERS == [c.header for c in PUBLISHED_COLUMNS]
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:J3"
    assert ws.max_row == 1 + len(PORTAL_IDS)
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert [r[1] for r in rows] == ["Quyết định phê duyệt giá đất cụ thể năm 2026", HOSTILE_TITLE]
    assert [r[0] for r in rows] == [1, 2]
    assert rows[0][3] == datetime(2026, 1, 5) and ws.cell(2, 4).number_format == "dd/mm/yyyy"
    assert rows[1][8] == datetime(2026, 12, 31) and rows[0][8] is None  # no end of the period
    assert rows[0][5] == kind_label("17.1.h") and "giá đất" in rows[0][5]
    assert rows[1][9].split("\n") == ["../../Kế hoạch: số 3?.PDF", "CON.png", "Quyết định 12-QĐ-UBND.pdf"]
    # a number typed like a formula stays text: stored as a string, never as a formula
    assert rows[1][2] == FORMULA_NUMBER and ws.cell(3, 3).data_type == "s"
    assert ws.column_dimensions["B"].width > ws.column_dimensions["A"].width
    assert wb.properties.title == "Danh mục thông tin phải được công khai"
    assert list(tmp_path.glob(".*.tmp")) == []


def test_the_whole_catalogue_reads_back_as_it_was(entries, tmp_path):
    out = write_whole_catalogue_xlsx(entries, tmp_path / "toan-bo.xlsx", today=TODAY)
    ws = load_workbook(out).active
    assert [c.value for c in ws[1]] == [c.header for c in WHOLE_COLUMNS]
    assert ws.max_row == 1 + len(entries)
    back = read_catalogue_xlsx(out)
    expected = [replace(clean_entry(e), id=None, files=()) for e in entries]
    assert back == expected
    assert [e.access.value for e in back] == ["public"] * 4 + ["conditional", "secret"]


def test_csv_has_a_bom_dd_mm_yyyy_dates_and_no_cell_excel_would_run(entries, tmp_path):
    out = write_catalogue_csv(entries, tmp_path / "danh-muc.csv", today=TODAY)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == HEADERS
    assert len(rows) == 1 + len(PORTAL_IDS)
    first, second = rows[1], rows[2]
    assert first[:4] == ["1", "Quyết định phê duyệt giá đất cụ thể năm 2026", "12/QĐ-UBND", "05/01/2026"]
    assert first[7:9] == ["06/01/2026", ""]
    assert second[1] == HOSTILE_TITLE
    assert second[2] == "'" + FORMULA_NUMBER  # = + - @ neutralised
    assert second[4] == "'-Phòng Kinh tế"
    assert second[9] == "../../Kế hoạch: số 3?.PDF; CON.png; Quyết định 12-QĐ-UBND.pdf"
    for row in rows[1:]:
        assert all(not cell or cell[0] not in "=+-@" for cell in row)


def test_whole_csv_has_every_class_with_its_ground(entries, tmp_path):
    rows = list(
        csv.DictReader(
            write_whole_catalogue_csv(entries, tmp_path / "all.csv").read_text("utf-8-sig").splitlines()
        )
    )
    assert len(rows) == len(entries)
    by_title = {r["Tên thông tin"]: r for r in rows}
    conditional = by_title["Hồ sơ bồi thường hộ ông Nguyễn Văn B"]
    assert conditional["Phân loại tiếp cận"] == "Tiếp cận có điều kiện"
    assert conditional["Căn cứ (Điều 6/Điều 7)"].startswith("7.2 – ")
    assert conditional["Cần sự đồng ý của"] == "Ông Nguyễn Văn B"
    assert by_title["Biên bản họp nội bộ ngày 03/3/2026"]["Căn cứ (Điều 6/Điều 7)"].startswith("6.2.c – ")
    assert by_title["Dự toán ngân sách xã năm 2026 (chưa đăng)"]["Đã công khai"] == "Chưa"


class _Page(HTMLParser):
    """What a browser would see: elements, the text of every cell, links and the scripts' text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.cells: list[list[str]] = []
        self.headers: list[str] = []
        self.links: list[tuple[str, str]] = []
        self.scripts: list[str] = []
        self._in: list[str] = []
        self._text = ""
        self._href: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "tr":
            self.cells.append([])
        if tag in ("td", "th", "script", "a"):
            self._in.append(tag)
            self._text = "" if tag != "a" else self._text
        if tag == "a":
            self._href = dict(attrs)["href"]
            self._link = ""

    def handle_endtag(self, tag):
        if tag == "a":
            self.links.append((self._href or "", self._link))
        if tag == "td":
            self.cells[-1].append(" ".join(self._text.split()))
        if tag == "th":
            self.headers.append(self._text)
        if tag == "script":
            self.scripts.append(self._text)
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data):
        self._text += data
        if "a" in self._in:
            self._link += data


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text("utf-8"))
    page.close()
    return page


def test_html_page_lists_the_published_entries_as_text_with_their_files_beside_it(entries, store, tmp_path):
    out_dir = tmp_path / "web"
    page_path = write_catalogue_html(
        entries, out_dir, store.path_of, today=TODAY, agency_name="UBND xã Đạo Trù"
    )
    assert page_path == out_dir / "index.html"
    html = page_path.read_text("utf-8")
    page = _parse(page_path)
    assert ("html", {"lang": "vi"}) in page.tags and ("meta", {"charset": "utf-8"}) in page.tags
    assert page.headers == HEADERS
    assert all(a.get("scope") == "col" for t, a in page.tags if t == "th")
    body = [r for r in page.cells if r]
    assert [r[1] for r in body] == ["Quyết định phê duyệt giá đất cụ thể năm 2026", HOSTILE_TITLE]
    assert body[1][2] == FORMULA_NUMBER and body[0][3] == "05/01/2026"
    # the title's <script> is text: the page has exactly its own script, and the markup is escaped
    assert [t for t, _ in page.tags].count("script") == 1
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    # nothing is fetched from elsewhere
    for _, attrs in page.tags:
        for key in ("src", "href"):
            assert not re.match(r"^([a-z]+:|//)", attrs.get(key) or ""), attrs
    # the CSP pins the inline script by its hash
    csp = next(
        a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    )
    digest = base64.b64encode(hashlib.sha256(page.scripts[0].encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp and "default-src 'none'" in csp
    # every link resolves to a copy whose bytes are the stored file's, named by the file's name only
    by_prefix = {f.sha256[:12]: f for e in entries for f in e.files}
    assert len(page.links) == 4  # the decision is linked from both entries
    for href, text in page.links:
        target = out_dir / unquote(href)
        assert target.resolve().parent == (out_dir / "files").resolve()
        stored = by_prefix[target.name[:12]]
        assert target.read_bytes() == store.path_of(stored).read_bytes()
        assert text == Path(stored.filename.replace("\\", "/")).name
    assert [t for _, t in page.links] == [
        "Quyết định 12-QĐ-UBND.pdf",
        "Kế hoạch: số 3?.PDF",
        "CON.png",
        "Quyết định 12-QĐ-UBND.pdf",
    ]
    copied = sorted(p.name for p in (out_dir / "files").iterdir())
    assert len(copied) == 3  # the shared decision copied once
    assert all(re.fullmatch(r"[0-9a-f]{12}-[0-9a-z-]+\.[0-9a-z]+", n) for n in copied), copied
    assert "../" not in html.split("<tbody>")[1].split('href="')[1][:60]
    # only the entries on the list brought files: nothing else in the folder
    assert sorted(p.name for p in out_dir.iterdir()) == ["files", "index.html"]


def test_html_export_again_is_the_same_and_a_changed_stored_file_is_refused(entries, store, tmp_path):
    out_dir = tmp_path / "web"
    first = write_catalogue_html(entries, out_dir, store.path_of, today=TODAY).read_bytes()
    assert write_catalogue_html(entries, out_dir, store.path_of, today=TODAY).read_bytes() == first
    tampered = entries[1].files[0]
    store.path_of(tampered).write_bytes(b"%PDF-1.4 not the same file")
    fresh = tmp_path / "web2"
    with pytest.raises(StoredFileProblem, match="đã bị thay đổi"):
        write_catalogue_html(entries, fresh, store.path_of, today=TODAY)
    assert not (fresh / "index.html").exists()
    assert not any(p.name.endswith(".tmp") for p in fresh.rglob("*"))
    store.path_of(tampered).unlink()
    with pytest.raises(StoredFileProblem, match="không còn"):
        write_catalogue_html(entries, fresh, store.path_of, today=TODAY)


def test_files_of_entries_no_longer_listed_leave_the_folder(entries, store, tmp_path):
    out_dir = tmp_path / "web"
    write_catalogue_html(entries, out_dir, store.path_of, today=TODAY)
    (out_dir / "files" / "ghi-chu-cua-can-bo.txt").write_text("not ours")  # the officer's own file stays
    withdrawn = replace(entries[1], publication=replace(entries[1].publication, published=False))
    write_catalogue_html([entries[0], withdrawn], out_dir, store.path_of, today=TODAY)
    names = sorted(p.name for p in (out_dir / "files").iterdir())
    assert names == [f"{entries[0].files[0].sha256[:12]}-quyet-dinh-12-qd-ubnd.pdf", "ghi-chu-cua-can-bo.txt"]
    assert HOSTILE_TITLE not in (out_dir / "index.html").read_text("utf-8")


def test_control_characters_in_an_entry_do_not_break_the_spreadsheet(entries, tmp_path):
    odd = replace(entries[0], title="Quyết định\x07 số\x00 12", keywords="\x1b[31m")
    out = write_whole_catalogue_xlsx([odd], tmp_path / "odd.xlsx", today=TODAY)
    row = [c.value for c in load_workbook(out).active[2]]
    assert row[1] == "Quyết định số 12"


def test_an_empty_list_still_makes_a_page(tmp_path):
    page = write_catalogue_html([], tmp_path / "web", lambda f: Path("/nonexistent"), today=TODAY)
    assert "Chưa có thông tin nào đang được công khai." in page.read_text("utf-8")


def test_a_folder_as_the_spreadsheet_target_is_refused(entries, tmp_path):
    with pytest.raises(ValidationError):
        write_catalogue_xlsx(entries, tmp_path, today=TODAY)


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("Quyết định 12-QĐ-UBND.pdf", "quyet-dinh-12-qd-ubnd.pdf"),
        ("../../Kế hoạch: số 3?.PDF", "ke-hoach-so-3.pdf"),
        ("..\\..\\Windows\\system32\\evil.pdf", "evil.pdf"),
        ("CON.png", "con-tep.png"),
        ("nul", "nul-tep"),
        ("", "tep"),
        ("....", "tep"),
        ("tờ trình\u200b\x00\x07.tiff", "to-trinh.tiff"),
        ("Ảnh chụp ".ljust(300, "x") + ".jpg", None),
        ("Báo cáo.pdf ", "bao-cao.pdf"),
        ("Đơn.pdf.exe", "don-pdf.exe"),
        ("ｆｕｌｌ１２.pdf", "full12.pdf"),
    ],
)
def test_published_file_names_are_safe(name, safe):
    got = safe_file_name(name)
    assert re.fullmatch(r"[0-9a-z]+(-[0-9a-z]+)*(\.[0-9a-z]+)?", got), got
    assert len(got) <= 90
    if safe is not None:
        assert got == safe


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("name", ["danh-muc.xlsx", "danh-muc.csv"])
def test_a_pipe_or_device_as_the_target_is_refused_and_left_as_it_was(entries, tmp_path, name):
    # Renaming over it would replace the device itself (as root: /dev/null or /dev/full, for every program).
    pipe = tmp_path / name
    os.mkfifo(pipe)
    write = write_catalogue_xlsx if name.endswith(".xlsx") else write_catalogue_csv
    with pytest.raises(ValidationError, match="không phải tệp thường"):
        write(entries, pipe, today=TODAY)
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["data", name])


def test_half_copies_an_interrupted_export_left_are_removed_by_the_next(entries, store, tmp_path):
    # kill -9 or a power cut mid-copy leaves the temporary copies; the folder is uploaded as it is.
    out_dir = tmp_path / "web"
    (out_dir / "files").mkdir(parents=True)
    half_page = out_dir / ".index.html-0123456789ab.tmp"
    half_file = out_dir / "files" / ".f17e954d6cfa-quyet-dinh.pdf-6c3146f6e32b.tmp"
    own = [out_dir / ".htaccess", out_dir / "files" / ".ghi-chu.tmp"]  # the officer's: left alone
    for path in (half_page, half_file, *own):
        path.write_text("<html><body>nửa trang", encoding="utf-8")
    write_catalogue_html(entries, out_dir, store.path_of, today=TODAY)
    assert not half_page.exists() and not half_file.exists()
    assert all(path.exists() for path in own)
