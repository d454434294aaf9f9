"""The first-run wizard started as the app starts it, in Vietnamese: its window title too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from focal_desk.ui.agency.first_run import FirstRunWizard
from focal_desk.ui.app import make_application


@pytest.fixture
def vietnamese(qapp):
    locale, font = QLocale(), qapp.font()
    yield make_application("vi")
    for t in getattr(qapp, "_focal_translators", []):
        qapp.removeTranslator(t)
    qapp._focal_translators = []
    QLocale.setDefault(locale)
    qapp.setFont(font)


def test_the_wizard_title_is_vietnamese(vietnamese, qtbot, bare_desk, jobs, errors):
    wizard = FirstRunWizard(bare_desk, jobs, errors)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.windowTitle() == "focal_desk — Thiết lập lần đầu"
    assert wizard.page(wizard.startId()).title() == "Chào mừng đến với focal_desk"
