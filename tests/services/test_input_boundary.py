"""Issue 6 item 6 through the services on a real SQLite file: what the officer types is cleaned before it is
stored, an ID number typed in other digits is stored, searched and compared in one form, dates are bounded."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from focal_desk.domain.agency import AgencyProfile
from focal_desk.domain.calendar import DayKind
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Channel, Complexity, CorrectionKind, IdType, RequesterKind, Status
from focal_desk.domain.errors import ValidationError
from focal_desk.domain.listing import RequestQuery
from focal_desk.domain.refusal import RefusalGround
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester

CCCD = "001203004567"
FULL_WIDTH = "００１２０３００４５６７"
ARABIC_INDIC = "٠٠١٢٠٣٠٠٤٥٦٧"
INFO = "Quyết định phê duyệt quy hoạch sử dụng đất xã"


def draft(id_number: str = CCCD, **kw) -> RequestDraft:
    requester = Requester(RequesterKind.CITIZEN, kw.pop("full_name", "Nguyễn Văn Đức"), IdType.CCCD, id_number,
                          "Thôn Đông, xã Đạo Trù")
    base = dict(
        requester=requester,
        channel=Channel.IN_PERSON,
        received_at=datetime(2026, 3, 2, 8, 15, tzinfo=VN_TZ),
        info_requested=INFO,
        purpose="Tìm hiểu quyền lợi của gia đình",
    )
    base.update(kw)
    return RequestDraft(**base)


def found(app, text: str) -> list[int]:
    return app.requests.ids(RequestQuery(search=text))


def refused(fn, *args, **kw) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        fn(*args, **kw)
    return info.value.errors


def test_a_full_width_cccd_is_stored_as_ascii_and_found_by_search_in_any_digits(app):
    r = app.requests.register(draft(FULL_WIDTH))
    assert r.requester.id_number == CCCD
    assert app.requests.get(r.id).requester.id_number == CCCD
    for typed in (CCCD, FULL_WIDTH, ARABIC_INDIC, "0012030"):
        assert found(app, typed) == [r.id], typed
    assert app.requests.known_requester(ARABIC_INDIC).full_name == "Nguyễn Văn Đức"
    # the same person typed in ASCII later is the same requester, not a second one
    again = app.requests.register(draft(CCCD))
    assert again.requester.id == r.requester.id


def test_repeat_detection_sees_the_same_number_in_other_digits(app):
    for number in (FULL_WIDTH, CCCD):
        r = app.requests.register(draft(number, valid_on=date(2026, 3, 2), complexity=Complexity.SIMPLE))
        app.requests.provide(r.id, "Bản sao")
    assert app.requests.earlier_provisions(ARABIC_INDIC, INFO) == 2
    assert app.requests.earlier_provisions(FULL_WIDTH, INFO) == 2
    third = app.requests.register(draft(ARABIC_INDIC))
    assert third.repeat_count == 2


def test_a_name_with_invisible_characters_is_stored_clean_and_found(app):
    r = app.requests.register(draft(full_name="Nguy\u200bễn\u202e Văn\u2060 Đ\u00adức", purpose="\ufeffTìm hiểu"))
    assert r.requester.full_name == "Nguyễn Văn Đức" and r.purpose == "Tìm hiểu"
    assert found(app, "nguyen van duc") == [r.id]
    assert found(app, "Nguyễn Văn Đức") == [r.id]


def test_bad_text_and_old_dates_are_refused_and_nothing_is_written(app):
    errors = refused(app.requests.register, draft(full_name="\u200b", purpose="\u200b\u200d"))
    assert set(errors) == {"full_name", "purpose"}
    errors = refused(app.requests.register, draft(full_name="Nguyễn\x1b[2J Văn Đức", info_requested="Văn bản\x07"))
    assert set(errors) == {"full_name", "info_requested"}
    for year in (1, 1026, 1900):
        errors = refused(app.requests.register, draft(received_at=datetime(year, 1, 5, 8, 0, tzinfo=VN_TZ)))
        assert set(errors) == {"received_at"} and "01/07/2018" in errors["received_at"]
        errors = refused(app.requests.register, draft(valid_on=date(year, 1, 5), complexity=Complexity.SIMPLE))
        assert set(errors) == {"valid_on"}
    assert app.requests.count(RequestQuery()) == 0


@pytest.mark.parametrize("year", [1, 1026, 1900, 2018])
def test_action_dates_before_the_law_are_refused(app, year):
    r = app.requests.register(draft())
    day = date(year, 6, 30)
    assert "on" in refused(app.requests.request_supplement, r.id, "Bổ sung bản sao CCCD", on=day)
    assert "on" in refused(app.requests.withdraw, r.id, "Không còn nhu cầu", on=day)
    errors = refused(app.requests.mark_valid, r.id, day, Complexity.SIMPLE)
    assert set(errors) == {"valid_on"} and "Luật Tiếp cận thông tin" in errors["valid_on"]
    assert app.requests.get(r.id).status is Status.RECEIVED


def test_action_dates_before_the_law_on_an_old_record_are_refused(app):
    # a record received before this fix with a date in 1900: an action dated then is refused all the same
    r = app.requests.register(draft())
    with app.uow_factory() as uow:
        old = uow.requests.get(r.id)
        uow.requests.update(replace(old, received_at=datetime(1900, 1, 1, 8, 0, tzinfo=VN_TZ)))
        uow.commit()
    errors = refused(app.requests.mark_valid, r.id, date(1900, 1, 2), Complexity.SIMPLE)
    assert "01/07/2018" in errors["valid_on"]


def test_notes_and_reasons_of_every_action_are_cleaned(app):
    r = app.requests.register(draft())
    assert "note" in refused(app.requests.request_supplement, r.id, "\u200b")
    assert "note" in refused(app.requests.request_supplement, r.id, "Bổ sung\x1b]0;pwned\x07")
    r = app.requests.request_supplement(r.id, "Bổ\u200b sung\r\nbản sao CCCD")
    assert r.supplement_note == "Bổ sung\nbản sao CCCD"
    r = app.requests.mark_valid(r.id, date(2026, 3, 2), Complexity.COMPLEX, "Cần\u202e tổng hợp")
    assert r.complexity_reason == "Cần tổng hợp"
    assert "extension_reason" in refused(app.requests.extend, r.id, "Lý do\x1b")
    r = app.requests.extend(r.id, "Khối lượng\u200b lớn")
    assert r.extension_reason == "Khối lượng lớn"
    assert "provision_method" in refused(app.requests.provide, r.id, "Bản\nsao")
    assert "detail" in refused(app.requests.provide, r.id, "Bản sao", partial=True, detail="\u2060")
    assert "refusal_detail" in refused(app.requests.refuse, r.id, RefusalGround.A, "Bí mật\x00")
    assert "transferred_to" in refused(app.requests.transfer, r.id, "UBND\x1b")
    assert "withdrawal_reason" in refused(app.requests.withdraw, r.id, "Rút\x07")
    r = app.requests.provide(r.id, "Bản\u200b sao")
    assert r.provision_method == "Bản sao"
    assert "reason" in refused(app.requests.open_correction, r.id, CorrectionKind.AGENCY_FOUND, "Sai\x1b số")
    app.requests.open_correction(r.id, CorrectionKind.AGENCY_FOUND, "Sai\u200b số liệu")
    assert app.requests.get(r.id).corrections[0].reason == "Sai số liệu"
    assert "result" in refused(app.requests.close_correction, r.id, "Đã\x1b sửa")
    assert app.requests.get(r.id).status is Status.CORRECTING


def test_the_office_profile_and_calendar_notes_are_cleaned_too(app):
    desk = app.desk()
    profile = AgencyProfile(
        id=None, name="Ủy ban nhân dân\u200b xã Đạo Trù\x1b[8m", parent_body="UBND tỉnh Phú Thọ",
        place_name="Đạo\u202e Trù", symbol="UBND", signer_name="Nguyễn Văn An", signer_title="Chủ tịch",
    )
    assert set(refused(desk.agency.save, profile)) == {"name"}
    saved = desk.agency.save(replace(profile, name="Ủy ban nhân dân\u200b xã Đạo Trù"))
    assert (saved.name, saved.place_name) == ("ỦY BAN NHÂN DÂN XÃ ĐẠO TRÙ", "Đạo Trù")
    assert "reason" in refused(app.calendar.add_day, date(2026, 3, 4), DayKind.OFF, "Nghỉ\x07", "QĐ 5")
    assert "source" in refused(app.calendar.add_day, date(2026, 3, 4), DayKind.OFF, "Nghỉ", "QĐ\n5")
    app.calendar.add_day(date(2026, 3, 4), DayKind.OFF, "Nghỉ\u200b do bão", "QĐ\u2066 5")
    assert app.calendar.calendar().info(date(2026, 3, 4)).entry.reason == "Nghỉ do bão"
