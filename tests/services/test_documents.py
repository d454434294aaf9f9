"""Issuing documents: numbers without gaps or repeats, one number per action, nothing taken or left on disk
when an issue fails half-way, cancelled numbers never reused, files checked by their SHA-256. Every paper
is drawn by the real FormRenderer (forms/ + the Decree 30 renderer), but for the one that fails half-way."""

from __future__ import annotations

import os
import sqlite3
import threading
from contextlib import closing
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pdf_renderers import FailingRenderer, RendererFailure, text_of

from focal_desk.documents.renderer import FormRenderer
from focal_desk.domain.agency import AgencyProfile, NumberingMode, SeriesScope
from focal_desk.domain.clock import VN_TZ, FixedClock
from focal_desk.domain.documents import FormCode
from focal_desk.domain.enums import Channel, Complexity, IdType, RequesterKind
from focal_desk.domain.errors import DocumentTampered, EnvironmentProblem, IllegalTransition, ValidationError
from focal_desk.domain.refusal import RefusalGround
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester
from focal_desk.services.documents import DocumentService

OFFICE = AgencyProfile(
    id=None,
    name="Ủy ban nhân dân xã Đạo Trù",
    parent_body="Ủy ban nhân dân tỉnh Phú Thọ",
    place_name="Đạo Trù",
    symbol="UBND",
    signer_name="Nguyễn Văn An",
    signer_title="Chủ tịch",
)


def draft(n: int, received: datetime) -> RequestDraft:
    return RequestDraft(
        requester=Requester(RequesterKind.CITIZEN, f"Người {n}", IdType.CCCD, f"00120300456{n % 10}", "Thôn Đông"),
        channel=Channel.IN_PERSON,
        received_at=received,
        info_requested=f"Hồ sơ thửa đất số {n}",
        purpose="Kiểm tra",
        valid_on=received.date(),
        complexity=Complexity.SIMPLE,
    )


@pytest.fixture
def office(app):
    app.desk().agency.save(OFFICE)
    return app.desk().agency


@pytest.fixture
def root(tmp_path) -> Path:
    return tmp_path / "documents"


RENDERER = FormRenderer()  # the templates are loaded and checked once for the module
PLACE = {"provide_place": "Bộ phận một cửa, Ủy ban nhân dân xã Đạo Trù"}  # what a Mẫu 03 asks the officer


def service(app, root: Path, renderer=None) -> DocumentService:
    return DocumentService(app.uow_factory, renderer or RENDERER, root, app.clock, app.officer)


def pdf_text(path: Path) -> str:
    return text_of(path.read_bytes())


def requests(app, count: int) -> list[int]:
    now = app.clock.now()
    return [app.requests.register(draft(i, now)).id for i in range(count)]


def numbers_in_db(app) -> list[tuple[int, str | None]]:
    with closing(sqlite3.connect(app.paths.database)) as c:
        return c.execute("SELECT year, number_text FROM issued_documents ORDER BY id").fetchall()


def files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_series_runs_without_gaps_and_restarts_on_1_january(app, office, root):
    clock: FixedClock = app.clock
    clock.set(datetime(2026, 12, 30, 9, 0, tzinfo=VN_TZ))
    docs = service(app, root)
    a, b, c = requests(app, 3)
    first = docs.issue(a, FormCode.RESOLUTION, PLACE)
    second = docs.issue(b, FormCode.RECEIPT)  # common series: every type counts in it
    clock.set(datetime(2027, 1, 4, 8, 0, tzinfo=VN_TZ))
    third = docs.issue(c, FormCode.RESOLUTION, PLACE)
    fourth = docs.issue(c, FormCode.RECEIPT)
    assert [d.number_text for d in (first, second, third, fourth)] == [
        "01/PGQ-UBND", "02/PTN-UBND", "01/PGQ-UBND", "02/PTN-UBND",
    ]
    assert [(d.year, d.seq) for d in (first, second, third, fourth)] == [(2026, 1), (2026, 2), (2027, 1), (2027, 2)]
    assert numbers_in_db(app) == [(2026, "01/PGQ-UBND"), (2026, "02/PTN-UBND"), (2027, "01/PGQ-UBND"),
                                  (2027, "02/PTN-UBND")]
    assert files(root) == ["2026/2026-0001_03_so01.pdf", "2026/2026-0002_02_so02.pdf",
                           "2027/2026-0003_02_so02.pdf", "2027/2026-0003_03_so01.pdf"]


