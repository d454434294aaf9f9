"""`focal-desk letter`: the paper the request's state calls for, issued into the data folder and copied out;
anything else refused in one line (exit 2) with nothing issued and no number taken (issue 8, item 6)."""

from __future__ import annotations

import hashlib
import io
import sqlite3
from contextlib import closing
from pathlib import Path

import pdfplumber
import pytest
from e2e_cli import TODAY

from focal_desk.app.commands.letter import FROM_REGISTER, SET_KEYS
from focal_desk.app.paths import Paths
from focal_desk.app.wiring import open_app
from focal_desk.documents.renderer import FormRenderer
from focal_desk.domain.agency import AgencyProfile
from focal_desk.domain.documents import FormCode

OFFICE = AgencyProfile(
    id=None, name="Ủy ban nhân dân xã Đạo Trù", parent_body="Ủy ban nhân dân tỉnh Phú Thọ", place_name="Đạo Trù",
    symbol="UBND", signer_name="Nguyễn Văn An", signer_title="Chủ tịch",
)


def add(cli, channel: str = "in_person", *extra: str) -> str:
    return str(cli.json(
        "request", "add", "--name", "Nguyễn Văn Đức", "--id-number", "001203004567",
        "--address", "Thôn Đông, xã Đạo Trù, tỉnh Phú Thọ", "--channel", channel, "--received-on", TODAY.isoformat(),
        "--info", "Quyết định phê duyệt quy hoạch sử dụng đất xã", "--purpose", "Tìm hiểu quyền lợi", *extra,
        "--json")["id"])


@pytest.fixture
def office(cli):
    """The office described (the app's Office page; the command line has no verb for it)."""
    app = open_app(Paths(cli.data_dir))
    try:
        app.desk().agency.save(OFFICE)
    finally:
        app.close()
    return cli


def issued(cli) -> list[tuple]:
    with closing(sqlite3.connect(cli.data_dir / "focal_desk.sqlite3")) as db:
        rows = db.execute("SELECT kind, number_text FROM issued_documents ORDER BY id").fetchall()
        counters = db.execute("SELECT COUNT(*) FROM document_counters").fetchone()[0]
    return [*rows, ("counters", counters)]


def pdf_text(path: Path) -> str:
    with pdfplumber.open(io.BytesIO(path.read_bytes())) as doc:
        return " ".join(" ".join(p.extract_text() or "" for p in doc.pages).split())


def letter(cli, rid: str, form: str, out: Path, *extra: str) -> dict:
    return cli.json("letter", "--request", rid, "--form", form, "--out", str(out), *extra, "--json")


def test_01a_and_02_right_after_intake(office, tmp_path):
    rid = add(office)
    receipt = letter(office, rid, "02", tmp_path / "phieu-tiep-nhan.pdf")
    assert (receipt["kind"], receipt["number"], receipt["template_id"], receipt["template_version"]) == (
        "02", "01/PTN-UBND", "nd13-02", 1)
    copy, kept = tmp_path / "phieu-tiep-nhan.pdf", Path(receipt["path"])
    assert copy.read_bytes() == kept.read_bytes() and hashlib.sha256(copy.read_bytes()).hexdigest() == receipt["sha256"]
    assert kept.is_relative_to(office.data_dir) and receipt["out"] == str(copy)
    assert "Số: 01/PTN-UBND" in pdf_text(copy) and "1/" in pdf_text(copy)
    form = letter(office, rid, "01a", tmp_path / "phieu-yeu-cau.pdf")
    assert (form["kind"], form["number"]) == ("01a", None)
    assert "Nguyễn Văn Đức" in pdf_text(tmp_path / "phieu-yeu-cau.pdf")
    again = letter(office, rid, "02", tmp_path / "lan-hai.pdf")  # the same paper: no second number
    assert again["number"] == "01/PTN-UBND" and again["sha256"] == receipt["sha256"]
    assert issued(office) == [("02", "01/PTN-UBND"), ("01a", None), ("counters", 1)]


def test_plain_output_is_one_line(office, tmp_path):
    rid = add(office)
    p = office.run("letter", "--request", rid, "--form", "02", "--out", str(tmp_path / "a.pdf"))
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("Đã phát hành mẫu 02 số 01/PTN-UBND: ") and len(p.stdout.splitlines()) == 1


@pytest.mark.parametrize("form", ["03", "04", "05", "supplement", "transfer", "provide", "correction"])
def test_a_form_the_state_does_not_call_for_takes_nothing(office, tmp_path, form):
    rid = add(office)  # received, not yet valid
    out = tmp_path / "x.pdf"
    line = office.fails("letter", "--request", rid, "--form", form, "--out", str(out))
    assert line.startswith("focal-desk: Không thể 'Lập ") and "'Mới tiếp nhận'" in line
    assert issued(office) == [("counters", 0)] and not out.exists()
    assert not (office.data_dir / "documents").exists() or not any((office.data_dir / "documents").rglob("*.pdf"))


