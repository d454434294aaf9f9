"""Issue 10's "done when", end to end with no stand-in: the province server started by its own command
(`focal-desk province serve`, real uvicorn on a loopback port, on SQLite and on PostgreSQL), an office on its own data
folder using the commands an officer runs. The office cannot reach the province, later it can: its month
arrives exactly once; the USB path does the same with a file; the province report shows the numbers."""

from __future__ import annotations

import json

from province_server import ProvinceServer

MONTH = "2026-08"
ADD = (
    "request", "add", "--name", "Nguyễn Văn Đức", "--id-number", "001203004567", "--phone", "0912345678",
    "--address", "Thôn Đông, xã Đạo Trù, tỉnh Phú Thọ", "--channel", "in_person", "--received-on", "2026-08-20",
    "--info", "Quyết định phê duyệt quy hoạch sử dụng đất xã", "--purpose", "Tìm hiểu quyền lợi", "--json",
)


def report(province: ProvinceServer) -> dict:
    done = province.run("report", "--month", MONTH, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_month_reaches_a_province_it_could_not_reach_before_exactly_once(cli, province):
    added = json.loads(province.run("add-office", "--code", "XA-DAOTRU", "--name", "UBND xã Đạo Trù",
                                    "--json").stdout)
    province.start()
    cli.json("sync", "enroll", "--server", province.url, "--office-code", "XA-DAOTRU", "--code",
             added["enrollment_code"], "--json")
    province.stop()  # the link goes down

    cli.json(*ADD)
    cli.json(*ADD[:-1][:3], "Trần Thị Bình", *ADD[4:])
    assert cli.run("summary", "--month", MONTH).returncode == 0
    down = cli.run("sync", "push")
    assert down.returncode != 0 and len(down.stderr.strip().splitlines()) == 1 and "Traceback" not in down.stderr
    assert "1 chờ gửi" in cli.run("sync", "status").stdout  # kept, nothing lost

    province.start()  # an hour later
    up = cli.run("sync", "push", "--now")
    assert up.returncode == 0, up.stderr
    assert "0 chờ gửi" in cli.run("sync", "status").stdout or "Không có" in cli.run("sync", "push").stdout
    again = cli.run("sync", "push", "--now")
    assert again.returncode == 0
    month = report(province)
    assert month["offices"] == 1 and month["received"] == 2  # exactly once

    # A late entry: a new revision replaces the old one at the province, never adds to it.
    cli.json(*ADD[:3], "Lê Văn Cường", *ADD[4:])
    assert cli.run("summary", "--month", MONTH).returncode == 0
    assert cli.run("sync", "push", "--now").returncode == 0
    assert report(province)["received"] == 3


def test_the_usb_path_gives_the_same_numbers_and_counts_once(cli, province, tmp_path):
    added = json.loads(province.run("add-office", "--code", "XA-DAOTRU", "--name", "UBND xã Đạo Trù",
                                    "--json").stdout)
    province.start()
    cli.json("sync", "enroll", "--server", province.url, "--office-code", "XA-DAOTRU", "--code",
             added["enrollment_code"], "--json")
    province.stop()
    cli.json(*ADD)
    stick = tmp_path / "stick" / "bao-cao-2026-08.json"
    stick.parent.mkdir()
    assert cli.run("summary", "--month", MONTH, "--out", str(stick)).returncode == 0
    text = stick.read_text(encoding="utf-8")
    for personal in ("Nguyễn Văn Đức", "001203004567", "0912345678", "Thôn Đông"):
        assert personal not in text
    for _ in range(2):  # imported twice: counted once
        done = province.run("import", str(stick))
        assert done.returncode == 0, done.stderr
    assert report(province)["received"] == 1
    tampered = tmp_path / "stick" / "sua.json"
    tampered.write_text(text.replace('"received": 1', '"received": 9'), encoding="utf-8")
    refused = province.run("import", str(tampered))
    assert refused.returncode != 0 and "Chữ ký" in refused.stderr
    assert report(province)["received"] == 1
