"""Issue 6 item 6: text cleaned at the boundary, ID numbers in one form, dates bounded by the law."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from focal_desk import bundled
from focal_desk.domain.clock import VN_TZ, FixedClock
from focal_desk.domain.enums import Channel, IdType, ProvisionForm, RequesterKind
from focal_desk.domain.errors import ValidationError
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Member, Requester, clean_requester
from focal_desk.domain.rules import LAW_IN_FORCE, rule_set_from_dict
from focal_desk.domain.text import ascii_digits, clean_text, fold, info_key, nfc, search_tokens
from focal_desk.services.intake import clean_draft

CLOCK = FixedClock(datetime(2026, 3, 2, 9, 30, tzinfo=VN_TZ))
ZERO_WIDTH_AND_BIDI = [
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f", "\u061c",
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
]
CCCD = "001203004567"


def person(**kw) -> Requester:
    base = dict(
        kind=RequesterKind.CITIZEN,
        full_name="Nguyễn Văn Đức",
        id_type=IdType.CCCD,
        id_number=CCCD,
        address="Thôn Đông, xã Đạo Trù, tỉnh Phú Thọ",
    )
    base.update(kw)
    return Requester(**base)


def draft(**kw) -> RequestDraft:
    base = dict(
        requester=person(),
        channel=Channel.IN_PERSON,
        received_at=datetime(2026, 3, 2, 8, 0, tzinfo=VN_TZ),
        info_requested="Quyết định phê duyệt quy hoạch",
        purpose="Tìm hiểu quyền lợi",
        provision_form=ProvisionForm.COPY,
    )
    base.update(kw)
    return RequestDraft(**base)


def refused(fn, *args, **kw) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        fn(*args, **kw)
    return info.value.errors


# --- invisible characters are removed everywhere -------------------------------------------------------
@pytest.mark.parametrize("ch", ZERO_WIDTH_AND_BIDI)
def test_zero_width_and_bidi_controls_are_stripped_from_names(ch):
    r = clean_requester(person(full_name=f"Nguy{ch}ễn Văn{ch} Đức{ch}", address=f"{ch}Thôn Đông"))
    assert r.full_name == "Nguyễn Văn Đức"
    assert r.address == "Thôn Đông"
    assert search_tokens(r.full_name) == ["nguyen", "van", "duc"]


def test_a_zero_width_space_between_letter_and_accent_no_longer_splits_the_word():
    decomposed = "Nguye\u0302\u200b\u0303n"  # e + circumflex, ZWSP, tilde: the search saw "nguye" and "n"
    assert nfc(decomposed) == "Nguyễn"
    assert search_tokens(decomposed) == ["nguyen"]


@pytest.mark.parametrize("ch", ["\u200b", "\ufeff\u200d", "\u00ad", "\u202e", " \u2060 "])
def test_a_name_or_purpose_that_is_only_invisible_is_missing(ch):
    assert refused(clean_requester, person(full_name=ch))["full_name"] == "Chưa nhập họ và tên"
    errors = refused(clean_draft, draft(purpose=ch, info_requested=ch), CLOCK)
    assert errors["purpose"].startswith("Chưa ghi mục đích")
    assert errors["info_requested"].startswith("Chưa ghi thông tin")


# --- control characters are refused, line breaks only where a field has lines --------------------------
@pytest.mark.parametrize("ch", ["\x1b", "\x07", "\x00", "\x7f", "\x9b", "\U000e0041", "\ufff9", "\u2028"])
def test_control_characters_are_refused_with_one_sentence_naming_the_field(ch):
    errors = refused(clean_requester, person(full_name=f"Nguyễn{ch}[31m Văn"))
    assert set(errors) == {"full_name"}
    message = errors["full_name"]
    assert message.startswith("Họ và tên ") and message.count(".") == 1 and message.endswith(".")
    if ch != "\u2028":  # a line separator is a line break in a multi-line field
        errors = refused(clean_draft, draft(notes=f"Ghi chú{ch}"), CLOCK)
        assert set(errors) == {"notes"} and errors["notes"].startswith("Ghi chú ")


def test_refused_character_wins_over_other_problems_of_the_field():
    errors = refused(clean_requester, person(email="a\x1b@b"))
    assert "U+001B" in errors["email"]


def test_line_breaks_and_tabs_only_in_multi_line_fields():
    d = clean_draft(
        draft(info_requested="Văn bản 1\r\nVăn bản 2\rVăn bản 3\u2029Văn bản 4", purpose="Mục đích:\tnghiên cứu",
              notes="Dòng 1\nDòng 2"),
        CLOCK,
    )
    assert d.info_requested == "Văn bản 1\nVăn bản 2\nVăn bản 3\nVăn bản 4"
    assert d.purpose == "Mục đích:\tnghiên cứu" and d.notes == "Dòng 1\nDòng 2"
    for field, value in [("full_name", "Nguyễn\nVăn Đức"), ("address", "Thôn\tĐông"), ("phone", "0912\r345678")]:
        message = refused(clean_requester, person(**{field: value}))[field]
        assert "một dòng" in message
    assert "delivery_address" in refused(clean_draft, draft(delivery_address="Số 1\nđường 2"), CLOCK)
    # what surrounds a field (a pasted line's end) is trimmed, not refused
    assert clean_requester(person(full_name="Nguyễn Văn Đức\r\n")).full_name == "Nguyễn Văn Đức"


def test_every_intake_field_is_cleaned():
    z = "\u200b"
    r = clean_requester(
        person(kind=RequesterKind.ORGANISATION, on_behalf_of_name=f"Hội{z} Nông dân", on_behalf_of_id=f"０{z}１２",
               members=(Member(f"Lê{z} Thị Mai", "٠٠١٢٠٣٠٠٤٥٦٨", f"Tìm{z} hiểu"),))
    )
    assert (r.on_behalf_of_name, r.on_behalf_of_id) == ("Hội Nông dân", "012")
    assert r.members[0] == Member("Lê Thị Mai", "001203004568", "Tìm hiểu")
    errors = refused(clean_requester, person(kind=RequesterKind.ORGANISATION, on_behalf_of_name="Hội",
                                             members=(Member("Lê\x1bThị", "001203004568"),)))
    assert set(errors) == {"members[1].full_name"}
    d = clean_draft(draft(delivery_address=f"{z}Số 1", complexity_reason=f"Cần{z} tổng hợp"), CLOCK)
    assert (d.delivery_address, d.complexity_reason) == ("Số 1", "Cần tổng hợp")


def test_clean_text_for_one_field():
    assert clean_text(" Bổ\u200b sung\r\n giấy tờ ", "note", "Nội dung", multiline=True) == "Bổ sung\n giấy tờ"
    with pytest.raises(ValidationError) as info:
        clean_text("a\x1bb", "note", "Nội dung phải bổ sung", multiline=True)
    assert set(info.value.errors) == {"note"} and "Nội dung phải bổ sung" in info.value.errors["note"]


# --- ID numbers: one ASCII form, stored, searched and compared alike -----------------------------------
@pytest.mark.parametrize(
    ("id_type", "typed", "stored"),
    [
        (IdType.CCCD, "００１２０３００４５６７", CCCD),  # full-width
        (IdType.CCCD, "٠٠١٢٠٣٠٠٤٥٦٧", CCCD),  # Arabic-Indic
        (IdType.CCCD, "۰۰۱۲۰۳۰۰۴۵۶۷", CCCD),  # extended Arabic-Indic (Persian)
        (IdType.CCCD, "००१२०३००४५६७", CCCD),  # Devanagari
        (IdType.CCCD, "001\u200b203\u2060004 567", CCCD),  # invisible characters inside
        (IdType.CMND, "１２３４５６７８９", "123456789"),
        (IdType.PASSPORT, "ｃ１２３４５６７", "C1234567"),  # full-width letters too
        (IdType.OTHER, "gp－１２／２０２６", "GP12／2026".replace("／", "/")),  # NFKC: the full-width solidus too
    ],
)
def test_id_numbers_in_other_digits_are_stored_as_ascii(id_type, typed, stored):
    r = clean_requester(person(id_type=id_type, id_number=typed))
    assert r.id_number == stored and r.id_number.isascii()


@pytest.mark.parametrize("typed", ["００１２０３００４５６７", "٠٠١٢٠٣٠٠٤٥٦٧", "۰۰۱۲۰۳۰۰۴۵۶۷", "००१२०३००४५६७"])
def test_a_search_typed_in_other_digits_folds_to_the_stored_number(typed):
    assert search_tokens(typed) == [CCCD]


def test_other_id_numbers_refuse_control_characters():
    errors = refused(clean_requester, person(id_type=IdType.OTHER, id_number="GP\x1b12"))
    assert "id_number" in errors


def test_fold_turns_every_digit_ascii_and_ignores_invisible_characters():
    assert fold("Số ١٢/２０２６ Đ\u200bức") == "so 12/2026 duc"
    assert ascii_digits("０٣۴१") == "0341"
    assert info_key("Quyết định số ５") == info_key("quyet dinh so 5")


# --- dates: not before the law took effect, not after today -------------------------------------------
def test_law_in_force_is_the_earliest_shipped_rule_set():
    assert min(rule_set_from_dict(d).valid_from for d in bundled.rule_set_dicts()) == LAW_IN_FORCE
    assert date(2018, 7, 1) == LAW_IN_FORCE


@pytest.mark.parametrize("year", [1, 1026, 1900, 2017])
def test_received_dates_before_the_law_are_refused(year):
    errors = refused(clean_draft, draft(received_at=datetime(year, 3, 2, 8, 0, tzinfo=VN_TZ)), CLOCK)
    assert set(errors) == {"received_at"}
    message = errors["received_at"]
    assert message.startswith(f"Ngày tiếp nhận 02/03/{year:04d} trước ngày Luật Tiếp cận thông tin có hiệu lực")
    assert "01/07/2018" in message and message.count(".") == 1


@pytest.mark.parametrize("year", [1, 1026, 1900])
def test_valid_dates_before_the_law_are_refused(year):
    errors = refused(clean_draft, draft(valid_on=date(year, 1, 1)), CLOCK)
    assert set(errors) == {"valid_on"} and errors["valid_on"].startswith("Ngày hợp lệ 01/01")


def test_the_first_day_of_the_law_and_today_are_accepted_the_day_before_and_tomorrow_not():
    first = datetime(2018, 7, 1, 8, 0, tzinfo=VN_TZ)
    assert clean_draft(draft(received_at=first, valid_on=date(2018, 7, 1)), CLOCK).received_at == first
    assert "received_at" in refused(clean_draft, draft(received_at=datetime(2018, 6, 30, 8, tzinfo=VN_TZ)), CLOCK)
    assert "received_at" in refused(clean_draft, draft(received_at=datetime(2026, 3, 3, 8, tzinfo=VN_TZ)), CLOCK)
    assert "valid_on" in refused(clean_draft, draft(valid_on=date(2026, 3, 3)), CLOCK)
