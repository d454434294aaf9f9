"""The advice for each catalogue entry linked to a request (Đ28.1.a, b with Đ23.1, Đ7) and the lines the
letters print from them."""

from __future__ import annotations

from datetime import date

import pytest

from focal_desk.domain.catalogue import AccessClass, CatalogueEntry, Publication
from focal_desk.domain.catalogue_advice import (
    Advice,
    advise,
    advise_all,
    consent_missing_text,
    entry_name,
    point_reference,
    published_where_text,
    refusal_offer,
    secret_points_text,
)
from focal_desk.domain.refusal import RefusalGround

TODAY = date(2026, 3, 9)
PORTAL = "Cổng thông tin điện tử xã Đạo Trù (daotru.phutho.gov.vn)"


def public(published=True, start=date(2026, 1, 15), end=None, **kw) -> CatalogueEntry:
    return CatalogueEntry(
        id=kw.pop("id", 1),
        title=kw.pop("title", "Quyết định giao đất nông nghiệp thôn Đồng Bùa"),
        number="45/QĐ-UBND",
        issued_on=date(2026, 1, 10),
        kind="17.1.h",
        access=AccessClass.PUBLIC,
        publication=Publication(PORTAL, start, end, published),
        **kw,
    )


SECRET = CatalogueEntry(
    id=2, title="Biên bản họp nội bộ về đền bù", access=AccessClass.SECRET, secret_point="6.2.c"
)
CONDITIONAL = CatalogueEntry(
    id=3,
    title="Hồ sơ bệnh án của ông Phạm Văn Dũng",
    access=AccessClass.CONDITIONAL,
    conditional_ground="7.2",
    consent_of="ông Phạm Văn Dũng",
)
HEAD = CatalogueEntry(
    id=4, title="Số liệu dịch bệnh", access=AccessClass.CONDITIONAL, conditional_ground="7.4"
)


def test_published_and_current_points_to_where():
    a = advise(public(), TODAY)
    assert a.advice is Advice.PUBLISHED_ELSEWHERE and a.refusal_ground is RefusalGround.B
    assert a.where == f"{PORTAL}, từ ngày 15/01/2026"
    assert PORTAL in a.text and "điểm b khoản 1 Điều 28" in a.text


@pytest.mark.parametrize(
    ("entry", "why"),
    [
        (public(published=False), "chưa được công khai"),  # Đ23.1: must be published and is not
        (public(start=date(2026, 1, 1), end=date(2026, 3, 8)), "đã hết"),  # Đ23.1: period ended yesterday
        (public(start=date(2026, 4, 1)), "Cung cấp"),  # its period has not begun
    ],
)
def test_the_d23_exceptions_mean_provide(entry, why):
    a = advise(entry, TODAY)
    assert a.advice is Advice.PROVIDE and a.refusal_ground is None
    assert why in a.text


def test_last_day_of_the_period_still_counts_as_published():
    assert advise(public(end=TODAY), TODAY).advice is Advice.PUBLISHED_ELSEWHERE


def test_secret_cites_its_point_of_article_6():
    a = advise(SECRET, TODAY)
    assert a.advice is Advice.REFUSE_SECRET and a.refusal_ground is RefusalGround.A
    assert a.secret_point == "6.2.c"
    assert "điểm c khoản 2 Điều 6" in a.text and "cuộc họp nội bộ" in a.text


def test_conditional_needs_consent_of_whom_unless_attached():
    a = advise(CONDITIONAL, TODAY)
    assert a.advice is Advice.NEEDS_CONSENT and a.consent_of == "ông Phạm Văn Dũng"
    assert "Mẫu 06" in a.text and "khoản 2 Điều 7" in a.text
    assert advise(CONDITIONAL, TODAY, consent_attached=True).advice is Advice.PROVIDE
    head = advise(HEAD, TODAY, consent_attached=True)  # Đ7.4: no one's consent replaces the head's decision
    assert head.advice is Advice.NEEDS_CONSENT and head.consent_of == "người đứng đầu cơ quan"


def test_advise_all_keeps_order():
    assert [a.entry_id for a in advise_all([SECRET, public(), CONDITIONAL], TODAY)] == [2, 1, 3]


def test_point_reference():
    assert point_reference("6.1") == "khoản 1 Điều 6"
    assert point_reference("6.2.d") == "điểm d khoản 2 Điều 6"
    assert point_reference("17.1.dd") == "điểm đ khoản 1 Điều 17"


def test_letter_lines():
    entries = [
        public(),
        public(id=5, title="Kế hoạch sử dụng đất 2026", published=False),
        SECRET,
        CONDITIONAL,
    ]
    assert published_where_text(entries, TODAY) == (
        f"Quyết định giao đất nông nghiệp thôn Đồng Bùa (số 45/QĐ-UBND, ngày 10/01/2026): công khai tại "
        f"{PORTAL}, từ ngày 15/01/2026."
    )
    assert secret_points_text(entries) == (
        "Biên bản họp nội bộ về đền bù: thuộc điểm c khoản 2 Điều 6 Luật Tiếp cận thông tin "
        "(thông tin về cuộc họp nội bộ của cơ quan nhà nước)."
    )
    assert "chưa có văn bản chấp thuận của ông Phạm Văn Dũng" in consent_missing_text(entries, False)
    assert consent_missing_text(entries, True) == ""
    assert entry_name(SECRET) == "Biên bản họp nội bộ về đền bù"


def test_refusal_offer():
    assert refusal_offer([], TODAY) is None
    b = refusal_offer([public()], TODAY)
    assert b is not None and b.ground is RefusalGround.B and PORTAL in b.detail
    a = refusal_offer([SECRET, CONDITIONAL], TODAY)
    assert a is not None and a.ground is RefusalGround.A
    assert "điểm c khoản 2 Điều 6" in a.detail and "ông Phạm Văn Dũng" in a.detail
    head = refusal_offer([HEAD], TODAY)
    assert head is not None and head.ground is RefusalGround.A and "khoản 4 Điều 7" in head.detail
    assert refusal_offer([SECRET, public(published=False)], TODAY) is None  # part can go: provide partly
    assert refusal_offer([CONDITIONAL], TODAY, consent_attached=True) is None
