"""`request show` for people: labelled lines, several-line values indented, typed escapes shown not obeyed."""

from __future__ import annotations

from datetime import date, datetime

from focal_desk.app.show import request_lines
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Channel, IdType, ProvisionForm, RequesterKind, Status
from focal_desk.domain.refusal import RefusalGround
from focal_desk.domain.request import Deadlines, Request
from focal_desk.domain.requester import Requester


def _request(**changes) -> Request:
    fields = dict(
        id=7, agency_id=1, register_number="7/2026", register_year=2026, register_seq=7,
        requester=Requester(RequesterKind.CITIZEN, "Trần Thị\x1b[2J Bình", IdType.CCCD, "001203004567", "Xã Đạo Trù"),
        channel=Channel.POSTAL, received_at=datetime(2026, 8, 20, 8, 0, tzinfo=VN_TZ),
        info_requested="Quyết định số 12\nvà phụ lục", purpose="Tìm\x07 hiểu", provision_form=ProvisionForm.POST,
        copies=2, delivery_address="", delivery_email="", officer_assisted=False, consent_attached=False, notes="",
        status=Status.RECEIVED, valid_on=None, complexity=None, complexity_reason="", deadlines=Deadlines(),
    )
    return Request(**{**fields, **changes})


def test_labelled_lines_with_control_characters_shown_and_continuations_indented():
    lines = request_lines(_request())
    assert lines[:3] == ["Số vào sổ: 7/2026 (ID 7)", "Trạng thái: Mới tiếp nhận", "Người yêu cầu: Trần Thị\ufffd[2J Bình"]
    at = lines.index("Thông tin yêu cầu: Quyết định số 12")
    assert lines[at + 1] == "    và phụ lục"
    assert "Mục đích: Tìm\ufffd hiểu" in lines and "Hình thức cung cấp: Qua dịch vụ bưu chính, 2 bản" in lines
    assert not any(c in "".join(lines) for c in "\x1b\x07")
    assert lines[-2:] == ["Giải thích thời hạn:", "  (chưa có — yêu cầu chưa hợp lệ)"]
    assert not any(line.startswith(("Ngày hợp lệ", "Căn cứ từ chối", "Đính chính")) for line in lines)


def test_a_refusal_names_the_point_of_article_28():
    lines = request_lines(_request(status=Status.REFUSED, refusal_ground=RefusalGround.DD,
                                   refusal_detail="Hồ sơ 4.000 trang", closed_on=date(2026, 8, 21)))
    assert any(line.startswith("Căn cứ từ chối: điểm đ khoản 1 Điều 28 — ") for line in lines)
    assert "Lý do từ chối: Hồ sơ 4.000 trang" in lines and "Ngày kết thúc: 21/08/2026" in lines
