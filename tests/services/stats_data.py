"""A small register whose March 2026 statistics are counted by hand (see test_statistics.py). Requests cross
the month's edges both ways: received before and answered in March, received in March and answered after."""

from __future__ import annotations

from datetime import date, datetime

from focal_desk.app.wiring import Container
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.complaints import ComplaintKind
from focal_desk.domain.enums import Channel, Complexity, CorrectionKind, IdType, ProvisionForm, RequesterKind
from focal_desk.domain.refusal import RefusalGround
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Member, Requester
from focal_desk.services.fees import FeeService

CLOCK_AT = datetime(2026, 5, 15, 9, 0, tzinfo=VN_TZ)  # every action below lies before it
MARCH = (date(2026, 3, 1), date(2026, 3, 31))


def _draft(n: int, received: date, channel: Channel, kind: RequesterKind = RequesterKind.CITIZEN) -> RequestDraft:
    org = kind is RequesterKind.ORGANISATION
    requester = Requester(kind, f"Người thứ {n}", IdType.CCCD, f"0012030045{n:02d}", "Thôn Đông",
                          on_behalf_of_name={RequesterKind.AUTHORISED: "Lê Văn Ủy", RequesterKind.ORGANISATION:
                                             "Hội Nông dân xã"}.get(kind, ""),
                          on_behalf_of_id="001203009999" if kind is RequesterKind.AUTHORISED else "",
                          members=(Member("Trần Văn Hai", "001203008888", "Tìm hiểu"),) if org else ())
    return RequestDraft(
        requester=requester,
        channel=channel,
        received_at=datetime(received.year, received.month, received.day, 8, 0, tzinfo=VN_TZ),
        info_requested=f"Thông tin số {n}",
        purpose="Tìm hiểu",
        delivery_address="Thôn Đông" if channel is Channel.POSTAL else "",
        delivery_email="a@example.vn" if channel is Channel.ELECTRONIC else "",
        provision_form=ProvisionForm.EMAIL if channel is Channel.ELECTRONIC else ProvisionForm.COPY,
        notes=f"#{n}",
    )


def build(app: Container, fees: FeeService) -> dict[str, int]:
    """The register; returns name -> request id."""
    s = app.requests
    d = date
    ids: dict[str, int] = {}

    def reg(name: str, n: int, received: date, channel: Channel, kind: RequesterKind = RequesterKind.CITIZEN,
            valid: date | None = None, complexity: Complexity = Complexity.SIMPLE) -> int:
        r = s.register(_draft(n, received, channel, kind))
        if valid is not None:
            s.mark_valid(r.id, valid, complexity)
        ids[name] = r.id
        return r.id

    # r1: received and valid in February (walk-in, due that day), provided 2 March: late, answered in March.
    r1 = reg("r1", 1, d(2026, 2, 20), Channel.IN_PERSON, valid=d(2026, 2, 20))
    s.provide(r1, "Bản sao", on=d(2026, 3, 2))
    # r2: received in March by an authorised person, complex, extended 20 March, costs paid 25 March and
    # 5 April, provided in part 20 April: open at the end of March, not past due (extended by then).
    r2 = reg("r2", 2, d(2026, 3, 5), Channel.ELECTRONIC, RequesterKind.AUTHORISED, d(2026, 3, 5), Complexity.COMPLEX)
    s.extend(r2, "Cần tổng hợp", on=d(2026, 3, 20))
    fees.set_fees(r2, {"a4_bw": 30}, payment_due=d(2026, 5, 20))
    fees.record_payment(r2, d(2026, 3, 25), "BL-01", 50_000)
    fees.record_payment(r2, d(2026, 4, 5), "BL-02", 20_000)
    s.provide(r2, "Thư điện tử", partial=True, on=d(2026, 4, 20), detail="Phần bí mật")
    # r3: received by post in March, a supplement asked 11 March, valid only on 2 April.
    r3 = reg("r3", 3, d(2026, 3, 10), Channel.POSTAL)
    s.request_supplement(r3, "Thiếu mục đích", on=d(2026, 3, 11))
    s.mark_valid(r3, d(2026, 4, 2), Complexity.SIMPLE)
    # r4: a fax from an organisation on the last day of March, valid that day, refused (c) on 1 April.
    r4 = reg("r4", 4, d(2026, 3, 31), Channel.FAX, RequesterKind.ORGANISATION, d(2026, 3, 31))
    s.refuse(r4, RefusalGround.C, "Không thuộc trách nhiệm", on=d(2026, 4, 1))
    # r5: received and provided on 1 April: nothing in March.
    r5 = reg("r5", 5, d(2026, 4, 1), Channel.IN_PERSON, valid=d(2026, 4, 1))
    s.provide(r5, "Bản sao", on=d(2026, 4, 1))
    # r6: received in January, valid, never answered: open and past due at the end of March.
    reg("r6", 6, d(2026, 1, 12), Channel.ELECTRONIC, valid=d(2026, 1, 12))
    # r7: valid 2 February (walk-in), refused (a) 20 March: late.
    r7 = reg("r7", 7, d(2026, 2, 2), Channel.IN_PERSON, valid=d(2026, 2, 2))
    s.refuse(r7, RefusalGround.A, "Bí mật nhà nước", on=d(2026, 3, 20))
    # r8: received and transferred in March. r9: received and withdrawn in March.
    r8 = reg("r8", 8, d(2026, 3, 3), Channel.IN_PERSON)
    s.transfer(r8, "UBND huyện", on=d(2026, 3, 4))
    r9 = reg("r9", 9, d(2026, 3, 16), Channel.POSTAL)
    s.withdraw(r9, "Không cần nữa", on=d(2026, 3, 17))
    # r10: provided in February, a correction opened 9 March (being corrected: still "provided in February").
    r10 = reg("r10", 10, d(2026, 2, 25), Channel.IN_PERSON, valid=d(2026, 2, 25))
    s.provide(r10, "Bản sao", on=d(2026, 2, 26))
    s.open_correction(r10, CorrectionKind.REQUESTER_CLAIM, "Sai số liệu", on=d(2026, 3, 9))
    # r11: received, valid and provided 2 March, on time; being corrected since 12 March.
    r11 = reg("r11", 11, d(2026, 3, 2), Channel.IN_PERSON, valid=d(2026, 3, 2))
    s.provide(r11, "Bản sao", on=d(2026, 3, 2))
    s.open_correction(r11, CorrectionKind.AGENCY_FOUND, "Sai tên", on=d(2026, 3, 12))
    # r12: complex, received 16 March, costs paid 31 March, extended only on 3 April.
    r12 = reg("r12", 12, d(2026, 3, 16), Channel.ELECTRONIC, valid=d(2026, 3, 16), complexity=Complexity.COMPLEX)
    fees.set_fees(r12, {"a4_bw": 5}, payment_due=d(2026, 5, 20))
    fees.record_payment(r12, d(2026, 3, 31), "BL-03", 10_000)
    s.extend(r12, "Cần tổng hợp", on=d(2026, 4, 3))

    c = app.complaints()
    old = c.add(r7, ComplaintKind.COMPLAINT, d(2026, 3, 1), "Khiếu nại lần đầu")
    c.resolve(old.id, "Giữ nguyên", d(2026, 3, 15))  # type: ignore[arg-type]
    new = c.add(r7, ComplaintKind.COMPLAINT, d(2026, 3, 25), "Khiếu nại lần hai")
    c.resolve(new.id, "Bác khiếu nại", d(2026, 4, 10))  # type: ignore[arg-type]
    suit = c.add(r1, ComplaintKind.LAWSUIT, d(2026, 2, 27), "Khởi kiện vì chậm")
    c.resolve(suit.id, "Đình chỉ", d(2026, 3, 30))  # type: ignore[arg-type]
    c.add(r11, ComplaintKind.COMPLAINT, d(2026, 4, 2), "Khiếu nại sau kỳ")
    return ids


