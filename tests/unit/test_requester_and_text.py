from __future__ import annotations

import unicodedata

import pytest

from focal_desk.domain.enums import IdType, RequesterKind
from focal_desk.domain.errors import ValidationError
from focal_desk.domain.notices import notices_to_csv, parse_notices
from focal_desk.domain.requester import Member, Requester, clean_requester
from focal_desk.domain.text import fold, info_key, nfc, search_tokens


def person(**kw) -> Requester:
    base = dict(
        kind=RequesterKind.CITIZEN,
        full_name="Nguyễn Văn Đức",
        id_type=IdType.CCCD,
        id_number="001203004567",
        address="Thôn Đông, xã Đạo Trù, tỉnh Phú Thọ",
    )
    base.update(kw)
    return Requester(**base)


def test_fold_removes_accents_and_d_stroke():
    assert fold("Nguyễn Văn Đức") == "nguyen van duc"
    assert fold("ĐẠO TRÙ  đường") == "dao tru duong"
    assert search_tokens("Số 12/2026 — Đức!") == ["so", "12", "2026", "duc"]
    assert info_key("Danh sách  HỘ NGHÈO") == info_key("danh sach ho ngheo")


def test_nfd_input_is_stored_nfc():
    decomposed = unicodedata.normalize("NFD", "Trần Thị Hằng")
    r = clean_requester(person(full_name=decomposed))
    assert r.full_name == "Trần Thị Hằng" and unicodedata.is_normalized("NFC", r.full_name)
    assert nfc(None) == ""


@pytest.mark.parametrize(
    ("id_type", "number", "ok"),
    [
        (IdType.CCCD, "001203004567", True),
        (IdType.CCCD, "001 203 004 567", True),  # spaces people type are removed
        (IdType.CCCD, "00120300456", False),  # 11 digits
        (IdType.CCCD, "00120300456A", False),
        (IdType.PERSONAL_ID, "0012030045678", False),
        (IdType.CMND, "123456789", True),
        (IdType.CMND, "001203004567", True),
        (IdType.CMND, "1234567890", False),
        (IdType.PASSPORT, "c1234567", True),  # upper-cased
        (IdType.PASSPORT, "AB", False),
    ],
)
def test_id_numbers(id_type, number, ok):
    if ok:
        assert clean_requester(person(id_type=id_type, id_number=number)).id_number
    else:
        with pytest.raises(ValidationError) as info:
            clean_requester(person(id_type=id_type, id_number=number))
        assert "id_number" in info.value.errors


def test_every_problem_is_reported_by_field():
    with pytest.raises(ValidationError) as info:
        clean_requester(person(full_name="  ", address="", email="not-an-email", id_number="12"))
    assert set(info.value.errors) == {"full_name", "address", "email", "id_number"}


def test_requester_kinds_need_their_extra_fields():
    with pytest.raises(ValidationError) as info:
        clean_requester(person(kind=RequesterKind.FOREIGN_RESIDENT, id_type=IdType.PASSPORT, id_number="N1234567"))
    assert "nationality" in info.value.errors
    with pytest.raises(ValidationError) as info:
        clean_requester(person(kind=RequesterKind.GUARDIAN))
    assert "on_behalf_of_name" in info.value.errors
    with pytest.raises(ValidationError) as info:
        clean_requester(person(kind=RequesterKind.ORGANISATION, on_behalf_of_name="Hội Nông dân xã"))
    assert "members" in info.value.errors
    with pytest.raises(ValidationError) as info:
        clean_requester(
            person(
                kind=RequesterKind.ORGANISATION,
                on_behalf_of_name="Hội Nông dân xã",
                members=(Member("Lê Thị Mai", "001203004568"), Member("", "12")),
            )
        )
    assert set(info.value.errors) == {"members[2].full_name", "members[2].id_number"}
    ok = clean_requester(
        person(kind=RequesterKind.ORGANISATION, on_behalf_of_name="Hội Nông dân xã",
               members=(Member("Lê Thị Mai", "001203004568", "Tìm hiểu chính sách"),))
    )
    assert ok.members[0].full_name == "Lê Thị Mai"


def test_notices_csv_round_trip_and_same_source():
    text = (
        "date,kind,name_vi,source\n"
        "2027-02-05,off,Nghỉ Tết Đinh Mùi,Công văn 1/VPCP\n"
        "2027-02-06,work,Làm bù,same\n"
    )
    entries = parse_notices(text, layer=2)
    assert [e.source for e in entries] == ["Công văn 1/VPCP", "Công văn 1/VPCP"]
    assert parse_notices(notices_to_csv(entries), layer=2) == entries


def test_notices_report_bad_lines_and_keep_nothing():
    text = "date,kind,name_vi,source\n2027-02-30,off,X,Y\n2027-02-05,holiday,X,Y\n2027-02-06,off,,Y\n"
    with pytest.raises(ValidationError) as info:
        parse_notices(text, layer=2)
    assert set(info.value.errors) == {"line 2", "line 3", "line 4"}
    with pytest.raises(ValidationError):
        parse_notices("day,kind\n2027-01-01,off\n", layer=2)
