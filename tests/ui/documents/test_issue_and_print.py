"""Request file → issue dialog → preview (pages rendered off the GUI thread) → Issue → listed with its
number → printed through a PDF printer and read back."""

from __future__ import annotations

import pypdf
import pypdfium2
from page_ink import dark_share
from PySide6.QtPrintSupport import QPrinter

from focal_desk.domain.documents import FormCode
from focal_desk.ui.documents.printing import a4_printer

A4_POINTS = (595.28, 841.89)


def _issue_resolution(qtbot, panel):
    info = next(i for i in panel.offered if i.form is FormCode.RESOLUTION)
    dialog = panel.issue(info)
    dialog.editors["provide_place"].setText("Bộ phận Một cửa, Ủy ban nhân dân xã Đạo Trù")
    dialog.preview()
    qtbot.waitUntil(lambda: bool(dialog.pages.images), timeout=15_000)
    return dialog


def test_the_request_file_offers_what_the_state_allows_and_lists_nothing_yet(open_file, valid_request):
    file = open_file(valid_request.id)
    panel = file.documents
    offered = {i.form for i in panel.offered}
    assert FormCode.RESOLUTION in offered and FormCode.RECEIPT in offered
    assert FormCode.REFUSAL not in offered  # a valid request is not refused
    assert [a.text() for a in panel.issue_menu.actions()] == [i.title for i in panel.offered]
    assert panel.model.rowCount() == 0 and not panel.hint.isHidden()
    assert panel.fees_button.isEnabled() and not panel.view_button.isEnabled()


def test_preview_issue_list_and_print(qtbot, open_file, valid_request, tmp_path, errors, core):
    file = open_file(valid_request.id)
    panel = file.documents
    dialog = _issue_resolution(qtbot, panel)
    first = dialog.editors["provide_due"]
    assert first.objectName() == "provide_due"
    image = dialog.pages.images[0]
    assert image.width() > 800 and 0.005 < dark_share(image) < 0.5  # a readable page with text on it
    dialog.resize(1500, 1000)  # the offscreen screen is small; the grab shows the dialog as on a desk screen
    dialog.grab().save(str(tmp_path / "issue_dialog.png"))
    assert dialog.issue_button.isEnabled() and dialog.issue_button.isDefault()

    dialog.issue()
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=15_000)
    document = dialog.document
    assert document.number_text == "01/PGQ-UBND"
    assert dialog.print_button.isVisible() and dialog.save_button.isVisible()
    assert "01/PGQ-UBND" in dialog.state.text()
    qtbot.waitUntil(lambda: bool(dialog.pages.images), timeout=15_000)  # now the stored, numbered file
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    assert panel.model.index(0, 1).data() == "01/PGQ-UBND"
    assert panel.model.index(0, 0).data().startswith("Mẫu 03")
    assert panel.model.index(0, 2).data() == "02/03/2026"

    out = tmp_path / "printed.pdf"
    printer = a4_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(150)
    with qtbot.waitSignal(panel.ops.printed, timeout=30_000) as printed:
        panel.ops.print_to(document, printer)
    assert errors.seen == []
    stored = pypdf.PdfReader(core.paths.documents / document.path)
    assert printed.args == [len(stored.pages)]
    back = pypdf.PdfReader(out)
    assert len(back.pages) == len(stored.pages)
    for page in back.pages:  # A4, real size: the whole sheet
        assert abs(float(page.mediabox.width) - A4_POINTS[0]) < 1.5
        assert abs(float(page.mediabox.height) - A4_POINTS[1]) < 1.5
    rendered = pypdfium2.PdfDocument(str(out))[0].render(scale=1).to_pil().convert("L")
    dark = sum(rendered.histogram()[:128]) / (rendered.width * rendered.height)
    assert 0.005 < dark < 0.5  # the printed page is the document, not a blank sheet
    assert not panel.ops.printers  # the printer was kept only while printing


def test_save_a_copy_writes_the_stored_file(qtbot, open_file, valid_request, tmp_path, core, monkeypatch):
    file = open_file(valid_request.id)
    panel = file.documents
    dialog = _issue_resolution(qtbot, panel)
    dialog.issue()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=15_000)
    target = tmp_path / "copy" / "ban-sao.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(panel.ops, "choose_target", lambda suggested: str(target))
    panel.view.selectRow(0)
    with qtbot.waitSignal(panel.ops.saved, timeout=10_000):
        panel.save_button.click()
    assert target.read_bytes() == (core.paths.documents / dialog.document.path).read_bytes()


def test_typed_numbers_ask_the_clerks_number(qtbot, desk, open_file, valid_request):
    from focal_desk.domain.agency import NumberingMode, SeriesScope

    desk.agency.set_document_settings(NumberingMode.TYPED, SeriesScope.COMMON)
    file = open_file(valid_request.id)
    panel = file.documents
    dialog = _issue_resolution(qtbot, panel)
    assert dialog.number is not None and dialog.focusWidget() is dialog.number  # the first field
    dialog.number.setText("7")
    dialog.preview()  # the number changed after the preview: preview again before issuing
    qtbot.waitUntil(lambda: dialog.issue_button.isEnabled(), timeout=15_000)
    dialog.issue()
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=15_000)
    assert dialog.document.number_text == "07/PGQ-UBND"


def test_a_missing_field_is_shown_beside_it_and_nothing_is_issued(qtbot, open_file, valid_request, desk):
    file = open_file(valid_request.id)
    panel = file.documents
    info = next(i for i in panel.offered if i.form is FormCode.RESOLUTION)
    dialog = panel.issue(info)
    dialog.preview()
    label = dialog.field_errors.labels["provide_place"]
    qtbot.waitUntil(lambda: label.isVisible(), timeout=15_000)
    assert not dialog.issue_button.isEnabled()
    assert desk.documents.for_request(valid_request.id) == []


