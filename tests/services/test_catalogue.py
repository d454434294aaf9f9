"""The catalogue service on a real register: entries audited field by field, search and suggestions over
titles and files' text, publication reminders, links to requests, imports all or nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from catalogue_files import text_pdf

from focal_desk.domain.catalogue import AccessClass, CatalogueEntry, Publication, PublicationDue
from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import Channel, IdType, RequesterKind
from focal_desk.domain.errors import NotFound, ValidationError
from focal_desk.domain.request import RequestDraft
from focal_desk.domain.requester import Requester

ACTOR = "Nguyễn Thị Lan (máy: lan)"


@pytest.fixture
def catalogue(app):
    return app.catalogue()


@pytest.fixture
def request_id(app) -> int:
    requester = Requester(RequesterKind.CITIZEN, "Trần Thị Hoa", IdType.CCCD, "001203004567", "Xã Đạo Trù")
    draft = RequestDraft(requester, Channel.POSTAL, datetime(2026, 3, 2, 8, 0, tzinfo=VN_TZ),
                         "Quyết định giao đất cho hộ ông Đức", "Tìm hiểu")
    return app.requests.register(draft).id


def audit(app, entity: str, entity_id: int):
    with app.uow_factory(read_only=True) as uow:
        return uow.audit.for_entity(entity, entity_id)


def test_add_records_who_added_what_and_update_records_old_and_new(app, catalogue) -> None:
    entry = catalogue.add(CatalogueEntry(None, "  Quyết\u200b định giao đất ", number="12/QĐ-UBND",
                                         issued_on=date(2026, 1, 5)), ACTOR)
    assert (entry.title, entry.created_by, entry.created_at) == ("Quyết định giao đất", ACTOR, app.clock.now())
    changed = catalogue.update(replace(entry, title="Quyết định giao đất ở", keywords="đất ở",
                                       publication=Publication("Bảng tin UBND xã", published=True)), "Lê Văn Tâm")
    assert (changed.updated_by, changed.created_by) == ("Lê Văn Tâm", ACTOR)
    events = audit(app, "catalogue", entry.id)
    assert [(e.action, e.actor) for e in events] == [("catalogue_add", ACTOR), ("catalogue_edit", "Lê Văn Tâm")]
    assert events[0].changes["title"] == [None, "Quyết định giao đất"]
    assert events[1].changes == {
        "title": ["Quyết định giao đất", "Quyết định giao đất ở"],
        "keywords": ["", "đất ở"],
        "publication.where": ["", "Bảng tin UBND xã"],
        "publication.published": [False, True],
    }
    assert catalogue.update(changed, "Lê Văn Tâm") == changed  # nothing changed: nothing audited
    assert len(audit(app, "catalogue", entry.id)) == 2


def test_invalid_entries_are_refused_with_the_field_named(catalogue) -> None:
    with pytest.raises(ValidationError) as caught:
        catalogue.add(CatalogueEntry(None, "Hồ sơ", access=AccessClass.SECRET), ACTOR)
    assert "secret_point" in caught.value.errors
    with pytest.raises(ValidationError) as caught:
        catalogue.add(CatalogueEntry(None, "Hồ sơ\x1b[31m"), ACTOR)
    assert "U+001B" in caught.value.errors["title"]
    with pytest.raises(NotFound):
        catalogue.get(404)
    assert catalogue.search() == []


def test_search_is_accent_insensitive_over_titles_and_file_text(catalogue, tmp_path) -> None:
    pdf = text_pdf(tmp_path / "qd.pdf", ["Giao thửa đất số 17 cho ông Nguyễn Văn Đức"])
    qd = catalogue.add(CatalogueEntry(None, "Quyết định giao đất đai", issued_on=date(2026, 1, 5)), ACTOR, [pdf])
    kh = catalogue.add(CatalogueEntry(None, "Kế hoạch phòng chống thiên tai", issued_on=date(2026, 2, 1)), ACTOR)
    assert [e.id for e in catalogue.search("quyet dinh")] == [qd.id]
    assert [e.id for e in catalogue.search("dat dai")] == [qd.id]
    assert [e.id for e in catalogue.search("nguyen van duc")] == [qd.id]  # a word inside the file
    assert [e.id for e in catalogue.search()] == [kh.id, qd.id]
    assert [e.id for e in catalogue.search(limit=1, offset=1)] == [qd.id]
    assert catalogue.count("thien tai") == 1 and catalogue.count() == 2
    found = catalogue.search("duc")[0]
    assert found.files[0].page_count == 1 and found.files[0].text == ""  # lists: files without text
    assert catalogue.get(qd.id).files[0].text_source == "pdf"


@pytest.mark.parametrize("officer_text", [
    "Xin cung cấp Quyết định giao đất cho hộ ông Đức năm 2026",
    'quyết định" OR (NEAR đất * -',
    "\x00\u202equyet dinh giao dat\u200b",
])
def test_suggest_tolerates_any_officer_text(catalogue, officer_text) -> None:
    qd = catalogue.add(CatalogueEntry(None, "Quyết định giao đất đai", number="12/QĐ-UBND"), ACTOR)
    catalogue.add(CatalogueEntry(None, "Báo cáo kinh tế xã hội"), ACTOR)
    assert [e.id for e in catalogue.suggest(officer_text)] == [qd.id]


def test_suggest_of_nothing_notable_is_empty(catalogue) -> None:
    catalogue.add(CatalogueEntry(None, "Quyết định giao đất đai"), ACTOR)
    assert catalogue.suggest("xin cung cấp thông tin") == []
    assert catalogue.suggest("") == []


def test_due_publications_for_the_todo_page(catalogue) -> None:
    today = date(2026, 3, 2)
    due = catalogue.add(CatalogueEntry(None, "Phải công khai", publication=Publication("Cổng TTĐT")), ACTOR)
    ending = catalogue.add(CatalogueEntry(None, "Sắp hết hạn", publication=Publication(
        "Bảng tin", date(2026, 1, 1), date(2026, 3, 10), True)), ACTOR)
    catalogue.add(CatalogueEntry(None, "Đã công khai", publication=Publication("Bảng tin", published=True)), ACTOR)
    catalogue.add(CatalogueEntry(None, "Mật", access=AccessClass.SECRET, secret_point="6.1"), ACTOR)
    catalogue.add(CatalogueEntry(None, "Chưa tới ngày", publication=Publication("", date(2026, 4, 1))), ACTOR)
    assert [(e.id, d) for e, d in catalogue.due_publications(today)] == [
        (due.id, PublicationDue.NOT_PUBLISHED), (ending.id, PublicationDue.ENDING)]


def test_link_a_request_to_entries_audited_on_the_request(app, catalogue, request_id) -> None:
    qd = catalogue.add(CatalogueEntry(None, "Quyết định giao đất"), ACTOR)
    kh = catalogue.add(CatalogueEntry(None, "Kế hoạch sử dụng đất"), ACTOR)
    assert catalogue.link(request_id, qd.id, ACTOR) is True
    assert catalogue.link(request_id, qd.id, ACTOR) is False
    assert catalogue.link(request_id, kh.id, ACTOR) is True
    assert [e.id for e in catalogue.links_of(request_id)] == [qd.id, kh.id]
    assert catalogue.requests_linked_to(qd.id) == [request_id]
    assert catalogue.unlink(request_id, qd.id, ACTOR) is True
    assert catalogue.unlink(request_id, qd.id, ACTOR) is False
    assert [e.id for e in catalogue.links_of(request_id)] == [kh.id]
    actions = [(e.action, e.changes["catalogue_entry"]) for e in audit(app, "request", request_id)
               if e.action.startswith("catalogue")]
    assert actions == [("catalogue_link", [None, f"{qd.id}: Quyết định giao đất"]),
                       ("catalogue_link", [None, f"{kh.id}: Kế hoạch sử dụng đất"]),
                       ("catalogue_unlink", [qd.id, None])]
    with pytest.raises(NotFound):
        catalogue.link(request_id, 999, ACTOR)
    with pytest.raises(NotFound):
        catalogue.link(999, kh.id, ACTOR)


def test_import_is_all_or_nothing(app, catalogue) -> None:
    good = [CatalogueEntry(None, f"Quyết định số {n}") for n in range(1, 4)]
    with pytest.raises(ValidationError) as caught:
        catalogue.import_entries([*good, CatalogueEntry(None, "   ")], ACTOR)
    assert caught.value.errors == {"line 4": "Mục 4: Chưa nhập tên thông tin."}
    assert catalogue.count() == 0
    saved = catalogue.import_entries(good, ACTOR)
    assert [e.title for e in saved] == [g.title for g in good] and catalogue.count() == 3
    assert audit(app, "catalogue", saved[0].id)[0].action == "catalogue_import"
