"""The Office page: field errors beside the fields; saving goes to the database."""

from __future__ import annotations

from focal_desk.ui.agency.form import AgencyForm


def open_form(qtbot, desk, jobs, errors) -> AgencyForm:
    form = AgencyForm(desk, jobs, errors)
    qtbot.addWidget(form)
    qtbot.waitUntil(lambda: form.fields._loaded is not None)
    return form


def test_placeholder_office_shows_a_blank_name_and_errors_beside_the_fields(qtbot, bare_desk, jobs, errors):
    form = AgencyForm(bare_desk, jobs, errors)
    qtbot.addWidget(form)
    jobs.wait_all()
    qtbot.waitUntil(lambda: not jobs.busy())
    assert form.fields.name.text() == ""
    form.fields.place_name.setText("Đạo Trù")
    form.fields.symbol.setText("UB ND!")
    form.save_button.click()
    qtbot.waitUntil(lambda: not form.fields.errors["name"].isHidden())
    f = form.fields
    assert f.errors["name"].text() == "Chưa nhập tên cơ quan"
    assert "Chữ viết tắt" in f.errors["symbol"].text()
    assert not f.errors["signer_name"].isHidden() and not f.errors["signer_title"].isHidden()
    assert f.errors["place_name"].isHidden() and f.errors["parent_body"].isHidden()
    assert bare_desk.agency.needs_setup()
    assert errors.seen == []


def test_saving_persists_the_profile(qtbot, desk, jobs, errors):
    form = open_form(qtbot, desk, jobs, errors)
    assert form.fields.name.text() == "ỦY BAN NHÂN DÂN XÃ ĐẠO TRÙ"  # as the service stored it
    form.fields.signer_name.setText("Trần Thị Bình")
    form.fields.signer_title.setText("Phó Chủ tịch")
    form.fields.authority.setCurrentIndex(form.fields.authority.findData("KT."))
    form.fields.area_factor.setCurrentIndex(form.fields.area_factor.findData(0.7))
    with qtbot.waitSignal(form.saved, timeout=10_000):
        form.save_button.click()
    saved = desk.agency.current()
    assert (saved.signer_name, saved.signer_title, saved.authority, saved.area_factor) == (
        "Trần Thị Bình", "PHÓ CHỦ TỊCH", "KT.", 0.7)
    assert saved.name == "ỦY BAN NHÂN DÂN XÃ ĐẠO TRÙ" and saved.place_name == "Đạo Trù"
    assert form.fields.signer_title.text() == "PHÓ CHỦ TỊCH"
    assert all(label.isHidden() for label in form.fields.errors.values())
    assert errors.seen == []


def test_enter_in_a_field_saves(qtbot, desk, jobs, errors):
    form = open_form(qtbot, desk, jobs, errors)
    form.fields.symbol.setText("UBND-X")
    with qtbot.waitSignal(form.saved, timeout=10_000):
        form.fields.symbol.returnPressed.emit()
    assert desk.agency.current().symbol == "UBND-X"


def test_the_capitalised_fields_show_capitals_as_they_are_typed(qtbot, desk, jobs, errors):
    form = open_form(qtbot, desk, jobs, errors)
    f = form.fields
    f.name.clear()
    f.name.insert("Ủy ban nhân dân xã Đạo Trù")  # as typed (insert goes through the field's checks)
    assert f.name.text() == "ỦY BAN NHÂN DÂN XÃ ĐẠO TRÙ"
    f.signer_title.clear()
    qtbot.keyClicks(f.signer_title, "chu tich")
    assert f.signer_title.text() == "CHU TICH"
    f.signer_name.clear()
    qtbot.keyClicks(f.signer_name, "Tran Binh")
    assert f.signer_name.text() == "Tran Binh"  # the signer's name prints as typed
    assert f.profile().name == "ỦY BAN NHÂN DÂN XÃ ĐẠO TRÙ"
