from __future__ import annotations

from PySide6.QtCore import Qt

from focal_desk.ui.intake.members_table import MembersEditor, MembersModel


def test_members_model_passes_the_model_tester(qtmodeltester):
    model = MembersModel()
    model.set_members([("Phạm Thị Lan", "001203004568", "Tìm hiểu"), ("Hoàng Văn Tú", "", "")])
    model.mark_errors({"members[2].id_number": "Thành viên 2: thiếu số"})
    qtmodeltester.check(model)


def test_rows_are_added_edited_and_removed(qtbot):
    editor = MembersEditor()
    qtbot.addWidget(editor)
    editor.add_row()
    editor.add_row()
    model = editor.model
    assert model.rowCount() == 2 and model.members() == ()  # empty rows are not members
    model.setData(model.index(1, 0), "Lê Thị Mai")
    model.setData(model.index(1, 1), "001203004570")
    assert [(m.full_name, m.id_number) for m in model.members()] == [("Lê Thị Mai", "001203004570")]
    editor.view.setCurrentIndex(model.index(1, 0))
    editor.view.selectRow(1)
    editor.remove_current()
    assert model.rowCount() == 1 and model.members() == ()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole) == ""
