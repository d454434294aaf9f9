"""Realistic facts for the form tests: a commune office and requests as the register holds them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from focal_desk.domain.agency import AgencyProfile
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.documents import DocumentFacts, DocumentNumber, FeeLine, FormCode
from focal_desk.domain.enums import Channel, Complexity, IdType, ProvisionForm, RequesterKind, Status
from focal_desk.domain.request import Deadlines, Request
from focal_desk.domain.requester import Member, Requester, clean_requester

AGENCY = AgencyProfile(
    id=1,
    name="ỦY BAN NHÂN DÂN XÃ ĐẠO TRÙ",
    parent_body="ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ",
    place_name="Đạo Trù",
    symbol="UBND",
    signer_name="Nguyễn Văn Hùng",
    signer_title="CHỦ TỊCH",
    authority="TM.",
)

CITIZEN = clean_requester(Requester(
    kind=RequesterKind.CITIZEN,
    full_name="Trần Thị Bình",
    id_type=IdType.CCCD,
    id_number="001203004567",
    address="Thôn Đồng Bùa, xã Đạo Trù, tỉnh Phú Thọ",
    phone="0912 345 678",
    email="binh.tran@example.vn",
))

ORGANISATION = clean_requester(Requester(
    kind=RequesterKind.ORGANISATION,
    full_name="Lê Văn Cường",
    id_type=IdType.CCCD,
    id_number="026085001234",
    address="Nhà văn hóa thôn Đồng Bùa, xã Đạo Trù",
    on_behalf_of_name="Hợp tác xã nông nghiệp Đạo Trù",
    members=(
        Member("Phạm Văn Dũng", "026085002345", "Kiểm tra diện tích đất được giao"),
        Member("Hoàng Thị Em", "026185003456", "Kiểm tra diện tích đất được giao"),
    ),
))


def request(requester: Requester = CITIZEN, **changes) -> Request:
    fields = dict(
        id=12, agency_id=1, register_number="12/2026", register_year=2026, register_seq=12,
        requester=requester, channel=Channel.IN_PERSON,
        received_at=datetime(2026, 3, 2, 9, 30, tzinfo=VN_TZ),
        info_requested="Quyết định số 45/QĐ-UBND ngày 10/01/2026 về giao đất nông nghiệp thôn Đồng Bùa",
        purpose="Kiểm tra diện tích đất gia đình được giao",
        provision_form=ProvisionForm.COPY, copies=2, delivery_address="", delivery_email="",
        officer_assisted=False, consent_attached=False, notes="", status=Status.VALID,
        valid_on=date(2026, 3, 2), complexity=Complexity.COMPLEX, complexity_reason="Cần tập hợp từ lưu trữ",
        deadlines=Deadlines(rule_set="luat-104-2016", provide_due=date(2026, 3, 16)),
    )
    return Request(**{**fields, **changes})


FEES = (
    FeeLine("a4_bw", "Sao chụp tài liệu A4 đen trắng", 12, "trang", 3_000),
    FeeLine("photo_20x25", "In ảnh cỡ 20×25 cm", 1, "ảnh", 54_000),
)

EXTRAS: dict[FormCode, dict[str, str]] = {
    FormCode.RESOLUTION: {
        "provide_due": "2026-03-16", "provide_place": "Bộ phận một cửa, Ủy ban nhân dân xã Đạo Trù",
        "payment_method": "Nộp tiền mặt tại Bộ phận một cửa hoặc chuyển khoản", "payment_due": "2026-03-12",
        "tax_authority": "Thuế cơ sở 3 tỉnh Phú Thọ", "treasury": "Kho bạc Nhà nước khu vực IX",
    },
    FormCode.EXTENSION: {"extension_reason": "Hồ sơ lưu trữ tại kho của tỉnh, cần thêm thời gian sao lục",
                         "new_due": "2026-03-30"},
    FormCode.REFUSAL: {"refusal_ground": "dd", "refusal_detail": "Hồ sơ gồm 4.000 trang cần sao chụp trong 03 ngày"},
    FormCode.SUPPLEMENT: {"supplement_items": "Ghi rõ số, ngày của quyết định giao đất"},
    FormCode.TRANSFER: {"responsible_agency": "Sở Nông nghiệp và Môi trường tỉnh Phú Thọ"},
    FormCode.PROVIDE: {"provided_items": "01 bản sao Quyết định số 45/QĐ-UBND (12 trang)"},
    FormCode.CORRECTION: {"corrected_content": "Diện tích đúng là 1.250 m², không phải 1.520 m²"},
}

NUMBERED_TYPES = {"02": "PTN", "03": "PGQ", "04": "TB", "05": "TB"}


def facts(form: FormCode, req: Request | None = None, *, blank: bool = False, **changes) -> DocumentFacts:
    if req is None and not blank:
        req = request(ORGANISATION) if form is FormCode.REQUEST_FORM_ORG else request()
    number = DocumentNumber(5, 2026, NUMBERED_TYPES.get(form.value, ""), "UBND")
    base = DocumentFacts(
        form=form, agency=AGENCY, request=req, issued_on=date(2026, 3, 5),
        number=None if form in (FormCode.REQUEST_FORM, FormCode.REQUEST_FORM_ORG, FormCode.CONSENT) else number,
        fee_lines=FEES if form is FormCode.RESOLUTION else (), extra=EXTRAS.get(form, {}),
    )
    return replace(base, **changes)


def layout_text(layout) -> str:
    """Every string the layout prints, one per line (what a reader of the paper sees, in order)."""
    from focal_desk.documents.layout import Table

    h = layout.heading
    parts = [h.parent_body, h.issuing_body, h.number_line, h.place_date, h.subject_under_number,
             layout.type_line, layout.subject]
    for b in layout.blocks:
        if isinstance(b, Table):
            parts += list(b.header) + [cell for row in b.rows for cell in row]
        else:
            parts.append(b.text)
    for s in (layout.left_signer, layout.signer):
        if s is not None:
            parts += [s.authority, s.title, s.hint, s.name]
    parts += list(layout.recipients)
    return "\n".join(p for p in parts if p)
