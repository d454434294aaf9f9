"""Alt+letter shortcuts are unique in every window and dialog, in Vietnamese (the & is in the translation)
and in English (--lang en):
each window is opened, and the mnemonic letter of every visible label (with a buddy), button, check box,
group box, tab and menu is collected per window; no letter twice (issue 7, items 3 and 4)."""

from __future__ import annotations

import subprocess
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenuBar,
    QStackedWidget,
    QTabBar,
    QWidget,
    QWizard,
    QWizardPage,
)

from focal_desk.domain.enums import Complexity
from focal_desk.domain.workflow import Action

ROOT = Path(__file__).resolve().parents[1].parent
BUILD = ROOT / "scripts" / "build_translations.py"
QM = ROOT / "resources" / "i18n" / "focal_desk_vi.qm"


@pytest.fixture(params=["vi", "en"])
def language(qapp, request):
    """The app's translation installed as make_application does (Vietnamese, and English for --lang en),
    removed afterwards for the other tests."""
    from focal_desk.ui.app import make_application

    if not QM.exists():
        subprocess.run([sys.executable, str(BUILD)], check=True, capture_output=True, timeout=300)
    old_locale, old_font = QLocale(), qapp.font()
    for t in getattr(qapp, "_focal_translators", []):
        qapp.removeTranslator(t)
    make_application(request.param)
    yield
    for t in getattr(qapp, "_focal_translators", []):
        qapp.removeTranslator(t)
    qapp._focal_translators = []
    QLocale.setDefault(old_locale)
    qapp.setFont(old_font)


def mnemonic(text: str) -> str | None:
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] in "& ":  # a literal ampersand ("&&", or "&" before a space as in "Lịch & quy định")
                i += 2
                continue
            return text[i + 1].casefold()
        i += 1
    return None


WIZARD_BUTTONS = [getattr(QWizard.WizardButton, n) for n in ("BackButton", "NextButton", "CommitButton",
                                                              "FinishButton", "CancelButton", "HelpButton")]


def can_show(w: QWidget, window: QWidget) -> bool:
    """On screen now or may come up without leaving this page: a hidden bar or button that appears later
    ("Điền sẵn" when a requester is known) counts; another page of a stack or tab does not, nor a wizard button
    hidden on this page (Next and Finish take turns)."""
    if isinstance(window, QWizard) and any(w is window.button(b) for b in WIZARD_BUTTONS):
        return w.isVisibleTo(window)
    child, parent = w, w.parentWidget()
    while parent is not None and child is not window:
        if isinstance(parent, QStackedWidget) and parent.currentWidget() is not child:
            return False
        if isinstance(child, QWizardPage) and isinstance(window, QWizard) and window.currentPage() is not child:
            return False
        child, parent = parent, parent.parentWidget()
    return True


def texts(window: QWidget) -> list[str]:
    """What can carry a mnemonic in this window as it is now (its own dialogs are other windows)."""
    found = []
    for w in window.findChildren(QWidget):
        if w.window() is not window or not can_show(w, window):
            continue
        if (isinstance(w, QLabel) and w.buddy() is not None) or isinstance(w, QAbstractButton):
            found.append(w.text())
        elif isinstance(w, QGroupBox):
            found.append(w.title())
        elif isinstance(w, QTabBar):
            found.extend(w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QMenuBar):
            found.extend(a.text() for a in w.actions() if a.isVisible())
    return found


