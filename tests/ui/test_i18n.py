"""Vietnamese by default, English with --lang en: every UI text has a translation, dates are dd/MM/yyyy."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "scripts" / "build_translations.py"
TITLE = "focal_desk — Information request register"


@pytest.fixture
def app_language(qapp):
    """make_application(lang) on the session QApplication, undone afterwards for the other tests."""
    from focal_desk.ui.app import make_application

    old_locale, old_font, old_style = QLocale(), qapp.font(), qapp.styleSheet()

    def start(lang: str):
        for t in getattr(qapp, "_focal_translators", []):
            qapp.removeTranslator(t)
        return make_application(lang)

    yield start
    for t in getattr(qapp, "_focal_translators", []):
        qapp.removeTranslator(t)
    qapp._focal_translators = []
    QLocale.setDefault(old_locale)
    qapp.setFont(old_font)
    qapp.setStyleSheet(old_style)  # make_application adds the focus ring


def test_every_ui_text_has_a_vietnamese_translation():
    result = subprocess.run([sys.executable, str(BUILD), "--check"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_vietnamese_is_the_default(app_language):
    app = app_language("vi")
    assert QCoreApplication.translate("MainWindow", TITLE) == "focal_desk — Sổ theo dõi yêu cầu cung cấp thông tin"
    assert QCoreApplication.translate("MainWindow", "%n overdue", "", 3) == "3 yêu cầu quá hạn"
    assert QLocale().name() == "vi_VN"
    assert QLocale().toString(QDate(2026, 3, 2), "dd/MM/yyyy") == "02/03/2026"
    assert app.font().family() == "Noto Sans"  # the bundled font, the same on every PC


def test_english_keeps_the_source_texts(app_language):
    app_language("en")
    assert QCoreApplication.translate("MainWindow", TITLE) == TITLE
    assert QLocale().language() == QLocale.Language.English


def test_labels_translate_the_domain_vocabulary(app_language):
    from focal_desk.domain.enums import Status
    from focal_desk.ui.labels import fmt_date, status_label

    app_language("vi")
    assert status_label(Status.VALID) == "Đang giải quyết"
    assert fmt_date(date(2026, 1, 2)) == "02/01/2026"


def test_the_bundled_font_has_vietnamese_glyphs(qapp):
    from PySide6.QtGui import QFontDatabase, QRawFont  # ord(): supportsCharacter(str) misreads non-Latin-1

    fonts = ROOT / "resources" / "fonts"
    assert (fonts / "OFL.txt").read_text(encoding="utf-8").count("SIL OPEN FONT LICENSE Version 1.1") == 1
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf"):
        raw = QRawFont(str(fonts / name), 12)
        assert raw.isValid(), name
        assert all(raw.supportsCharacter(ord(c)) for c in "Nguyễn Văn Đức – Ủy ban ặẫờỵ"), name
        assert QFontDatabase.WritingSystem.Vietnamese in raw.supportedWritingSystems(), name


def test_qt_standard_buttons_speak_vietnamese(app_language):
    from PySide6.QtWidgets import QDialogButtonBox, QWizard

    app_language("vi")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close)
    assert sorted(b.text() for b in box.buttons()) == ["Hủy", "Đóng"]
    wizard = QWizard()
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Tiếp >"
    box.deleteLater()
    wizard.deleteLater()
