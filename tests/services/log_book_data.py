"""A register filled fast for the log-book exports: requests written through the repositories in one
transaction (no workflow), with every outcome, documents issued, personal data in the free text, and a
few requests just outside the period. Used by the tests and benchmarks/export_bench.py."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from focal_desk.domain.agency import AgencyProfile
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.documents import FormCode, IssuedDocument
from focal_desk.domain.enums import Channel, IdType, ProvisionForm, RequesterKind, Status
from focal_desk.domain.request import Deadlines, Request
from focal_desk.domain.requester import Requester

OFFICE = AgencyProfile(
    id=None,
    name="ỦY BAN NHÂN DÂN XÃ ĐẠO TRÙ",
    parent_body="ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ",
    place_name="Đạo Trù",
    symbol="UBND",
    signer_name="Nguyễn Văn An",
    signer_title="CHỦ TỊCH",
)
HAMLETS = ("Thôn Đồng Tâm", "Xóm Gò Vối", "Số 12 ngõ 4 đường Hùng Vương", "Tổ dân phố Tân Tiến", "Ấp Bình An")
COMMUNES = ("xã Đạo Trù, tỉnh Phú Thọ", "phường Tân Dân, tỉnh Phú Thọ", "thị trấn Tam Đảo, tỉnh Phú Thọ")
INFO = (
    "Quyết định giao đất năm 2020 của thửa đất số {n}, tờ bản đồ số 7",
    "Bản đồ quy hoạch sử dụng đất đến năm 2030 và danh sách các hộ được bồi thường khi mở rộng tuyến đường "
    "liên thôn, kèm theo biên bản họp dân ngày 15/3/2025 và phương án hỗ trợ tái định cư chi tiết cho từng hộ",
    "Danh sách hộ nghèo năm 2025; liên hệ lại số {phone} hoặc thư {email}",
    "Kế hoạch sử dụng đất hằng năm",
)
STATUSES = (
    (Status.PROVIDED, 45), (Status.PARTIALLY_PROVIDED, 8), (Status.REFUSED, 6), (Status.TRANSFERRED, 4),
    (Status.WITHDRAWN, 3), (Status.VALID, 14), (Status.EXTENDED, 5), (Status.RECEIVED, 5),
    (Status.AWAITING_SUPPLEMENT, 5), (Status.CORRECTING, 2),
)


@dataclass(frozen=True)
class Filled:
    in_period: list[Request]
    outside: list[Request]


def requester(rng: random.Random, n: int) -> Requester:
    foreign = n % 23 == 0
    return Requester(
        kind=RequesterKind.FOREIGN_RESIDENT if foreign else RequesterKind.CITIZEN,
        full_name=f"Nguyễn Thị Hồng {n}" if n % 2 else f"Trần Văn Đức {n}",
        id_type=IdType.PASSPORT if foreign else IdType.CCCD,
        id_number=f"M{n:08d}" if foreign else f"0{rng.randint(1, 96):02d}{rng.randint(0, 3)}{n:08d}",
        address=f"{rng.choice(HAMLETS)} {n % 97}, {rng.choice(COMMUNES)}",
        phone=f"09{n:08d}" if n % 3 else f"0912 {n % 1000:03d} {n // 1000 % 1000:03d}",
        email=f"nguoi.dan{n}@gmail.com" if n % 4 else "",
        nationality="Hàn Quốc" if foreign else "",
    )


def _request(agency_id: int, seq: int, year: int, at: datetime, rng: random.Random, n: int) -> Request:
    who = requester(rng, n)
    status = rng.choices([s for s, _ in STATUSES], [w for _, w in STATUSES])[0]
    info = rng.choice(INFO).format(n=n, phone=who.phone, email=who.email or "khong.co@example.vn")
    closed = None if status.is_open and status is not Status.CORRECTING else at.date() + timedelta(days=7)
    return Request(
        id=0, agency_id=agency_id, register_number=f"{seq}/{year}", register_year=year, register_seq=seq,
        requester=who, channel=rng.choice(list(Channel)), received_at=at, info_requested=info,
        purpose="Để làm thủ tục", provision_form=rng.choice(list(ProvisionForm)), copies=rng.randint(1, 3),
        delivery_address="", delivery_email="", officer_assisted=False, consent_attached=False,
        notes=f"Gọi {who.phone} khi có kết quả" if n % 5 == 0 else "",
        status=status, valid_on=at.date(), complexity=None, complexity_reason="",
        deadlines=Deadlines(provide_due=at.date() + timedelta(days=15)), closed_on=closed,
    )


def fill(uow_factory, period_start: date, period_end: date, n: int, seed: int = 7, outside: int = 3) -> Filled:
    """``n`` requests received within [period_start, period_end], plus ``outside`` on each side of it."""
    rng = random.Random(seed)
    days = (period_end - period_start).days + 1
    moments = sorted(
        datetime.combine(period_start + timedelta(days=rng.randrange(days)), datetime.min.time(), VN_TZ)
        + timedelta(hours=7, minutes=rng.randrange(600))
        for _ in range(n)
    )
    before = [datetime.combine(period_start - timedelta(days=1), datetime.min.time(), VN_TZ)
              + timedelta(hours=16, minutes=i) for i in range(outside)]
    after = [datetime.combine(period_end + timedelta(days=1), datetime.min.time(), VN_TZ)
             + timedelta(hours=0, minutes=i) for i in range(outside)]
    with uow_factory() as uow:
        agency = uow.agencies.current()
        if agency is None or agency.name != OFFICE.name:
            agency = uow.agencies.save(replace(OFFICE, id=agency.id if agency else None))
        inside_rows, outside_rows = [], []
        for i, at in enumerate(before + moments + after):
            seq = uow.requests.next_register_seq(agency.id, at.year)
            r = uow.requests.add(_request(agency.id, seq, at.year, at, rng, i + 1))
            (inside_rows if period_start <= at.date() <= period_end else outside_rows).append(r)
            if r.status in (Status.PROVIDED, Status.REFUSED) and i % 2 == 0:
                uow.documents.insert(agency.id, IssuedDocument(
                    id=0, request_id=r.id, kind="02", form=FormCode.RECEIPT, number_text=f"{i + 1:02d}/PTN-UBND",
                    year=at.year, seq=i + 1, issued_on=at.date(), printed_due=None, template_id="nd13-02",
                    template_version=1, path=None, sha256=None, officer="cán bộ", action_key=None))
        uow.commit()
    return Filled(inside_rows, outside_rows)
