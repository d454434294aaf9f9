"""`focal-desk province …` as a subprocess: add-office, import FILE (the USB path, same checks as the API),
report --json, publish-calendar, add-user — on SQLite and PostgreSQL."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from focal_desk.province.db import Database
from focal_desk.province.offices import enroll
from focal_desk.province.users import check_password
from focal_desk.sync import package

REPO = Path(__file__).resolve().parents[2]
CALENDAR = "/work/shared/data/official_calendar_notices.csv"


def run(db_url: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "focal_desk", "province", "--db", db_url, *args],
                          capture_output=True, text=True, encoding="utf-8", env=env, cwd=REPO, input=stdin,
                          timeout=600)


def ok_json(db_url: str, *args: str):
    p = run(db_url, *args, "--json")
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


def refused(db_url: str, *args: str) -> str:
    p = run(db_url, *args)
    assert p.returncode == 2, (p.returncode, p.stdout, p.stderr)
    assert p.stdout == "" and "Traceback" not in p.stderr
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1, p.stderr
    return lines[0]


def _package(key: Ed25519PrivateKey, code: str, revision: int, received: int) -> dict:
    figures = {"received": received, "answered": 1, "refused": 0, "complaints.filed": 0, "lawsuits.filed": 0}
    built = package.build(office_code=code, office_name=f"UBND {code}", month="2026-10", revision=revision,
                          generated_at=datetime(2026, 11, 2, tzinfo=UTC), app_version="0.1.0", rule_sets=[],
                          indicators=package.indicators_from(figures))
    return package.sign(built, key)


def test_import_report_by_file(db_url, tmp_path):
    keys = {}
    for code in ("XA-A", "XA-B"):
        added = ok_json(db_url, "add-office", "--code", code, "--name", f"UBND {code}")
        assert added["office_code"] == code and len(added["enrollment_code"]) >= 20
        keys[code] = Ed25519PrivateKey.generate()
        db = Database(db_url)
        try:
            enroll(db, code, added["enrollment_code"], package.public_key_text(keys[code].public_key()))
        finally:
            db.close()

    def file(name: str, content: dict) -> str:
        path = tmp_path / name
        path.write_bytes(package.dumps(content))
        return str(path)

    a1 = file("a1.json", _package(keys["XA-A"], "XA-A", 1, 10))
    assert ok_json(db_url, "import", a1)["status"] == "accepted"
    assert ok_json(db_url, "import", a1)["status"] == "duplicate"  # the same stick twice counts once
    assert ok_json(db_url, "import", file("b1.json", _package(keys["XA-B"], "XA-B", 1, 4)))["status"] == "accepted"
    assert ok_json(db_url, "import", file("a3.json", _package(keys["XA-A"], "XA-A", 3, 12)))["status"] == "accepted"
    assert ok_json(db_url, "import", file("a2.json", _package(keys["XA-A"], "XA-A", 2, 11)))["status"] == "stale"
    assert ok_json(db_url, "import", a1)["status"] == "duplicate"  # an older revision kept in the history

    tampered = _package(keys["XA-A"], "XA-A", 4, 1)
    tampered["indicators"]["received"] = 99
    assert "Chữ ký" in refused(db_url, "import", file("t.json", tampered))
    assert "Chữ ký" in refused(db_url, "import", file("w.json", _package(Ed25519PrivateKey.generate(), "XA-A", 4, 1)))
    assert "chưa được đăng ký" in refused(db_url, "import", file("u.json", _package(keys["XA-A"], "XA-C", 1, 1)))
    assert "lần sửa" in refused(db_url, "import", file("c.json", _package(keys["XA-A"], "XA-A", 3, 13))).lower()
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    assert "JSON" in refused(db_url, "import", str(tmp_path / "bad.json"))
    (tmp_path / "big.json").write_bytes(b" " * (package.MAX_BYTES + 10))
    assert "quá lớn" in refused(db_url, "import", str(tmp_path / "big.json"))
    assert "Không đọc được" in refused(db_url, "import", str(tmp_path / "missing.json"))

    report = ok_json(db_url, "report", "--month", "2026-10")
    assert (report["offices"], report["received"]) == (2, 16)
    assert report["indicators"]["received"] == 16 and report["indicators"]["resolved"] == 2
    assert report["missing"] == []
    assert ok_json(db_url, "report", "--month", "2026-09")["offices"] == 0


def test_publish_calendar_and_add_user(db_url, tmp_path):
    published = ok_json(db_url, "publish-calendar", CALENDAR, "--year", "2026")["announcements"]
    assert [a["year"] for a in published] == [2026] and published[0]["signature"]["alg"] == "Ed25519"
    (tmp_path / "bad.csv").write_text("date,kind\n2026-01-01,off\n", encoding="utf-8")
    assert "Thiếu cột" in refused(db_url, "publish-calendar", str(tmp_path / "bad.csv"))

    p = run(db_url, "add-user", "--name", "can-bo-so", stdin="một mật khẩu dài\n")
    assert p.returncode == 0, p.stderr
    assert "một mật khẩu" not in p.stdout
    assert "ít nhất" in refused(db_url, "add-user", "--name", "ngan", "--password-file", _write(tmp_path, "ngắn"))
    db = Database(db_url)
    try:
        assert check_password(db, "can-bo-so", "một mật khẩu dài")
        assert not check_password(db, "can-bo-so", "sai")
    finally:
        db.close()
    assert "Đã có" in refused(db_url, "add-user", "--name", "can-bo-so", "--password-file",
                              _write(tmp_path, "một mật khẩu khác"))


def _write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "password.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("month", ["2026-13", "11-2026"])
def test_report_refuses_a_bad_month(db_url, month):
    assert "YYYY-MM" in refused(db_url, "report", "--month", month)


def test_serve_answers_on_its_port(db_url):
    """`province serve` as an operator starts it: the status and the OpenAPI schema answer, then it stops."""
    with socket.socket() as probe:  # a free port, handed to the server
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONPATH": str(REPO)}
    server = subprocess.Popen([sys.executable, "-m", "focal_desk", "province", "--db", db_url, "serve",
                               "--host", "127.0.0.1", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=REPO)
    try:
        status = None
        while status is None:  # until it listens; a server that died ends the loop with its message
            if server.poll() is not None:
                pytest.fail(f"serve exited with {server.returncode}: {server.stderr.read().decode()}")
            try:
                status = httpx.get(f"http://127.0.0.1:{port}/api/v1/status", timeout=5).json()
            except httpx.TransportError:
                time.sleep(0.1)
        assert status["ok"] is True
        assert "/api/v1/packages" in httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=5).json()["paths"]
    finally:
        server.terminate()
        server.wait(timeout=60)
        server.stderr.close()


@pytest.mark.parametrize("url", ["postgresql+psycopg://nobody:secret@127.0.0.1:1/x", "sqlite:////proc/nope/x.sqlite3"])
def test_a_database_that_cannot_be_opened_is_one_sentence_without_the_password(tmp_path, url):
    done = subprocess.run([sys.executable, "-m", "focal_desk", "--data-dir", str(tmp_path), "province", "--db", url,
                           "report", "--month", "2026-11", "--json"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("focal-desk: Không mở được cơ sở dữ liệu của tỉnh")
    assert "secret" not in done.stderr and "Traceback" not in done.stderr


def test_an_office_with_no_internet_has_its_key_registered_by_hand(db_url, tmp_path):
    """No enrollment over the network: the office prints its key, the province types it in and reads the key
    id back over the phone; the office's file packages are then accepted, another key's are not."""
    ok_json(db_url, "add-office", "--code", "XA-K", "--name", "UBND XA-K")
    key = Ed25519PrivateKey.generate()
    text = package.public_key_text(key.public_key())
    (tmp_path / "key.txt").write_text(text + "\n", encoding="utf-8")
    done = ok_json(db_url, "register-key", "--code", "XA-K", "--key-file", str(tmp_path / "key.txt"))
    assert done.pop("province_key")  # what the office types into `sync offline --province-key`
    assert done == {"office_code": "XA-K", "office_name": "UBND XA-K", "key_id": package.key_id(key.public_key()),
                    "replaced": False}
    good = tmp_path / "good.json"
    good.write_bytes(package.dumps(_package(key, "XA-K", 1, 7)))
    assert ok_json(db_url, "import", str(good))["status"] == "accepted"
    other = tmp_path / "other.json"
    other.write_bytes(package.dumps(_package(Ed25519PrivateKey.generate(), "XA-K", 2, 8)))
    assert "Chữ ký" in refused(db_url, "import", str(other))

    assert "Khóa công khai" in refused(db_url, "register-key", "--code", "XA-K", "--key", "not-a-key")
    assert "Không có văn phòng" in refused(db_url, "register-key", "--code", "XA-Z", "--key", text)
    replaced = ok_json(db_url, "register-key", "--code", "XA-K", "--key",
                       package.public_key_text(Ed25519PrivateKey.generate().public_key()))
    assert replaced["replaced"] is True


def test_report_reads_a_month_as_the_dashboard_does(db_url, tmp_path):
    """Full-width digits are the month they look like; a trailing newline or an invisible character does not
    make a month with no packages that reports every office missing."""
    key = Ed25519PrivateKey.generate()
    ok_json(db_url, "add-office", "--code", "XA-M", "--name", "UBND XA-M")
    ok_json(db_url, "register-key", "--code", "XA-M", "--key", package.public_key_text(key.public_key()))
    path = tmp_path / "m.json"
    path.write_bytes(package.dumps(_package(key, "XA-M", 1, 7)))
    assert ok_json(db_url, "import", str(path))["status"] == "accepted"
    for typed in ("２０２６-１０", "2026-10\n", " 2026-10", "2026-1\u200b0"):
        got = ok_json(db_url, "report", "--month", typed)
        assert (got["month"], got["received"], got["missing"]) == ("2026-10", 7, []), typed
    for typed in ("0000-00", "2026-00", "2026-10-01", "9" * 50):
        assert "YYYY-MM" in refused(db_url, "report", "--month", typed)


@contextlib.contextmanager
def _endless_file(tmp_path: Path, size: int):
    """A named pipe that gives ``size`` bytes and then never ends (like /dev/zero, without risking the machine's
    memory when a command reads it whole): yields its path and a list that says whether the reader was still
    waiting for more when the command had long answered."""
    fifo = tmp_path / f"endless-{size}"
    os.mkfifo(fifo)
    done, still_reading = threading.Event(), []

    def writer() -> None:
        with contextlib.suppress(BrokenPipeError), fifo.open("wb") as f:
            f.write(b"a" * size)
            f.flush()
            if not done.wait(120):
                still_reading.append(True)

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        yield str(fifo), still_reading
    finally:
        done.set()
        thread.join(30)


@pytest.mark.parametrize("verb, limit", [
    (("register-key", "--code", "XA-K", "--key-file"), 1000),
    (("add-user", "--name", "can-bo", "--password-file"), 1024 * 4 + 1),
    (("publish-calendar",), 4 * 1024 * 1024 + 1),
])
def test_a_file_that_never_ends_is_refused_after_its_limit(tmp_path, verb, limit):
    db_url = f"sqlite:///{tmp_path / 'province.sqlite3'}"
    ok_json(db_url, "add-office", "--code", "XA-K", "--name", "UBND XA-K")
    with _endless_file(tmp_path, limit + 10) as (path, still_reading):
        said = refused(db_url, *verb, path)
    assert not still_reading
    assert any(w in said for w in ("quá", "Khóa công khai")), said
