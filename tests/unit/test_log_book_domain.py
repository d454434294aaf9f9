"""The log book's domain: periods, the outcome totals and the masking of the public copy."""

from __future__ import annotations

from datetime import date

import pytest

from focal_desk.domain.enums import Status
from focal_desk.domain.errors import ValidationError
from focal_desk.domain.log_book import outcome_totals
from focal_desk.domain.masking import (
    mask_address,
    mask_email,
    mask_free_text,
    mask_number,
    split_address,
)
from focal_desk.domain.period import Period


def test_periods_cover_their_days_and_say_so():
    feb = Period.month(2028, 2)
    assert (feb.start, feb.end, feb.end_exclusive) == (date(2028, 2, 1), date(2028, 2, 29), date(2028, 3, 1))
    assert feb.label_vi == "Tháng 02 năm 2028"
    dec = Period.month(2026, 12)
    assert dec.end == date(2026, 12, 31) and dec.end_exclusive == date(2027, 1, 1)
    q4 = Period.quarter(2026, 4)
    assert (q4.start, q4.end, q4.label_vi) == (date(2026, 10, 1), date(2026, 12, 31), "Quý IV năm 2026")
    assert Period.quarter(2026, 1).end == date(2026, 3, 31)
    assert Period.year(2026).label_vi == "Năm 2026"
    span = Period.between(date(2026, 3, 5), date(2026, 3, 5))
    assert date(2026, 3, 5) in span and date(2026, 3, 6) not in span
    assert span.label_vi == "Từ ngày 05/03/2026 đến ngày 05/03/2026"


@pytest.mark.parametrize("bad", [lambda: Period.month(2026, 13), lambda: Period.quarter(2026, 5),
                                 lambda: Period.between(date(2026, 3, 2), date(2026, 3, 1))])
def test_bad_periods_are_refused(bad):
    with pytest.raises(ValidationError):
        bad()


def test_outcome_totals_list_every_outcome_in_order():
    totals = outcome_totals([Status.PROVIDED, Status.REFUSED, Status.PROVIDED])
    assert [s for s, _ in totals] == list(Status)
    assert dict(totals)[Status.PROVIDED] == 2 and dict(totals)[Status.REFUSED] == 1
    assert sum(n for _, n in totals) == 3


@pytest.mark.parametrize(("address", "street", "kept"), [
    ("Thôn Đồng Tâm, xã Đạo Trù, tỉnh Phú Thọ", "Thôn Đồng Tâm", "xã Đạo Trù, tỉnh Phú Thọ"),
    ("Số 12 ngõ 4 phố Huế, Phường Hai Bà Trưng, thành phố Hà Nội", "Số 12 ngõ 4 phố Huế",
     "Phường Hai Bà Trưng, thành phố Hà Nội"),
    ("Tổ 3, khu 2, thị trấn Tam Đảo, huyện Tam Đảo, tỉnh Vĩnh Phúc", "Tổ 3, khu 2",
     "thị trấn Tam Đảo, huyện Tam Đảo, tỉnh Vĩnh Phúc"),
    ("xã Đạo Trù", "", "xã Đạo Trù"),
    ("Số 5 đường Hùng Vương, Việt Trì", "Số 5 đường Hùng Vương, Việt Trì", ""),
])
def test_addresses_keep_the_commune_and_above(address, street, kept):
    assert split_address(address) == (street, kept)
    masked = mask_address(address)
    assert (street == "" or street not in masked) and masked.endswith(kept)


def test_numbers_and_emails_are_masked():
    assert mask_number("001090012345") == "*********345"
    assert mask_number("0912 345 678") == "*********678"
    assert mask_number("") == ""
    assert mask_email("nguyen.an12@gmail.com") == "n***@gmail.com"


def test_free_text_loses_the_requester_details_and_anything_that_looks_like_them():
    text = ("Gửi về Thôn Đồng Tâm cho tôi, gọi 0912 345 678 hoặc 0987.654.321, thư AN@Example.vn; "
            "CCCD 001090012345; thửa đất số 12, năm 2020")
    masked = mask_free_text(text, ("001090012345", "0912 345 678", "an@example.vn", "thôn đồng tâm"))
    for gone in ("Đồng Tâm", "0912", "0987", "654", "Example", "001090012345"):
        assert gone not in masked
    assert "thửa đất số 12, năm 2020" in masked  # short numbers and years stay
