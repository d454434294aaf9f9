"""Typing a request into the intake form the way an officer would (setText: Vietnamese is not ASCII)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Channel, Complexity, IdType, RequesterKind
from focal_desk.domain.listing import RequestQuery
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester

NAME = "Nguyễn Văn Đức"
CCCD = "001203004567"
ADDRESS = "Thôn Đông, xã Đạo Trù, tỉnh Phú Thọ"
INFO = "Quyết định số 12/QĐ-UBND ngày 05/01/2026 về việc giao đất ở"
PURPOSE = "Tìm hiểu quyền lợi của gia đình"


def type_walk_in(d, id_number: str = CCCD) -> None:
    q, r = d.requester, d.request
    q.id_number.setText(id_number)
    q.full_name.setText(NAME)
    q.address.setText(ADDRESS)
    q.email.setText("duc.nguyen@gmail.com")
    r.info_requested.setPlainText(INFO)
    r.purpose.setPlainText(PURPOSE)


def leave(widget) -> None:
    """The officer tabs out of a field (what triggers inline checks)."""
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut))


def count(desk) -> int:
    return desk.requests.count(RequestQuery())


def register_directly(desk, info: str = INFO, provided: bool = False) -> int:
    """An earlier request of the same person, made through the services (not the form)."""
    requester = Requester(RequesterKind.CITIZEN, NAME, IdType.CCCD, CCCD, ADDRESS, phone="0912 345 678")
    draft = RequestDraft(requester, Channel.IN_PERSON, datetime(2026, 2, 2, 8, 0, tzinfo=VN_TZ), info, PURPOSE,
                         valid_on=date(2026, 2, 2), complexity=Complexity.SIMPLE)
    request = desk.requests.register(draft)
    if provided:
        desk.requests.provide(request.id, "Bản sao", on=date(2026, 2, 2))
    return request.id
