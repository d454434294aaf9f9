"""Every template in forms/ loads; a broken one is refused with its file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from focal_desk.documents.forms_dir import forms_dir
from focal_desk.documents.templates import TemplateError, load_template, load_templates
from focal_desk.domain.documents import FormCode
from focal_desk.domain.errors import FocalDeskError

FORMS = Path(__file__).resolve().parents[2] / "forms"


def test_forms_dir_is_the_top_level_folder_in_a_source_checkout():
    assert forms_dir() == FORMS


def test_every_form_code_has_one_valid_template():
    templates = load_templates(forms_dir())
    assert set(templates) == set(FormCode)
    ids = [t.id for t in templates.values()]
    assert len(set(ids)) == len(ids)
    for form, t in templates.items():
        info = t.info()
        assert info.form is form and info.version >= 1 and info.title
        assert info.numbered is (form not in (FormCode.REQUEST_FORM, FormCode.REQUEST_FORM_ORG, FormCode.CONSENT))


def test_type_abbreviations_and_letter_subjects():
    t = load_templates(forms_dir())
    assert {f: t[f].type_abbr for f in (FormCode.RECEIPT, FormCode.RESOLUTION, FormCode.EXTENSION,
                                         FormCode.REFUSAL)} == {
        FormCode.RECEIPT: "PTN", FormCode.RESOLUTION: "PGQ", FormCode.EXTENSION: "TB", FormCode.REFUSAL: "TB"}
    for letter in (FormCode.SUPPLEMENT, FormCode.TRANSFER, FormCode.PROVIDE, FormCode.CORRECTION):
        assert t[letter].type_abbr == "" and t[letter].type_line == ""
        assert t[letter].subject_under_number.startswith("V/v ")


def test_required_extra_fields_are_announced():
    t = load_templates(forms_dir())
    assert set(t[FormCode.EXTENSION].info().extra_fields) == {"extension_reason", "new_due"}
    assert set(t[FormCode.REFUSAL].info().extra_fields) == {"refusal_ground", "refusal_detail"}
    assert {"provide_due", "provide_place"} <= set(t[FormCode.RESOLUTION].info().extra_fields)


# --- a broken template: each kind of mistake names the file and the line -------------------------------

@pytest.fixture
def folder(tmp_path: Path) -> Path:
    dest = tmp_path / "forms"
    shutil.copytree(FORMS, dest)
    return dest


REFUSAL = "05-thong-bao-tu-choi.toml"


def _edit(folder: Path, name: str, old: str, new: str) -> tuple[Path, str]:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return path, text


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def _refused(folder: Path, name: str, line: int, words: str) -> TemplateError:
    with pytest.raises(TemplateError) as caught:
        load_templates(folder)
    e = caught.value
    assert isinstance(e, FocalDeskError)
    assert e.path.name == name and e.line == line, str(e)
    assert f"{name}:{line}:" in str(e) and words in str(e)
    return e


def test_toml_syntax_error(folder):
    path, text = _edit(folder, REFUSAL, 'subject = "Về việc', 'subject = Về việc')
    _refused(folder, REFUSAL, _line_of(text, "subject = Về việc"), "TOML syntax")


def test_unknown_placeholder_points_at_its_line(folder):
    path, text = _edit(folder, REFUSAL, "Lý do cụ thể: {refusal_detail}", "Lý do cụ thể: {ly_do_cu_the}")
    e = _refused(folder, REFUSAL, _line_of(text, "{ly_do_cu_the}"), "unknown placeholder {ly_do_cu_the}")
    assert "[fields." in str(e)


def test_unknown_placeholder_in_a_multi_line_string(folder):
    path, text = _edit(folder, REFUSAL, 'text = "Lý do cụ thể: {refusal_detail}"',
                       'text = """\nLý do cụ thể:\n{refusal_detail} {so_ngay}"""')
    _refused(folder, REFUSAL, _line_of(text, "{so_ngay}"), "{so_ngay}")


def test_missing_required_key(folder):
    path, text = _edit(folder, REFUSAL, 'type_line = "THÔNG BÁO"\n', "")
    _refused(folder, REFUSAL, 1, 'missing required key "type_line"')


def test_missing_text_of_a_block(folder):
    path, text = _edit(folder, REFUSAL, 'style = "plain"\ntext = "Địa chỉ: {requester_address}"',
                       'style = "plain"')
    block = text.index('style = "plain"\n\n[[blocks]]')
    header = text.rindex("[[blocks]]", 0, block)
    _refused(folder, REFUSAL, text[:header].count("\n") + 1, 'missing required key "text" in block 2')


def test_unknown_style(folder):
    path, text = _edit(folder, REFUSAL, 'style = "plain"\ntext = "Địa chỉ:', 'style = "bold"\ntext = "Địa chỉ:')
    _refused(folder, REFUSAL, _line_of(text, 'style = "bold"'), 'unknown style "bold"')


def test_a_field_the_app_needs_must_be_declared(folder):
    path, text = _edit(folder, "04-thong-bao-gia-han.toml", "[fields.new_due]", "[fields.ngay_moi]")
    text = text.replace("{new_due}", "{ngay_moi}")
    path.write_text(text, encoding="utf-8")
    _refused(folder, "04-thong-bao-gia-han.toml", _line_of(text, 'form = "04"'), 'needs the field "new_due"')


def test_a_field_the_app_needs_must_keep_its_kind(folder):
    path, text = _edit(folder, "04-thong-bao-gia-han.toml", 'kind = "date"', 'kind = "text"')
    _refused(folder, "04-thong-bao-gia-han.toml", _line_of(text, "[fields.new_due]"), 'must have kind "date"')


def test_duplicate_form_code(folder):
    copy = folder / "05-ban-sua.toml"
    copy.write_text((folder / REFUSAL).read_text(encoding="utf-8"), encoding="utf-8")
    text = copy.read_text(encoding="utf-8")
    # sorted order: 05-ban-sua.toml is read first, the original is the duplicate
    _refused(folder, REFUSAL, _line_of(text, 'form = "05"'), 'already has a template: 05-ban-sua.toml')


def test_unknown_condition_and_unknown_key(folder):
    path, text = _edit(folder, REFUSAL, 'style = "plain"\ntext = "Địa chỉ:',
                       'style = "plain"\nwhen = "co_dia_chi"\ntext = "Địa chỉ:')
    _refused(folder, REFUSAL, _line_of(text, 'when = "co_dia_chi"'), 'unknown condition "co_dia_chi"')


def test_unknown_top_level_key(folder):
    path, text = _edit(folder, REFUSAL, "numbered = true", "numbered = true\nso_ban = 2")
    _refused(folder, REFUSAL, _line_of(text, "so_ban = 2"), 'unknown key "so_ban"')


def test_table_widths_must_sum_to_one(folder):
    name = "03-phieu-giai-quyet.toml"
    path, text = _edit(folder, name, "widths = [0.07, 0.35,", "widths = [0.5, 0.35,")
    _refused(folder, name, _line_of(text, "widths = [0.5"), "summing to 1")


def test_a_lone_brace(folder):
    path, text = _edit(folder, REFUSAL, "Lý do cụ thể: {refusal_detail}", "Lý do cụ thể: {refusal_detail")
    e = _refused(folder, REFUSAL, _line_of(text, "Lý do cụ thể: {refusal_detail\""), "lone {")
    assert "{{" in str(e)


def test_a_missing_form_names_the_folder(folder):
    (folder / "06-van-ban-chap-thuan.toml").unlink()
    with pytest.raises(TemplateError, match="no template for form.*06"):
        load_templates(folder)


def test_load_template_reads_one_file():
    t = load_template(FORMS / REFUSAL)
    assert t.id == "nd13-05" and t.form is FormCode.REFUSAL
