"""Facts → text: the Decree 30 date line, money, the agency's name in a sentence."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from focal_desk.documents.facts_text import date_line, money, sentence_name


def test_date_line_examples():
    assert date_line("Đạo Trù", date(2026, 1, 5)) == "Đạo Trù, ngày 05 tháng 01 năm 2026"
    assert date_line("Đạo Trù", date(2026, 2, 28)) == "Đạo Trù, ngày 28 tháng 02 năm 2026"
    assert date_line("Đạo Trù", date(2026, 3, 9)) == "Đạo Trù, ngày 09 tháng 3 năm 2026"
    assert date_line("Đạo Trù", date(2026, 12, 31)) == "Đạo Trù, ngày 31 tháng 12 năm 2026"


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
def test_date_line_leading_zero_rules(d):
    line = date_line("Tam Đảo", d)
    day = line.split("ngày ")[1].split(" ")[0]
    month = line.split("tháng ")[1].split(" ")[0]
    assert int(day) == d.day and len(day) == 2  # days below 10 take a leading 0
    assert int(month) == d.month
    assert month.startswith("0") == (d.month <= 2)  # only January and February
    assert line.endswith(f"năm {d.year}")


def test_money():
    assert money(54_000) == "54.000 đồng"
    assert money(0) == "0 đồng"
    assert money(1_234_567) == "1.234.567 đồng"


def test_agency_name_in_a_sentence_keeps_the_place_name():
    assert sentence_name("ỦY BAN NHÂN DÂN XÃ ĐẠO TRÙ", "Đạo Trù") == "Ủy ban nhân dân xã Đạo Trù"
    assert sentence_name("ỦY BAN NHÂN DÂN PHƯỜNG VĨNH YÊN", "Vĩnh Yên") == "Ủy ban nhân dân phường Vĩnh Yên"
