"""What the request file asks of the services: the forms a request's state allows (the domain's table, not a
copy), each template's fields for the issue dialog, and today's fee rates with the area factor applied."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from focal_desk.domain.agency import AgencyProfile
from focal_desk.domain.documents import FormCode
from focal_desk.domain.enums import Channel, IdType, RequesterKind
from focal_desk.domain.numbering import FORM_STATES
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester

OFFICE = AgencyProfile(
    id=None, name="Ủy ban nhân dân xã Đạo Trù", parent_body="Ủy ban nhân dân tỉnh Phú Thọ", place_name="Đạo Trù",
    symbol="UBND", signer_name="Nguyễn Văn An", signer_title="Chủ tịch",
)


@pytest.fixture
def desk(app):
    d = app.desk()
    d.agency.save(OFFICE)
    return d


def _register(desk, clock, valid: bool):
    now = clock.now()
    return desk.requests.register(RequestDraft(
        requester=Requester(RequesterKind.CITIZEN, "Trần Văn Hùng", IdType.CCCD, "001203004561", "Thôn Đông"),
        channel=Channel.IN_PERSON, received_at=datetime(now.year, now.month, now.day, 8, 0, tzinfo=now.tzinfo),
        info_requested="Hồ sơ thửa đất số 12", purpose="Kiểm tra", valid_on=now.date() if valid else None,
    ))


def test_the_forms_offered_follow_the_state_table(desk, clock):
    received = _register(desk, clock, valid=False)
    valid = _register(desk, clock, valid=True)
    offered_received = {i.form for i in desk.documents.offered(received.id)}
    offered_valid = {i.form for i in desk.documents.offered(valid.id)}
    assert offered_received == {f for f, states in FORM_STATES.items() if received.status in states}
    assert FormCode.RECEIPT in offered_received and FormCode.RESOLUTION not in offered_received
    assert FormCode.RESOLUTION in offered_valid
    assert FormCode.EXTENSION not in offered_valid  # a simple request is never extended (domain rule)
    assert FormCode.REFUSAL not in offered_valid


def test_the_template_tells_the_fields_the_officer_gives(desk):
    info = desk.documents.template(FormCode.RESOLUTION)
    fields = {f.name: f for f in info.fields}
    assert fields["provide_due"].kind == "date" and fields["provide_due"].required
    assert fields["payment_due"].when == "has_fees"
    assert fields["provide_place"].label == "Địa điểm cung cấp thông tin"
    assert set(info.extra_fields) <= set(fields)
    assert desk.documents.template(FormCode.REFUSAL).fields[0].kind == "ground"


def test_fee_rates_are_todays_times_the_area_factor(desk):
    rates = {r.code: r for r in desk.fees.rates()}
    assert rates["a4_bw"].rate == 3000 and rates["a4_bw"].unit == "trang"
    desk.agency.save(replace(desk.agency.current(), area_factor=0.7))
    assert {r.code: r.rate for r in desk.fees.rates()}["a4_colour"] == 12_600
