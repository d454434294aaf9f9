"""Redacted copies and provision packages on a real register with real PDFs (reportlab + Tinos): the advice per
linked entry, a copy whose text no longer holds the removed words (the original untouched), the package as
an .eml parsed back, a ZIP and a folder, recorded with every file's SHA-256 and audited; the letters say
where published information is; the printed pages become the TT 46 copy line; Đ28.1.d counted."""

from __future__ import annotations

import email
import hashlib
import zipfile
from datetime import date, datetime
from email import policy
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from catalogue_files import text_pdf
from pdf_renderers import text_of

from focal_desk.documents.renderer import FormRenderer
from focal_desk.domain.agency import AgencyProfile
from focal_desk.domain.catalogue import AccessClass, CatalogueEntry, Publication
from focal_desk.domain.catalogue_advice import Advice
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.documents import FormCode
from focal_desk.domain.enums import Channel, Complexity, IdType, RequesterKind
from focal_desk.domain.errors import EnvironmentProblem, IllegalTransition, ValidationError
from focal_desk.domain.provision import ItemSource, ProvisionItem, ProvisionMethod
from focal_desk.domain.refusal import RefusalGround
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester

ACTOR = "Nguyễn Thị Lan (máy: lan)"
PORTAL = "Cổng thông tin điện tử xã Đạo Trù"
SECRET_NAME = "Nguyễn Văn Đức"
OFFICE = AgencyProfile(
    id=None,
    name="Ủy ban nhân dân xã Đạo Trù",
    parent_body="Ủy ban nhân dân tỉnh Phú Thọ",
    place_name="Đạo Trù",
    symbol="UBND",
    signer_name="Nguyễn Văn An",
    signer_title="Chủ tịch",
)
RENDERER = FormRenderer()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_text(path: Path) -> str:
    doc = pdfium.PdfDocument(path)
    try:
        out = []
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            out.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(out)
    finally:
        doc.close()


class World:
    def __init__(
        self, app, tmp_path: Path, *, copies: int = 1, consent: bool = False, id_number: str = "001203004567"
    ):
        app.desk().agency.save(OFFICE)
        self.app = app
        self.catalogue = app.catalogue()
        self.redaction = app.redaction()
        self.provision = app.provision(RENDERER)
        src = tmp_path / "nguon"
        src.mkdir(exist_ok=True)
        self.public_pdf = text_pdf(
            src / "qd45.pdf", ["Quyết định giao đất thôn Đồng Bùa", "Trang 2", "Trang 3"]
        )
        self.secret_pdf = text_pdf(
            src / "bienban.pdf",
            [f"Biên bản họp: hộ ông {SECRET_NAME} nhận tiền đền bù 120 triệu đồng", "Trang hai"],
        )
        self.conditional_pdf = text_pdf(src / "benhan.pdf", ["Hồ sơ bệnh án"])
        self.public = self.catalogue.add(
            CatalogueEntry(
                None,
                "Quyết định giao đất nông nghiệp",
                number="45/QĐ-UBND",
                issued_on=date(2026, 1, 10),
                kind="17.1.h",
                publication=Publication(PORTAL, date(2026, 1, 15), None, True),
            ),
            ACTOR,
            [self.public_pdf],
        )
        self.secret = self.catalogue.add(
            CatalogueEntry(
                None, "Biên bản họp nội bộ về đền bù", access=AccessClass.SECRET, secret_point="6.2.c"
            ),
            ACTOR,
            [self.secret_pdf],
        )
        self.conditional = self.catalogue.add(
            CatalogueEntry(
                None,
                "Hồ sơ bệnh án ông Dũng",
                access=AccessClass.CONDITIONAL,
                conditional_ground="7.2",
                consent_of="ông Phạm Văn Dũng",
            ),
            ACTOR,
            [self.conditional_pdf],
        )
        self.request_id = self.register(id_number, copies=copies, consent=consent)

    def register(self, id_number: str, *, copies: int = 1, consent: bool = False) -> int:
        requester = Requester(
            RequesterKind.CITIZEN,
            "Trần Thị Bình",
            IdType.CCCD,
            id_number,
            "Thôn Đồng Bùa",
            email="binh.tran@example.vn",
        )
        draft = RequestDraft(
            requester,
            Channel.IN_PERSON,
            datetime(2026, 3, 2, 9, 0, tzinfo=VN_TZ),
            "Quyết định giao đất và biên bản họp về đền bù",
            "Kiểm tra",
            copies=copies,
            consent_attached=consent,
            valid_on=date(2026, 3, 2),
            complexity=Complexity.SIMPLE,
        )
        request_id = self.app.requests.register(draft).id
        for entry in (self.public, self.secret, self.conditional):
            self.catalogue.link(request_id, entry.id, ACTOR)
        return request_id

    def file_of(self, entry: CatalogueEntry) -> int:
        return entry.files[0].id

    def redacted_copy(self, request_id: int | None = None):
        file_id = self.file_of(self.secret)
        areas = self.redaction.find_phrase(file_id, SECRET_NAME, ground="6.2.c")
        return self.redaction.make_copy(file_id, areas, request_id=request_id or self.request_id, actor=ACTOR)

    def audit(self, request_id: int):
        with self.app.uow_factory(read_only=True) as uow:
            return uow.audit.for_entity("request", request_id)


