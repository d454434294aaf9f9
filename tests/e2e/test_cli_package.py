"""`request redact` and `request package` as subprocesses on a real data dir: a recorded redacted copy, an .eml
with the covering letter and that copy, a ZIP, --json; what the officer can fix refused in one Vietnamese line
with nothing written or recorded."""

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
PUBLIC = ["--title=Quyết định giao đất", "--number=45/QĐ-UBND", "--where=Bảng tin UBND xã", "--published"]
REQUEST = [
    "--name=Trần Thị Hoa",
    "--id-number=001203004567",
    "--address=Xã A",
    "--email=hoa.tran@example.vn",
    "--channel=in_person",
    f"--received-on={TODAY.isoformat()}",
    "--info=Quyết định giao đất và biên bản họp",
    "--purpose=Tìm hiểu",
    "--complexity=simple",
]


def _rows(cli, table: str) -> int:
    with closing(sqlite3.connect(cli.data_dir / "focal_desk.sqlite3")) as db:
        return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


@pytest.fixture
def linked(cli, tmp_path):
    """A described office, a request valid today, two linked entries (one public, one Đ6) with their files,
    and a redacted copy of the Đ6 file made for the request with `request redact`."""
    qd = text_pdf(tmp_path / "qd45.pdf", ["Quyết định giao đất", "Trang 2"])
    bb = text_pdf(tmp_path / "bb.pdf", ["Hộ ông Lê Văn Tám nhận đền bù"])
    public = cli.json(
        "catalogue", "add", *PUBLIC, f"--pub-start={TODAY.isoformat()}", f"--file={qd}", "--json"
    )
    secret = cli.json(
        "catalogue",
        "add",
        "--title=Biên bản họp",
        "--class=secret",
        "--point=6.2.c",
        f"--file={bb}",
        "--json",
    )
    rid = str(cli.json("request", "add", *REQUEST, "--json")["id"])
    for entry in (public, secret):
        cli.json("request", "link", rid, "--entry", str(entry["id"]), "--json")
    app = open_app(Paths(cli.data_dir))
    try:
        app.desk().agency.save(OFFICE)  # the app's Office page; the command line has no verb for it
    finally:
        app.close()
    secret_file = secret["files"][0]
    redact = ["--file-id", str(secret_file["id"]), "--phrase", "le van tam", "--ground", "6.2.c", "--json"]
    copy = cli.json("request", "redact", rid, *redact)
    return {"rid": rid, "public_file": public["files"][0], "secret_file": secret_file, "copy": copy}


def test_the_redacted_copy_is_recorded_with_its_areas(cli, linked):
    copy = linked["copy"]
    assert copy["file_id"] == linked["secret_file"]["id"] and copy["page_count"] == 1
    assert copy["areas"] and all(a["ground"] == "6.2.c" and a["page"] == 1 for a in copy["areas"])
    assert _rows(cli, "redacted_copies") == 1


def test_eml_with_the_letter_and_a_redacted_copy(cli, linked, tmp_path):
    rid = linked["rid"]
    cli.json("request", "provide", rid, "--method", "Thư điện tử", "--json")
    out = tmp_path / "goi.eml"
    files = ["--file-id", str(linked["public_file"]["id"]), "--redacted-id", str(linked["copy"]["id"])]
    made = cli.json("request", "package", rid, *files, "--method", "email", "--out", str(out), "--json")
    assert made["method"] == "email" and made["page_count"] == 2 + 1 and made["letter_document_id"]
    assert [f["source"] for f in made["files"]] == ["letter", "original", "redacted"]
    msg = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    assert msg["To"] == "hoa.tran@example.vn"
    got = {
        a.get_filename(): hashlib.sha256(a.get_payload(decode=True)).hexdigest()
        for a in msg.iter_attachments()
    }
    assert got == {f["name"]: f["sha256"] for f in made["files"]}
    assert got["qd45.pdf"] == linked["public_file"]["sha256"]
    assert got["bb (bản đã che).pdf"] == linked["copy"]["sha256"]
    assert _rows(cli, "provisions") == 1


def test_zip_without_a_letter_in_text(cli, linked, tmp_path):
    out = tmp_path / "goi.zip"
    file_id = str(linked["public_file"]["id"])
    p = cli.run(
        "request",
        "package",
        linked["rid"],
        "--file-id",
        file_id,
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
        (["--file-id", "０", "--method", "zip"], "--file-id: '０' không phải ID hợp lệ"),
        (["--file-id", "PUBLIC", "--method", "fax"], "--method"),
        (
            ["--file-id", "PUBLIC", "--method", "zip"],
            "ghi nhận việc cung cấp thông tin trước",
        ),  # letter, not provided
    ],
)
def test_a_package_refused_in_one_line_writes_nothing(cli, linked, tmp_path, args, says):
    ids = {"SECRET": str(linked["secret_file"]["id"]), "PUBLIC": str(linked["public_file"]["id"])}
    out = tmp_path / "goi.zip"
    line = cli.fails("request", "package", linked["rid"], *(ids.get(a, a) for a in args), "--out", str(out))
    assert says in line, line
    assert not out.exists() and _rows(cli, "provisions") == 0


def test_a_folder_that_is_not_empty_is_refused(cli, linked, tmp_path):
    out = tmp_path / "usb"
    out.mkdir()
    (out / "cu.txt").write_text("cũ", encoding="utf-8")
    file_id = str(linked["public_file"]["id"])
    line = cli.fails(
        "request",
        "package",
        linked["rid"],
        "--file-id",
        file_id,
        "--method",
        "folder",
        "--out",
        str(out),
        "--no-letter",
    )
    assert "--out" in line and "không trống" in line
    assert [p.name for p in out.iterdir()] == ["cu.txt"]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--phrase", "không có trong tệp", "--ground", "6.2.c"], "--phrase: không tìm thấy"),
        (["--area", "9:0,0,10,10", "--ground", "6.2.c"], "không có trang 9"),
        (["--area", "1:0,0,10,10"], "--ground"),
        (["--area", "1:0,0,10,10", "--ground", "9.9"], "--ground"),
        (["--ground", "6.2.c"], "--area"),
        (["--phrase", "Lê\x1bVăn", "--ground", "6.2.c"], "U+001B"),
    ],
)
def test_a_copy_refused_in_one_line_records_nothing(cli, linked, args, says):
    line = cli.fails("request", "redact", linked["rid"], "--file-id", str(linked["secret_file"]["id"]), *args)
    assert says in line, line
    assert _rows(cli, "redacted_copies") == 1  # the fixture's own


def test_a_package_into_the_data_folder_is_refused_and_the_register_kept(cli, linked):
    # --method zip --out <data>/focal_desk.sqlite3 would replace the live register with the ZIP.
    register = cli.data_dir / "focal_desk.sqlite3"
    line = cli.fails("request", "package", linked["rid"], "--file-id", str(linked["public_file"]["id"]),
                     "--method", "zip", "--no-letter", "--out", str(register))
    assert "--out" in line and "thư mục dữ liệu" in line
    assert register.read_bytes()[:16] == b"SQLite format 3\x00" and _rows(cli, "provisions") == 0
