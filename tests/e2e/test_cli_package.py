"""`request package` as a subprocess on a real data dir: an .eml with the covering letter and a redacted copy,
a ZIP, --json; what the officer can fix refused in one Vietnamese line with nothing written or recorded."""

from __future__ import annotations

import email
import hashlib
import sqlite3
import sys
import zipfile
from contextlib import closing
from email import policy
from pathlib import Path

import pytest
from e2e_cli import TODAY

from focal_desk.app.paths import Paths
from focal_desk.app.wiring import open_app
from focal_desk.domain.agency import AgencyProfile

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from catalogue_files import text_pdf  # noqa: E402

OFFICE = AgencyProfile(
    id=None,
    name="Ủy ban nhân dân xã Đạo Trù",
    parent_body="Ủy ban nhân dân tỉnh Phú Thọ",
    place_name="Đạo Trù",
    symbol="UBND",
    signer_name="Nguyễn Văn An",
    signer_title="Chủ tịch",
)


def _rows(cli, table: str) -> int:
    with closing(sqlite3.connect(cli.data_dir / "focal_desk.sqlite3")) as db:
        return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


@pytest.fixture
def linked(cli, tmp_path):
    """A described office, a request valid today, two linked entries (one public, one Đ6) with their files,
    and a redacted copy of the Đ6 file made for the request (the GUI's redaction dialog does this)."""
    public = cli.json(
        "catalogue",
        "add",
        "--title",
        "Quyết định giao đất",
        "--number",
        "45/QĐ-UBND",
        "--where",
        "Bảng tin UBND xã",
        "--published",
        "--pub-start",
        TODAY.isoformat(),
        "--file",
        str(text_pdf(tmp_path / "qd45.pdf", ["Quyết định giao đất", "Trang 2"])),
        "--json",
    )
    secret = cli.json(
        "catalogue",
        "add",
        "--title",
        "Biên bản họp",
        "--class",
        "secret",
        "--point",
        "6.2.c",
        "--file",
        str(text_pdf(tmp_path / "bb.pdf", ["Hộ ông Lê Văn Tám nhận đền bù"])),
        "--json",
    )
    rid = cli.json(
        "request",
        "add",
        "--name",
        "Trần Thị Hoa",
        "--id-number",
        "001203004567",
        "--address",
        "Xã A",
        "--email",
        "hoa.tran@example.vn",
        "--channel",
        "in_person",
        "--received-on",
        TODAY.isoformat(),
        "--info",
        "Quyết định giao đất và biên bản họp",
        "--purpose",
        "Tìm hiểu",
        "--complexity",
        "simple",
        "--json",
    )["id"]
    for entry in (public, secret):
        cli.json("request", "link", str(rid), "--entry", str(entry["id"]), "--json")
    app = open_app(Paths(cli.data_dir))
    try:
        app.desk().agency.save(OFFICE)
        redaction = app.redaction()
        file_id = secret["files"][0]["id"]
        areas = redaction.find_phrase(file_id, "Lê Văn Tám", ground="6.2.c")
        copy = redaction.make_copy(file_id, areas, request_id=rid, actor="test")
    finally:
        app.close()
    return {
        "rid": str(rid),
        "public_file": public["files"][0],
        "secret_file": secret["files"][0],
        "copy": copy,
    }


def test_eml_with_the_letter_and_a_redacted_copy(cli, linked, tmp_path):
    rid = linked["rid"]
    cli.json("request", "provide", rid, "--method", "Thư điện tử", "--json")
    out = tmp_path / "goi.eml"
    made = cli.json(
        "request",
        "package",
        rid,
        "--file-id",
        str(linked["public_file"]["id"]),
        "--redacted-id",
        str(linked["copy"].id),
        "--method",
        "email",
        "--out",
        str(out),
        "--json",
    )
    assert made["method"] == "email" and made["page_count"] == 2 + 1 and made["letter_document_id"]
    assert [f["source"] for f in made["files"]] == ["letter", "original", "redacted"]
    msg = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    assert msg["To"] == "hoa.tran@example.vn"
    got = {
        a.get_filename(): hashlib.sha256(a.get_payload(decode=True)).hexdigest()
        for a in msg.iter_attachments()
    }
    assert got == {f["name"]: f["sha256"] for f in made["files"]}
    assert (
        got["qd45.pdf"] == linked["public_file"]["sha256"]
        and got["bb (bản đã che).pdf"] == linked["copy"].sha256
    )
    assert _rows(cli, "provisions") == 1


def test_zip_without_a_letter_in_text(cli, linked, tmp_path):
    out = tmp_path / "goi.zip"
    p = cli.run(
        "request",
        "package",
        linked["rid"],
        "--file-id",
        str(linked["public_file"]["id"]),
        "--method",
        "zip",
        "--out",
        str(out),
        "--no-letter",
    )
    assert p.returncode == 0, p.stderr
    assert (
        "Đã lập gói cung cấp thông tin" in p.stdout
        and f"{linked['public_file']['sha256']}  qd45.pdf" in p.stdout
    )
    with zipfile.ZipFile(out) as archive:
        assert archive.namelist() == ["qd45.pdf", "danh-sach-tep.txt"]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--method", "zip"], "--file-id: Chưa chọn tệp nào"),
        (["--file-id", "SECRET", "--method", "zip"], "--file-id: Không cung cấp bản gốc"),
        (["--file-id", "999", "--method", "zip"], "--file-id: Tệp số 999 không thuộc"),
        (["--file-id", "０", "--method", "zip"], "--file-id"),
        (["--file-id", "PUBLIC", "--method", "fax"], "--method"),
        (
            ["--file-id", "PUBLIC", "--method", "zip"],
            "ghi nhận việc cung cấp thông tin trước",
        ),  # a letter, not provided
    ],
)
def test_refused_in_one_line_with_nothing_written(cli, linked, tmp_path, args, says):
    ids = {"SECRET": str(linked["secret_file"]["id"]), "PUBLIC": str(linked["public_file"]["id"])}
    out = tmp_path / "goi.zip"
    line = cli.fails("request", "package", linked["rid"], *(ids.get(a, a) for a in args), "--out", str(out))
    assert says in line, line
    assert not out.exists() and _rows(cli, "provisions") == 0


def test_a_folder_that_is_not_empty_is_refused(cli, linked, tmp_path):
    out = tmp_path / "usb"
    out.mkdir()
    (out / "cu.txt").write_text("cũ", encoding="utf-8")
    line = cli.fails(
        "request",
        "package",
        linked["rid"],
        "--file-id",
        str(linked["public_file"]["id"]),
        "--method",
        "folder",
        "--out",
        str(out),
        "--no-letter",
    )
    assert "--out" in line and "không trống" in line
    assert [p.name for p in out.iterdir()] == ["cu.txt"]
