"""Pure rules: typed numbers read back as ND30 writes them, series keys, the fee rate set valid on a date."""

from __future__ import annotations

from datetime import date

import pytest

from focal_desk import bundled
from focal_desk.domain.agency import AgencyProfile, NumberingMode, SeriesScope
from focal_desk.domain.errors import ValidationError
from focal_desk.domain.fees import (
    FeeRate,
    FeeRateSet,
    build_fee_lines,
    factored,
    parse_rate_sets,
    rate_set_on,
)
from focal_desk.domain.numbering import check_numbering_input, parse_typed_number, series_key
from focal_desk.domain.refusal import RefusalGround, offered_grounds

AGENCY = AgencyProfile(None, "UBND XÃ ĐẠO TRÙ", "UBND TỈNH PHÚ THỌ", "Đạo Trù", "UBND", "Nguyễn Văn An", "CHỦ TỊCH")


@pytest.mark.parametrize("typed", ["5", "05", " 005 ", "05/TB-UBND", "5/tb-ubnd"])
def test_a_typed_number_is_written_with_two_digits(typed):
    assert parse_typed_number(typed, "TB", AGENCY, 2026).text == "05/TB-UBND"


@pytest.mark.parametrize("typed", ["", "0", "abc", "5a", "05/QĐ-UBND", "123456"])
def test_a_bad_typed_number_is_refused(typed):
    with pytest.raises(ValidationError) as bad:
        parse_typed_number(typed, "TB", AGENCY, 2026)
    assert "number" in bad.value.errors


def test_a_cong_van_has_no_type_in_its_number_and_its_own_series():
    assert parse_typed_number("7", "", AGENCY, 2026).text == "07/UBND"
    assert series_key(SeriesScope.PER_TYPE, "") == "CV"
    assert series_key(SeriesScope.PER_TYPE, "TB") == "TB"
    assert series_key(SeriesScope.COMMON, "TB") == series_key(SeriesScope.COMMON, "") == "*"


def test_who_gives_the_number():
    check_numbering_input(NumberingMode.SERIES, True, None)
    check_numbering_input(NumberingMode.TYPED, True, "5")
    check_numbering_input(NumberingMode.TYPED, False, None)
    for mode, numbered, typed in [(NumberingMode.SERIES, True, "5"), (NumberingMode.TYPED, True, " "),
                                  (NumberingMode.SERIES, False, "5")]:
        with pytest.raises(ValidationError):
            check_numbering_input(mode, numbered, typed)


def _set(valid_from: date, rate: int) -> FeeRateSet:
    return FeeRateSet(valid_from, {"a4_bw": FeeRate("a4_bw", "A4 đen trắng", "trang", rate)})


def test_the_rate_set_valid_on_the_day_applies():
    sets = (_set(date(2018, 7, 1), 3000), _set(date(2027, 1, 1), 4000))
    assert rate_set_on(sets, date(2026, 12, 31)).valid_from == date(2018, 7, 1)
    assert rate_set_on(sets, date(2027, 1, 1)).valid_from == date(2027, 1, 1)
    assert build_fee_lines(sets, date(2026, 12, 31), 0.7, {"a4_bw": 3})[0].amount == 3 * 2100
    assert build_fee_lines(sets, date(2027, 1, 4), 0.5, {"a4_bw": 3})[0].amount == 3 * 2000
    with pytest.raises(ValidationError):
        rate_set_on(sets, date(2018, 6, 30))


def test_the_shipped_rates_are_those_of_circular_46():
    (tt46,) = parse_rate_sets(bundled.fee_rate_data())
    assert {c: r.rate for c, r in tt46.rates.items()} == {
        "a4_bw": 3000, "a4_colour": 18000, "photo_15x21": 36000, "photo_20x30": 54000, "photo_30x40": 135000,
        "audio_minute": 27000, "film_minute": 54000,
    }
    assert factored(135000, 0.7) == 94500 and factored(27000, 0.5) == 13500


def test_non_payment_is_offered_only_when_costs_are_overdue():
    assert RefusalGround.E not in offered_grounds(False)
    assert offered_grounds(True) == tuple(RefusalGround)
