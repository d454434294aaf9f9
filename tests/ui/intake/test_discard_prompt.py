"""The discard question's two answers cannot be mistaken for each other (issue 7, item 8d)."""

from __future__ import annotations

from pathlib import Path

from intake_helpers import NAME
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from focal_desk.ui.intake.dialog import IntakeDialog

VI = Path(__file__).resolve().parents[3] / "resources" / "i18n" / "vi"


def answer_prompt(seen: list, choose: str) -> None:
    """Once the prompt is up, note its buttons and press the one whose text is ``choose``."""

    def act():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        buttons = {b.text(): b for b in box.buttons()}
        default, escape = box.defaultButton(), box.escapeButton()
        seen.append((sorted(buttons), default and default.text(), escape and escape.text()))
        if choose in buttons:
            buttons[choose].click()
        else:  # not the prompt we expect: close it so the test fails instead of waiting
            box.reject()

    QTimer.singleShot(0, act)


def test_the_discard_prompt_says_discard_or_keep_typing(qtbot, desk, jobs, errors):
    d = IntakeDialog(desk, jobs, errors)
    qtbot.addWidget(d)
    d.show()
    d.requester.full_name.setText(NAME)
    seen: list = []
    answer_prompt(seen, "Keep typing")
    d.reject()
    assert seen == [(["Discard what was typed", "Keep typing"], "Keep typing", "Keep typing")]
    assert d.isVisible() and d.requester.full_name.text() == NAME
    answer_prompt(seen, "Discard what was typed")
    d.reject()
    assert not d.isVisible()


def test_in_vietnamese_the_two_answers_do_not_both_read_as_discard():
    rows = [line.split("\t") for tsv in VI.glob("*.tsv") for line in tsv.read_text(encoding="utf-8").splitlines()]
    vi = {r[1]: r[2] for r in rows if len(r) == 3 and r[0] == "DiscardPrompt"}
    assert vi == {"Discard what was typed": "Bỏ nội dung đã nhập", "Keep typing": "Tiếp tục nhập"}
