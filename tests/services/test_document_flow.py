"""The papers tied to the workflow: each form takes its facts from what the register recorded, the dates it
prints are kept on the request, and a refusal or an extension without its notice is flagged until issued."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pdf_renderers import text_of

from focal_desk.documents.renderer import FormRenderer
from focal_desk.domain.agency import AgencyProfile
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.documents import FormCode
from focal_desk.domain.enums import Channel, Complexity, CorrectionKind, IdType, RequesterKind
from focal_desk.domain.errors import IllegalTransition, ValidationError
from focal_desk.domain.refusal import RefusalGround
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester
from focal_desk.services.documents import DocumentService

OFFICE = AgencyProfile(
    id=None, name="Ủy ban nhân dân xã Đạo Trù", parent_body="Ủy ban nhân dân tỉnh Phú Thọ", place_name="Đạo Trù",
    symbol="UBND", signer_name="Nguyễn Văn An", signer_title="Chủ tịch",
)
RENDERER = FormRenderer()
PLACE = {"provide_place": "Bộ phận một cửa, Ủy ban nhân dân xã Đạo Trù"}
PAYMENT = {"payment_method": "Nộp tiền mặt tại Bộ phận một cửa", "tax_authority": "Thuế cơ sở 3 tỉnh Phú Thọ",
           "treasury": "Kho bạc Nhà nước khu vực IX"}


def draft(channel: Channel = Channel.IN_PERSON, complexity: Complexity | None = Complexity.SIMPLE,
          received: datetime | None = None) -> RequestDraft:
    received = received or datetime(2026, 3, 2, 8, 0, tzinfo=VN_TZ)
    return RequestDraft(
        requester=Requester(RequesterKind.CITIZEN, "Trần Thị Bình", IdType.CCCD, "001203004567", "Thôn Đồng Bùa"),
        channel=channel, received_at=received, info_requested="Quyết định giao đất nông nghiệp thôn Đồng Bùa",
        purpose="Kiểm tra diện tích", valid_on=received.date() if complexity else None, complexity=complexity,
    )


@pytest.fixture
def docs(app, tmp_path) -> DocumentService:
    app.desk().agency.save(OFFICE)
    return DocumentService(app.uow_factory, RENDERER, tmp_path / "documents", app.clock, app.officer)


def text(docs: DocumentService, document_id: int) -> str:
    return text_of(Path(docs.open(document_id)).read_bytes())


def test_05_prints_the_recorded_ground_and_detail_whatever_the_caller_passes(app, docs):
    r = app.requests.register(draft())
    app.requests.refuse(r.id, RefusalGround.C, "Thông tin do Ủy ban nhân dân tỉnh quản lý")
    assert docs.prefilled(r.id, FormCode.REFUSAL) == {
        "refusal_ground": "c", "refusal_detail": "Thông tin do Ủy ban nhân dân tỉnh quản lý"}
    doc = docs.issue(r.id, FormCode.REFUSAL, {"refusal_ground": "a", "refusal_detail": "Khác"})
    printed = text(docs, doc.id)
    assert RefusalGround.C.text_vi[:60] in printed and "Thông tin do Ủy ban nhân dân tỉnh quản lý" in printed
    assert RefusalGround.A.text_vi[:60] not in printed and "Khác" not in printed


def test_a_refusal_without_its_05_is_flagged_until_the_05_is_issued(app, docs):
    r = app.requests.register(draft())
    app.requests.refuse(r.id, RefusalGround.DD, "Hồ sơ 4.000 trang cần sao trong 03 ngày")
    owed = docs.choices(r.id).owed
    assert [(o.form, o.text) for o in owed] == [(FormCode.REFUSAL, "Chưa phát hành Mẫu 05 (thông báo từ chối)")]
    todo = app.desk().todo.todo()
    assert [s.id for s in todo.documents_owed] == [r.id] and "Chưa phát hành Mẫu 05" in todo.owed_notes[r.id]
    assert todo.total == 1
    doc = docs.issue(r.id, FormCode.REFUSAL)
    assert docs.choices(r.id).owed == () and app.desk().todo.todo().documents_owed == []
    docs.cancel(doc.id, "Ghi sai tên người yêu cầu")  # a cancelled 05 no longer completes the refusal
    assert [s.id for s in app.desk().todo.todo().documents_owed] == [r.id]


def test_04_takes_the_recorded_extension_and_its_date_becomes_the_printed_one(app, docs):
    r = app.requests.register(draft(Channel.POSTAL, Complexity.COMPLEX))
    r = app.requests.extend(r.id, "Tài liệu lưu ở kho lưu trữ của tỉnh")
    assert docs.choices(r.id).owed[0].text == "Chưa phát hành Mẫu 04 (thông báo gia hạn)"
    assert [s.id for s in app.desk().todo.todo().documents_owed] == [r.id]
    new_due = r.deadlines.extended_due
    assert new_due is not None
    doc = docs.issue(r.id, FormCode.EXTENSION)
    printed = text(docs, doc.id)
    assert "Tài liệu lưu ở kho lưu trữ của tỉnh" in printed and new_due.strftime("%d/%m/%Y") in printed
    assert doc.printed_due == new_due == app.requests.get(r.id).printed_due
    assert docs.choices(r.id).owed == ()


def test_04_after_the_deadline_it_extends_is_refused_and_takes_no_number(app, docs):
    r = app.requests.register(draft(Channel.POSTAL, Complexity.COMPLEX))
    r = app.requests.extend(r.id, "Tài liệu lưu ở kho lưu trữ của tỉnh")
    due = r.deadlines.provide_due
    assert due is not None
    app.clock.set(datetime.combine(due, datetime.min.time(), VN_TZ) + timedelta(hours=16))
    assert docs.preview(r.id, FormCode.EXTENSION).startswith(b"%PDF")  # the last day is still inside
    app.clock.set(datetime.combine(due + timedelta(days=1), datetime.min.time(), VN_TZ) + timedelta(hours=8))
    with pytest.raises(ValidationError, match="Mẫu 04"):
        docs.issue(r.id, FormCode.EXTENSION)
    assert docs.for_request(r.id) == []


def test_02_is_offered_right_after_a_walk_in_intake_and_prints_the_answer_due(app, docs):
    walk_in = app.requests.register(draft(complexity=None))
    posted = app.requests.register(draft(Channel.POSTAL, complexity=None))
    assert docs.choices(walk_in.id).offer_receipt and not docs.choices(posted.id).offer_receipt
    assert FormCode.RECEIPT in docs.choices(walk_in.id).forms
    receipt = docs.issue(walk_in.id, FormCode.RECEIPT)
    assert receipt.printed_due is None  # not valid yet: no answer date to print
    assert not docs.choices(walk_in.id).offer_receipt
    valid = app.requests.register(draft(complexity=Complexity.COMPLEX))
    doc = docs.issue(valid.id, FormCode.RECEIPT)
    due = valid.deadlines.answer_due
    assert doc.printed_due == due == app.requests.get(valid.id).printed_due
    assert due is not None and due.strftime("%d/%m/%Y") in text(docs, doc.id)


def test_03_is_the_written_notice_of_the_time_limit_and_fixes_its_date(app, docs):
    r = app.requests.register(draft(Channel.POSTAL, Complexity.COMPLEX))
    assert r.deadlines.notice_due is not None and r.notice_sent_on is None
    doc = docs.issue(r.id, FormCode.RESOLUTION, PLACE)
    stored = app.requests.get(r.id)
    assert stored.notice_sent_on == date(2026, 3, 2) and stored.printed_due == r.deadlines.answer_due
    assert doc.printed_due == r.deadlines.answer_due
    with pytest.raises(IllegalTransition, match="đã được gửi"):
        app.requests.send_notice(r.id)  # the 03 was the notice
    assert [e.action for e in app.requests.history(r.id)][-1] == "document_dates"


def test_03_may_promise_an_earlier_date_never_a_later_one(app, docs):
    r = app.requests.register(draft(Channel.POSTAL, Complexity.COMPLEX))
    due = r.deadlines.answer_due
    assert due is not None
    with pytest.raises(ValidationError, match="không được sau"):
        docs.issue(r.id, FormCode.RESOLUTION, {**PLACE, "provide_due": (due + timedelta(days=1)).isoformat()})
    assert docs.for_request(r.id) == []
    earlier = due - timedelta(days=3)
    doc = docs.issue(r.id, FormCode.RESOLUTION, {**PLACE, "provide_due": earlier.isoformat()})
    assert doc.printed_due == earlier and earlier.strftime("%d/%m/%Y") in text(docs, doc.id)


def test_03_prints_the_costs_and_payment_deadline_the_fee_service_recorded(app, docs):
    r = app.requests.register(draft(Channel.POSTAL, Complexity.COMPLEX))
    statement = app.fees().set_fees(r.id, {"a4_bw": 12}, payment_due=date(2026, 3, 9))
    with pytest.raises(ValidationError) as missing:
        docs.issue(r.id, FormCode.RESOLUTION, PLACE)  # costs call for how and where to pay
    assert {"payment_method", "tax_authority", "treasury"} <= missing.value.errors.keys()
    doc = docs.issue(r.id, FormCode.RESOLUTION, {**PLACE, **PAYMENT})
    printed = text(docs, doc.id)
    total = f"{statement.total:,}".replace(",", ".")
    assert total in printed and "09/03/2026" in printed and PAYMENT["treasury"] in printed


def test_letters_take_what_the_workflow_recorded(app, docs):
    sup = app.requests.register(draft(complexity=None))
    app.requests.request_supplement(sup.id, "Ghi rõ số, ngày của quyết định")
    assert "Ghi rõ số, ngày của quyết định" in text(docs, docs.issue(sup.id, FormCode.SUPPLEMENT).id)
    moved = app.requests.register(draft(complexity=None))
    app.requests.transfer(moved.id, "Sở Nông nghiệp và Môi trường tỉnh Phú Thọ")
    assert "Sở Nông nghiệp và Môi trường tỉnh Phú Thọ" in text(docs, docs.issue(moved.id, FormCode.TRANSFER).id)
    given = app.requests.register(draft())
    app.requests.provide(given.id, "Bản sao trao tay")
    assert "Quyết định giao đất nông nghiệp thôn Đồng Bùa" in text(docs, docs.issue(given.id, FormCode.PROVIDE).id)
    app.requests.open_correction(given.id, CorrectionKind.AGENCY_FOUND, "Diện tích đúng là 1.250 m²")
    assert "Diện tích đúng là 1.250 m²" in text(docs, docs.issue(given.id, FormCode.CORRECTION).id)


def test_a_form_the_state_does_not_call_for_is_not_offered(app, docs):
    r = app.requests.register(draft(complexity=None))
    forms = docs.choices(r.id).forms
    assert FormCode.RECEIPT in forms and FormCode.REFUSAL not in forms and FormCode.RESOLUTION not in forms
    assert replace(docs.choices(r.id), issued=()).owed == ()


def test_a_notice_issued_outside_the_app_is_recorded_and_no_longer_asked_for(app, docs):
    r = app.requests.register(draft())
    app.requests.refuse(r.id, RefusalGround.C, "Thông tin do Ủy ban nhân dân tỉnh quản lý")
    with pytest.raises(ValidationError):
        docs.record_paper(r.id, FormCode.REFUSAL, date(2026, 3, 3))  # tomorrow
    recorded = docs.record_paper(r.id, FormCode.REFUSAL, date(2026, 3, 2), "07/TB-UBND")
    assert (recorded.kind, recorded.number_text, recorded.path) == ("05", "07/TB-UBND", None)
    assert docs.choices(r.id).owed == () and app.desk().todo.todo().documents_owed == []
    other = app.requests.register(draft())
    app.requests.refuse(other.id, RefusalGround.C, "Như trên")
    with pytest.raises(ValidationError, match="đã được dùng"):
        docs.record_paper(other.id, FormCode.REFUSAL, date(2026, 3, 2), "07/TB-UBND")
    with pytest.raises(IllegalTransition):
        docs.record_paper(app.requests.register(draft()).id, FormCode.REFUSAL, date(2026, 3, 2))
