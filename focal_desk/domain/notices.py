"""Calendar announcements as CSV (date,kind,name_vi,source) — the shipped file and the officer's imports."""

from __future__ import annotations

import csv
import io
from datetime import date

from .calendar import CalendarEntry, DayKind
from .errors import ValidationError
from .text import nfc

COLUMNS = ("date", "kind", "name_vi", "source")
SAME_SOURCE = "same"  # "same as the row above", as the announcements list is written


def parse_notices(text: str, layer: int) -> list[CalendarEntry]:
    """Parse announcement rows; every problem is reported with its line number, nothing half-parsed."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ValidationError.single("file", f"Thiếu cột: {', '.join(missing)} (cần {','.join(COLUMNS)})")
    entries: list[CalendarEntry] = []
    errors: dict[str, str] = {}
    previous_source = ""
    for line_no, row in enumerate(reader, start=2):
        raw_day, kind, name = (row.get("date") or "").strip(), (row.get("kind") or "").strip(), nfc(row.get("name_vi"))
        source = nfc(row.get("source"))
        if source.lower() == SAME_SOURCE:
            source = previous_source
        try:
            day = date.fromisoformat(raw_day)
        except ValueError:
            errors[f"line {line_no}"] = f"Dòng {line_no}: ngày '{raw_day}' không đúng dạng YYYY-MM-DD"
            continue
        if kind not in (DayKind.OFF.value, DayKind.WORK.value):
            errors[f"line {line_no}"] = f"Dòng {line_no}: loại ngày phải là 'off' hoặc 'work', không phải '{kind}'"
            continue
        if not name:
            errors[f"line {line_no}"] = f"Dòng {line_no}: thiếu lý do (name_vi)"
            continue
        if not source:
            errors[f"line {line_no}"] = f"Dòng {line_no}: thiếu văn bản nguồn (source)"
            continue
        previous_source = source
        entries.append(CalendarEntry(day=day, kind=DayKind(kind), reason=name, source=source, layer=layer))
    if errors:
        raise ValidationError(errors)
    if not entries:
        raise ValidationError.single("file", "Tệp không có dòng dữ liệu nào")
    return entries


def notices_to_csv(entries: list[CalendarEntry]) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(COLUMNS)
    for e in sorted(entries, key=lambda e: e.day):
        w.writerow([e.day.isoformat(), e.kind.value, e.reason, e.source])
    return out.getvalue()
