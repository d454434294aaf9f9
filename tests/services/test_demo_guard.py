"""Item 15: demo data goes only into an empty register, and it describes a sample office so that the
first-run wizard does not come back after it."""

from __future__ import annotations

from datetime import datetime

import pytest

from focal_desk.domain.agency import AgencyProfile
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Channel, IdType, RequesterKind
from focal_desk.domain.errors import RegisterNotEmpty
from focal_desk.domain.listing import RequestQuery
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester


def no_progress(done, total):
    pass


def never():
    return False


def test_seeding_twice_is_refused_and_adds_nothing(app):
    desk = app.desk()
    assert desk.seed_demo(25, 3, no_progress, never).created == 25
    with pytest.raises(RegisterNotEmpty) as info:
        desk.seed_demo(25, 4, no_progress, never)
    assert info.value.count == 25 and "25 yêu cầu" in str(info.value)
    assert app.requests.count(RequestQuery()) == 25


def test_a_register_with_one_real_request_gets_no_demo_data(app):
    desk = app.desk()
    app.requests.register(
        RequestDraft(
            requester=Requester(RequesterKind.CITIZEN, "Lê Thị Mai", IdType.CCCD, "001203004568", "Thôn Tây"),
            channel=Channel.POSTAL,
            received_at=datetime(2026, 3, 2, 8, 15, tzinfo=VN_TZ),
            info_requested="Quyết định giao đất",
            purpose="Tìm hiểu",
        )
    )
    with pytest.raises(RegisterNotEmpty):
        desk.seed_demo(10, 3, no_progress, never)
    assert app.requests.count(RequestQuery()) == 1
    assert desk.quick.needs_setup()  # the office is still the officer's to describe, not the sample one


def test_demo_data_on_a_new_register_describes_the_sample_office(app):
    desk = app.desk()
    assert desk.quick.needs_setup()
    desk.seed_demo(10, 3, no_progress, never)
    assert not desk.quick.needs_setup() and not desk.agency.needs_setup()
    assert desk.agency.current().name == "ỦY BAN NHÂN DÂN XÃ ĐẠO TRÙ"
    assert desk.quick.register_size() == 10


def test_demo_data_keeps_an_office_already_described(app):
    desk = app.desk()
    desk.agency.save(AgencyProfile(None, "UBND phường Hòa Bình", "UBND tỉnh Phú Thọ", "Hòa Bình", "UBND",
                                   "Nguyễn Văn An", "Chủ tịch"))
    desk.seed_demo(5, 3, no_progress, never)
    assert desk.agency.current().name == "UBND PHƯỜNG HÒA BÌNH"
    assert desk.quick.register_size() == 5
