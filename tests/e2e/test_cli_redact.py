"""`focal-desk redact` as a subprocess: areas and phrases removed, --json says what was written, bad areas and
files refused with one line (nothing written), the original untouched."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "digitise"))
from digitise_files import text_pdf  # noqa: E402

PAGES = [["Ông Nguyễn Văn Đức, sinh năm 1980", "Số điện thoại 0912345678"], ["Trang hai của văn bản"]]


@pytest.fixture
def source(tmp_path):
    return text_pdf(tmp_path / "goc.pdf", PAGES)


def test_redact_with_areas_and_phrases_prints_json(cli, source, tmp_path):
    original = source.read_bytes()
    out = tmp_path / "ra" / "ban-che.pdf"
    written = cli.json(
        "redact",
        "--file",
        str(source),
        "--area",
        "2:72,80,300,110",
        "--phrase",
        "nguyen van duc",
        "--area",
        "1:０,０,１０,１０",
        "--ground",
        "6.2.b",
        "--out",
        str(out),
        "--json",
    )
    assert written["out"] == str(out)
    assert written["pages"] == 2
    assert written["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert [(a["page"], a["ground"]) for a in written["areas"]] == [(2, "6.2.b"), (1, "6.2.b"), (1, "6.2.b")]
    assert written["areas"][0] == {
        "page": 2,
        "x0": 72.0,
        "y0": 80.0,
        "x1": 300.0,
        "y1": 110.0,
        "ground": "6.2.b",
    }
    assert source.read_bytes() == original
    assert len(PdfReader(out).pages) == 2
    assert all(not (p.extract_text() or "").strip() for p in PdfReader(out).pages)


def test_plain_output_is_one_line(cli, source, tmp_path):
    out = tmp_path / "ban-che.pdf"
    p = cli.run("redact", "--file", str(source), "--area", "1:10,10,50,50", "--out", str(out))
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("Đã ghi bản đã che ") and "2 trang, 1 vùng" in p.stdout
    assert len(p.stdout.splitlines()) == 1


@pytest.mark.parametrize(
    ("area", "says"),
    [
        ("1:10,10,50", "không đúng dạng TRANG:x0,y0,x1,y1"),
        ("x:10,10,50,50", "không đúng dạng"),
        ("1:nan,10,50,50", "số hữu hạn"),
        ("1:10,10,inf,50", "số hữu hạn"),
        ("0:10,10,50,50", "trang đánh số từ 1"),
        ("3:10,10,50,50", "không có trang 3"),
        ("1:-5,10,50,50", "nằm ngoài trang 1"),
        ("1:50,10,10,50", "x0 < x1"),
        ("1:10,10,5000,50", "nằm ngoài trang 1"),
    ],
)
def test_bad_areas_are_refused_with_one_line(cli, source, tmp_path, area, says):
    out = tmp_path / "ban-che.pdf"
    line = cli.fails("redact", "--file", str(source), f"--area={area}", "--out", str(out))
    assert says in line and "--area" in line
    assert not out.exists()


def test_refusals(cli, source, tmp_path):
    original = source.read_bytes()
    out = tmp_path / "ban-che.pdf"
    assert "khác tệp gốc" in cli.fails(
        "redact", "--file", str(source), "--area", "1:1,1,9,9", "--out", str(source)
    )
    assert source.read_bytes() == original
    assert "không tìm thấy 'Lê Văn Tám'" in cli.fails(
        "redact", "--file", str(source), "--phrase", "Lê Văn Tám", "--out", str(out)
    )
    assert "cần ít nhất một --area hoặc --phrase" in cli.fails(
        "redact", "--file", str(source), "--out", str(out)
    )
    assert "căn cứ 'x'" in cli.fails(
        "redact", "--file", str(source), "--area", "1:1,1,9,9", "--ground", "x", "--out", str(out)
    )
    assert "ký tự điều khiển" in cli.fails(
        "redact", "--file", str(source), "--phrase", "Nguy\x1b[2Jễn", "--out", str(out)
    )
    damaged = tmp_path / "hong.pdf"
    damaged.write_bytes(b"%PDF-1.4 hong")
    assert "bị hỏng" in cli.fails(
        "redact", "--file", str(damaged), "--area", "1:1,1,9,9", "--out", str(out), code=1
    )
    assert not out.exists()


def test_help_is_vietnamese(cli):
    p = cli.run("redact", "--help")
    assert (
        p.returncode == 0
        and "tệp gốc không bị thay đổi" in p.stdout.lower()
        and "TRANG:x0,y0,x1,y1" in p.stdout
    )


def test_a_page_too_small_for_a_pdf_is_one_sentence(cli, tmp_path):
    # A 1-pixel scan is a page of 0.24 point: img2pdf logged a warning of its own, then failed vaguely.
    tiny = tmp_path / "cham.png"
    Image.new("RGB", (1, 1), "white").save(tiny)
    out = tmp_path / "ban-che.pdf"
    line = cli.fails("redact", "--file", str(tiny), "--area", "1:0,0,0.1,0.1", "--out", str(out), code=1)
    assert "quá nhỏ" in line and "trang 1" in line
    assert not out.exists()


def test_a_folder_or_nothing_as_the_copy_is_refused_before_rendering(cli, source, tmp_path):
    # A folder was reported as "not a regular file (device, pipe)", or in English, after every page was drawn.
    folder = tmp_path / "ra"
    folder.mkdir()
    line = cli.fails("redact", "--file", str(source), "--area", "1:1,1,9,9", "--out", str(folder))
    assert "--out" in line and "thư mục" in line
    assert "--out" in cli.fails("redact", "--file", str(source), "--area", "1:1,1,9,9", "--out", " ")
    assert list(folder.iterdir()) == []


def test_a_copy_into_the_data_folder_is_refused(cli, source):
    # redact works on files, without the register: yet --out <data>/focal_desk.sqlite3 replaced it.
    cli.json("catalogue", "add", "--title", "Kế hoạch", "--json")
    register = cli.data_dir / "focal_desk.sqlite3"
    line = cli.fails("redact", "--file", str(source), "--area", "1:1,1,9,9", "--out", str(register))
    assert "--out" in line and "thư mục dữ liệu" in line
    assert register.read_bytes()[:16] == b"SQLite format 3\x00"