def test_05_after_the_refusal_prints_its_ground(office, tmp_path):
    rid = add(office, "in_person", "--complexity", "simple")
    office.json("request", "refuse", rid, "--ground", "c", "--detail", "Thông tin do Sở Xây dựng quản lý", "--json")
    got = letter(office, rid, "05", tmp_path / "tu-choi.pdf")
    assert (got["kind"], got["number"]) == ("05", "01/TB-UBND")
    text = pdf_text(tmp_path / "tu-choi.pdf")
    assert "Thông tin do Sở Xây dựng quản lý" in text and "không thuộc trách nhiệm cung cấp" in text


def test_03_asks_for_what_the_register_does_not_hold(office, tmp_path):
    rid = add(office, "postal", "--complexity", "complex")
    line = office.fails("letter", "--request", rid, "--form", "03", "--out", str(tmp_path / "a.pdf"))
    assert "--set provide_place" in line
    line = office.fails("letter", "--request", rid, "--form", "03", "--out", str(tmp_path / "a.pdf"),
                        "--set", "payment=cash")
    assert "--set" in line and "provide_place" in line  # the fields it has are named
    assert issued(office) == [("counters", 0)]
    got = letter(office, rid, "03", tmp_path / "a.pdf", "--set", "provide_place=Bộ phận một cửa UBND xã")
    assert got["number"] == "01/PGQ-UBND" and got["printed_due"] is not None
    shown = office.json("request", "show", rid, "--json")
    # the day the paper was issued (not the test's TODAY: a run may cross midnight in Vietnam)
    assert shown["notice_sent_on"] == got["issued_on"] and shown["printed_due"] == got["printed_due"]


def test_04_after_the_extension_prints_the_new_date(office, tmp_path):
    rid = add(office, "postal", "--complexity", "complex")
    r = office.json("request", "extend", rid, "--reason", "Tài liệu lưu ở kho lưu trữ tỉnh", "--json")
    got = letter(office, rid, "04", tmp_path / "gia-han.pdf")
    new_due = r["extended_due"]
    assert got["printed_due"] == new_due
    y, m, d = new_due.split("-")
    assert f"{d}/{m}/{y}" in pdf_text(tmp_path / "gia-han.pdf")


def test_a_number_typed_while_the_app_numbers_is_refused(office, tmp_path):
    rid = add(office)
    line = office.fails("letter", "--request", rid, "--form", "02", "--out", str(tmp_path / "a.pdf"), "--number", "7")
    assert line.startswith("focal-desk: dữ liệu không hợp lệ — --number:")
    assert issued(office) == [("counters", 0)]


def test_an_out_path_that_cannot_be_written_is_refused_before_issuing(office, tmp_path):
    rid = add(office)
    line = office.fails("letter", "--request", rid, "--form", "02", "--out", str(tmp_path / "no" / "a.pdf"))
    assert "--out" in line and issued(office) == [("counters", 0)]


def test_no_letter_before_the_office_is_described(cli, tmp_path):
    rid = add(cli)
    assert "Chưa khai báo thông tin cơ quan" in cli.fails(
        "letter", "--request", rid, "--form", "02", "--out", str(tmp_path / "a.pdf"))


def test_an_unknown_request_id(office, tmp_path):
    assert "999" in office.fails("letter", "--request", "999", "--form", "02", "--out", str(tmp_path / "a.pdf"))


def test_help_lists_every_field_a_form_asks_of_the_officer():
    renderer = FormRenderer()
    for form in FormCode:
        fields = {f.name for f in renderer.template(form).fields}
        asked = {k for k, _ in SET_KEYS[form.value]}
        assert asked <= fields, form
        held = fields - asked  # every other field comes from the register
        assert not held or form.value in FROM_REGISTER, (form, held)
    from focal_desk.app.cli import build_parser

    sub = next(a for a in build_parser()._actions if hasattr(a, "choices") and a.choices and "letter" in a.choices)
    text = sub.choices["letter"].format_help()
    for keys in SET_KEYS.values():
        for key, _ in keys:
            assert key in text


def test_a_copy_into_the_data_folder_is_refused_and_takes_no_number(office):
    # --out <data>/focal_desk.sqlite3 wrote the PDF over the live register.
    rid = add(office)
    db = office.data_dir / "focal_desk.sqlite3"
    line = office.fails("letter", "--request", rid, "--form", "02", "--out", str(db))
    assert "--out" in line and "thư mục dữ liệu" in line
    assert db.read_bytes()[:16] == b"SQLite format 3\x00" and issued(office) == [("counters", 0)]
