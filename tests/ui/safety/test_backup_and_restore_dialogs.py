"""Issue 6 item 5 in the window: File ▸ Back up now makes a verified copy where the officer chose and says
where it is; File ▸ Restore lists the backups (kind, dd/MM/yyyy HH:mm, size) and another file, says what will
happen, and hands the choice to the restart; after a restore, the numbers to re-enter stay on screen until
the officer hides them."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMenu
from safety_helpers import add_requests

from focal_desk.domain.errors import EnvironmentProblem
from focal_desk.ui.main_window import MainWindow
from focal_desk.ui.safety.backup_list import kind_label
from focal_desk.ui.safety.restore_dialog import CONFIRM, RestoreChoice, RestoreDialog


@pytest.fixture
def window(qtbot, desk, jobs, errors):
    w = MainWindow(desk, jobs, errors)
    qtbot.addWidget(w)
    w.resize(1280, 760)
    with qtbot.waitSignal(w.todo.overdueChanged, timeout=30_000):
        w.show()
    return w


def _integrity_and_count(path: Path) -> tuple[str, int]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        return con.execute("PRAGMA integrity_check").fetchone()[0], con.execute("SELECT count(*) FROM requests").fetchone()[0]


def test_the_file_menu_is_reachable_by_keyboard(window):
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert list(menus)[0] == "&File"
    items = [a.text() for a in menus["&File"].actions() if not a.isSeparator()]
    assert items == ["&Back up now…", "&Restore from a backup…", "&Export the log book…", "Export for the &province…",
                     "Switch &officer…", "&Quit"]
    assert isinstance(menus["&File"], QMenu)


def test_back_up_now_makes_a_checked_copy_where_the_officer_chose(qtbot, window, desk, errors, tmp_path, monkeypatch):
    add_requests(desk, 3)
    asked = {}

    def save_dialog(parent, title, proposal, filters, options=None):
        asked["proposal"] = Path(proposal)
        return str(tmp_path / "usb" / "so-theo-doi"), filters  # no suffix typed: .sqlite3 is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window.backup_action.trigger()
    assert window.backup_now.progress is not None and window.backup_now.progress.isVisible()  # busy while copying
    with qtbot.waitSignal(window.backup_now.finished, timeout=30_000) as done:
        pass
    out = tmp_path / "usb" / "so-theo-doi.sqlite3"
    assert done.args == [out]
    assert _integrity_and_count(out) == ("ok", 3)
    # It proposed the manual backups folder beside the data, with a dated name.
    proposal = asked["proposal"]
    assert proposal.parent == Path(desk.data_location).parent / "backups" / "manual"
    assert proposal.name == "focal_desk-20260302-093000.sqlite3"
    # It says where the copy is.
    box = window.backup_now.result_box
    assert box.isVisible() and str(out) in box.text()
    assert window.backup_now.progress is None
    box.accept()
    assert errors.seen == []


def test_a_backup_at_the_proposed_place_is_listed_as_manual(qtbot, window, desk, monkeypatch):
    add_requests(desk, 1)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, proposal, filters, options=None:
                        (proposal, filters))
    window.backup_action.trigger()
    with qtbot.waitSignal(window.backup_now.finished, timeout=30_000) as done:
        pass
    assert [(b.kind, b.path) for b in desk.safety.backups()] == [("manual", done.args[0])]
    window.backup_now.result_box.accept()


def test_a_backup_that_would_overwrite_a_file_is_refused_in_one_sentence(qtbot, window, errors, tmp_path, monkeypatch):
    existing = tmp_path / "da-co.sqlite3"
    existing.write_bytes(b"do not overwrite")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(existing), ""))
    window.backup_action.trigger()
    with qtbot.waitSignal(window.backup_now.finished, timeout=30_000) as done:
        pass
    assert done.args == [None] and existing.read_bytes() == b"do not overwrite"
    assert len(errors.seen) == 1 and isinstance(errors.seen[0], EnvironmentProblem)
    assert "đã có" in str(errors.seen[0])


def test_the_restore_dialog_lists_backups_and_says_what_will_happen(qtbot, core, desk, clock, tmp_path, monkeypatch):
    add_requests(desk, 2)
    desk.safety.start_checks()  # the day's backup (and the month's)
    manual = desk.safety.backup()
    dialog = RestoreDialog(desk.safety)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = [[dialog.list.topLevelItem(i).text(c) for c in range(4)] for i in range(dialog.list.topLevelItemCount())]
    assert sorted(r[0] for r in rows) == ["Daily", "Manual", "Monthly"]
    assert {r[3] for r in rows} >= {manual.name, "focal_desk-2026-03-02.sqlite3", "focal_desk-2026-03.sqlite3"}
    assert all(len(r[1]) == 16 and r[1][2] == "/" and r[1][5] == "/" and r[1][10] == " " for r in rows)  # dd/MM/yyyy HH:mm
    assert all(r[2].endswith(("KB", "kB", "MB")) for r in rows)
    assert not dialog.empty_label.isVisible()

    # Choose the manual one, read the confirmation, go back, then another file.
    manual_row = next(i for i, r in enumerate(rows) if r[3] == manual.name)
    dialog.list.setCurrentItem(dialog.list.topLevelItem(manual_row))
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == CONFIRM
    text = dialog.summary.text()
    assert str(manual) in text and "manual backup of" in text
    assert "kept as a backup" in text and "enter those requests again" in text and "opens again" in text
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc goes back a step, it does not cancel the restore dialog
    assert dialog.isVisible() and dialog.pages.currentIndex() != CONFIRM

    elsewhere = tmp_path / "usb" / "so-cu.sqlite3"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(manual.read_bytes())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(elsewhere), ""))
    dialog.other_file_button.click()
    assert dialog.list.currentItem().text(0) == "Other file"
    dialog.other_register.setChecked(True)
    dialog.next_button.click()
    assert str(elsewhere) in dialog.summary.text() and "another computer's register" in dialog.summary.text()
    with qtbot.waitSignal(dialog.accepted):
        dialog.restore_button.click()
    assert dialog.choice == RestoreChoice(elsewhere, other_register=True)


def test_the_restore_dialog_without_backups_points_to_another_file(qtbot, desk):
    dialog = RestoreDialog(desk.safety)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.topLevelItemCount() == 0 and dialog.empty_label.isVisible()
    assert not dialog.next_button.isEnabled()


def test_choosing_a_backup_closes_the_window_for_the_restart(qtbot, window, desk):
    add_requests(desk, 1)
    backup = desk.safety.backup()
    window.restore_action.trigger()
    dialog = window.restore_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    dialog.next_button.click()
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert window.restore_choice == RestoreChoice(backup, other_register=False)


def test_the_numbers_to_re_enter_stay_until_the_officer_hides_them(qtbot, core, desk, jobs, errors):
    add_requests(desk, 2)
    backup = desk.safety.backup()
    add_requests(desk, 3, first=2)  # 3/2026 … 5/2026 are not in the backup
    core.close()  # the restore needs the register closed, as app/gui_entry.py does
    report = core.safety.restore(backup)
    assert [str(r) for r in report.lost] == ["3/2026 … 5/2026"]
    from focal_desk.app.wiring import open_app

    reopened = open_app(core.paths, clock=core.clock, officer="can_bo_test", check_file=False)
    try:
        desk2 = reopened.desk()

        def open_window():
            w = MainWindow(desk2, jobs, errors)
            qtbot.addWidget(w)
            with qtbot.waitSignal(w.todo.overdueChanged, timeout=30_000):
                w.show()
            with qtbot.waitSignal(w.checked, timeout=30_000):
                w.start_safety_checks()
            return w

        w = open_window()
        assert w.lost_banner.isVisible()
        text = w.lost_banner.label.text()
        assert text.startswith("3 register number(s) issued after the restored backup") and "3/2026 … 5/2026" in text
        w.lost_banner.hide_button.click()
        assert not w.lost_banner.isVisible()
        w.close()
        assert not open_window().lost_banner.isVisible()  # hidden for good, on the next start too
    finally:
        reopened.close()


def test_backup_kinds_read_in_vietnamese(qapp):
    from PySide6.QtCore import QTranslator

    qm = Path(__file__).resolve().parents[3] / "resources" / "i18n" / "focal_desk_vi.qm"  # committed
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        assert [kind_label(k) for k in ("daily", "monthly", "manual", "migration", "before-restore")] == [
            "Hằng ngày", "Hằng tháng", "Thủ công", "Trước nâng cấp", "Trước khôi phục"]
    finally:
        qapp.removeTranslator(translator)
