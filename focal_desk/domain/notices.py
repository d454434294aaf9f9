"""Calendar announcements as CSV (date,kind,name_vi,source) — the shipped file and the officer's imports.

What the officer imports is often a file Excel wrote: in a Vietnamese locale Excel separates with ";", writes
dates as DD/MM/YYYY and may put spaces after the separators. All of that is accepted; the delimiter is taken
from the header line. Every problem ends in a ValidationError naming its line, never a csv error.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date

from .calendar import CalendarEntry, DayKind
from .errors import ValidationError
from .text import clean_field

COLUMNS = ("date", "kind", "name_vi", "source")
SAME_SOURCE = "same"  # "same as the row above", as the announcements list is written
DELIMITERS = (",", ";", "\t")
# A year's announcement is a few dozen lines. The bounds keep a wrong file (a database export, a log) from
# eating memory and time, while still taking a generous file that repeats its dates many times over: the
# size bounds the reading (a few seconds at most), the number of different dates what is stored.
MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_ROWS = 200_000
MAX_DAYS = 3660  # ten years of dates
MAX_TEXT = 500  # characters of a reason or a source
MAX_REPORTED = 50  # line errors listed; the rest are counted

_DMY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def decode_notices(data: bytes) -> str:
    """The text of an imported file (UTF-8, with or without Excel's BOM), or one sentence saying why not."""
    if len(data) > MAX_FILE_BYTES:
        raise ValidationError.single(
            "file", f"Tệp quá lớn (tối đa {MAX_FILE_BYTES // (1024 * 1024)} MB): đây không phải tệp thông báo lịch nghỉ."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError.single("file", "Tệp không phải văn bản UTF-8 (hãy lưu dạng CSV UTF-8).") from None


def _parse_day(raw: str) -> date | None:
    """YYYY-MM-DD, or DD/MM/YYYY as Excel writes dates in a Vietnamese locale."""
    try:
        if m := _DMY.fullmatch(raw):
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return date.fromisoformat(raw)
    except ValueError:
        return None


def _header_and_delimiter(text: str) -> tuple[list[str], str]:
    """The delimiter that splits the header line into the expected columns (names trimmed, lower case)."""
    first = text.split("\n", 1)[0].rstrip("\r")
    if len(first) > 1000:
        raise ValidationError.single("file", "Dòng tiêu đề quá dài: đây không phải tệp thông báo lịch nghỉ.")
    best: tuple[list[str], str] | None = None
    for delimiter in sorted(DELIMITERS, key=first.count, reverse=True):
        names = [n.strip().lower() for n in next(csv.reader([first], delimiter=delimiter), [])]
        if all(c in names for c in COLUMNS):
            return names, delimiter
        best = best or (names, delimiter)
    names = best[0] if best else []
    missing = [c for c in COLUMNS if c not in names]
    raise ValidationError.single("file", f"Thiếu cột: {', '.join(missing)} (cần {','.join(COLUMNS)})")


def parse_notices(text: str, layer: int) -> list[CalendarEntry]:
    """Parse announcement rows; every problem is reported with its line number, nothing half-parsed.

    A date given twice keeps its later row (one entry per date, as a re-issued announcement means).
    """
    text = text.lstrip("\ufeff")
    if len(text) > MAX_FILE_BYTES:
        raise ValidationError.single("file", "Tệp quá lớn: đây không phải tệp thông báo lịch nghỉ.")
    names, delimiter = _header_and_delimiter(text)
    at = [names.index(c) for c in COLUMNS]
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, skipinitialspace=True)
    by_day: dict[date, CalendarEntry] = {}
    parsed: dict[tuple[tuple[str, ...], str], CalendarEntry] = {}  # a file repeating its rows parses each once
    errors: dict[str, str] = {}
    bad_lines = rows = 0
    previous_source = ""
    try:
        next(reader)  # the header, read above
        for raw_row in reader:
            if not any(cell.strip() for cell in raw_row):
                continue  # blank line (Excel adds ";;;" rows)
            rows += 1
            if rows > MAX_ROWS:
                many = f"{MAX_ROWS:_}".replace("_", ".")
                raise ValidationError.single("file", f"Tệp có hơn {many} dòng: đây không phải tệp thông báo lịch nghỉ.")
            cells = tuple(raw_row[i] if i < len(raw_row) else "" for i in at)
            entry = parsed.get((cells, previous_source))
            if entry is None:
                problem, entry = _entry(cells, layer, previous_source)
                if entry is None:
                    bad_lines += 1
                    if bad_lines <= MAX_REPORTED:
                        errors[f"line {reader.line_num}"] = f"Dòng {reader.line_num}: {problem}"
                    continue
                if len(parsed) < MAX_DAYS:
                    parsed[(cells, previous_source)] = entry
            previous_source = entry.source
            by_day.pop(entry.day, None)  # the later row wins, in its own place
            by_day[entry.day] = entry
            if len(by_day) > MAX_DAYS:
                many = f"{MAX_DAYS:_}".replace("_", ".")
                raise ValidationError.single(
                    "file", f"Tệp có hơn {many} ngày khác nhau: đây không phải tệp thông báo lịch nghỉ."
                )
    except csv.Error:
        # a field over the csv module's size limit (128 KiB), an unclosed quote…: that line, in one sentence
        line_no = reader.line_num
        raise ValidationError.single(
            f"line {line_no}", f"Dòng {line_no}: không đọc được dòng này (một ô quá dài hoặc sai dấu ngoặc kép)."
        ) from None
    if bad_lines > MAX_REPORTED:
        errors["more"] = f"… và {bad_lines - MAX_REPORTED} dòng lỗi khác"
    if errors:
        raise ValidationError(errors)
    if not by_day:
        raise ValidationError.single("file", "Tệp không có dòng dữ liệu nào")
    return list(by_day.values())


_KINDS = {k.value: k for k in DayKind}


def _entry(cells: tuple[str, ...], layer: int, previous_source: str) -> tuple[str, CalendarEntry | None]:
    """(problem, None) or ("", the entry) for the date, kind, name_vi and source of one data row."""
    raw_day, raw_kind, raw_name, raw_source = cells
    day = _parse_day(raw_day.strip())
    if day is None:
        return f"ngày '{raw_day.strip()[:40]}' không đúng dạng YYYY-MM-DD (hoặc DD/MM/YYYY)", None
    kind = _KINDS.get(raw_kind.strip().lower())
    if kind is None:
        return f"loại ngày phải là 'off' hoặc 'work', không phải '{raw_kind.strip()[:40]}'", None
    refused: dict[str, str] = {}
    name = clean_field(refused, "name_vi", "Lý do (name_vi)", raw_name)
    source = clean_field(refused, "source", "Văn bản nguồn (source)", raw_source)
    if refused:
        return next(iter(refused.values())), None
    if source.lower() == SAME_SOURCE:
        source = previous_source
    if not name:
        return "thiếu lý do (name_vi)", None
    if not source:
        return "thiếu văn bản nguồn (source)", None
    if len(name) > MAX_TEXT or len(source) > MAX_TEXT:
        return f"lý do hoặc văn bản nguồn quá dài (tối đa {MAX_TEXT} ký tự)", None
    return "", CalendarEntry(day=day, kind=kind, reason=name, source=source, layer=layer)


def notices_to_csv(entries: list[CalendarEntry]) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(COLUMNS)
    for e in sorted(entries, key=lambda e: e.day):
        w.writerow([e.day.isoformat(), e.kind.value, e.reason, e.source])
    return out.getvalue()
