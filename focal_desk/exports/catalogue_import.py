"""An officer's catalogue kept in Excel → catalogue entries, all rows or none.

The header row is found by its Vietnamese names (accents, case and punctuation ignored; the usual other
wordings accepted: "Trích yếu", "Số hiệu", "Ngày", "Phân loại", "Mức độ tiếp cận" …), anywhere in the first
rows of the first sheet that has one (a title above the table is normal). Every row goes through
domain.catalogue.clean_entry; every problem of every row is reported with its row number as Excel shows it,
and then nothing is returned. Empty rows are skipped. A file that is not an .xlsx workbook, is damaged, or is
beyond the limits ends in one sentence."""

from __future__ import annotations

import re
import warnings
import zipfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple, TypeVar

from openpyxl import load_workbook

from ..domain.catalogue import AccessClass, CatalogueEntry, Publication, clean_entry
from ..domain.errors import ValidationError
from ..domain.text import fold
from .catalogue_import_values import CellProblem, access_of, date_of, ground_of, kind_of, text_of, yes_no

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 400 * 1024 * 1024  # the workbook's XML once unzipped: a zip bomb stops here
MAX_ROWS = 20_000  # entries in one file
MAX_COLUMNS = 60
HEADER_SCAN = 30  # rows searched for the header

# Normalised header (see _header_key) → field.
HEADERS: dict[str, str] = {}
for _field, _names in {
    "title": (
        "ten thong tin",
        "trich yeu",
        "trich yeu noi dung",
        "ten van ban",
        "ten tai lieu",
        "tieu de",
        "noi dung",
    ),
    "number": (
        "so ky hieu",
        "so hieu",
        "ky hieu",
        "so",
        "so van ban",
        "so ky hieu van ban",
        "so hieu van ban",
    ),
    "issued_on": (
        "ngay ban hanh",
        "ngay",
        "ngay thang",
        "ngay thang nam",
        "ngay van ban",
        "ngay ky",
        "ngay thang nam ban hanh",
    ),
    "issuing_body": (
        "co quan ban hanh",
        "co quan",
        "don vi ban hanh",
        "noi ban hanh",
        "co quan don vi ban hanh",
    ),
    "kind": ("loai thong tin", "phan loai", "loai", "phan loai thong tin", "nhom thong tin"),
    "access": (
        "phan loai tiep can",
        "muc do tiep can",
        "cong khai",
        "tiep can",
        "muc do cong khai",
        "che do tiep can",
    ),
    "ground": ("can cu", "can cu khong cong khai", "ly do khong cong khai", "khoan dieu 6 dieu 7"),
    "consent_of": ("can su dong y cua", "dong y cua", "nguoi dong y"),
    "pub_where": ("hinh thuc noi cong khai", "noi cong khai", "hinh thuc cong khai", "dia diem cong khai"),
    "pub_start": ("thoi diem cong khai", "ngay cong khai"),
    "pub_end": ("thoi han cong khai", "han cong khai", "cong khai den", "het han cong khai"),
    "published": ("da cong khai", "tinh trang cong khai"),
    "keywords": ("tu khoa",),
}.items():
    for _name in _names:
        HEADERS[_name] = _field
# Names in the messages for a field the file has no column of (clean_entry's fields included).
LABELS = {
    "title": "Tên thông tin",
    "number": "Số/ký hiệu",
    "issued_on": "Ngày ban hành",
    "issuing_body": "Cơ quan ban hành",
    "kind": "Loại thông tin",
    "access": "Phân loại tiếp cận",
    "ground": "Căn cứ (Điều 6/Điều 7)",
    "consent_of": "Cần sự đồng ý của",
    "pub_where": "Hình thức/nơi công khai",
    "pub_start": "Thời điểm công khai",
    "pub_end": "Thời hạn công khai",
    "published": "Đã công khai",
    "keywords": "Từ khóa",
}
_CLEAN_FIELDS = {"publication_end": "pub_end", "conditional_ground": "ground", "secret_point": "ground"}
_PARENTHESES = re.compile(r"\([^)]*\)")
_NOT_WORD = re.compile(r"[^0-9a-z]+")

