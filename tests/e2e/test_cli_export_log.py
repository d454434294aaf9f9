"""`focal-desk export-log` as a subprocess: every format written, the public copy masked, bad input
refused with one line and exit 2 (nothing written)."""

from __future__ import annotations

import csv
import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from focal_desk.app.paths import Paths
from focal_desk.app.wiring import open_app

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from log_book_data import fill  # noqa: E402


@pytest.fixture
def register(cli):
    app = open_app(Paths(cli.data_dir), officer="Lê Thị Mai")
    try:
        filled = fill(app.uow_factory, date(2026, 3, 1), date(2026, 3, 31), 25)
    finally:
        app.close()
    return filled


def test_each_format_is_written_and_audited(cli, register, tmp_path):
    for fmt in ("pdf", "xlsx", "csv"):
        out = tmp_path / "xuat" / f"so-thang-3.{fmt}"
        p = cli.run("export-log", "--month", "2026-03", "--format", fmt, "--out", str(out), "--officer", "Lê Thị Mai")
        assert p.returncode == 0, p.stderr
        assert "Đã xuất 25 yêu cầu — Tháng 03 năm 2026, bản đầy đủ" in p.stdout
        assert out.exists() and out.stat().st_size > 0
    assert load_workbook(tmp_path / "xuat" / "so-thang-3.xlsx").active.cell(2, 1).value == "4/2026"
    with sqlite3.connect(cli.data_dir / "focal_desk.sqlite3") as db:
        actors = db.execute("SELECT actor FROM audit_events WHERE action = 'export_log_book'").fetchall()
    assert len(actors) == 3 and all("Lê Thị Mai" in a for (a,) in actors)


def test_a_range_public_copy_from_the_extension(cli, register, tmp_path):
    out = tmp_path / "cong-khai.csv"
    p = cli.run("export-log", "--from", "2026-03-01", "--to", "2026-03-15", "--public", "--out", str(out))
    assert p.returncode == 0, p.stderr
    assert "bản công khai" in p.stdout
    text = out.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines()))
    assert len(rows) > 5
    assert all("2026-03-01" <= r[3][:10] <= "2026-03-15" for r in rows[1:])
    for r in register.in_period:
        assert r.requester.id_number not in text and r.requester.phone not in text


@pytest.mark.parametrize(("args", "says"), [
    (["--month", "2026-13"], "--month"),
    (["--month", "2026-03", "--year", "2026"], "--year"),
    (["--from", "2026-03-10", "--to", "2026-03-01"], "--to"),
    (["--from", "2026-03-10"], "--to"),
    (["--month", "2026-03", "--to", "2026-03-10"], "--to"),
    (["--month", "2026-03", "--format", "docx"], "--format"),
    ([], "--month"),
])
def test_bad_input_is_one_line_and_exit_2(cli, register, tmp_path, args, says):
    out = tmp_path / "so.pdf"
    line = cli.fails("export-log", *args, "--out", str(out))
    assert says in line
    assert not out.exists()


def test_an_unknown_extension_needs_a_format(cli, register, tmp_path):
    line = cli.fails("export-log", "--month", "2026-03", "--out", str(tmp_path / "so.txt"))
    assert "--format" in line


def test_an_export_into_the_data_folder_is_refused_and_the_register_kept(cli, register):
    # --format csv --out <data>/focal_desk.sqlite3 replaced the live register with the CSV.
    db = cli.data_dir / "focal_desk.sqlite3"
    line = cli.fails("export-log", "--month", "2026-03", "--format", "csv", "--out", str(db))
    assert "--out" in line and "thư mục dữ liệu" in line
    assert db.read_bytes()[:16] == b"SQLite format 3\x00"