def test_one_series_per_type_when_the_office_chooses_it(app, office, root):
    office.set_document_settings(NumberingMode.SERIES, SeriesScope.PER_TYPE)
    docs = service(app, root)
    a, b = requests(app, 2)
    got = [docs.issue(a, FormCode.RECEIPT), docs.issue(a, FormCode.RESOLUTION, PLACE), docs.issue(b, FormCode.RESOLUTION, PLACE),
           docs.issue(b, FormCode.RECEIPT)]
    assert [d.number_text for d in got] == ["01/PTN-UBND", "01/PGQ-UBND", "02/PGQ-UBND", "02/PTN-UBND"]


def test_saving_the_office_keeps_its_numbering_settings(app, office):
    office.set_document_settings(NumberingMode.TYPED, SeriesScope.PER_TYPE)
    office.save(OFFICE)  # the office form does not show the numbering settings
    current = office.current()
    assert (current.numbering_mode, current.series_scope) == (NumberingMode.TYPED, SeriesScope.PER_TYPE)


def test_typed_numbers_are_normalised_and_unique_per_year_and_type(app, office, root):
    office.set_document_settings(NumberingMode.TYPED, SeriesScope.COMMON)
    docs = service(app, root)
    a, b, c, d = requests(app, 4)
    assert docs.issue(a, FormCode.RESOLUTION, PLACE, typed_number="5").number_text == "05/PGQ-UBND"
    with pytest.raises(ValidationError) as taken:
        docs.issue(b, FormCode.RESOLUTION, PLACE, typed_number="05")
    assert "05/PGQ-UBND" in taken.value.errors["number"]
    with pytest.raises(ValidationError) as missing:
        docs.issue(b, FormCode.RESOLUTION, PLACE)
    assert "number" in missing.value.errors
    with pytest.raises(ValidationError):
        docs.issue(b, FormCode.RESOLUTION, PLACE, typed_number="05/TB-UBND")  # another type's symbol
    assert docs.issue(b, FormCode.RECEIPT, typed_number="05").number_text == "05/PTN-UBND"  # another type
    assert docs.issue(c, FormCode.RESOLUTION, PLACE, typed_number=" 12/PGQ-UBND ").number_text == "12/PGQ-UBND"
    app.clock.set(datetime(2027, 1, 4, 8, 0, tzinfo=VN_TZ))
    assert docs.issue(d, FormCode.RESOLUTION, PLACE, typed_number="5").number_text == "05/PGQ-UBND"  # a new year
    assert len(numbers_in_db(app)) == 4


def test_the_series_does_not_take_a_typed_number(app, office, root):
    docs = service(app, root)
    (a,) = requests(app, 1)
    with pytest.raises(ValidationError):
        docs.issue(a, FormCode.RESOLUTION, PLACE, typed_number="7")
    assert numbers_in_db(app) == []


def test_a_renderer_failing_half_way_takes_no_number_and_leaves_no_file(app, office, root):
    a, b = requests(app, 2)
    with pytest.raises(RendererFailure):
        service(app, root, FailingRenderer()).issue(a, FormCode.RESOLUTION, PLACE)
    assert numbers_in_db(app) == [] and files(root) == []
    assert service(app, root).issue(b, FormCode.RESOLUTION, PLACE).number_text == "01/PGQ-UBND"


def test_a_disk_write_failing_takes_no_number_and_leaves_no_file(app, office, root):
    a, b = requests(app, 2)
    root.mkdir()
    (root / "2026").write_text("a file where the year folder should be")  # the PDF cannot be written
    with pytest.raises(EnvironmentProblem):
        service(app, root).issue(a, FormCode.RESOLUTION, PLACE)
    assert numbers_in_db(app) == [] and files(root) == ["2026"]
    (root / "2026").unlink()
    assert service(app, root).issue(b, FormCode.RESOLUTION, PLACE).number_text == "01/PGQ-UBND"
    assert files(root) == ["2026/2026-0002_03_so01.pdf"]