@pytest.fixture
def world(app, tmp_path) -> World:
    return World(app, tmp_path)


def test_plan_gives_the_advice_for_each_linked_entry(world):
    plan = world.provision.plan(world.request_id)
    assert [p.entry.id for p in plan.entries] == [world.public.id, world.secret.id, world.conditional.id]
    assert [p.advice.advice for p in plan.entries] == [
        Advice.PUBLISHED_ELSEWHERE,
        Advice.REFUSE_SECRET,
        Advice.NEEDS_CONSENT,
    ]
    assert PORTAL in plan.entries[0].advice.where
    assert plan.entries[1].advice.secret_point == "6.2.c"
    assert plan.entries[2].advice.consent_of == "ông Phạm Văn Dũng"
    assert [p.provided_before for p in plan.entries] == [0, 0, 0]
    assert not plan.letter_allowed and plan.email_to == "binh.tran@example.vn" and plan.provisions == ()
    assert plan.refusal is None  # the public entry may be provided: no refusal offered
    world.catalogue.unlink(world.request_id, world.public.id, ACTOR)
    offer = world.provision.plan(world.request_id).refusal
    assert offer is not None and offer.ground is RefusalGround.A and "điểm c khoản 2 Điều 6" in offer.detail


def test_a_redacted_copy_has_no_removed_words_and_the_original_is_untouched(world):
    file_id = world.file_of(world.secret)
    pages = world.redaction.pages(file_id)
    assert [(p.index0, round(p.width_pt), round(p.height_pt)) for p in pages] == [
        (0, 595, 842),
        (1, 595, 842),
    ]
    png = world.redaction.page_image_png(file_id, 0, 50)
    assert png.startswith(b"\x89PNG")
    original = world.catalogue.open_file(world.catalogue.get_file(file_id))
    before = sha(original)
    assert SECRET_NAME in pdf_text(original)
    copy = world.redacted_copy()
    assert copy.page_count == 2 and copy.request_id == world.request_id and copy.created_by == ACTOR
    assert copy.areas and all(a.ground == "6.2.c" and a.page == 1 for a in copy.areas)
    path = world.redaction.open_copy(copy.id)
    assert path.parent.parent == world.app.paths.catalogue and path.name == f"{copy.sha256}.pdf"
    text = pdf_text(path)
    for word in ("Nguyễn", "Văn", "Đức", "Duc"):
        assert word not in text
    assert sha(original) == before
    assert world.redaction.copies_of(world.request_id) == [copy]
    event = world.audit(world.request_id)[-1]
    assert event.action == "redacted_copy" and event.changes["grounds"] == [None, ["6.2.c"]]
    path.write_bytes(path.read_bytes() + b"%")
    with pytest.raises(EnvironmentProblem):
        world.redaction.open_copy(copy.id)


