"""`focal-desk stats`: the figures as JSON and text, the same as the service computes on the same register;
`--report` writes the Báo cáo PDF whose tables hold those figures."""

from __future__ import annotations

import os
import stat
from datetime import date

import pdfplumber
import pytest
from e2e_cli import TODAY

from focal_desk.app.paths import Paths
from focal_desk.app.wiring import open_app
from focal_desk.documents.report import value_text
from focal_desk.domain.statistics import FIGURES, Period

ADD = (
    "request", "add", "--name", "Nguyễn Văn Đức", "--id-number", "001203004567",
    "--address", "Thôn Đông, xã Đạo Trù, tỉnh Phú Thọ", "--received-on", "2026-08-20",
    "--info", "Quyết định phê duyệt quy hoạch sử dụng đất xã", "--purpose", "Tìm hiểu quyền lợi",
)


def test_stats_json_counts_the_requests_of_the_period(cli):
    cli.json(*ADD, "--channel", "postal", "--json")
    cli.json(*ADD[:-6], "--received-on", "2026-08-31", "--info", "Kế hoạch", "--purpose", "Tìm hiểu",
             "--channel", "in_person", "--json")
    august = cli.json("stats", "--month", "2026-08", "--json")
    assert (august["from"], august["to"]) == ("2026-08-01", "2026-08-31")
    values = august["values"]
    assert (values["received"], values["received.channel.postal"], values["received.channel.in_person"]) == (2, 1, 1)
    assert values["received.kind.citizen"] == values["open_at_end"] == 2
    assert [f["key"] for f in august["figures"]] == [f.key for f in FIGURES]
    assert all(f["definition"] and f["label"] for f in august["figures"])
    late = cli.json("stats", "--from", "2026-08-21", "--to", "2026-08-31", "--json")["values"]
    assert (late["received"], late["open_at_end"]) == (1, 2)


def test_stats_text_and_refusals(cli, tmp_path):
    cli.json(*ADD, "--channel", "postal", "--json")
    p = cli.run("stats", "--from", "2026-08-01", "--to", "2026-08-31")
    assert p.returncode == 0, p.stderr
    assert "Tổng số yêu cầu tiếp nhận: 1" in p.stdout and "Qua kênh: Bưu chính: 1" in p.stdout
    assert "Tổng chi phí đã thu (đồng): 0 đồng" in p.stdout
    assert "--from" in cli.fails("stats", "--from", "2026-08-31", "--to", "2026-08-01")
    assert "--to" in cli.fails("stats", "--from", "2026-08-01")
    assert "--month" in cli.fails("stats", "--month", "2026-08", "--from", "2026-08-01")
    missing = tmp_path / "no such folder" / "bc.pdf"
    assert "--report" in cli.fails("stats", "--month", "2026-08", "--report", str(missing))
    assert not missing.parent.exists()


def test_stats_equal_the_service_and_the_report_holds_them(cli, tmp_path):
    assert cli.run("demo", "--requests", "120", "--seed", "4").returncode == 0
    start = date(TODAY.year - 3, 1, 1)  # the demo reaches two years back
    out = tmp_path / "bao-cao.pdf"
    printed = cli.json("stats", "--from", start.isoformat(), "--to", TODAY.isoformat(), "--json",
                       "--report", str(out), "--difficulties", "Thiếu máy scan.", "--recommendations", "Tập huấn.")
    assert printed["report"] == str(out)
    app = open_app(Paths(cli.data_dir), create=False)
    try:
        computed = app.statistics().compute(Period(start, TODAY))
    finally:
        app.close()
    assert printed["values"] == dict(computed.values)
    assert printed["values"]["received"] == 120

    with pdfplumber.open(out) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
        rows = [row for page in pdf.pages for table in page.extract_tables() for row in table]
    cells = {" ".join(r[1].replace("\u00a0", " ").split()).lstrip("- "): r[2] for r in rows if len(r) == 3 and r[0] != "TT"}
    for f in FIGURES:
        assert cells[f.label_vi] == value_text(f.key, printed["values"][f.key]), f.key
    assert "BÁO CÁO" in text and "Thiếu máy scan." in text and "Tập huấn." in text
    assert "Biểu đồ 1." in text and "Biểu đồ 2." in text


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_or_device_as_the_report_is_refused_and_left_as_it_was(cli, tmp_path):
    # The report was renamed over it: as root, `--report /dev/null` replaced the device for every program.
    cli.json(*ADD, "--channel", "postal", "--json")
    pipe = tmp_path / "bc.pdf"
    os.mkfifo(pipe)
    assert "không phải tệp thường" in cli.fails("stats", "--month", "2026-08", "--report", str(pipe))
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert not (tmp_path / "bc.pdf.part").exists()


def test_a_report_into_the_data_folder_is_refused_and_the_register_kept(cli):
    # `--report <data>/focal_desk.sqlite3` replaced the live register with the PDF.
    cli.json(*ADD, "--channel", "postal", "--json")
    register = cli.data_dir / "focal_desk.sqlite3"
    line = cli.fails("stats", "--month", "2026-08", "--report", str(register))
    assert "--report" in line and "thư mục dữ liệu" in line
    assert register.read_bytes()[:16] == b"SQLite format 3\x00"