def test_a_failure_after_the_file_is_written_removes_it_and_takes_no_number(app, office, root):
    a, b = requests(app, 2)
    with closing(sqlite3.connect(app.paths.database)) as c:  # the audit row, written after the PDF, fails
        c.execute(
            "CREATE TRIGGER fail_issue BEFORE INSERT ON audit_events WHEN NEW.action = 'issue_document' "
            "BEGIN SELECT RAISE(ABORT, 'audit refused'); END"
        )
        c.commit()
    with pytest.raises(Exception, match="audit refused"):
        service(app, root).issue(a, FormCode.RESOLUTION, PLACE)
    assert numbers_in_db(app) == [] and files(root) == []
    with closing(sqlite3.connect(app.paths.database)) as c:
        c.execute("DROP TRIGGER fail_issue")
        c.commit()
        assert c.execute("SELECT COUNT(*) FROM document_counters").fetchone() == (0,)
    assert service(app, root).issue(b, FormCode.RESOLUTION, PLACE).number_text == "01/PGQ-UBND"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_documents_folder_takes_no_number(app, office, root):
    (a,) = requests(app, 1)
    (root / "2026").mkdir(parents=True)
    (root / "2026").chmod(0o555)
    try:
        with pytest.raises(EnvironmentProblem):
            service(app, root).issue(a, FormCode.RESOLUTION, PLACE)
        assert numbers_in_db(app) == [] and files(root) == []
    finally:
        (root / "2026").chmod(0o755)


def test_issuing_the_same_paper_twice_takes_one_number(app, office, root):
    docs = service(app, root)
    a, b = requests(app, 2)
    first = docs.issue(a, FormCode.RESOLUTION, PLACE)
    again = docs.issue(a, FormCode.RESOLUTION, PLACE)
    assert again == first and len(files(root)) == 1
    assert docs.issue(b, FormCode.RESOLUTION, PLACE).number_text == "02/PGQ-UBND"


def test_a_state_that_does_not_call_for_the_form_is_refused_and_takes_nothing(app, office, root):
    docs = service(app, root)
    (a,) = requests(app, 1)
    with pytest.raises(IllegalTransition):
        docs.issue(a, FormCode.REFUSAL)  # not refused
    with pytest.raises(IllegalTransition):
        docs.issue(a, FormCode.EXTENSION)  # a simple request is not extended
    assert numbers_in_db(app) == [] and files(root) == []


def test_cancelling_needs_a_reason_keeps_the_number_used_and_is_audited(app, office, root):
    docs = service(app, root)
    a, b = requests(app, 2)
    first = docs.issue(a, FormCode.RESOLUTION, PLACE)
    with pytest.raises(ValidationError):
        docs.cancel(first.id, "  ")
    cancelled = docs.cancel(first.id, "Ghi sai thời hạn")
    assert cancelled.cancelled_on == date(2026, 3, 2) and cancelled.cancel_reason == "Ghi sai thời hạn"
    assert cancelled.number_text == "01/PGQ-UBND" and not cancelled.live
    with pytest.raises(ValidationError):
        docs.cancel(first.id, "Lần nữa")
    reissued = docs.issue(a, FormCode.RESOLUTION, PLACE)
    assert reissued.id != first.id and reissued.number_text == "02/PGQ-UBND"
    assert docs.issue(b, FormCode.RESOLUTION, PLACE).number_text == "03/PGQ-UBND"
    assert [d.number_text for d in docs.for_request(a)] == ["01/PGQ-UBND", "02/PGQ-UBND"]
    assert docs.open(first.id).exists()  # a cancelled paper keeps its file
    with closing(sqlite3.connect(app.paths.database)) as c:
        actions = c.execute("SELECT action, entity_id FROM audit_events WHERE entity = 'document' ORDER BY id").fetchall()
    assert actions[:2] == [("issue_document", first.id), ("cancel_document", first.id)]


def test_the_issued_file_is_checked_by_its_hash_when_opened(app, office, root):
    docs = service(app, root)
    (a,) = requests(app, 1)
    doc = docs.issue(a, FormCode.RESOLUTION, PLACE)
    path = docs.open(doc.id)
    assert path == root / doc.path and path.read_bytes().startswith(b"%PDF")
    data = path.read_bytes()
    path.write_bytes(data.replace(b"%%EOF", b"%%EOF\n% changed"))
    with pytest.raises(DocumentTampered) as changed:
        docs.open(doc.id)
    assert changed.value.expected == doc.sha256 and changed.value.found not in (None, doc.sha256)
    path.unlink()
    with pytest.raises(DocumentTampered) as gone:
        docs.open(doc.id)
    assert gone.value.found is None


