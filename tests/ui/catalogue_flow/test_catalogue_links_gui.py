"""Linking a request to the catalogue (issue 11 item 3): suggestions at intake as the officer types, ticked
with the keyboard and linked on save; the request file's catalogue tab with the advice per entry, leading into
a prefilled refusal and the consent document; unlink and link again by search."""

from __future__ import annotations

from flow_files import conditional_entry, published_entry, register, secret_entry, text_pdf
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from focal_desk.domain.catalogue_advice import Advice
from focal_desk.domain.listing import RequestQuery
from focal_desk.domain.refusal import RefusalGround


def _type_request(d, info: str) -> None:
    q, r = d.requester, d.request
    q.id_number.setText("001203004567")
    q.full_name.setText("Nguyễn Văn Đức")
    q.address.setText("Thôn Đông, xã Đạo Trù")
    r.info_requested.setPlainText(info)
    r.purpose.setPlainText("Tìm hiểu quyền lợi của gia đình")


def test_intake_suggests_matching_entries_and_links_the_ticked_one(qtbot, desk, jobs, errors, tmp_path):
    from focal_desk.ui.intake.dialog import IntakeDialog

    wanted = published_entry(desk, text_pdf(tmp_path / "qd.pdf"))
    other = secret_entry(desk)
    dialog = IntakeDialog(desk, jobs, errors)
    qtbot.addWidget(dialog)
    dialog.has_input = lambda: False  # closed unasked at teardown, whatever the test left typed
    dialog.show()
    suggestions = dialog.catalogue
    assert suggestions is not None and suggestions.list.count() == 0
    # a word only in the file's text (page 1, line 1) finds the entry: search covers the digitised files
    _type_request(dialog, "Xin bản sao quyết định về thửa đất số 112")
    qtbot.waitUntil(lambda: suggestions.list.count() > 0, timeout=5000)
    assert [e.id for e in suggestions.entries()][0] == wanted.id  # best first

    suggestions.list.setFocus()
    suggestions.list.setCurrentRow(0)
    QTest.keyClick(suggestions.list, Qt.Key.Key_Space)
    assert suggestions.chosen() == [wanted.id]
    QTest.keyClick(suggestions.list, Qt.Key.Key_Return)  # Enter unticks it, and does not save the form
    assert suggestions.chosen() == [] and dialog.isVisible()
    QTest.keyClick(suggestions.list, Qt.Key.Key_Return)
    assert suggestions.chosen() == [wanted.id]
    assert desk.requests.count(RequestQuery()) == 0

    # the officer types on: the ticked entry stays listed and ticked whatever the new text finds
    dialog.request.info_requested.setPlainText("Biên bản họp nội bộ")
    qtbot.waitUntil(lambda: [e.id for e in suggestions.entries()] == [wanted.id, other.id], timeout=5000)
    assert suggestions.chosen() == [wanted.id]

    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save_button.click()
    assert [e.id for e in desk.catalogue.links_of(saved.args[0])] == [wanted.id]
    assert errors.seen == []


def test_typing_nothing_suggests_nothing(qtbot, desk, jobs, errors, tmp_path):
    from focal_desk.ui.intake.dialog import IntakeDialog

    published_entry(desk, text_pdf(tmp_path / "qd.pdf"))
    dialog = IntakeDialog(desk, jobs, errors)
    qtbot.addWidget(dialog)
    dialog.has_input = lambda: False  # closed unasked at teardown, whatever the test left typed
    dialog.request.info_requested.setPlainText("\u200b\u00a0 \t")  # invisible and blank characters only
    dialog.catalogue.search_now()
    jobs.wait_all()
    qtbot.wait(50)
    assert dialog.catalogue.list.count() == 0 and errors.seen == []


def test_request_file_shows_each_entry_with_what_the_law_says(qtbot, desk, jobs, errors, open_file, tmp_path):
    pdf = text_pdf(tmp_path / "qd.pdf")
    published, secret, conditional = (
        published_entry(desk, pdf),
        secret_entry(desk),
        conditional_entry(desk, pdf),
    )
    r = register(desk)
    for entry in (published, secret, conditional):
        desk.catalogue.link(r.id, entry.id, "can_bo_test")
    window = open_file(r.id)
    panel = window.catalogue
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 3, timeout=5000)
    assert panel.advice[published.id].advice is Advice.PUBLISHED_ELSEWHERE
    assert panel.advice[secret.id].advice is Advice.REFUSE_SECRET
    assert panel.advice[conditional.id].advice is Advice.NEEDS_CONSENT
    first = panel.tree.topLevelItem(0)
    assert first.childCount() == 1 and "qd.pdf" in first.child(0).text(0)  # its digitised file

    # Đ6: refusal on ground a, prefilled with the entry's point; the officer still confirms
    panel.tree.setCurrentItem(panel.tree.topLevelItem(1))
    assert panel.refuse_a_button.isVisible() and panel.refuse_a_button.isEnabled()
    assert not panel.consent_button.isVisible() and not panel.refuse_b_button.isVisible()
    panel.refuse_a_button.click()
    refuse = window.action_dialog
    assert refuse is not None and refuse.chosen() is RefusalGround.A
    assert "điểm c khoản 2 Điều 6" in refuse.detail.toPlainText()
    refuse.reject()
    # published: refusal on ground b says where it is published
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    assert panel.refuse_b_button.isVisible() and panel.letter_button.isVisible()
    panel.refuse_b_button.click()
    refuse = window.action_dialog
    assert refuse.chosen() is RefusalGround.B
    assert "Cổng thông tin điện tử của xã" in refuse.detail.toPlainText()
    refuse.reject()

    # Đ7: the signed consent is attached to the request; the request then says so and the advice is "provide"
    panel.tree.setCurrentItem(panel.tree.topLevelItem(2))
    assert panel.consent_button.isVisible()
    panel.attach_consent_file(str(text_pdf(tmp_path / "mau06.pdf", [["Văn bản chấp thuận", "Lê Thị Hoa"]])))
    qtbot.waitUntil(
        lambda: (
            panel.advice.get(conditional.id) is not None
            and panel.advice[conditional.id].advice is Advice.PROVIDE
        ),
        timeout=5000,
    )
    assert desk.requests.get(r.id).consent_attached
    assert [a.filename for a in desk.attachments.list(r.id)] == ["mau06.pdf"]
    assert errors.seen == []


def test_unlink_and_link_again_by_search_with_the_keyboard(qtbot, desk, jobs, errors, open_file, tmp_path):
    entry = published_entry(desk, text_pdf(tmp_path / "qd.pdf"))
    r = register(desk)
    desk.catalogue.link(r.id, entry.id, "can_bo_test")
    window = open_file(r.id)
    panel = window.catalogue
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1, timeout=5000)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    panel.unlink_button.click()
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 0, timeout=5000)
    assert desk.catalogue.links_of(r.id) == [] and panel.empty.isVisible()

    panel.search.setFocus()
    panel.search.setText("thửa đất 112")
    QTest.keyClick(panel.search, Qt.Key.Key_Return)  # searches now, then the results take the focus
    qtbot.waitUntil(lambda: panel.results.count() == 1, timeout=5000)
    QTest.keyClick(panel.results, Qt.Key.Key_Return)  # links the current result
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1, timeout=5000)
    assert [e.id for e in desk.catalogue.links_of(r.id)] == [entry.id]
    assert window.isVisible() and errors.seen == []
    history = [e.action for e in desk.requests.history(r.id)]
    assert history.count("catalogue_link") == 2 and "catalogue_unlink" in history
