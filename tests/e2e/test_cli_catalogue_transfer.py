"""`focal-desk catalogue export | import`: the portal's files read back, the printed list refused until the
agency is described, an Excel list imported all rows or none."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from catalogue_files import text_pdf  # noqa: E402


def _add(cli, *args: str) -> dict:
    return cli.json("catalogue", "add", *args, "--json")


def test_export_for_the_portal_then_import_it_back(cli, tmp_path) -> None:
    scan = text_pdf(tmp_path / "qd.pdf", ["Quyết định giao đất cho hộ ông Nguyễn Văn An"])
    _add(cli, "--title", "Quyết định giao đất", "--number", "12/QĐ-UBND", "--date", "2026-03-01",
         "--kind", "17.1.h", "--published", "--where", "Cổng thông tin xã", "--pub-start", "2026-03-05",
         "--file", str(scan))
    _add(cli, "--title", "Biên bản họp nội bộ", "--class", "secret", "--point", "6.2.c")

    xlsx = cli.json("catalogue", "export", "--out", str(tmp_path / "portal.xlsx"), "--json")
    assert (xlsx["format"], xlsx["entries"]) == ("xlsx", 1)  # only what is published: never the secret one
    sheet = openpyxl.load_workbook(tmp_path / "portal.xlsx").active
    cells = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert "Quyết định giao đất" in cells and "Biên bản họp nội bộ" not in cells

    whole = cli.json("catalogue", "export", "--format", "csv", "--whole", "--out", str(tmp_path / "all.csv"), "--json")
    assert whole["entries"] == 2
    with open(tmp_path / "all.csv", encoding="utf-8-sig", newline="") as f:
        assert any("Biên bản họp nội bộ" in row for row in csv.reader(f))

    page = cli.json("catalogue", "export", "--out", str(tmp_path / "web"), "--json")
    html = Path(page["path"]).read_text("utf-8")
    assert "Quyết định giao đất" in html and "họp nội bộ" not in html
    copied = list((tmp_path / "web" / "files").iterdir())
    assert len(copied) == 1 and copied[0].read_bytes() == scan.read_bytes()

    assert "cơ quan" in cli.fails("catalogue", "export", "--out", str(tmp_path / "list.pdf"))
    assert not (tmp_path / "list.pdf").exists()
    assert "--format" in cli.fails("catalogue", "export", "--out", str(tmp_path / "list.doc"))

    imported = cli.json("catalogue", "import", str(tmp_path / "portal.xlsx"), "--json")
    assert imported["imported"] == 1 and imported["entries"][0]["number"] == "12/QĐ-UBND"
    assert len(cli.json("catalogue", "list", "--json")) == 3


def test_an_import_with_a_bad_row_adds_nothing_and_names_the_row(cli, tmp_path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["STT", "Tên thông tin", "Số/ký hiệu", "Ngày ban hành", "Mức độ tiếp cận"])
    sheet.append([1, "Kế hoạch phát triển kinh tế xã hội", "05/KH-UBND", "15/01/2026", "Công khai"])
    sheet.append([2, "Quyết định khen thưởng", "07/QĐ-UBND", "31/02/2026", "Công khai"])  # no such day
    book.save(tmp_path / "list.xlsx")
    said = cli.fails("catalogue", "import", str(tmp_path / "list.xlsx"))
    assert "Dòng 3" in said
    assert cli.json("catalogue", "list", "--json") == []
    (tmp_path / "fake.xlsx").write_bytes(b"not a workbook")
    said = cli.fails("catalogue", "import", str(tmp_path / "fake.xlsx"))
    assert "— FILE.xlsx: Tệp “fake.xlsx” không phải bảng tính Excel .xlsx" in said  # the field, as in --help


@pytest.mark.parametrize("out", ["", "  "])
def test_an_empty_out_is_refused_and_the_current_folder_left_alone(cli, tmp_path, out) -> None:
    # --out "" was the current folder: index.html written there, and its files/ pruned.
    cli.json("catalogue", "add", "--title", "Kế hoạch", "--json")
    here = tmp_path / "here"
    here.mkdir()
    p = subprocess.run(cli.command("catalogue", "export", "--out", out), capture_output=True, text=True,
                       encoding="utf-8", env=cli.env(), cwd=here, timeout=600)
    assert (p.returncode, p.stdout) == (2, ""), p
    assert "--out" in p.stderr and len(p.stderr.strip().splitlines()) == 1
    assert list(here.iterdir()) == []


@pytest.mark.parametrize(("fmt", "name"), [("csv", "focal_desk.sqlite3"), ("xlsx", "backups/danh-muc.xlsx"), ("html", "")])
def test_an_export_into_the_data_folder_is_refused_and_the_register_kept(cli, fmt, name) -> None:
    # --format csv --out <data>/focal_desk.sqlite3 replaced the live register with the CSV.
    cli.json("catalogue", "add", "--title", "Kế hoạch", "--json")
    register = (cli.data_dir / "focal_desk.sqlite3").read_bytes()
    line = cli.fails("catalogue", "export", "--format", fmt, "--out", str(cli.data_dir / name))
    assert "--out" in line and "thư mục dữ liệu" in line
    assert not (cli.data_dir / "index.html").exists()
    assert [e["title"] for e in cli.json("catalogue", "list", "--json")] == ["Kế hoạch"]
    assert (cli.data_dir / "focal_desk.sqlite3").read_bytes()[:16] == register[:16] == b"SQLite format 3\x00"
