"""Helpers for the register and to-do tests: known requests made through the real services, a shown register.

(A module of its own, not conftest: test folders share the module name "conftest".)
"""

from __future__ import annotations

from datetime import date, datetime

from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Channel, Complexity, IdType, RequesterKind
from focal_desk.domain.request import Request, RequestDraft
from focal_desk.domain.requester import Requester


def add_request(desk, name: str, id_number: str, received: datetime, channel: Channel = Channel.IN_PERSON,
                info: str = "Quyết định phê duyệt quy hoạch sử dụng đất xã", valid_on: date | None = None,
                complexity: Complexity | None = None) -> Request:
    requester = Requester(kind=RequesterKind.CITIZEN, full_name=name, id_type=IdType.CCCD, id_number=id_number,
                          address="Thôn Đông, xã Đạo Trù")
    draft = RequestDraft(requester=requester, channel=channel, received_at=received.replace(tzinfo=VN_TZ),
                         info_requested=info, purpose="Tìm hiểu quyền lợi của gia đình",
                         valid_on=valid_on, complexity=complexity)
    return desk.requests.register(draft)


def open_register(desk, jobs, errors, qtbot):
    """A shown register whose first query has been displayed (results arrive through the event loop, so
    connecting after construction cannot miss them)."""
    from focal_desk.ui.register.view import RegisterView

    view = RegisterView(desk, jobs, errors)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    with qtbot.waitSignal(view.countChanged, timeout=10_000):
        pass
    qtbot.waitUntil(view.model.ids_complete, timeout=10_000)  # the first load shows page one, then the ids
    return view
