"""The files of an entry already saved: a file added is stored at once (its pages and text in the list), opened
after its SHA-256 is checked (a changed file is one sentence, not opened), removed after a question."""

from __future__ import annotations

import pytest
from catalogue_gui_files import scan_png, text_pdf
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from focal_desk.domain.catalogue import CatalogueEntry
from focal_desk.domain.errors import EnvironmentProblem


class OpenedUrls(QObject):
    def __init__(self):
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened(qapp):
    recorder = OpenedUrls()
    QDesktopServices.setUrlHandler("file", recorder, "open")
    yield recorder
    QDesktopServices.unsetUrlHandler("file")


def test_add_open_and_remove_files_of_a_saved_entry(
    qtbot, page, desk, core, errors, tmp_path, opened, answer_prompt
):
    entry = desk.catalogue.add(CatalogueEntry(None, "Quyết định"), "can_bo_test")
    dialog = page.open_entry(entry.id)
    qtbot.waitUntil(lambda: dialog.entry.id == entry.id, timeout=5000)
    with qtbot.waitSignal(dialog.files.filesChanged, timeout=10_000):
        dialog.files.add_paths(
            [
                str(text_pdf(tmp_path / "qd.pdf", [["Quyết định giao đất"]])),
                str(scan_png(tmp_path / "quet.png", ["Sơ đồ"])),
            ]
        )
    qtbot.waitUntil(lambda: dialog.files.list.count() == 2, timeout=5000)
    assert [f.filename for f in desk.catalogue.get(entry.id).files] == ["qd.pdf", "quet.png"]
    assert dialog.files.pending_paths() == []  # stored, not waiting for Save

    dialog.files.list.setCurrentRow(0)
    stored = dialog.files.current()
    dialog.files.open_button.click()
    qtbot.waitUntil(lambda: len(opened.urls) == 1, timeout=5000)
    assert opened.urls[0].toLocalFile() == str(core.paths.catalogue / stored.stored_path)

    (core.paths.catalogue / stored.stored_path).write_bytes(b"%PDF-1.4 changed after it was stored")
    dialog.files.open_button.click()
    qtbot.waitUntil(lambda: len(errors.seen) == 1, timeout=5000)
    assert isinstance(errors.seen[0], EnvironmentProblem) and "SHA-256" in str(errors.seen[0])
    assert len(opened.urls) == 1  # the changed file is not opened

    dialog.files.list.setCurrentRow(1)
    seen = answer_prompt("Keep it")
    dialog.files.remove_button.click()
    assert len(seen) == 1 and "quet.png" in seen[0][1] and dialog.files.list.count() == 2
    answer_prompt("Remove the file")
    with qtbot.waitSignal(dialog.files.filesChanged, timeout=10_000):
        dialog.files.remove_button.click()
    qtbot.waitUntil(lambda: dialog.files.list.count() == 1, timeout=5000)
    assert [f.filename for f in desk.catalogue.get(entry.id).files] == ["qd.pdf"]
    qtbot.waitUntil(
        lambda: page.model.index(0, 6).data() == "1", timeout=5000
    )  # the page shows the new count


def test_an_edit_is_saved_audited_and_shown(qtbot, page, desk):
    entry = desk.catalogue.add(CatalogueEntry(None, "Quyết định cũ"), "Người nhập trước")
    page.reload()
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=5000)
    dialog = page.open_entry(entry.id)
    qtbot.waitUntil(lambda: dialog.entry.id == entry.id, timeout=5000)
    assert dialog.audit.text().startswith("Added by Người nhập trước on ")
    assert not dialog.should_ask()  # loaded, nothing changed yet
    dialog.fields.title.setText("Quyết định mới")
    dialog.fields.keywords.setText("đất đai")
    assert dialog.should_ask()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    saved = desk.catalogue.get(entry.id)
    assert (saved.title, saved.keywords) == ("Quyết định mới", "đất đai")
    assert saved.updated_by.startswith("can_bo_test")
    qtbot.waitUntil(lambda: page.model.index(0, 0).data() == "Quyết định mới", timeout=5000)
    again = page.open_entry(entry.id)
    qtbot.waitUntil(lambda: again.entry.id == entry.id, timeout=5000)
    assert "Last changed by can_bo_test" in again.audit.text()


def test_hostile_search_text_is_only_words(qtbot, page, desk, errors):
    desk.catalogue.add(CatalogueEntry(None, "Quyết định 12 về đất đai"), "can_bo_test")
    for text in ('"đất" OR (*', "đ\u200bất\x07", "１２", "NEAR(a b)", "-", "\u00a0"):
        with qtbot.waitSignal(page.model.loaded, timeout=5000):
            page.search.setText(text)
    assert errors.seen == []
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.search.setText("１２ đất")  # full-width digits typed on a Vietnamese keyboard
    assert page.model.total == 1


def test_the_requests_linked_to_an_entry_are_named(qtbot, page, desk, jobs):
    from datetime import date, datetime

    from focal_desk.domain.clock import VN_TZ
    from focal_desk.domain.enums import Channel, IdType, RequesterKind
    from focal_desk.domain.request import RequestDraft
    from focal_desk.domain.requester import Requester

    request = desk.requests.register(
        RequestDraft(
            requester=Requester(RequesterKind.CITIZEN, "Lê Thị Mai", IdType.CCCD, "001203004568", "Thôn Tây"),
            channel=Channel.POSTAL,
            received_at=datetime(2026, 2, 25, 8, 15, tzinfo=VN_TZ),
            info_requested="Quyết định giao đất",
            purpose="Tìm hiểu",
            valid_on=date(2026, 2, 26),
        )
    )
    entry = desk.catalogue.add(CatalogueEntry(None, "Quyết định giao đất"), "can_bo_test")
    unlinked = page.open_entry(entry.id)
    qtbot.waitUntil(lambda: unlinked.entry.id == entry.id, timeout=5000)
    jobs.wait_all()
    qtbot.waitUntil(lambda: not jobs.busy(), timeout=5000)  # the links' job has answered
    assert unlinked.links.text() == ""
    unlinked.reject()
    desk.catalogue.link(request.id, entry.id, "can_bo_test")
    dialog = page.open_entry(entry.id)
    qtbot.waitUntil(lambda: dialog.links.text() != "", timeout=5000)
    assert dialog.links.text() == f"Linked to request(s): {request.register_number}"
