"""Issue 6 item 8: calendar CSV files as Excel writes them are read; a bad file ends in one sentence per line."""

from __future__ import annotations

from datetime import date

import pytest

from focal_desk.domain.calendar import CalendarEntry, DayKind
from focal_desk.domain.errors import ValidationError
from focal_desk.domain.notices import MAX_FILE_BYTES, MAX_REPORTED, MAX_ROWS, decode_notices, parse_notices

EXPECTED = [
    CalendarEntry(date(2027, 2, 4), DayKind.OFF, "Nghỉ Tết Nguyên đán Đinh Mùi", "Thông báo 1/TB", 2),
    CalendarEntry(date(2027, 2, 20), DayKind.WORK, "Làm bù Tết", "Thông báo 1/TB", 2),
]


def refused(text: str) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        parse_notices(text, layer=2)
    return info.value.errors


@pytest.mark.parametrize(
    "text",
    [
        # what Excel writes in a Vietnamese locale: semicolons, dates day first, a BOM
        "\ufeffdate;kind;name_vi;source\r\n04/02/2027;off;Nghỉ Tết Nguyên đán Đinh Mùi;Thông báo 1/TB\r\n"
        "20/02/2027;work;Làm bù Tết;same\r\n;;;\r\n",
        # spaces after the separators, in the header and in the values
        "date, kind, name_vi, source\n2027-02-04, off, Nghỉ Tết Nguyên đán Đinh Mùi, Thông báo 1/TB\n"
        "2027-02-20, work, Làm bù Tết, same\n",
        "date ; kind ; name_vi ; source\n2027-02-04 ; off ; Nghỉ Tết Nguyên đán Đinh Mùi ; Thông báo 1/TB\n"
        "2027-02-20 ; WORK ; Làm bù Tết ; same\n",
        # tab-separated (copied out of a spreadsheet), header in another case and order
        "Source\tDate\tKind\tName_VI\nThông báo 1/TB\t2027-02-04\toff\tNghỉ Tết Nguyên đán Đinh Mùi\n"
        "same\t2027-02-20\twork\tLàm bù Tết\n",
        # a comma inside a quoted value of a semicolon file
        'date;kind;name_vi;source\n2027-02-04;off;"Nghỉ Tết Nguyên đán Đinh Mùi";"Thông báo 1/TB"\n'
        '2027-02-20;work;Làm bù Tết;same\n',
    ],
)
def test_semicolon_tab_and_spaced_files_are_read(text):
    assert parse_notices(text, layer=2) == EXPECTED


def test_a_comma_file_with_semicolons_in_a_value_keeps_the_comma():
    text = "date,kind,name_vi,source\n2027-02-04,off,Nghỉ Tết; Đinh Mùi,TB 1\n"
    assert parse_notices(text, layer=2)[0].reason == "Nghỉ Tết; Đinh Mùi"


def test_missing_columns_are_named_whatever_the_separator():
    assert refused("date;kind;name\n2027-01-01;off;X\n") == {
        "file": "Thiếu cột: name_vi, source (cần date,kind,name_vi,source)"
    }


def test_a_date_given_twice_keeps_the_later_row():
    text = (
        "date,kind,name_vi,source\n2027-02-04,off,Nghỉ Tết,TB 1\n2027-02-05,off,Nghỉ Tết,TB 1\n"
        "2027-02-04,off,Nghỉ Tết (sửa),TB 2\n"
    )
    entries = parse_notices(text, layer=2)
    assert [(e.day, e.reason, e.source) for e in entries] == [
        (date(2027, 2, 5), "Nghỉ Tết", "TB 1"),
        (date(2027, 2, 4), "Nghỉ Tết (sửa)", "TB 2"),
    ]


def test_a_huge_field_is_one_sentence_naming_its_line_not_a_csv_error():
    text = f"date,kind,name_vi,source\n2027-02-04,off,Nghỉ,TB 1\n2027-02-05,off,{'x' * 200_000},TB 1\n"
    with pytest.raises(ValidationError) as info:
        parse_notices(text, layer=2)
    ((key, message),) = info.value.errors.items()
    assert key == "line 3" and message.startswith("Dòng 3: ") and message.count(".") == 1
    quoted = f'date,kind,name_vi,source\n2027-02-05,off,"{"y" * 200_000}",TB 1\n'
    assert list(refused(quoted)) == ["line 2"]


def test_long_values_and_control_characters_are_refused_by_line():
    text = (
        f"date,kind,name_vi,source\n2027-02-04,off,{'x' * 600},TB 1\n2027-02-05,off,Nghỉ\x1b[31m,TB 1\n"
        "2027-02-06,off,\u200b,TB 1\n2027-02-07,off,Nghỉ\u200b bù,TB\u202e 1\n"
    )
    errors = refused(text)
    assert set(errors) == {"line 2", "line 3", "line 4"}
    assert "U+001B" in errors["line 3"] and "thiếu lý do" in errors["line 4"]
    ok = parse_notices("date,kind,name_vi,source\n2027-02-07,off,Nghỉ\u200b bù,TB\u202e 1\n", layer=2)
    assert (ok[0].reason, ok[0].source) == ("Nghỉ bù", "TB 1")


def test_many_bad_lines_are_listed_up_to_a_bound():
    text = "date,kind,name_vi,source\n" + "2027-02-30,off,X,Y\n" * 500
    errors = refused(text)
    assert len(errors) == MAX_REPORTED + 1
    assert errors["more"] == f"… và {500 - MAX_REPORTED} dòng lỗi khác"


def test_file_size_and_row_count_are_bounded():
    with pytest.raises(ValidationError) as info:
        decode_notices(b"x" * (MAX_FILE_BYTES + 1))
    assert set(info.value.errors) == {"file"} and "16 MB" in info.value.errors["file"]
    with pytest.raises(ValidationError) as info:
        decode_notices("date,kind\n".encode("cp1258") + b"\xd0\xe1\xff")
    assert "UTF-8" in info.value.errors["file"]
    assert decode_notices("\ufeffdate".encode()) == "date"
    too_many = "date,kind,name_vi,source\n" + "2027-02-04,off,X,Y\n" * (MAX_ROWS + 1)
    assert set(refused(too_many)) == {"file"}
    years = "date,kind,name_vi,source\n" + "".join(f"{y}-01-{d:02d},off,X,Y\n" for y in range(2020, 2200) for d in
                                                   range(1, 32))
    assert "ngày khác nhau" in refused(years)["file"]
