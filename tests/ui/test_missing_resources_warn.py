"""An install without its translation or font still starts, but says so (log and stderr), never silently."""

from __future__ import annotations

import logging

import pytest

from focal_desk.ui import app as ui_app


@pytest.fixture
def empty_resources(monkeypatch, tmp_path, qapp):
    monkeypatch.setattr(ui_app, "resources_dir", lambda: tmp_path)
    cached = getattr(qapp, "_focal_font_family", None)
    qapp._focal_font_family = None
    font = qapp.font()
    yield tmp_path
    for t in getattr(qapp, "_focal_translators", []):
        qapp.removeTranslator(t)
    qapp._focal_translators = []
    qapp._focal_font_family = cached
    qapp.setFont(font)


def test_a_missing_translation_is_reported(empty_resources, qapp, caplog, capsys):
    with caplog.at_level(logging.WARNING, logger="focal_desk.ui.app"):
        qapp._focal_translators = ui_app.install_translation(qapp, "vi")
    qm = str(empty_resources / "i18n" / "focal_desk_vi.qm")
    assert any(qm in r.getMessage() and "English" in r.getMessage() for r in caplog.records)
    assert f"focal-desk: warning: the Vietnamese translation {qm}" in capsys.readouterr().err


def test_english_needs_no_translation_and_says_nothing(empty_resources, qapp, caplog):
    with caplog.at_level(logging.WARNING, logger="focal_desk.ui.app"):
        ui_app.install_translation(qapp, "en")
    assert caplog.records == []


def test_a_missing_font_is_reported(empty_resources, qapp, caplog, capsys):
    with caplog.at_level(logging.WARNING, logger="focal_desk.ui.app"):
        assert ui_app.install_font(qapp) is None
    assert any("Noto Sans" in r.getMessage() for r in caplog.records)
    assert "focal-desk: warning: the UI font (Noto Sans) was not found" in capsys.readouterr().err