def test_a_phrase_not_in_the_file_finds_nothing_and_a_copy_needs_an_area(world):
    file_id = world.file_of(world.secret)
    assert world.redaction.find_phrase(file_id, "không có cụm này") == []
    with pytest.raises(ValidationError):
        world.redaction.make_copy(file_id, [], request_id=world.request_id, actor=ACTOR)
    unfounded = world.redaction.find_phrase(file_id, SECRET_NAME)  # no ground given
    with pytest.raises(ValidationError) as err:
        world.redaction.make_copy(file_id, unfounded, request_id=world.request_id, actor=ACTOR)
    assert "chưa ghi căn cứ che" in err.value.errors["areas"]
    assert world.redaction.copies_of(world.request_id) == []


def test_the_eml_package_holds_the_letter_and_the_files_byte_for_byte(world, tmp_path):
    copy = world.redacted_copy()
    world.app.requests.provide(
        world.request_id,
        "Gửi thư điện tử",
        partial=True,
        detail="Biên bản họp: che tên hộ nhận đền bù (điểm c khoản 2 Điều 6)",
    )
    items = [
        ProvisionItem(ItemSource.ORIGINAL, world.file_of(world.public)),
        ProvisionItem(ItemSource.REDACTED, copy.id),
    ]
    out = tmp_path / "goi.eml"
    provision = world.provision.build(world.request_id, items, ProvisionMethod.EMAIL, out, actor=ACTOR)
    msg = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    assert msg["To"] == "binh.tran@example.vn"
    assert "Trần Thị Bình" in msg.get_body(("plain",)).get_content()
    attachments = {a.get_filename(): a.get_payload(decode=True) for a in msg.iter_attachments()}
    names = list(attachments)
    assert names[0].startswith("Công văn cung cấp thông tin số ") and names[1:] == [
        "qd45.pdf",
        "bienban (bản đã che).pdf",
    ]
    public_path = world.catalogue.open_file(world.catalogue.get_file(world.file_of(world.public)))
    assert hashlib.sha256(attachments["qd45.pdf"]).hexdigest() == sha(public_path)
    assert hashlib.sha256(attachments["bienban (bản đã che).pdf"]).hexdigest() == copy.sha256
    # Recorded on the request with every file's hash; the letter is the issued covering letter.
    assert [(f.name, f.sha256) for f in provision.files] == [
        (n, hashlib.sha256(b).hexdigest()) for n, b in attachments.items()
    ]
    assert provision.page_count == 3 + 2 and provision.method is ProvisionMethod.EMAIL
    assert world.provision.provisions_of(world.request_id) == [provision]
    letter = world.app.desk().documents.get(provision.letter_document_id)
    assert letter.form is FormCode.PROVIDE
    letter_text = " ".join(text_of(attachments[names[0]]).split())
    assert "qd45.pdf (03 trang)" in letter_text and "bienban (bản đã che).pdf (02 trang)" in letter_text
    assert f"công khai tại {PORTAL}" in letter_text  # the linked published entry: where it is
    event = world.audit(world.request_id)[-1]
    assert event.action == "provision_package" and event.actor == ACTOR
    assert [f["sha256"] for f in event.changes["files"][1]] == [f.sha256 for f in provision.files]


