"""Issue 6 item 8 on a real SQLite file: importing an announcement is idempotent, whatever its separator."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from focal_desk.domain.calendar import DayKind, Layer
from focal_desk.domain.errors import ValidationError
from focal_desk.domain.notices import decode_notices, parse_notices

SEMICOLONS = (
    "\ufeffdate; kind; name_vi; source\r\n"
    "04/02/2027; off; Nghỉ Tết Nguyên đán Đinh Mùi; Thông báo nghỉ Tết 2027\r\n"
    "05/02/2027; off; Nghỉ Tết Nguyên đán Đinh Mùi; same\r\n"
    "20/02/2027; work; Làm bù Tết Đinh Mùi; same\r\n"
)


def table(app) -> list[tuple]:
    with sqlite3.connect(app.paths.database) as db:
        return db.execute("SELECT * FROM calendar_entries ORDER BY id").fetchall()


def local_rows(app) -> list[tuple]:
    with sqlite3.connect(app.paths.database) as db:
        return db.execute(
            "SELECT day, kind, reason, source FROM calendar_entries WHERE layer = ? ORDER BY day", (int(Layer.LOCAL),)
        ).fetchall()


def import_text(app, text: str):
    return app.calendar.import_entries(parse_notices(decode_notices(text.encode()), Layer.LOCAL))


def test_a_semicolon_file_from_excel_is_imported(app):
    import_text(app, SEMICOLONS)
    cal = app.calendar.calendar()
    assert not cal.is_working_day(date(2027, 2, 5)) and cal.is_working_day(date(2027, 2, 20))
    assert local_rows(app) == [
        ("2027-02-04", "off", "Nghỉ Tết Nguyên đán Đinh Mùi", "Thông báo nghỉ Tết 2027"),
        ("2027-02-05", "off", "Nghỉ Tết Nguyên đán Đinh Mùi", "Thông báo nghỉ Tết 2027"),
        ("2027-02-20", "work", "Làm bù Tết Đinh Mùi", "Thông báo nghỉ Tết 2027"),
    ]


def test_importing_the_same_announcement_again_leaves_the_table_unchanged(app):
    import_text(app, SEMICOLONS)
    before = table(app)
    import_text(app, SEMICOLONS)
    import_text(app, SEMICOLONS.replace("; ", ","))  # the same entries, written as a comma file
    assert table(app) == before
    # a corrected announcement replaces the day's entry rather than adding a second one
    import_text(app, "date,kind,name_vi,source\n2027-02-05,off,Nghỉ Tết (đính chính),Thông báo 2\n")
    assert len(local_rows(app)) == 3
    assert app.calendar.calendar().info(date(2027, 2, 5)).reason == "Nghỉ Tết (đính chính)"
    # and an officer adding a day twice keeps one row
    app.calendar.add_day(date(2026, 3, 4), DayKind.OFF, "Nghỉ do bão", "QĐ 5/QĐ-UBND")
    app.calendar.add_day(date(2026, 3, 4), DayKind.OFF, "Nghỉ do bão", "QĐ 5/QĐ-UBND")
    assert len(local_rows(app)) == 4


def test_a_10_mb_file_repeating_365_dates_makes_365_rows(app):
    days = [date(2027, 1, 1) + timedelta(days=i) for i in range(365)]
    header = "date;kind;name_vi;source\n"
    body = [
        f"{d:%d/%m/%Y};off;Ngày nghỉ theo thông báo của Ủy ban nhân dân tỉnh về lịch làm việc năm 2027;"
        f"Thông báo số 123/TB-UBND ngày 01/12/2026 của Ủy ban nhân dân tỉnh\n"
        for d in days
    ]
    text = header + "".join(body) * (10_000_000 // len("".join(body).encode()) + 1)
    assert len(text.encode()) > 10_000_000
    import_text(app, text)
    assert len(local_rows(app)) == 365
    import_text(app, text)
    assert len(local_rows(app)) == 365


def test_dates_outside_the_usable_years_are_refused_before_any_work(app):
    for day in ("1900-01-01", "2017-12-31", "2028-01-03", "9999-12-20"):
        with pytest.raises(ValidationError) as info:
            import_text(app, f"date,kind,name_vi,source\n{day},off,Nghỉ,TB 1\n")
        assert set(info.value.errors) == {"day"} and "2018–2027" in info.value.errors["day"]
    assert local_rows(app) == []
    assert 9999 not in app.calendar.calendar().covered_years