# March 2026, counted by hand from the comments above: figure -> the requests behind it.
MARCH_BEHIND: dict[str, set[str]] = {
    "received": {"r2", "r3", "r4", "r8", "r9", "r11", "r12"},
    "received.channel.in_person": {"r8", "r11"},
    "received.channel.electronic": {"r2", "r12"},
    "received.channel.postal": {"r3", "r9"},
    "received.channel.fax": {"r4"},
    "received.kind.citizen": {"r3", "r8", "r9", "r11", "r12"},
    "received.kind.authorised": {"r2"},
    "received.kind.legal_representative": set(),
    "received.kind.guardian": set(),
    "received.kind.foreign_resident": set(),
    "received.kind.organisation": {"r4"},
    "valid": {"r2", "r4", "r11", "r12"},
    "valid.simple": {"r4", "r11"},
    "valid.complex": {"r2", "r12"},
    "awaiting_supplement": {"r3"},
    "extended": {"r2"},
    "corrections": {"r10", "r11"},
    "answered": {"r1", "r7", "r11"},
    "answered.on_time": {"r11"},
    "answered.late": {"r1", "r7"},
    "provided": {"r1", "r11"},
    "provided_in_part": set(),
    "refused": {"r7"},
    "refused.ground.a": {"r7"},
    "refused.ground.b": set(),
    "refused.ground.c": set(),
    "refused.ground.d": set(),
    "refused.ground.dd": set(),
    "refused.ground.e": set(),
    "transferred": {"r8"},
    "withdrawn": {"r9"},
    "open_at_end": {"r2", "r3", "r4", "r6", "r12"},
    "open_at_end.past_due": {"r6"},
    "complaints.filed": {"r7"},
    "complaints.resolved": {"r7"},
    "lawsuits.filed": set(),
    "lawsuits.resolved": {"r1"},
    "costs.payments": {"r2", "r12"},
    "costs.collected": {"r2", "r12"},
}
# Figures that count events, not requests: their value by hand.
MARCH_EVENTS = {"corrections": 2, "complaints.filed": 2, "complaints.resolved": 1, "lawsuits.filed": 0,
                "lawsuits.resolved": 1, "costs.payments": 2, "costs.collected": 60_000}
