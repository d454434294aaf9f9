"""`catalogue add | list` and `request link` as a subprocess on a real data dir: files stored and searched
by a word inside them, --json, and hostile input refused in one Vietnamese line with nothing written."""

from __future__ import annotations

import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest
from e2e_cli import TODAY

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from catalogue_files import png, text_pdf, tiff  # noqa: E402


def _rows(cli, table: str) -> int:
    path = cli.data_dir / "focal_desk.sqlite3"
    if not path.exists():  # refused before the register was opened
        return 0
    with closing(sqlite3.connect(path)) as db:
        return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def _request(cli) -> int:
    return cli.json("request", "add", "--name", "Trần Thị Hoa", "--id-number", "001203004567", "--address", "Xã A",
                    "--channel", "in_person", "--received-on", TODAY.isoformat(), "--info", "Quyết định giao đất",
                    "--purpose", "Tìm hiểu", "--json")["id"]


def test_add_with_files_find_by_a_word_inside_and_link(cli, tmp_path) -> None:
    pdf = text_pdf(tmp_path / "qd12.pdf", ["Giao thửa đất số 17 cho ông Nguyễn Văn Đức"])
    added = cli.json("catalogue", "add", "--title", "Quyết định giao đất", "--number", "12/QĐ-UBND",
                     "--date", "05/01/2026", "--body", "UBND xã Đạo Trù", "--kind", "17.1.a", "--where",
                     "Bảng tin UBND xã", "--published", "--pub-start", "2026-01-06", "--keywords", "đất ở",
                     "--file", str(pdf), "--file", str(tiff(tmp_path / "scan.tif", 2)), "--json")
    assert (added["issued_on"], added["number"], added["publication"]["published"]) == ("2026-01-05", "12/QĐ-UBND",
                                                                                        True)
    assert [(f["filename"], f["page_count"], f["text_source"]) for f in added["files"]] == [
        ("qd12.pdf", 1, "pdf"), ("scan.tif", 2, "none")]
    secret = cli.json("catalogue", "add", "--title", "Hồ sơ mật", "--class", "secret", "--point", "6.1", "--json")
    assert secret["secret_point"] == "6.1"

    assert [e["id"] for e in cli.json("catalogue", "list", "--search", "nguyen van duc", "--json")] == [added["id"]]
    assert [e["id"] for e in cli.json("catalogue", "list", "--search", "dat o", "--json")] == [added["id"]]
    p = cli.run("catalogue", "list")
    assert p.returncode == 0 and "12/QĐ-UBND Quyết định giao đất [Công khai] (2 tệp)" in p.stdout
    assert "2 mục" in p.stderr

    rid = _request(cli)
    linked = cli.json("request", "link", str(rid), "--entry", str(added["id"]), "--json")
    assert (linked["linked"], [e["id"] for e in linked["entries"]]) == (True, [added["id"]])
    p = cli.run("request", "link", str(rid), "--entry", str(added["id"]))
    assert p.returncode == 0 and "vốn đã liên kết" in p.stdout
    assert _rows(cli, "request_catalogue_links") == 1


@pytest.mark.parametrize(("args", "says"), [
    (["--title", "\u200b\u200b"], "--title: Chưa nhập tên thông tin"),
    (["--title", "Văn bản\x07"], "U+0007"),
    (["--title", "Văn bản", "--date", "2026-02-30"], "--date"),
    (["--title", "Văn bản", "--date", "31/12/9999"], "--date"),
    (["--title", "Văn bản", "--date", "1800-01-01"], "--date"),
    (["--title", "Văn bản", "--class", "conditional"], "--ground"),
    (["--title", "Văn bản", "--pub-start", "2026-03-01", "--pub-end", "2026-01-01"], "--pub-end"),
    (["--title", "Văn bản", "--file", "/khong/co/tep.pdf"], "--file: tep.pdf: không tìm thấy tệp"),
])
def test_hostile_input_is_one_line_and_writes_nothing(cli, args, says) -> None:
    line = cli.fails("catalogue", "add", *args)
    assert says in line, line
    assert _rows(cli, "catalogue_entries") == 0


def test_full_width_digits_and_invisible_characters_in_a_date(cli) -> None:
    added = cli.json("catalogue", "add", "--title", "Kế hoạch", "--date", "０５/０１/２０２６\u200b", "--json")
    assert added["issued_on"] == "2026-01-05"


def test_a_damaged_or_renamed_file_adds_nothing(cli, tmp_path) -> None:
    good = text_pdf(tmp_path / "good.pdf", ["Nội dung"])
    damaged = tmp_path / "hong.pdf"
    damaged.write_bytes(good.read_bytes()[:150])
    renamed = png(tmp_path / "a.png").rename(tmp_path / "anh.tif")
    assert "hong.pdf bị hỏng" in cli.fails("catalogue", "add", "--title", "X", "--file", str(good),
                                            "--file", str(damaged))
    assert "không đúng định dạng .tif" in cli.fails("catalogue", "add", "--title", "X", "--file", str(renamed))
    assert _rows(cli, "catalogue_entries") == 0 and _rows(cli, "catalogue_files") == 0
    assert not any(p.is_file() for p in (cli.data_dir / "catalogue").rglob("*"))


def test_link_refuses_unknown_ids(cli) -> None:
    rid = _request(cli)
    assert "mục danh mục" in cli.fails("request", "link", str(rid), "--entry", "99")
    assert "--entry" in cli.fails("request", "link", str(rid), "--entry", "abc")
    assert "yêu cầu" in cli.fails("request", "link", "999", "--entry", "1")
