"""`catalogue add-folder DIR` as a subprocess on a real data dir: every scan its own entry, the others skipped
with their reason (one Vietnamese line each), --json, the exit codes, and a folder that is not one of scans
refused in one line."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from catalogue_files import png, text_pdf  # noqa: E402


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "ban_quet"
    folder.mkdir()
    text_pdf(folder / "QD_15-UBND_giao_dat.pdf", ["Giao thửa đất số 17 cho bà Lò Thị Mai"])
    png(folder / "Thong_bao.png")
    (folder / "hong.pdf").write_bytes(b"%PDF-1.7\nnot really")
    (folder / "ghi chu.txt").write_text("x", encoding="utf-8")
    return folder


def test_a_folder_is_added_and_found_by_a_word_inside(cli, tmp_path) -> None:
    folder = _folder(tmp_path)
    p = cli.run("catalogue", "add-folder", str(folder), "--kind", "17.1.a", "--where", "Bảng tin UBND xã",
                "--published", "--pub-start", "2026-01-06")
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert len(lines) == 4 and "Traceback" not in p.stderr
    assert lines[0].startswith("Đã thêm (ID ") and "QD 15 UBND giao dat — QD_15-UBND_giao_dat.pdf" in lines[0]
    assert "Thong bao — Thong_bao.png" in lines[1]
    assert lines[2].startswith("Bỏ qua ghi chu.txt: không phải tệp PDF")
    assert lines[3].startswith("Bỏ qua hong.pdf: ")
    assert "Đã thêm 2 mục, bỏ qua 2 tệp" in p.stderr
    found = cli.json("catalogue", "list", "--search", "lo thi mai", "--json")
    assert [(e["title"], e["kind"], e["publication"]["where"]) for e in found] == [
        ("QD 15 UBND giao dat", "17.1.a", "Bảng tin UBND xã")]

    (folder / "hong.pdf").unlink()
    again = cli.json("catalogue", "add-folder", str(folder), "--json")  # nothing needed adding: exit 0
    assert again["added"] == []
    assert {s["file"]: s["reason"] for s in again["skipped"]}["Thong_bao.png"] == "đã có trong danh mục"


def test_only_damaged_scans_is_exit_1(cli, tmp_path) -> None:
    folder = tmp_path / "hong"
    folder.mkdir()
    (folder / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n broken")
    p = cli.run("catalogue", "add-folder", str(folder))
    assert p.returncode == 1 and p.stdout.startswith("Bỏ qua a.png: ") and "Traceback" not in p.stderr


@pytest.mark.parametrize(("make", "says"), [
    (lambda p: p / "khong_co", "không tìm thấy thư mục"),
    (lambda p: png(p / "a.png"), "không phải thư mục"),
    (lambda p: (p / "x.txt").write_text("x") and p, "không có tệp PDF, JPG, PNG hoặc TIFF nào"),
])
def test_a_folder_that_is_not_one_of_scans_is_one_line(cli, tmp_path, make, says) -> None:
    target = tmp_path / "src"
    target.mkdir()
    line = cli.fails("catalogue", "add-folder", str(make(target)))
    assert line.startswith("focal-desk: dữ liệu không hợp lệ — DIR: ") and says in line
    assert not (cli.data_dir / "focal_desk.sqlite3").exists()


def test_a_secret_folder_needs_its_point(cli, tmp_path) -> None:
    line = cli.fails("catalogue", "add-folder", str(_folder(tmp_path)), "--class", "secret")
    assert "--point" in line
