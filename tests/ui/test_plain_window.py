from __future__ import annotations

from datetime import datetime

from focal_desk.app.paths import Paths
from focal_desk.app.wiring import open_app
from focal_desk.domain.clock import VN_TZ, FixedClock
from focal_desk.domain.enums import Channel, IdType, RequesterKind
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester
from focal_desk.ui.plain_window import PlainWindow


def test_plain_window_shows_the_register_size(qtbot, tmp_path):
    core = open_app(Paths(tmp_path / "data"), clock=FixedClock(datetime(2026, 3, 2, 9, 0, tzinfo=VN_TZ)))
    try:
        core.requests.register(
            RequestDraft(
                requester=Requester(RequesterKind.CITIZEN, "Lê Thị Mai", IdType.CCCD, "001203004568", "Thôn Tây"),
                channel=Channel.IN_PERSON,
                received_at=datetime(2026, 3, 2, 8, 0, tzinfo=VN_TZ),
                info_requested="Danh sách hộ nghèo năm 2025",
                purpose="Tìm hiểu chính sách",
            )
        )
        window = PlainWindow(core.requests, core.paths.database)
        qtbot.addWidget(window)
        window.show()
        assert "1 yêu cầu" in window.summary.text()
        assert str(core.paths.database) in window.statusBar().currentMessage()
    finally:
        core.close()
