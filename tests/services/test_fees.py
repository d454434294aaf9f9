"""Actual costs (TT 46/2018): rates times the area factor, postage only for postal delivery, payments with
their receipt, and the non-payment ground (Đ28.1.e) offered once the payment deadline passed unpaid."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from focal_desk import bundled
from focal_desk.domain.agency import AgencyProfile
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.documents import FeeLine
from focal_desk.domain.enums import Channel, Complexity, IdType, ProvisionForm, RequesterKind
from focal_desk.domain.errors import IllegalTransition, ValidationError
from focal_desk.domain.fees import parse_rate_sets
from focal_desk.domain.refusal import RefusalGround
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester
from focal_desk.services.fees import FeeService

OFFICE = AgencyProfile(
    id=None, name="UBND XÃ ĐẠO TRÙ", parent_body="UBND TỈNH PHÚ THỌ", place_name="Đạo Trù", symbol="UBND",
    signer_name="Nguyễn Văn An", signer_title="CHỦ TỊCH",
)


def draft(form: ProvisionForm = ProvisionForm.POST) -> RequestDraft:
    return RequestDraft(
        requester=Requester(RequesterKind.CITIZEN, "Trần Thị Hoa", IdType.CCCD, "001203004567", "Thôn Đông"),
        channel=Channel.IN_PERSON,
        received_at=datetime(2026, 3, 2, 8, 0, tzinfo=VN_TZ),
        info_requested="Bản đồ quy hoạch",
        purpose="Xây nhà",
        provision_form=form,
        delivery_address="Thôn Đông" if form is ProvisionForm.POST else "",
        delivery_email="hoa@example.vn" if form is ProvisionForm.EMAIL else "",
        valid_on=date(2026, 3, 2),
        complexity=Complexity.SIMPLE,
    )


@pytest.fixture
def fees(app) -> FeeService:
    return FeeService(app.uow_factory, parse_rate_sets(bundled.fee_rate_data()), app.clock, app.officer)


@pytest.mark.parametrize(("factor", "a4_rate", "colour_rate"), [(1.0, 3000, 18000), (0.7, 2100, 12600), (0.5, 1500, 9000)])
def test_rates_are_multiplied_by_the_area_factor_postage_is_not(app, fees, factor, a4_rate, colour_rate):
    app.desk().agency.save(replace(OFFICE, area_factor=factor))
    r = app.requests.register(draft())
    statement = fees.set_fees(r.id, {"a4_bw": 10, "a4_colour": 2, "film_minute": 0}, postage=27000,
                              payment_due=date(2026, 3, 9))
    assert statement.lines == (
        FeeLine("a4_bw", "Sao, chụp tài liệu khổ A4 đen trắng", 10, "trang", a4_rate),
        FeeLine("a4_colour", "Sao, chụp tài liệu khổ A4 màu", 2, "trang", colour_rate),
        FeeLine("postage", "Chi phí gửi thông tin qua dịch vụ bưu chính", 1, "lần", 27000),
    )
    assert statement.total == 10 * a4_rate + 2 * colour_rate + 27000
    assert fees.statement(r.id) == statement


def test_no_postage_for_electronic_delivery(app, fees):
    app.desk().agency.save(OFFICE)
    r = app.requests.register(draft(ProvisionForm.EMAIL))
    with pytest.raises(ValidationError) as refused:
        fees.set_fees(r.id, {"a4_bw": 1}, postage=10000, payment_due=date(2026, 3, 9))
    assert "postage" in refused.value.errors
    assert fees.set_fees(r.id, {"a4_bw": 1}, payment_due=date(2026, 3, 9)).total == 3000


def test_costs_need_a_payment_deadline_and_a_running_request(app, fees):
    app.desk().agency.save(OFFICE)
    r = app.requests.register(draft())
    with pytest.raises(ValidationError):
        fees.set_fees(r.id, {"a4_bw": 1})
    with pytest.raises(ValidationError):
        fees.set_fees(r.id, {"photo_9x12": 1}, payment_due=date(2026, 3, 9))  # not in the rate table
    app.requests.provide(r.id, "Bản sao", on=date(2026, 3, 2))
    with pytest.raises(IllegalTransition):
        fees.set_fees(r.id, {"a4_bw": 1}, payment_due=date(2026, 3, 9))


def test_unpaid_after_the_deadline_offers_the_non_payment_ground(app, fees):
    app.desk().agency.save(OFFICE)
    r = app.requests.register(draft())
    assert RefusalGround.E not in fees.refusal_grounds_offered(r.id)  # no costs at all
    fees.set_fees(r.id, {"a4_bw": 20}, payment_due=date(2026, 3, 6))
    assert RefusalGround.E not in fees.refusal_grounds_offered(r.id)  # the deadline runs
    app.clock.set(datetime(2026, 3, 6, 16, 0, tzinfo=VN_TZ))
    assert RefusalGround.E not in fees.refusal_grounds_offered(r.id)  # the last day counts
    app.clock.set(datetime(2026, 3, 9, 8, 0, tzinfo=VN_TZ))
    offered = fees.refusal_grounds_offered(r.id)
    assert offered == tuple(RefusalGround)
    paid = fees.record_payment(r.id, date(2026, 3, 9), "BL-0012", 30000)
    assert paid.outstanding == 30000 and RefusalGround.E in fees.refusal_grounds_offered(r.id)  # partly paid
    paid = fees.record_payment(r.id, date(2026, 3, 9), "BL-0013", 30000)
    assert paid.outstanding == 0 and [p.receipt_number for p in paid.payments] == ["BL-0012", "BL-0013"]
    assert RefusalGround.E not in fees.refusal_grounds_offered(r.id)


def test_a_payment_needs_its_receipt_number_and_amount(app, fees):
    app.desk().agency.save(OFFICE)
    r = app.requests.register(draft())
    with pytest.raises(ValidationError):
        fees.record_payment(r.id, date(2026, 3, 2), "BL-1", 1000)  # nothing to pay yet
    fees.set_fees(r.id, {"a4_bw": 1}, payment_due=date(2026, 3, 6))
    with pytest.raises(ValidationError) as bad:
        fees.record_payment(r.id, date(2026, 3, 3), "", 0)
    assert set(bad.value.errors) == {"receipt_number", "amount", "paid_on"}
    history = [e.action for e in app.requests.history(r.id)]
    assert history[-1] == "set_fees"


def test_refusing_for_non_payment_needs_costs_unpaid_after_their_deadline(app, fees):
    app.desk().agency.save(OFFICE)
    r = app.requests.register(draft())
    with pytest.raises(ValidationError) as early:  # no costs at all
        app.requests.refuse(r.id, RefusalGround.E, "Chưa nộp chi phí", on=date(2026, 3, 2))
    assert "refusal_ground" in early.value.errors
    fees.set_fees(r.id, {"a4_bw": 20}, payment_due=date(2026, 3, 6))
    app.clock.set(datetime(2026, 3, 6, 16, 0, tzinfo=VN_TZ))
    with pytest.raises(ValidationError):  # the last day to pay is not over
        app.requests.refuse(r.id, RefusalGround.E, "Chưa nộp chi phí", on=date(2026, 3, 6))
    app.clock.set(datetime(2026, 3, 9, 8, 0, tzinfo=VN_TZ))
    refused = app.requests.refuse(r.id, RefusalGround.E, "Chưa nộp chi phí", on=date(2026, 3, 9))
    assert refused.refusal_ground is RefusalGround.E
