"""The save dialog's answer becomes a path with the format's extension, typed or not."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget

from focal_desk.ui.save_path import ask_save_path


@pytest.mark.parametrize(("typed", "expected"), [("/tmp/so", "/tmp/so.xlsx"), ("/tmp/so.XLSX", "/tmp/so.XLSX"),
                                                 ("/tmp/so.csv", "/tmp/so.csv.xlsx"), ("", None)])
def test_the_extension_is_added_when_left_off(qtbot, monkeypatch, typed, expected):
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (typed, ""))
    got = ask_save_path(parent, "Xuất", "/tmp/x.xlsx", "xlsx", "Excel (*.xlsx)")
    assert got == (Path(expected) if expected else None)
