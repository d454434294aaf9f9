"""Fixtures of the documents GUI tests: a request registered through the real services (valid, so the
Mẫu 03 and its costs are allowed), the request file opened on it, and helpers to read images back."""

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
def valid_request(desk):
    """A postal request received on 25/02/2026 and confirmed valid on 26/02/2026."""
    draft = RequestDraft(
        requester=PERSON,
        channel=Channel.POSTAL,
        received_at=datetime(2026, 2, 25, 8, 15, tzinfo=VN_TZ),
        info_requested="Quyết định giao đất năm 2020 cho hộ ông Nguyễn Văn Bình",
        purpose="Kiểm tra ranh giới thửa đất",
        valid_on=date(2026, 2, 26),
    )
    return desk.requests.register(draft)


@pytest.fixture
def open_file(qtbot, desk, jobs, errors):
    """The request file window on a request, loaded, with its Documents tab shown and loaded."""
    from focal_desk.ui.request_file.dialog import RequestFileDialog

    def opener(request_id: int):
        dialog = RequestFileDialog(desk, jobs, errors, request_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.request is not None, timeout=5000)
        dialog.tabs.setCurrentWidget(dialog.documents)
        qtbot.waitUntil(lambda: bool(dialog.documents.offered), timeout=5000)
        return dialog

    return opener
