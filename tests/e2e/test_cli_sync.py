"""`focal-desk summary` and `focal-desk sync …` as subprocesses, against a real loopback HTTP server that
answers as the province's API does (tests/sync/province_stub.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from focal_desk.sync import package as pkg

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from province_stub import Province  # noqa: E402

ADD = (
    "request", "add", "--name", "Nguyễn Văn Đức", "--id-number", "001203004567", "--phone", "0912345678",
    "--address", "Thôn Đông, xã Đạo Trù, tỉnh Phú Thọ", "--channel", "in_person", "--received-on", "2026-08-20",
    "--info", "Quyết định phê duyệt quy hoạch sử dụng đất xã", "--purpose", "Tìm hiểu quyền lợi",
)


@pytest.fixture
def province():
    p = Province()
    p.add_office("XA-DAOTRU", "UBND xã Đạo Trù", "MOT-LAN")
    yield p
    p.stop()


@pytest.fixture
def enrolled(cli, province):
    cli.json(*ADD, "--json")
    answer = cli.json("sync", "enroll", "--server", province.url, "--office-code", "XA-DAOTRU", "--code",
                      "MOT-LAN", "--json")
    assert answer["province_public_key"] == pkg.public_key_text(province.key.public_key())
    return cli


def test_enroll_refused_says_why_in_one_line(cli, province):
    line = cli.fails("sync", "enroll", "--server", province.url, "--office-code", "XA-DAOTRU", "--code", "SAI",
                     code=1)
    assert "403" in line and "Mã đăng ký" in line
    assert "--server" in cli.fails("sync", "enroll", "--server", "nowhere", "--office-code", "X", "--code", "C")


def test_summary_queues_push_delivers_and_same_numbers_make_no_new_revision(enrolled, province):
    cli = enrolled
    printed = cli.json("summary", "--month", "2026-08", "--json")
    assert printed["revision"] == 1 and printed["indicators"]["received"] == 1
    assert printed["office"] == {"code": "XA-DAOTRU", "name": "UBND xã Đạo Trù"}
    assert "Nguyễn Văn Đức" not in json.dumps(printed, ensure_ascii=False)
    again = cli.run("summary", "--month", "2026-08")
    assert again.returncode == 0 and "lần 1" in again.stdout and "không đổi" in again.stdout
    assert "1 chờ gửi" in cli.run("sync", "status").stdout
    pushed = cli.run("sync", "push")
    assert pushed.returncode == 0, pushed.stderr
    assert pushed.stdout.strip().splitlines() == ["2026-08 lần 1: đã gửi — tỉnh đã nhận"]
    assert cli.run("sync", "push").stdout.strip() == "Không có gói nào chờ gửi"
    cli.json(*ADD[:-6], "--received-on", "2026-08-30", "--info", "Kế hoạch năm", "--purpose", "Tìm hiểu", "--json")
    assert cli.json("summary", "--month", "2026-08", "--json")["revision"] == 2  # a late entry
    assert cli.run("sync", "push").returncode == 0
    assert province.received == [("XA-DAOTRU", "2026-08", 1, "accepted"), ("XA-DAOTRU", "2026-08", 2, "accepted")]


def test_push_with_the_server_down_fails_in_one_line_and_delivers_later(enrolled, province):
    cli = enrolled
    cli.json("summary", "--month", "2026-08", "--json")
    cli.json("summary", "--month", "2026-07", "--json")
    port, offices, key = province.port, province.offices, province.key
    province.stop()
    p = cli.run("sync", "push")
    assert p.returncode == 1 and p.stdout == ""
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("focal-desk: Không gửi được: không kết nối được máy chủ")
    assert lines[0].endswith("2 gói vẫn chờ gửi")
    waiting = cli.run("sync", "push")  # their turn has not come yet
    assert waiting.returncode == 1 and "--now" in waiting.stderr
    back = Province(port)
    back.offices, back.key = offices, key
    try:
        p = cli.run("sync", "push", "--now")
        assert p.returncode == 0, p.stderr
        assert p.stdout.strip().splitlines() == ["2026-07 lần 1: đã gửi — tỉnh đã nhận",
                                                 "2026-08 lần 1: đã gửi — tỉnh đã nhận"]
        assert "0 chờ gửi" in cli.run("sync", "status").stdout
        assert len(back.received) == 2
    finally:
        back.stop()


def test_refused_package_is_shown_with_its_reason(enrolled, province):
    cli = enrolled
    cli.json("summary", "--month", "2026-08", "--json")
    province.fail_next = [(403, "Chữ ký không khớp khóa đã đăng ký")]
    p = cli.run("sync", "push")
    assert p.returncode == 1 and "Chữ ký không khớp khóa đã đăng ký" in p.stderr and "0 gói vẫn chờ gửi" in p.stderr
    status = cli.json("sync", "status", "--json")
    assert status["queued"] == 0 and status["refused"] == [
        {"month": "2026-08", "revision": 1, "status": "403", "reason": "Chữ ký không khớp khóa đã đăng ký"}]
    assert "bị từ chối (403) — Chữ ký không khớp" in cli.run("sync", "status").stdout


def test_out_writes_the_signed_file_for_a_stick(enrolled, province, tmp_path):
    cli = enrolled
    out = tmp_path / "tong-hop-2026-08.json"
    p = cli.run("summary", "--month", "2026-08", "--out", str(out))
    assert p.returncode == 0 and str(out) in p.stdout
    summary = pkg.loads(out.read_bytes())
    pkg.verify(summary, pkg.public_key_from_text(province.offices["XA-DAOTRU"]["public_key"]))
    assert summary.revision == 1
    assert cli.json("sync", "status", "--json")["queued"] == 0  # written, not queued
    assert province.submit(out.read_bytes())[1]["status"] == "accepted"  # the province imports the file


def test_summary_before_enrollment_and_the_key_persists(cli):
    cli.json(*ADD, "--json")
    assert "sync enroll" in cli.fails("summary", "--month", "2026-08")
    first = cli.json("sync", "key", "--json")
    assert cli.json("sync", "key", "--json") == first
    assert (cli.data_dir / "sync" / "office_ed25519.pem").stat().st_mode & 0o077 == 0


def test_fetch_applies_the_province_calendar_and_lists_the_moved_requests(enrolled, province, tmp_path):
    cli = enrolled
    notices = [{"date": "2026-08-24", "kind": "off", "name_vi": "Nghỉ theo thông báo của tỉnh",
                "source": "TB 1/UBND tỉnh"}]
    signed = province.publish_calendar(2026, notices)
    p = cli.run("sync", "fetch")
    assert p.returncode == 0, p.stderr
    assert "Thông báo số 1 của tỉnh (lịch năm 2026): đã áp dụng 1 ngày" in p.stdout
    assert "Đã xem lại" in p.stdout  # the recompute report follows
    assert cli.run("sync", "fetch").stdout.strip() == "Không có thông báo mới của tỉnh"
    days = cli.json("calendar", "list", "--year", "2026", "--json")
    assert "2026-08-24" in json.dumps(days)
    f = tmp_path / "thong-bao.json"
    f.write_text(json.dumps(signed, ensure_ascii=False), encoding="utf-8")
    assert "đã được áp dụng" in cli.run("sync", "import-announcement", str(f)).stdout
    signed["content"]["notices"][0]["date"] = "2026-08-25"
    f.write_text(json.dumps(signed, ensure_ascii=False), encoding="utf-8")
    assert "Chữ ký" in cli.fails("sync", "import-announcement", str(f), code=1)


def test_an_office_without_internet_hands_its_month_over_as_a_file(cli, province, tmp_path):
    cli.json(*ADD, "--json")
    province_key = pkg.public_key_text(province.key.public_key())
    assert "--province-key" in cli.fails("sync", "offline", "--office-code", "XA-DAOTRU", "--office-name", "X",
                                         "--province-key", "không phải khóa")
    setup = cli.json("sync", "offline", "--office-code", "XA-DAOTRU", "--office-name", "UBND xã Đạo Trù",
                     "--province-key", province_key, "--json")
    province.offices["XA-DAOTRU"]["public_key"] = setup["public_key"]  # the province registers it by hand
    out = tmp_path / "thang-8.json"
    assert cli.run("summary", "--month", "2026-08", "--out", str(out)).returncode == 0
    assert province.submit(out.read_bytes())[1]["status"] == "accepted"
    assert "bằng tệp" in cli.fails("sync", "push")
    assert "gửi tỉnh bằng tệp" in cli.run("sync", "status").stdout
    signed = province.publish_calendar(2026, [{"date": "2026-08-24", "kind": "off", "name_vi": "Nghỉ",
                                               "source": "TB 1/UBND tỉnh"}])
    f = tmp_path / "thong-bao.json"
    f.write_text(json.dumps(signed, ensure_ascii=False), encoding="utf-8")
    assert "Thông báo số 1 của tỉnh" in cli.run("sync", "import-announcement", str(f)).stdout


def test_import_announcement_reads_no_more_than_an_announcement(enrolled, tmp_path):
    """A file that never ends (a pipe left open, /dev/zero, a disk image picked by mistake) is refused after the
    size limit in one line, not read into memory until the machine gives out."""
    import os
    import threading

    from focal_desk.sync.announcement import MAX_BYTES

    cli = enrolled
    fifo = tmp_path / "thong-bao.json"
    os.mkfifo(fifo)
    done = threading.Event()
    still_reading = []

    def endless_writer() -> None:
        with fifo.open("wb") as f:
            try:
                f.write(b" " * (MAX_BYTES + 10))
                f.flush()
                if not done.wait(120):  # held open: a reader waiting for the end of the file never answers
                    still_reading.append(True)
            except BrokenPipeError:
                pass

    writer = threading.Thread(target=endless_writer, daemon=True)
    writer.start()
    try:
        said = cli.fails("sync", "import-announcement", str(fifo), code=1)
    finally:
        done.set()
        writer.join(30)
    assert not still_reading
    assert "quá lớn" in said
    for name, content in (("rong.json", b""), ("hong.json", b"\xff\xfe{"), ("mang.json", b"[1, 2]")):
        (tmp_path / name).write_bytes(content)
        assert "thông báo của tỉnh" in cli.fails("sync", "import-announcement", str(tmp_path / name), code=1).lower()