T = TypeVar("T")
NOT_XLSX = "Tệp {name} không phải bảng tính Excel .xlsx hoặc đã hỏng (tệp .xls cũ: hãy mở bằng Excel và lưu lại dạng .xlsx)."


class RowProblem(NamedTuple):
    row: int  # as Excel numbers it
    column: str  # the column's header in the file (or the field's Vietnamese name)
    message: str

    def sentence(self) -> str:
        return f"Dòng {self.row}, cột “{self.column}”: {self.message}"


class CatalogueImportError(ValidationError):
    """Nothing imported. ``problems`` lists every problem of every bad row; empty when the file itself is
    refused (then ``errors`` = {"file": one sentence})."""

    def __init__(self, problems: Sequence[RowProblem] = (), file_problem: str = "") -> None:
        self.problems = list(problems)
        errors: dict[str, str] = {}
        if file_problem:
            errors["file"] = file_problem
        for n, p in enumerate(self.problems):
            errors[f"line {p.row} #{n}"] = p.sentence()  # "line …": the CLI prints the sentence as it is
        super().__init__(errors)
        if file_problem:
            self.args = (file_problem,)
        else:
            rows = len({p.row for p in self.problems})
            self.args = (
                f"Không nhập dòng nào: {rows} dòng có lỗi. " + " ".join(p.sentence() for p in self.problems),
            )


def _header_key(text: object) -> str:
    if not isinstance(text, str):
        return ""
    return _NOT_WORD.sub(" ", fold(_PARENTHESES.sub(" ", text))).strip()


def _find_header(rows: Iterator[tuple[object, ...]]) -> tuple[int, dict[str, tuple[int, str]]] | None:
    """(the header's row number, field → (column index, header as written)), or None."""
    for number, row in enumerate(rows, start=1):
        columns: dict[str, tuple[int, str]] = {}
        for i, cell in enumerate(row):
            field = HEADERS.get(_header_key(cell))
            if field and field not in columns:  # the first column of a field wins
                columns[field] = (i, " ".join(str(cell).split()))
        if "title" in columns and len(columns) >= 2:
            return number, columns
        if number >= HEADER_SCAN:
            return None
    return None


def _refuse_file(path: Path) -> None:
    name = f"“{path.name}”"
    if not path.is_file():
        raise CatalogueImportError(file_problem=f"Không tìm thấy tệp {name}.")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise CatalogueImportError(
            file_problem=f"Tệp {name} quá lớn (tối đa {MAX_FILE_BYTES // (1024 * 1024)} MB): đây không phải danh mục thông tin."
        )
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            unpacked = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise CatalogueImportError(file_problem=NOT_XLSX.format(name=name)) from None
    if "xl/workbook.xml" not in names:
        raise CatalogueImportError(file_problem=NOT_XLSX.format(name=name))
    if unpacked > MAX_UNPACKED_BYTES:
        raise CatalogueImportError(
            file_problem=f"Tệp {name} giải nén ra quá lớn: đây không phải danh mục thông tin."
        )


