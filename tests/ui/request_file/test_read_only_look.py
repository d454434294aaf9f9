"""Read-only fields of the request file do not look like input boxes; after "Edit" they do (#7.2)."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from focal_desk.domain.enums import Status

BASE = QPalette.ColorRole.Base


def look(panel, name: str) -> tuple:
    w = panel.w[name]
    frame = w.hasFrame() if hasattr(w, "hasFrame") else w.frameShape()
    return frame, w.palette().color(BASE).name(), w.property("readOnlyLook"), w.styleSheet()


def test_the_fields_look_flat_until_edit_and_like_input_fields_while_editing(qtbot, make_request, open_file):
    file = open_file(make_request().id)
    panel = file.fields
    window_colour = panel.palette().color(QPalette.ColorRole.Window).name()
    shown = {name: look(panel, name) for name in ("full_name", "purpose", "id_type", "copies")}
    assert "Edit" in panel.hint.text()  # says how to change them
    for name, (_frame, base, flat, _style) in shown.items():
        assert flat is True, name
        if name != "id_type":  # a drop-down is flattened by its style sheet instead
            assert base == window_colour, name  # drawn on the window's background, not as a white box
    assert not panel.w["full_name"].hasFrame() and not panel.w["copies"].hasFrame()
    assert panel.w["id_type"].styleSheet()  # the drop-down drawn flat, not as a button

    panel.edit_button.click()
    for name, before in shown.items():
        now = look(panel, name)
        assert now != before, name
        assert now[2] is False, name
        if name != "id_type":
            assert now[1] == QApplication.palette(panel.w[name]).color(BASE).name(), name  # an ordinary input field
    assert panel.w["full_name"].hasFrame() and panel.w["id_type"].styleSheet() == ""

    panel.cancel_button.click()
    assert [look(panel, name) for name in shown] == list(shown.values())  # flat again


def test_a_field_locked_while_editing_keeps_the_flat_look(qtbot, make_request, open_file):
    file = open_file(make_request(valid_on=date(2026, 2, 26)).id)  # valid: channel and received time are fixed
    assert file.request.valid_on is not None and file.request.status is Status.VALID
    panel = file.fields
    panel.edit_button.click()
    assert panel.w["received_at"].property("readOnlyLook") is True
    assert panel.w["full_name"].property("readOnlyLook") is False