def test_zip_and_folder_without_a_letter_while_the_request_is_answered(world, tmp_path):
    items = [ProvisionItem("original", world.file_of(world.public))]
    zipped = world.provision.build(
        world.request_id, items, "zip", tmp_path / "goi.zip", actor=ACTOR, with_letter=False
    )
    with zipfile.ZipFile(tmp_path / "goi.zip") as archive:
        assert archive.namelist() == ["qd45.pdf", "danh-sach-tep.txt"]
        assert hashlib.sha256(archive.read("qd45.pdf")).hexdigest() == zipped.files[0].sha256
    folder = tmp_path / "USB" / "yeu-cau-1"
    (tmp_path / "USB").mkdir()
    world.provision.build(world.request_id, items, "folder", folder, actor=ACTOR, with_letter=False)
    manifest = (folder / "danh-sach-tep.txt").read_text(encoding="utf-8")
    assert f"{zipped.files[0].sha256}  qd45.pdf" in manifest
    assert zipped.letter_document_id is None
    assert len(world.provision.provisions_of(world.request_id)) == 2


def test_a_letter_before_the_provision_is_recorded_is_refused_and_nothing_written(world, tmp_path):
    items = [ProvisionItem("original", world.file_of(world.public))]
    with pytest.raises(IllegalTransition):
        world.provision.build(world.request_id, items, "zip", tmp_path / "goi.zip", actor=ACTOR)
    assert not (tmp_path / "goi.zip").exists()
    assert world.provision.provisions_of(world.request_id) == []


@pytest.mark.parametrize("which", ["secret", "conditional"])
def test_originals_of_article_6_and_unconsented_article_7_entries_are_not_handed_over(world, tmp_path, which):
    entry = getattr(world, which)
    with pytest.raises(ValidationError) as err:
        world.provision.build(
            world.request_id,
            [ProvisionItem("original", world.file_of(entry))],
            "zip",
            tmp_path / "goi.zip",
            actor=ACTOR,
            with_letter=False,
        )
    assert "bản đã che" in err.value.errors["items"]
    assert not (tmp_path / "goi.zip").exists()


def test_with_consent_attached_the_article_7_original_may_go(app, tmp_path):
    world = World(app, tmp_path, consent=True)
    item = ProvisionItem("original", world.file_of(world.conditional))
    saved = world.provision.build(
        world.request_id, [item], "zip", tmp_path / "goi.zip", actor=ACTOR, with_letter=False
    )
    assert [f.name for f in saved.files] == ["benhan.pdf"]


def test_unlinked_files_other_requests_copies_and_duplicates_are_refused(world, tmp_path):
    other = world.catalogue.add(
        CatalogueEntry(None, "Không liên kết"), ACTOR, [text_pdf(tmp_path / "x.pdf", ["x"])]
    )
    second = world.register("001203009999")
    foreign_copy = world.redacted_copy(request_id=second)
    cases = [
        [ProvisionItem("original", other.files[0].id)],
        [ProvisionItem("redacted", foreign_copy.id)],
        [ProvisionItem("original", world.file_of(world.public))] * 2,
        [ProvisionItem("copy", 1)],
        [],
    ]
    for items in cases:
        with pytest.raises(ValidationError):
            world.provision.build(
                world.request_id, items, "zip", tmp_path / "goi.zip", actor=ACTOR, with_letter=False
            )
    with pytest.raises(ValidationError):
        world.provision.build(world.request_id, cases[0], "fax", tmp_path / "goi.zip", actor=ACTOR)
    assert not (tmp_path / "goi.zip").exists()


def test_printed_pages_become_the_a4_copy_line(app, tmp_path):
    world = World(app, tmp_path, copies=2)
    copy = world.redacted_copy()
    items = [ProvisionItem("original", world.file_of(world.public)), ProvisionItem("redacted", copy.id)]
    pages = world.provision.page_count(world.request_id, items)
    assert pages == 5
    statement = app.fees().set_printed_pages(world.request_id, pages, date(2026, 3, 10))
    assert [(line.code, line.quantity, line.unit_rate, line.amount) for line in statement.lines] == [
        ("a4_bw", 10, 3_000, 30_000),
    ]
    printed = world.provision.build(
        world.request_id, items, "print", tmp_path / "in", actor=ACTOR, with_letter=False
    )
    assert printed.page_count == 5 and printed.method is ProvisionMethod.PRINT
    assert sorted(p.name for p in (tmp_path / "in").iterdir()) == [
        "bienban (bản đã che).pdf",
        "danh-sach-tep.txt",
        "qd45.pdf",
    ]


