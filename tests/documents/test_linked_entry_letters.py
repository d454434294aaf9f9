"""Letters for a request linked to catalogue entries, rendered by the real FormRenderer and read back from
the PDF: the Mẫu 05 on ground b says where the information is published, on ground a which point of Điều 6
(or whose consent is missing); nothing of the kind when the ground or the entries do not call for it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
from decree30_read import all_text, read
from forms_facts import facts, request

from focal_desk.documents.renderer import FormRenderer
from focal_desk.domain.catalogue import AccessClass, CatalogueEntry, Publication
from focal_desk.domain.documents import FormCode

PORTAL = "Cổng thông tin điện tử xã Đạo Trù"
PUBLISHED = CatalogueEntry(
    id=1,
    title="Quyết định giao đất nông nghiệp thôn Đồng Bùa",
    number="45/QĐ-UBND",
    issued_on=date(2026, 1, 10),
    kind="17.1.h",
    access=AccessClass.PUBLIC,
    publication=Publication(PORTAL, date(2026, 1, 15), None, True),
)
ENDED = replace(PUBLISHED, id=5, publication=Publication(PORTAL, date(2025, 1, 1), date(2026, 2, 1), True))
SECRET = CatalogueEntry(
    id=2, title="Biên bản họp nội bộ về đền bù", access=AccessClass.SECRET, secret_point="6.2.c"
)
CONDITIONAL = CatalogueEntry(
    id=3,
    title="Hồ sơ bệnh án của ông Dũng",
    access=AccessClass.CONDITIONAL,
    conditional_ground="7.2",
    consent_of="ông Phạm Văn Dũng",
)


@pytest.fixture(scope="module")
def renderer() -> FormRenderer:
    return FormRenderer()


def text_of(renderer: FormRenderer, form: FormCode, ground: str, linked, **request_changes) -> str:
    extra = {"refusal_ground": ground, "refusal_detail": "Theo danh mục thông tin của xã"}
    f = facts(form, request(**request_changes), linked=tuple(linked))
    if form is FormCode.REFUSAL:
        f = replace(f, extra=extra)
    return squeeze(all_text(read(renderer.render(f).pdf)))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_refusal_on_b_says_where_it_is_published(renderer):
    text = text_of(renderer, FormCode.REFUSAL, "b", [PUBLISHED, SECRET])
    assert squeeze("Căn cứ điểm b khoản 1 Điều 28") in text
    assert squeeze("đã được công khai; Ông/Bà có thể tiếp cận tại:") in text
    assert squeeze(f"(số 45/QĐ-UBND, ngày 10/01/2026): công khai tại {PORTAL}, từ ngày 15/01/2026.") in text
    assert squeeze("Điều 6 Luật Tiếp cận thông tin:") not in text  # ground b: the secret entry is not cited


def test_refusal_on_a_cites_the_point_of_article_6_and_the_missing_consent(renderer):
    text = text_of(renderer, FormCode.REFUSAL, "a", [PUBLISHED, SECRET, CONDITIONAL])
    assert squeeze("Căn cứ điểm a khoản 1 Điều 28") in text
    assert (
        squeeze("Biên bản họp nội bộ về đền bù: thuộc điểm c khoản 2 Điều 6 Luật Tiếp cận thông tin") in text
    )
    assert squeeze("chưa có văn bản chấp thuận của ông Phạm Văn Dũng") in text
    assert squeeze("công khai tại") not in text


def test_consent_attached_is_not_called_missing(renderer):
    text = text_of(renderer, FormCode.REFUSAL, "a", [SECRET, CONDITIONAL], consent_attached=True)
    assert (
        squeeze("thuộc điểm c khoản 2 Điều 6") in text and squeeze("chưa có văn bản chấp thuận") not in text
    )


@pytest.mark.parametrize("linked", [[], [ENDED]], ids=["no entries", "period ended (Đ23.1)"])
def test_refusal_on_b_without_a_current_publication_prints_no_place(renderer, linked):
    text = text_of(renderer, FormCode.REFUSAL, "b", linked)
    assert squeeze("Căn cứ điểm b khoản 1 Điều 28") in text
    assert squeeze("có thể tiếp cận tại") not in text and PORTAL.replace(" ", "") not in text


def test_other_grounds_print_no_catalogue_lines(renderer):
    text = text_of(renderer, FormCode.REFUSAL, "dd", [PUBLISHED, SECRET])
    assert squeeze("công khai tại") not in text and squeeze("Điều 6 Luật") not in text


def test_the_covering_letter_names_where_published_entries_are(renderer):
    text = text_of(renderer, FormCode.PROVIDE, "", [PUBLISHED])
    assert squeeze("Thông tin sau đã được công khai, Ông/Bà có thể tiếp cận tại:") in text
    assert squeeze(f"công khai tại {PORTAL}") in text
    plain = text_of(renderer, FormCode.PROVIDE, "", [SECRET])
    assert squeeze("đã được công khai") not in plain