def test_escape_asks_before_discarding_typed_text(qtbot, open_file, valid_request, monkeypatch):
    from PySide6.QtCore import Qt

    from focal_desk.ui.documents import issue_dialog

    asked = []
    monkeypatch.setattr(issue_dialog, "ask_discard", lambda *a: asked.append(a) or False)
    file = open_file(valid_request.id)
    panel = file.documents
    info = next(i for i in panel.offered if i.form is FormCode.RESOLUTION)
    dialog = panel.issue(info)
    place = dialog.editors["provide_place"]
    place.setText("Bộ phận Một cửa")
    qtbot.keyClick(place, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()  # "keep typing" chosen: still open, text kept
    assert place.text() == "Bộ phận Một cửa"
    place.clear()
    qtbot.keyClick(place, Qt.Key.Key_Escape)
    assert len(asked) == 1 and not dialog.isVisible()  # nothing typed: Esc just closes


def test_enter_previews_then_issues_and_enter_in_the_list_opens_the_viewer(qtbot, open_file, valid_request):
    from PySide6.QtCore import Qt

    file = open_file(valid_request.id)
    panel = file.documents
    info = next(i for i in panel.offered if i.form is FormCode.RESOLUTION)
    dialog = panel.issue(info)
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.editors["provide_due"]  # the first field
    place = dialog.editors["provide_place"]
    place.setFocus()
    place.setText("Bộ phận Một cửa")
    qtbot.keyClick(place, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.issue_button.isEnabled(), timeout=15_000)
    assert dialog.document is None  # the first Enter only previewed
    qtbot.keyClick(place, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=15_000)
    assert dialog.document is not None
    dialog.close()

    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    viewer = panel.ops.viewer
    assert viewer is not None
    qtbot.waitUntil(lambda: bool(viewer.pages.images), timeout=15_000)
    assert dark_share(viewer.pages.images[0]) > 0.005 and viewer.print_button.isEnabled()


def test_the_resolution_prints_the_costs_set_in_the_costs_dialog(qtbot, open_file, valid_request, desk):
    from datetime import date

    desk.fees.set_fees(valid_request.id, {"a4_bw": 18}, 0, date(2026, 3, 12))
    file = open_file(valid_request.id)
    panel = file.documents
    dialog = panel.issue(next(i for i in panel.offered if i.form is FormCode.RESOLUTION))
    qtbot.waitUntil(lambda: dialog.values()["payment_due"] == "2026-03-12", timeout=5000)
    assert not dialog.typed_something()  # the prefilled date is not the officer's typing
    dialog.preview()
    label = dialog.field_errors.labels["treasury"]
    qtbot.waitUntil(lambda: label.isVisibleTo(dialog), timeout=15_000)  # required now that there are costs
    dialog.editors["provide_place"].setText("Bộ phận Một cửa")
    for name in ("payment_method", "tax_authority", "treasury"):
        dialog.editors[name].setText("Nộp tiền mặt tại Bộ phận Một cửa")
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.issue_button.isEnabled(), timeout=15_000)
    dialog.issue()
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=15_000)
    assert dialog.document.number_text == "01/PGQ-UBND"


def test_a_preview_made_before_the_costs_deadline_arrived_is_not_the_one_issued(qtbot, open_file, valid_request,
                                                                                 desk):
    from datetime import date

    desk.fees.set_fees(valid_request.id, {"a4_bw": 2}, 0, date(2026, 3, 12))
    file = open_file(valid_request.id)
    panel = file.documents
    dialog = panel.issue(next(i for i in panel.offered if i.form is FormCode.RESOLUTION))
    for name in ("provide_place", "payment_method", "tax_authority", "treasury"):
        dialog.editors[name].setText("Bộ phận Một cửa")
    dialog.preview()  # at once: the deadline of the costs may still be on its way
    qtbot.waitUntil(lambda: dialog.issue_button.isEnabled(), timeout=15_000)
    assert dialog._previewed["payment_due"] == "2026-03-12" == dialog.values()["payment_due"]


def test_the_refusal_notice_states_the_recorded_ground_and_detail(qtbot, open_file, valid_request, desk):
    from focal_desk.domain.refusal import RefusalGround

    desk.requests.refuse(valid_request.id, RefusalGround.C, "Tài liệu đang trong quá trình xử lý, chưa hoàn thiện")
    file = open_file(valid_request.id)
    panel = file.documents
    assert FormCode.REFUSAL in {i.form for i in panel.offered}
    dialog = panel.issue(next(i for i in panel.offered if i.form is FormCode.REFUSAL))
    ground = dialog.editors["refusal_ground"]
    assert ground.currentData() == "c" and not ground.isEnabled()
    assert dialog.editors["refusal_detail"].text() == "Tài liệu đang trong quá trình xử lý, chưa hoàn thiện"
    assert not dialog.typed_something()
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.issue_button.isEnabled(), timeout=15_000)
    dialog.issue()
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=15_000)
    assert dialog.document.number_text == "01/TB-UBND"


def test_the_preview_is_rendered_off_the_gui_thread(qtbot, open_file, valid_request, monkeypatch):
    import threading

    from focal_desk.ui.documents import issue_dialog

    threads = []
    real = issue_dialog.render_pages

    def recording(data):
        threads.append(threading.current_thread())
        return real(data)

    monkeypatch.setattr(issue_dialog, "render_pages", recording)
    file = open_file(valid_request.id)
    dialog = _issue_resolution(qtbot, file.documents)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert dialog.pages.images