def test_earlier_packages_to_the_same_person_are_counted_per_entry(world, tmp_path):
    item = [ProvisionItem("original", world.file_of(world.public))]
    world.provision.build(world.request_id, item, "zip", tmp_path / "1.zip", actor=ACTOR, with_letter=False)
    again = world.register("001203004567")  # the same person asks again
    stranger = world.register("001203001111")
    assert [p.provided_before for p in world.provision.plan(again).entries] == [1, 0, 0]
    assert [p.provided_before for p in world.provision.plan(stranger).entries] == [0, 0, 0]
    assert [p.provided_before for p in world.provision.plan(world.request_id).entries] == [0, 0, 0]


def test_the_refusal_on_ground_b_says_where_it_is_published(world):
    world.app.requests.refuse(world.request_id, RefusalGround.B, "Đã công khai trên cổng thông tin của xã")
    documents = world.app.documents(RENDERER)
    issued = documents.issue(world.request_id, FormCode.REFUSAL)
    text = " ".join(text_of(documents.open(issued.id).read_bytes()).split())
    assert "Ông/Bà có thể tiếp cận tại:" in text and f"công khai tại {PORTAL}, từ ngày 15/01/2026" in text


def test_the_copy_read_by_ocr_has_the_rest_of_the_page_but_not_the_removed_name(world):
    from focal_desk.digitise.ocr import ocr_pages, ocr_unavailable_reason
    from focal_desk.domain.text import fold

    reason = ocr_unavailable_reason()
    if reason is not None:
        pytest.skip(reason)
    copy = world.redacted_copy()
    original = world.catalogue.open_file(world.catalogue.get_file(world.file_of(world.secret)))
    assert "duc" in fold(ocr_pages(original)[0])  # OCR reads the name where it was not removed
    seen = fold(ocr_pages(world.redaction.open_copy(copy.id))[0])
    assert "den bu" in seen and "bien ban" in seen
    for word in ("nguyen", "van duc", "duc"):
        assert word not in seen


def test_a_bad_destination_is_refused_before_the_letter_takes_a_number(world, tmp_path):
    world.app.requests.provide(world.request_id, "Trực tiếp")
    busy = tmp_path / "usb"
    busy.mkdir()
    (busy / "cu.txt").write_text("cũ", encoding="utf-8")
    items = [ProvisionItem("original", world.file_of(world.public))]
    with pytest.raises(ValidationError) as err:
        world.provision.build(world.request_id, items, "folder", busy, actor=ACTOR)
    assert "không trống" in err.value.errors["destination"]
    assert world.app.desk().documents.for_request(world.request_id) == []  # no letter issued, no number taken


def test_a_copy_made_for_the_catalogue_is_audited_on_its_entry(world):
    file_id = world.file_of(world.secret)
    areas = world.redaction.find_phrase(file_id, SECRET_NAME, ground="6.2.c")
    copy = world.redaction.make_copy(file_id, areas, request_id=None, actor=ACTOR)
    again = world.redaction.make_copy(file_id, areas, request_id=None, actor=ACTOR)
    assert (
        copy.request_id is None and again.id != copy.id and again.sha256 == copy.sha256
    )  # same bytes, kept once
    assert world.redaction.open_copy(again.id) == world.redaction.open_copy(copy.id)
    with world.app.uow_factory(read_only=True) as uow:
        events = uow.audit.for_entity("catalogue", world.secret.id)
    assert [e.action for e in events][-2:] == ["redacted_copy", "redacted_copy"]
    assert world.redaction.copies_of(world.request_id) == []
