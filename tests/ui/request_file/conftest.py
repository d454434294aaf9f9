"""Fixtures of the request-file tests: requests registered through the real services, a window opened on one."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Channel, IdType, RequesterKind
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester

PERSON = Requester(
    RequesterKind.CITIZEN, "Nguyễn Thị Lan", IdType.CCCD, "001190012345", "Thôn Đoài, xã Đạo Trù",
    email="lan@example.vn",
)


@pytest.fixture
def make_request(desk):
    """register(channel, received, valid_on=None, complexity=None, info=…) -> Request, via the service."""

    def register(channel=Channel.POSTAL, received=date(2026, 2, 25), valid_on=None, complexity=None,
                 info="Quyết định giao đất năm 2020", reason=""):
        draft = RequestDraft(
            requester=PERSON,
            channel=channel,
            received_at=datetime(received.year, received.month, received.day, 8, 15, tzinfo=VN_TZ),
            info_requested=info,
            purpose="Kiểm tra ranh giới thửa đất",
            valid_on=valid_on,
            complexity=complexity,
            complexity_reason=reason,
        )
        return desk.requests.register(draft)

    return register


@pytest.fixture
def open_file(qtbot, desk, jobs, errors):
    """Open the request file window on a request id and wait until it has loaded."""
    from focal_desk.ui.request_file.dialog import RequestFileDialog

    def opener(request_id: int, the_desk=None):
        dialog = RequestFileDialog(the_desk or desk, jobs, errors, request_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.request is not None, timeout=5000)
        return dialog

    return opener