def duplicates(found: list[str]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in found:
        letter = mnemonic(text)
        if letter is not None:
            by_letter[letter].append(text)
    return {k: v for k, v in by_letter.items() if len(v) > 1}


def check(qtbot, window: QWidget, where: str, problems: dict) -> None:
    dup = duplicates(texts(window))
    if dup:
        problems[where] = dup


def shown(qtbot, window):
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_check_sees_a_duplicate_and_reads_ampersands_as_qt_does(qtbot):
    from PySide6.QtWidgets import QCheckBox, QDialog, QLineEdit, QPushButton, QVBoxLayout

    assert [mnemonic(t) for t in ("&Lưu", "Tệ&p", "A && B", "Lịch & quy định", "Ngày &Đến")] == ["l", "p", None,
                                                                                                  None, "đ"]
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    label, edit, hidden = QLabel("&Tên:"), QLineEdit(), QPushButton("&Thêm")
    label.setBuddy(edit)
    for w in (label, edit, QCheckBox("T&ự động"), QLabel("&Tên (no buddy, no shortcut)"), hidden):
        layout.addWidget(w)
    hidden.hide()  # a button that comes up later counts too
    shown(qtbot, dialog)
    assert duplicates(texts(dialog)) == {"t": ["&Tên:", "&Thêm"]}


def test_main_window_and_its_menus(qtbot, language, desk, jobs, errors):
    from focal_desk.ui.main_window import MainWindow

    window = MainWindow(desk, jobs, errors)
    qtbot.addWidget(window)
    with qtbot.waitSignals([window.ready, window.todo.overdueChanged], timeout=10_000):
        window.show()
    problems: dict = {}
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        check(qtbot, window, f"main window, page {window.nav.item(row).text()}", problems)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        dup = duplicates([a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()])
        if dup:
            problems[f"menu {menu_action.text()}"] = dup
    assert problems == {}, problems


def test_request_file_and_its_tabs(qtbot, language, desk, jobs, errors):
    from focal_desk.ui.request_file.dialog import RequestFileDialog

    r = _request(desk)
    window = shown(qtbot, RequestFileDialog(desk, jobs, errors, r.id))
    qtbot.waitUntil(lambda: window.request is not None, timeout=5000)
    problems: dict = {}
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        check(qtbot, window, f"request file, tab {window.tabs.tabText(i)}", problems)
    window.tabs.setCurrentIndex(0)
    window.fields.edit_button.click()
    check(qtbot, window, "request file, editing", problems)
    assert problems == {}, problems


def _request(desk, complexity=Complexity.COMPLEX):
    from datetime import datetime

    from focal_desk.domain.clock import VN_TZ
    from focal_desk.domain.enums import Channel, IdType, RequesterKind
    from focal_desk.domain.request import RequestDraft
    from focal_desk.domain.requester import Requester

    return desk.requests.register(RequestDraft(
        requester=Requester(RequesterKind.CITIZEN, "Lê Thị Mai", IdType.CCCD, "001203004568", "Thôn Tây"),
        channel=Channel.POSTAL, received_at=datetime(2026, 2, 25, 8, 15, tzinfo=VN_TZ),
        info_requested="Quyết định giao đất", purpose="Tìm hiểu", valid_on=date(2026, 2, 26),
        complexity=complexity, complexity_reason="Nhiều hồ sơ"))


@pytest.mark.parametrize("action", [a for a in Action if a is not Action.PROVIDE_PARTIAL and a is not Action.EDIT],
                         ids=lambda a: a.name)
def test_action_dialogs(qtbot, language, desk, jobs, errors, action):
    from focal_desk.ui.request_file.actions import DIALOGS

    if action not in DIALOGS:
        pytest.skip("no dialog for this action")
    dialog = shown(qtbot, DIALOGS[action](desk, jobs, errors, _request(desk)))
    assert duplicates(texts(dialog)) == {}


def test_intake(qtbot, language, desk, jobs, errors):
    from focal_desk.ui.intake.dialog import IntakeDialog

    dialog = shown(qtbot, IntakeDialog(desk, jobs, errors))
    assert duplicates(texts(dialog)) == {}


def test_first_run_wizard_pages(qtbot, language, bare_desk, jobs, errors):
    from focal_desk.ui.agency.first_run import FirstRunWizard

    wizard = shown(qtbot, FirstRunWizard(bare_desk, jobs, errors))
    problems: dict = {}
    check(qtbot, wizard, "wizard, welcome", problems)
    wizard.welcome.officer.setText("Nguyễn Thị Hoa")
    wizard.next()
    check(qtbot, wizard, "wizard, office", problems)
    assert problems == {}, problems


def test_small_dialogs(qtbot, language, desk, jobs, errors):
    from focal_desk.services.recompute import RecomputeReport
    from focal_desk.ui.calendar_view.day_dialog import AddDayDialog
    from focal_desk.ui.calendar_view.reports import ImportErrorsDialog, MovedDialog
    from focal_desk.ui.errors import CrashDialog
    from focal_desk.ui.officer_dialog import OfficerDialog
    from focal_desk.ui.request_file.explain_dialog import ExplainDialog
    from focal_desk.ui.safety.restore_dialog import RestoreDialog

    desk.safety.backup()
    dialogs = {
        "officer": OfficerDialog(desk, jobs, errors),
        "add day": AddDayDialog(desk, jobs, errors, date(2026, 3, 4)),
        "deadlines moved": MovedDialog(RecomputeReport(examined=0, moved=())),
        "import errors": ImportErrorsDialog({"2": "Ngày không hợp lệ"}, "lich.csv"),
        "explain": ExplainDialog("Cách tính", "Hạn", ("Dòng một",)),
        "crash": CrashDialog(RuntimeError("x"), "focal_desk.log"),
        "restore": RestoreDialog(desk.safety),
    }
    problems: dict = {}
    for name, dialog in dialogs.items():
        shown(qtbot, dialog)
        check(qtbot, dialog, name, problems)
    restore = dialogs["restore"]
    restore.list.setCurrentItem(restore.list.topLevelItem(0))
    restore.next_button.click()
    assert restore.restore_button.isVisible()
    check(qtbot, restore, "restore, confirm page", problems)
    assert problems == {}, problems



def test_statistics_dialogs(qtbot, language, desk, jobs, errors):
    """The log-book export (before and after an export) and the report dialog (its text page and its preview);
    the statistics page itself is checked with the main window's pages."""
    from focal_desk.domain.period import Period
    from focal_desk.ui.statistics.export_dialog import ExportLogDialog
    from focal_desk.ui.statistics.report_dialog import ReportDialog

    problems: dict = {}
    export = shown(qtbot, ExportLogDialog(desk, jobs, errors))
    for b in (export.open_folder_button, export.open_file_button):
        b.setVisible(True)  # as after an export
    check(qtbot, export, "export log book", problems)
    report = shown(qtbot, ReportDialog(desk, jobs, errors, Period.month(2026, 2)))
    check(qtbot, report, "report, text", problems)
    report._show_page(1)
    check(qtbot, report, "report, preview", problems)
    assert problems == {}, problems


def test_catalogue_dialogs(qtbot, language, desk, jobs, errors):
    """The entry dialog (every access class's fields, the OCR row) and the export dialog; the catalogue page
    itself is checked with the main window's pages."""
    from focal_desk.ui.catalogue.entry_dialog import EntryDialog
    from focal_desk.ui.catalogue.export_dialog import ExportCatalogueDialog
    from focal_desk.ui.catalogue.folder_dialog import AddFolderDialog

    problems: dict = {}
    entry = shown(qtbot, EntryDialog(desk, jobs, errors))
    entry.files.ocr.cancel_button.setVisible(True)  # as while OCR runs
    check(qtbot, entry, "catalogue entry", problems)
    export = shown(qtbot, ExportCatalogueDialog(desk, jobs, errors))
    export.open_button.setVisible(True)  # as after an export
    check(qtbot, export, "export catalogue", problems)
    folder = shown(qtbot, AddFolderDialog(desk, jobs, errors, "/tmp/ban-quet"))
    for cls in ("public", "conditional", "secret"):
        folder.access.setCurrentIndex(folder.access.findData(cls))
        check(qtbot, folder, f"add from a scan folder, {cls}", problems)
    assert problems == {}, problems


def test_catalogue_workflow_dialogs(qtbot, language, desk, jobs, errors, tmp_path):
    """Issue 11: the redaction dialog and the provision package dialog (the catalogue tab is checked with the
    request file's tabs)."""
    from catalogue_flow.flow_files import published_entry, register, text_pdf

    from focal_desk.ui.provision.dialog import ProvisionDialog
    from focal_desk.ui.redaction.dialog import RedactionDialog

    entry = published_entry(desk, text_pdf(tmp_path / "qd.pdf"))
    r = register(desk)
    desk.catalogue.link(r.id, entry.id, "can_bo_test")
    problems: dict = {}
    redaction = shown(qtbot, RedactionDialog(desk, jobs, errors, entry.files[0], r.id))
    qtbot.waitUntil(redaction.ready, timeout=10_000)
    redaction.cancel_button.setVisible(True)  # as while a copy is written
    check(qtbot, redaction, "redaction", problems)
    package = shown(qtbot, ProvisionDialog(desk, jobs, errors, desk.requests.get(r.id)))
    qtbot.waitUntil(package.ready, timeout=10_000)
    package.open_button.setVisible(True)  # as after a package was built
    check(qtbot, package, "provision", problems)
    assert problems == {}, problems
