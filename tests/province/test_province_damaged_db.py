"""`focal-desk province …` on a SQLite file that is emptied, garbage, truncated, some other program's database,
in a missing folder, or read-only: every verb answers one Vietnamese sentence (exit 1), never a traceback, and
never quietly puts a new empty database where the damaged one was."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from focal_desk.province.db import Database
from focal_desk.province.offices import add_office

REPO = Path(__file__).resolve().parents[2]
RULES = str(REPO / "focal_desk" / "data" / "rule_sets" / "luat-104-2016.json")
CALENDAR = "/work/shared/data/official_calendar_notices.csv"
KEY = "A" * 43 + "="


def _verbs(tmp_path: Path) -> dict[str, list[str]]:
    (tmp_path / "pw.txt").write_text("một mật khẩu dài\n", encoding="utf-8")
    (tmp_path / "pkg.json").write_text("{}", encoding="utf-8")
    return {
        "serve": ["serve", "--port", "1"],  # refused before it would listen
        "import": ["import", str(tmp_path / "pkg.json")],
        "report": ["report", "--month", "2026-11"],
        "add-office": ["add-office", "--code", "XA-A", "--name", "UBND XA-A"],
        "register-key": ["register-key", "--code", "XA-A", "--key", KEY],
        "publish-calendar": ["publish-calendar", CALENDAR, "--year", "2026"],
        "publish-rules": ["publish-rules", RULES],
        "add-user": ["add-user", "--name", "can-bo", "--password-file", str(tmp_path / "pw.txt")],
    }


def run(prefix: list[str], db: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [*prefix, sys.executable, "-m", "focal_desk", "province", "--db", db, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=REPO,
        timeout=120,
    )


def one_sentence(done: subprocess.CompletedProcess) -> str:
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and "không mong đợi" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("focal-desk: Không "), lines[0]
    return lines[0]


def _good(path: Path) -> None:
    db = Database(f"sqlite:///{path}")
    try:
        add_office(db, "XA-A", "UBND XA-A")
    finally:
        db.close()


def _damage(path: Path, how: str) -> None:
    if how == "emptied":
        path.write_bytes(b"")
    elif how == "garbage":
        path.write_bytes(os.urandom(8192))
    elif how == "truncated":
        _good(path)
        with path.open("r+b") as f:
            f.truncate(3000)
    elif how == "office register":
        with sqlite3.connect(path) as con:
            con.execute("CREATE TABLE requests (id INTEGER PRIMARY KEY, full_name TEXT)")
        con.close()


@pytest.mark.parametrize(
    "verb",
    [
        "serve",
        "import",
        "report",
        "add-office",
        "register-key",
        "publish-calendar",
        "publish-rules",
        "add-user",
    ],
)
def test_every_verb_refuses_a_garbage_file_in_one_sentence(tmp_path, verb):
    path = tmp_path / "province.sqlite3"
    _damage(path, "garbage")
    before = path.read_bytes()
    said = one_sentence(run([], f"sqlite:///{path}", *_verbs(tmp_path)[verb]))
    assert "hỏng" in said
    assert path.read_bytes() == before


@pytest.mark.parametrize("how", ["emptied", "truncated", "office register"])
@pytest.mark.parametrize("verb", ["serve", "add-office"])
def test_a_damaged_file_is_refused_and_left_as_it_was(tmp_path, how, verb):
    path = tmp_path / "province.sqlite3"
    _damage(path, how)
    before = path.read_bytes()
    said = one_sentence(run([], f"sqlite:///{path}", *_verbs(tmp_path)[verb]))
    assert {"emptied": "rỗng", "truncated": "hỏng", "office register": "chương trình khác"}[how] in said
    assert path.read_bytes() == before  # no new empty province database in its place
    assert not (tmp_path / "province.sqlite3-wal").exists() or how == "truncated"


def test_a_missing_folder_is_not_made_for_an_explicit_db(tmp_path):
    """A USB drive not mounted: a fresh empty database on the system disk would hide the real one."""
    target = tmp_path / "usb" / "province.sqlite3"
    said = one_sentence(run([], f"sqlite:///{target}", "report", "--month", "2026-11"))
    assert "không tồn tại" in said
    assert not target.parent.exists()


def _as_ordinary_user() -> list[str]:
    """Root ignores file permissions: drop the capabilities that let it (it still runs the same Python)."""
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("needs setpriv (util-linux) to drop root's capabilities")
    caps = "-dac_override,-dac_read_search,-fowner"
    return [setpriv, "--bounding-set", caps, "--inh-caps", caps]


def test_a_read_only_file_is_read_and_refuses_writes_in_one_sentence():
    prefix = _as_ordinary_user()
    folder = Path(tempfile.mkdtemp(prefix="focal-prov-ro-"))
    path = folder / "province.sqlite3"
    try:
        _good(path)
        path.chmod(0o444)
        url = f"sqlite:///{path}"
        read = run(prefix, url, "report", "--month", "2026-11")
        assert read.returncode == 0, read.stderr
        assert "0/1 văn phòng" in read.stdout
        for verb in (["add-office", "--code", "XA-B", "--name", "UBND XA-B"], ["serve", "--port", "1"]):
            assert "chỉ cho phép đọc" in one_sentence(run(prefix, url, *verb))
        folder.chmod(0o555)
        assert "chỉ cho phép đọc" in one_sentence(
            run(prefix, url, "add-office", "--code", "X", "--name", "X")
        )
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)
        shutil.rmtree(folder)