def _entry(
    row: tuple[object, ...], columns: dict[str, tuple[int, str]], number: int, problems: list[RowProblem]
) -> CatalogueEntry | None:
    def cell(field: str) -> object:
        at = columns.get(field)
        return row[at[0]] if at and at[0] < len(row) else None

    def label(field: str) -> str:
        return columns[field][1] if field in columns else LABELS[field]

    found: list[tuple[int, RowProblem]] = []  # reported in the sheet's column order

    def parse(field: str, parser: Callable[..., T], *args: object) -> T | None:
        try:
            return parser(cell(field), *args)
        except CellProblem as exc:
            found.append(
                (
                    columns[field][0] if field in columns else MAX_COLUMNS,
                    RowProblem(number, label(field), str(exc)),
                )
            )
            return None

    title = parse("title", text_of, "Tên thông tin") or ""
    access_word = parse("access", access_of)
    access, implied_point = access_word or (AccessClass.PUBLIC, "")
    ground = parse("ground", ground_of, access) or ""
    entry = CatalogueEntry(
        id=None,
        title=title,
        number=parse("number", text_of, "Số/ký hiệu") or "",
        issued_on=parse("issued_on", date_of),
        issuing_body=parse("issuing_body", text_of, "Cơ quan ban hành") or "",
        kind=parse("kind", kind_of) or "other",
        access=access,
        publication=Publication(
            where=parse("pub_where", text_of, "Hình thức/nơi công khai") or "",
            start=parse("pub_start", date_of),
            end=parse("pub_end", date_of),
            published=bool(parse("published", yes_no)),
        ),
        consent_of=parse("consent_of", text_of, "Cần sự đồng ý của") or "",
        conditional_ground=ground if access is AccessClass.CONDITIONAL else "",
        secret_point=(ground or implied_point) if access is AccessClass.SECRET else "",
        keywords=parse("keywords", text_of, "Từ khóa") or "",
    )
    if found:
        problems += [p for _, p in sorted(found, key=lambda f: f[0])]
        return None
    try:
        return clean_entry(entry)
    except ValidationError as exc:
        for field, message in exc.errors.items():
            problems.append(RowProblem(number, label(_CLEAN_FIELDS.get(field, field)), message))
        return None


def _is_empty(row: tuple[object, ...], skip: set[int]) -> bool:
    return all(
        v is None or (isinstance(v, str) and not v.strip()) for i, v in enumerate(row) if i not in skip
    )


def _read(path: Path) -> list[CatalogueEntry]:
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        for ws in wb.worksheets:
            if not hasattr(ws, "iter_rows"):
                continue  # a chart sheet
            rows = ws.iter_rows(max_col=MAX_COLUMNS, values_only=True)
            header = _find_header(rows)
            if header is None:
                continue
            header_row, columns = header
            used = {i for i, _ in columns.values()}
            ignored = set(range(MAX_COLUMNS)) - used  # STT, Tệp, Ghi chú …: a row holding only those is empty
            entries: list[CatalogueEntry] = []
            problems: list[RowProblem] = []
            count = 0
            for number, row in enumerate(rows, start=header_row + 1):
                if _is_empty(row, ignored):
                    continue
                count += 1
                if count > MAX_ROWS:
                    raise CatalogueImportError(
                        file_problem=f"Bảng tính có hơn {MAX_ROWS:,} dòng thông tin".replace(",", ".")
                        + ": hãy chia thành nhiều tệp."
                    )
                entry = _entry(row, columns, number, problems)
                if entry is not None:
                    entries.append(entry)
            if problems:
                raise CatalogueImportError(problems)
            return entries
    finally:
        wb.close()
    raise CatalogueImportError(
        file_problem=f"Không tìm thấy dòng tiêu đề có cột “Tên thông tin” (hoặc “Trích yếu”) và ít nhất một cột "
        f"khác (“Số/ký hiệu”, “Ngày ban hành” …) trong {HEADER_SCAN} dòng đầu của bảng tính “{path.name}”."
    )


def read_catalogue_xlsx(path: Path) -> list[CatalogueEntry]:
    """Every entry of the officer's spreadsheet (cleaned, id None, no files), or CatalogueImportError."""
    path = Path(path)
    _refuse_file(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns of features it drops (data validation, styles)
            return _read(path)
    except CatalogueImportError:
        raise
    except Exception as exc:  # zip, XML or openpyxl errors of a damaged workbook: one sentence, no traceback
        raise CatalogueImportError(file_problem=NOT_XLSX.format(name=f"“{path.name}”")) from exc
