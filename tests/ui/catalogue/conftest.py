"""The catalogue page on the main window, shown and active, on real services over a temporary register."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "intake"))


@pytest.fixture
def window(qtbot, desk, jobs, errors):
    from focal_desk.ui.main_window import CATALOGUE, MainWindow

    w = MainWindow(desk, jobs, errors)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.ready, timeout=10_000):
        w.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    w.nav.setCurrentRow(CATALOGUE)
    qtbot.waitUntil(lambda: w.catalogue.count_label.text() != "", timeout=5000)
    return w


@pytest.fixture
def page(window):
    return window.catalogue
