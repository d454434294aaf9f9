"""Domain objects for storage tests (imported by the test modules; conftest holds the fixtures)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Channel, IdType, ProvisionForm, RequesterKind, Status
from focal_desk.domain.request import Deadlines, Request
from focal_desk.domain.requester import Member, Requester


def citizen(name: str = "Nguyễn Văn Đức", id_number: str = "001090012345", **kw: object) -> Requester:
    values: dict[str, object] = {
        "kind": RequesterKind.CITIZEN,
        "full_name": name,
        "id_type": IdType.CCCD,
        "id_number": id_number,
        "address": "Thôn Đồng Tâm, xã Đạo Trù, tỉnh Phú Thọ",
        "phone": "0912 345 678",
    }
    values.update(kw)
    return Requester(**values)  # type: ignore[arg-type]


def organisation() -> Requester:
    return Requester(
        kind=RequesterKind.ORGANISATION,
        full_name="Trần Thị Hằng",
        id_type=IdType.CCCD,
        id_number="025190000777",
        address="Số 5 đường Hùng Vương, Việt Trì",
        email="hoi@example.vn",
        on_behalf_of_name="Hội Nông dân xã Đạo Trù",
        members=(
            Member("Lê Văn Bình", "001080000111", "Xem quy hoạch đất ở"),
            Member("Phạm Thị Ngọc Ánh", "001085000222", "Kiểm tra bồi thường", IdType.PERSONAL_ID),
        ),
    )


def new_request(
    agency_id: int,
    seq: int,
    *,
    requester: Requester | None = None,
    received_at: datetime | None = None,
    status: Status = Status.RECEIVED,
    channel: Channel = Channel.IN_PERSON,
    info: str = "Quyết định giao đất năm 2020 của thôn Đồng Tâm",
    provide_due: date | None = None,
    **kw: object,
) -> Request:
    received_at = received_at or datetime(2026, 3, 2, 9, 30, tzinfo=VN_TZ)
    year = received_at.year
    request = Request(
        id=0,
        agency_id=agency_id,
        register_number=f"{seq}/{year}",
        register_year=year,
        register_seq=seq,
        requester=requester or citizen(),
        channel=channel,
        received_at=received_at,
        info_requested=info,
        purpose="Để làm thủ tục cấp giấy chứng nhận",
        provision_form=ProvisionForm.COPY,
        copies=1,
        delivery_address="",
        delivery_email="",
        officer_assisted=False,
        consent_attached=False,
        notes="",
        status=status,
        valid_on=None,
        complexity=None,
        complexity_reason="",
        deadlines=Deadlines(provide_due=provide_due),
    )
    return replace(request, **kw)  # type: ignore[arg-type]
