"""The intake form from the keyboard: the walk-in's path is short, dates are typed in one go, a field left
empty while tabbing is no error until save, and every mnemonic is unique."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from intake_helpers import CCCD, count, type_walk_in
from keyboard import press, tab, type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDateTimeEdit, QLabel
from test_i18n import app_language  # noqa: F401  (the fixture)

from focal_desk.domain.clock import VN_TZ
from focal_desk.domain.enums import RequesterKind
from focal_desk.ui.intake.dialog import IntakeDialog


@pytest.fixture
def dialog(qtbot, desk, jobs, errors, monkeypatch):
    monkeypatch.setattr(IntakeDialog, "confirm_discard", lambda self: True)  # closing at teardown asks nobody
    d = IntakeDialog(desk, jobs, errors)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is d.requester.full_name, timeout=5000)
    return d


def shown_errors(d) -> dict[str, str]:
    labels = {**d.receipt.errors.labels, **d.requester.errors.labels, **d.request.errors.labels}
    return {name: label.text() for name, label in labels.items() if label.isVisible()}


def test_the_form_opens_on_the_name_and_the_id_number_is_the_next_tab_stop(dialog):
    type_text("Nguyễn Văn Đức")
    tab()
    assert QApplication.focusWidget() is dialog.requester.id_number
    QTest.keyClicks(dialog.requester.id_number, CCCD)
    assert dialog.requester.full_name.text() == "Nguyễn Văn Đức" and dialog.requester.id_number.text() == CCCD


def test_the_received_date_and_time_is_one_tab_stop_typed_in_one_go(dialog):
    r = dialog.receipt
    r.channel.setFocus()
    tab()
    assert QApplication.focusWidget() is r.received_at
    QTest.keyClicks(r.received_at, "27/02/2026 14:05")
    assert r.received() == datetime(2026, 2, 27, 14, 5, tzinfo=VN_TZ)
    tab()  # one stop: the next field, not the month
    assert QApplication.focusWidget() is r.valid_now
    tab()
    assert QApplication.focusWidget() is r.valid_on
    QTest.keyClicks(r.valid_on, "1/3/2026")  # short parts, ended by the separators
    assert r.validity()[0] == datetime(2026, 3, 1).date()
    tab()
    assert QApplication.focusWidget() is not r.valid_on


def test_a_click_in_a_date_field_selects_the_day(dialog):
    edit = dialog.receipt.received_at
    line = edit.lineEdit()
    year_x = line.fontMetrics().horizontalAdvance("02/03/20") + line.textMargins().left() + 4
    QTest.mouseClick(line, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(year_x, line.height() // 2))
    assert QApplication.focusWidget() is edit
    assert edit.currentSection() is QDateTimeEdit.Section.DaySection and line.selectedText() == "02"
    QTest.keyClicks(edit, "05")  # typing replaces the day
    assert edit.dateTime().date().day() == 5
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    press(Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # Ctrl+arrow still moves between the parts
    assert QApplication.focusWidget() is edit and edit.currentSection() is QDateTimeEdit.Section.MonthSection


def test_tabbing_past_empty_fields_shows_no_error_until_save(qtbot, dialog, desk):
    tab(12)  # name, ID number, type, address, phone, fax, email, information, purpose … all left empty
    assert shown_errors(dialog) == {}
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    shown = shown_errors(dialog)
    assert {"full_name", "id_number", "info_requested", "purpose"} <= set(shown)
    assert count(desk) == 0


def test_an_edited_field_speaks_when_left(dialog):
    QTest.keyClicks(dialog.requester.full_name, "x")
    press(Qt.Key.Key_Backspace)  # typed, then emptied: now it is an error
    tab()
    assert set(shown_errors(dialog)) == {"full_name"}


def test_provide_now_without_saying_how_saves_nothing_and_says_so_beside_the_field(qtbot, dialog, desk, jobs):
    type_walk_in(dialog)
    dialog.request.provide_now.setChecked(True)
    assert dialog.save_button.text() == "&Save and provide"
    dialog.request.provided_how.clear()
    dialog.save()
    label = dialog.request.errors.labels["provision_method"]
    assert label.isVisible() and not jobs.busy()  # refused before any write
    assert label.text() == "Cần ghi hình thức đã cung cấp" and count(desk) == 0 and dialog.isVisible()
    assert QApplication.focusWidget() is dialog.request.provided_how


MNEMONIC = re.compile(r"&([^&])")


def mnemonics(d) -> dict[str, list[str]]:
    """Letter -> the texts that claim it, among the widgets the dialog shows now (and the notice bars')."""
    found: dict[str, list[str]] = {}
    widgets = [w for w in d.findChildren(QLabel) + d.findChildren(QAbstractButton) if w.isVisibleTo(d)]
    widgets += [d.lookups.known_bar.action, d.lookups.repeat_bar.action]  # shown while the officer types
    for w in widgets:
        if isinstance(w, QLabel) and w.buddy() is None:
            continue  # a label with no buddy has no mnemonic
        m = MNEMONIC.search(w.text().replace("&&", ""))
        if m:
            found.setdefault(m.group(1).lower(), []).append(w.text())
    return found


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("kind", list(RequesterKind))
def test_every_mnemonic_is_unique(qtbot, app_language, desk, jobs, errors, monkeypatch, kind, lang):  # noqa: F811
    app_language(lang)
    monkeypatch.setattr(IntakeDialog, "confirm_discard", lambda self: True)
    d = IntakeDialog(desk, jobs, errors)
    qtbot.addWidget(d)
    d.show()
    d.requester.kind.setCurrentIndex(d.requester.kind.findData(kind))
    d.request.provide_now.setChecked(True)
    d.receipt.complex.setChecked(True)
    seen = mnemonics(d)
    assert len(seen) >= 15  # the form is translated and marked, not empty
    assert {k: v for k, v in seen.items() if len(v) > 1} == {}
