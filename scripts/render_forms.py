"""Render every form and letter from demo-like requests, through the app's own services, to docs/forms/.

A temporary register is made with a fixed clock (2 March 2026), the office described, a few requests taken
through the workflow (intake, fees, extension, refusal, supplement, transfer, provision, correction), and each
paper issued by DocumentService with the real FormRenderer — the same path as the app and `focal-desk letter`.
The first page of each PDF becomes docs/forms/<form>.png (pdftoppm -r 60); --pdf also keeps the PDFs.

    python scripts/render_forms.py [--out docs/forms] [--pdf]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from focal_desk.app.paths import Paths  # noqa: E402
from focal_desk.app.wiring import open_app  # noqa: E402
from focal_desk.documents.renderer import FormRenderer  # noqa: E402
from focal_desk.domain.agency import AgencyProfile  # noqa: E402
from focal_desk.domain.clock import VN_TZ, FixedClock  # noqa: E402
from focal_desk.domain.documents import FormCode  # noqa: E402
from focal_desk.domain.enums import Channel, Complexity, CorrectionKind, IdType, ProvisionForm, RequesterKind  # noqa: E402
from focal_desk.domain.refusal import RefusalGround  # noqa: E402
from focal_desk.domain.request import RequestDraft  # noqa: E402
from focal_desk.domain.requester import Member, Requester  # noqa: E402

OFFICE = AgencyProfile(
    id=None, name="Ủy ban nhân dân xã Đạo Trù", parent_body="Ủy ban nhân dân tỉnh Phú Thọ", place_name="Đạo Trù",
    symbol="UBND", signer_name="Nguyễn Văn Hùng", signer_title="Chủ tịch", authority="TM.",
)
CITIZEN = Requester(RequesterKind.CITIZEN, "Trần Thị Bình", IdType.CCCD, "001203004567",
                    "Thôn Đồng Bùa, xã Đạo Trù, tỉnh Phú Thọ", phone="0912 345 678", email="binh.tran@example.vn")
ORGANISATION = Requester(
    RequesterKind.ORGANISATION, "Lê Văn Cường", IdType.CCCD, "026085001234", "Nhà văn hóa thôn Đồng Bùa, xã Đạo Trù",
    on_behalf_of_name="Hợp tác xã nông nghiệp Đạo Trù",
    members=(Member("Phạm Văn Dũng", "026085002345", "Kiểm tra diện tích đất được giao"),
             Member("Hoàng Thị Em", "026185003456", "Kiểm tra diện tích đất được giao")),
)
RECEIVED = datetime(2026, 3, 2, 9, 30, tzinfo=VN_TZ)
PLACE = {"provide_place": "Bộ phận tiếp nhận và trả kết quả, Ủy ban nhân dân xã Đạo Trù"}
PAYMENT = {"payment_method": "Nộp tiền mặt tại Bộ phận tiếp nhận và trả kết quả hoặc chuyển khoản",
           "tax_authority": "Thuế cơ sở 3 tỉnh Phú Thọ", "treasury": "Kho bạc Nhà nước khu vực IX"}


def draft(requester: Requester = CITIZEN, *, channel: Channel = Channel.IN_PERSON,
          complexity: Complexity | None = Complexity.COMPLEX, info: str = "", **more) -> RequestDraft:
    return RequestDraft(
        requester=requester, channel=channel, received_at=RECEIVED,
        info_requested=info or "Quyết định số 45/QĐ-UBND ngày 10/01/2026 của Ủy ban nhân dân xã về việc giao đất "
                               "nông nghiệp cho các hộ gia đình thôn Đồng Bùa, kèm bản đồ giao đất",
        purpose="Kiểm tra diện tích đất gia đình được giao", provision_form=ProvisionForm.COPY, copies=2,
        valid_on=RECEIVED.date() if complexity else None, complexity=complexity,
        complexity_reason="Cần tập hợp hồ sơ từ kho lưu trữ" if complexity is Complexity.COMPLEX else "", **more,
    )


def issue_all(data_dir: Path, out: Path) -> dict[str, Path]:
    app = open_app(Paths(data_dir), clock=FixedClock(RECEIVED), officer="Cán bộ đầu mối")
    try:
        app.desk().agency.save(OFFICE)
        requests, docs = app.requests, app.documents(FormRenderer())
        papers: dict[str, int] = {}

        r = requests.register(draft(officer_assisted=False))
        papers["01a"] = docs.issue(r.id, FormCode.REQUEST_FORM).id
        papers["02"] = docs.issue(r.id, FormCode.RECEIPT).id
        app.fees().set_fees(r.id, {"a4_bw": 24, "photo_20x30": 1}, payment_due=date(2026, 3, 9))
        papers["03"] = docs.issue(r.id, FormCode.RESOLUTION, {**PLACE, **PAYMENT}).id
        requests.extend(r.id, "Hồ sơ giao đất năm 2026 đang lưu tại kho lưu trữ của tỉnh, cần thêm thời gian sao lục")
        papers["04"] = docs.issue(r.id, FormCode.EXTENSION).id

        org = requests.register(draft(ORGANISATION, complexity=None, consent_attached=True))
        papers["01b"] = docs.issue(org.id, FormCode.REQUEST_FORM_ORG).id
        papers["06"] = docs.issue(org.id, FormCode.CONSENT, {
            "consenter_name": "Nguyễn Văn Giang", "consenter_id": "026080004567",
            "consenter_address": "Thôn Đồng Bùa, xã Đạo Trù", "consenter_capacity": "Chủ hộ có thông tin liên quan",
        }).id

        refused = requests.register(draft(complexity=Complexity.SIMPLE, info="Biên bản họp nội bộ của Đảng ủy xã "
                                          "ngày 15/01/2026 về công tác cán bộ"))
        requests.refuse(refused.id, RefusalGround.A, "Biên bản họp nội bộ thuộc thông tin không được tiếp cận "
                        "theo khoản 4 Điều 6 Luật Tiếp cận thông tin")
        papers["05"] = docs.issue(refused.id, FormCode.REFUSAL).id

        unclear = requests.register(draft(channel=Channel.POSTAL, complexity=None, info="Các quyết định về đất"))
        requests.request_supplement(unclear.id, "Ghi rõ số, ngày ban hành hoặc trích yếu của quyết định cần cung "
                                    "cấp; nêu rõ thửa đất, tờ bản đồ liên quan")
        papers["supplement"] = docs.issue(unclear.id, FormCode.SUPPLEMENT, {
            "supplement_place": "Bộ phận tiếp nhận và trả kết quả, Ủy ban nhân dân xã Đạo Trù"}).id

        elsewhere = requests.register(draft(complexity=None, info="Quy hoạch tỉnh Phú Thọ thời kỳ 2021–2030"))
        requests.transfer(elsewhere.id, "Sở Tài chính tỉnh Phú Thọ")
        papers["transfer"] = docs.issue(elsewhere.id, FormCode.TRANSFER, {
            "responsible_address": "Số 1 đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ"}).id

        given = requests.register(draft(complexity=Complexity.SIMPLE))
        requests.provide(given.id, "Trao tay bản sao có đóng dấu")
        papers["provide"] = docs.issue(given.id, FormCode.PROVIDE, {
            "provided_items": "01 bản sao Quyết định số 45/QĐ-UBND ngày 10/01/2026 (12 trang) và 01 bản sao bản đồ "
                              "giao đất thôn Đồng Bùa"}).id
        requests.open_correction(given.id, CorrectionKind.AGENCY_FOUND,
                                 "Tại trang 3 của bản sao, diện tích giao cho hộ bà Trần Thị Bình là 1.250 m², "
                                 "không phải 1.520 m² như bản đã cung cấp")
        papers["correction"] = docs.issue(given.id, FormCode.CORRECTION, {
            "correction_reason": "Lỗi đánh máy khi sao lục"}).id
        return {form: docs.open(doc_id) for form, doc_id in papers.items()}
    finally:
        app.close()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "forms")
    p.add_argument("--pdf", action="store_true", help="keep the PDFs beside the PNGs")
    args = p.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        sys.exit("pdftoppm (poppler-utils) is needed")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pdfs = issue_all(Path(tmp) / "data", args.out)
        for form, pdf in pdfs.items():
            target = args.out / form
            subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                            str(target)], check=True)
            if args.pdf:
                shutil.copyfile(pdf, args.out / f"{form}.pdf")
            print(f"{target}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