def test_the_record_holds_template_dates_and_officer(app, office, root):
    docs = service(app, root)
    (a,) = requests(app, 1)
    doc = docs.issue(a, FormCode.RESOLUTION, {**PLACE, "note": "Mang theo căn cước"})
    request = app.requests.get(a)
    assert (doc.template_id, doc.template_version, doc.form, doc.kind) == ("nd13-03", 1, FormCode.RESOLUTION, "03")
    assert doc.printed_due == request.deadlines.answer_due == request.printed_due
    assert doc.issued_on == date(2026, 3, 2) and doc.officer == app.officer.actor()
    text = pdf_text(docs.open(doc.id))
    assert f"Số: {doc.number_text}" in text and "Mang theo căn cước" in text and PLACE["provide_place"] in text


def test_papers_the_requester_signs_have_no_number(app, office, root):
    docs = service(app, root)
    (a,) = requests(app, 1)
    doc = docs.issue(a, FormCode.REQUEST_FORM)
    assert doc.number_text is None and doc.seq is None and docs.open(doc.id).exists()
    assert docs.issue(a, FormCode.RESOLUTION, PLACE).number_text == "01/PGQ-UBND"


def test_preview_takes_no_number_and_writes_nothing(app, office, root):
    docs = service(app, root)
    (a,) = requests(app, 1)
    pdf = docs.preview(a, FormCode.RESOLUTION, PLACE)
    text = text_of(pdf)
    assert pdf.startswith(b"%PDF") and "/PGQ-UBND" in text and "01/PGQ-UBND" not in text  # room for the number
    assert docs.preview_blank(FormCode.REQUEST_FORM).startswith(b"%PDF")
    assert numbers_in_db(app) == [] and files(root) == []
    assert docs.issue(a, FormCode.RESOLUTION, PLACE).number_text == "01/PGQ-UBND"


def test_no_document_before_the_office_is_described(app, root):
    (a,) = requests(app, 1)
    with pytest.raises(ValidationError) as no_office:
        service(app, root).issue(a, FormCode.RESOLUTION, PLACE)
    assert "agency" in no_office.value.errors


def test_two_officers_issuing_at_once_never_get_the_same_number(app, office, root):
    ids = requests(app, 8)
    results: dict[int, str | None] = {}
    errors: list[BaseException] = []

    def issue_all(mine: list[int]) -> None:
        docs = service(app, root)  # each thread its own units of work on the same file
        try:
            for request_id in mine:
                results[request_id] = docs.issue(request_id, FormCode.RESOLUTION, PLACE).number_text
        except BaseException as exc:  # reported below, not lost in the thread
            errors.append(exc)

    threads = [threading.Thread(target=issue_all, args=(ids[i::2],)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(results.values()) == [f"{n:02d}/PGQ-UBND" for n in range(1, 9)]


def test_an_extension_notice_is_dated_inside_the_deadline_it_extends(app, office, root):
    docs = service(app, root)
    now = app.clock.now()
    r = app.requests.register(replace(draft(1, now), complexity=Complexity.COMPLEX))
    with pytest.raises(IllegalTransition):
        docs.issue(r.id, FormCode.EXTENSION)  # no extension recorded yet
    r = app.requests.extend(r.id, "Hồ sơ lưu ở kho lưu trữ huyện")
    doc = docs.issue(r.id, FormCode.EXTENSION)
    assert doc.number_text == "01/TB-UBND" and doc.printed_due == r.deadlines.extended_due
    late = app.requests.extend(app.requests.register(replace(draft(2, now), complexity=Complexity.COMPLEX)).id,
                               "Cần tham khảo ý kiến cơ quan khác")
    due = late.deadlines.provide_due
    assert due is not None
    app.clock.set(datetime.combine(due + timedelta(days=1), now.timetz()))
    with pytest.raises(ValidationError, match="chậm nhất ngày") as refused:
        docs.issue(late.id, FormCode.EXTENSION)
    assert due.strftime("%d/%m/%Y") in refused.value.errors["issued_on"]
    assert len(numbers_in_db(app)) == 1


def test_a_refusal_notice_follows_the_recorded_refusal(app, office, root):
    docs = service(app, root)
    (a,) = requests(app, 1)
    app.requests.refuse(a, RefusalGround.C, "Thông tin do UBND tỉnh quản lý")
    refusal = docs.issue(a, FormCode.REFUSAL)
    assert refusal.number_text == "01/TB-UBND" and refusal.form is FormCode.REFUSAL
