"""The field with the keyboard focus is framed in a colour that can be seen; the others are not."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from focal_desk.ui.focus_ring import FOCUS_COLOUR, install_focus_ring


@pytest.fixture
def ringed(qapp):
    old = qapp.styleSheet()
    install_focus_ring(qapp)
    install_focus_ring(qapp)  # made again after a restore: the rules are not added twice
    assert qapp.styleSheet().count("QLineEdit:focus") == 1
    yield
    qapp.setStyleSheet(old)


def ring_pixels(edit: QLineEdit) -> int:
    """Pixels of the focus colour along the field's left edge."""
    image = edit.grab().toImage()
    ring = QColor(FOCUS_COLOUR)
    return sum(1 for y in range(image.height()) for x in range(3) if image.pixelColor(x, y) == ring)


def test_the_focused_field_has_a_2px_ring_and_the_other_none(qtbot, ringed):
    box = QWidget()
    layout = QVBoxLayout(box)
    first, second = QLineEdit(), QLineEdit()
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(box)
    box.show()
    first.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=5000)
    assert ring_pixels(first) >= first.height() and ring_pixels(second) == 0
