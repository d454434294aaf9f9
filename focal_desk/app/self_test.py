"""The installed app checks itself (architecture §6: run it after every build, frozen or not).

Everything happens in a temporary folder, never in the officer's data folder: a register is created
(migrations run), a request added and read back, then every form and letter rendered from sample facts and
read back as a PDF (A4, every font embedded), the digital-signature library loaded and the Vietnamese
translation found. One result per check; a bundle that lacks a file or a hidden import fails here, not
at the desk."""

from __future__ import annotations

import io
import re
import tempfile
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ..domain.agency import AgencyProfile
from ..domain.clock import VN_TZ, FixedClock
from ..domain.documents import DocumentFacts, DocumentNumber, FormCode, TemplateInfo
from ..domain.enums import Channel, Complexity, IdType, ProvisionForm, RequesterKind
from ..domain.refusal import RefusalGround
from ..domain.request import Request, RequestDraft
from ..domain.requester import Requester

A4 = re.compile(rb"/MediaBox \[ 0 0 595\.27\d* 841\.88\d* \]")
WHEN = datetime(2026, 3, 2, 9, 30, tzinfo=VN_TZ)
OFFICE = AgencyProfile(
    id=None, name="Ủy ban nhân dân xã Đạo Trù", parent_body="Ủy ban nhân dân tỉnh Phú Thọ", place_name="Đạo Trù",
    symbol="UBND", signer_name="Nguyễn Văn Hùng", signer_title="Chủ tịch", authority="TM.",
)
SAMPLE = RequestDraft(
    requester=Requester(RequesterKind.CITIZEN, "Trần Thị Bình", IdType.CCCD, "001203004567",
                        "Thôn Đồng Bùa, xã Đạo Trù, tỉnh Phú Thọ"),
    channel=Channel.IN_PERSON,
    received_at=WHEN,
    info_requested="Quyết định giao đất nông nghiệp thôn Đồng Bùa năm 2026",
    purpose="Kiểm tra diện tích đất được giao",
    provision_form=ProvisionForm.COPY,
    valid_on=WHEN.date(),
    complexity=Complexity.COMPLEX,
    complexity_reason="Cần tập hợp hồ sơ lưu trữ",
)


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"[{'ok' if self.ok else 'LỖI'}] {self.name}: {self.detail}"


def run_checks() -> Iterator[Check]:
    """Each check in turn; a failure is reported and the next check still runs."""
    with tempfile.TemporaryDirectory(prefix="focal-desk-self-test-") as folder:
        request_box: list[tuple[AgencyProfile, Request]] = []
        yield _check("cơ sở dữ liệu", lambda: _database(Path(folder), request_box))
        from ..documents.renderer import FormRenderer

        renderer = FormRenderer()
        agency, request = request_box[0] if request_box else (OFFICE, None)
        for form in FormCode:
            yield _check(f"mẫu {form.value}", lambda f=form: _render(renderer, f, agency, request))
    yield _check("ký số", _signing)
    yield _check("bản dịch tiếng Việt", _translation)


def _check(name: str, fn: Callable[[], str]) -> Check:
    try:
        return Check(name, True, fn())
    except Exception as exc:  # noqa: BLE001 — every failure is a result to print, not a crash
        last = traceback.extract_tb(exc.__traceback__)[-1:] or None
        where = f" ({Path(last[0].filename).name}:{last[0].lineno})" if last else ""
        return Check(name, False, f"{type(exc).__name__}: {exc}{where}")


def _database(folder: Path, out: list) -> str:
    from .paths import Paths
    from .wiring import open_app

    app = open_app(Paths(folder / "data"), clock=FixedClock(WHEN), officer="Tự kiểm tra")
    try:
        desk = app.desk()
        agency = desk.agency.save(OFFICE)
        added = app.requests.register(SAMPLE)
        back = app.requests.get(added.id)
        if (back.register_number, back.requester.full_name, back.info_requested) != (
                added.register_number, SAMPLE.requester.full_name, SAMPLE.info_requested):
            raise RuntimeError("yêu cầu đọc lại khác yêu cầu vừa ghi")
        out.append((agency, back))
        return f"tạo sổ mới, ghi và đọc lại yêu cầu số {back.register_number}"
    finally:
        app.close()


def _sample_extra(info: TemplateInfo, request: Request | None) -> dict[str, str]:
    """A value for every field the template asks the officer for (dates inside the request's deadline)."""
    due = (request.deadlines.answer_due if request is not None else None) or (WHEN.date() + timedelta(days=15))
    values = {"date": due.isoformat(), "money": "54000", "ground": RefusalGround.B.value}
    return {f.name: values.get(f.kind, "Nội dung kiểm tra") for f in info.fields}


def _render(renderer, form: FormCode, agency: AgencyProfile, request: Request | None) -> str:
    info = renderer.info(form)
    number = DocumentNumber(1, WHEN.year, info.type_abbr, agency.symbol) if info.numbered else None
    facts = DocumentFacts(form, agency, request, WHEN.date(), number, extra=_sample_extra(info, request))
    pdf = renderer.render(facts).pdf
    pages = _pdf_pages(pdf)
    if not A4.search(pdf):
        raise RuntimeError("trang không phải khổ A4")
    descriptors = pdf.count(b"/Type /FontDescriptor")
    embedded = len(re.findall(rb"/FontFile[23]? ", pdf))
    if descriptors == 0 or embedded != descriptors or re.search(rb"/BaseFont /(?![A-Z]{6}\+)", pdf):
        raise RuntimeError("có phông chữ không được nhúng vào tệp PDF")
    return f"{info.title} — {pages} trang A4, {descriptors} phông chữ nhúng đủ"


def _pdf_pages(pdf: bytes) -> int:
    """Read back with pyHanko's reader (a runtime dependency): the file parses and has pages."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    count = int(PdfFileReader(io.BytesIO(pdf)).root["/Pages"]["/Count"])
    if count < 1:
        raise RuntimeError("tệp PDF không có trang nào")
    return count


def _signing() -> str:
    from pyhanko.sign import signers  # noqa: F401 — the bundle must carry pyHanko and what it loads lazily

    from ..documents.signing import PadesSigner

    PadesSigner()
    return "thư viện pyHanko nạp được"


def _translation() -> str:
    from ..resources_path import resources_dir

    qm = resources_dir() / "i18n" / "focal_desk_vi.qm"
    if not qm.is_file() or qm.stat().st_size == 0:
        raise FileNotFoundError(str(qm))
    return str(qm)
