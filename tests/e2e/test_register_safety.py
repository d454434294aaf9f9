"""Issue 6.2–6.5 end to end: a register emptied, deleted, replaced, put back stale or damaged is refused for
writing in one sentence, a read-only folder still reads, and backup/restore bring it back without a number
ever being issued twice."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from contextlib import closing
from pathlib import Path

import pytest

DB = "focal_desk.sqlite3"
ADD = (
    "request", "add", "--name", "Trần Thị Bình", "--id-number", "001203004567",
    "--address", "Thôn Đông, xã Đạo Trù, tỉnh Phú Thọ", "--channel", "postal", "--received-on", "2026-08-20",
    "--info", "Quyết định phê duyệt quy hoạch sử dụng đất xã", "--purpose", "Tìm hiểu quyền lợi",
)


def _add(cli, name: str = "Trần Thị Bình"):
    args = list(ADD)
    args[args.index("--name") + 1] = name
    return cli.run(*args, "--json")


def _numbers(cli) -> list[str]:
    return sorted(r["register_number"] for r in cli.json("request", "list", "--json"))


def _one_line_refusal(p: subprocess.CompletedProcess, *words: str) -> None:
    assert p.returncode != 0
    assert "Traceback" not in p.stderr
    assert len(p.stderr.strip().splitlines()) <= 2, p.stderr  # the sentence, and where the newest backup is
    assert "focal-desk:" in p.stderr
    for w in words:
        assert w in p.stderr, p.stderr


def _register_with(cli, n: int) -> None:
    for i in range(n):
        assert _add(cli, f"Người {i}").returncode == 0


def test_an_emptied_register_is_refused_then_restored_and_numbering_continues(cli) -> None:
    _register_with(cli, 3)
    backup = cli.data_dir / "copy.sqlite3"
    assert cli.run("backup", "--out", str(backup)).returncode == 0
    _register_with(cli, 2)  # 4/2026 and 5/2026 are not in the backup
    (cli.data_dir / DB).write_bytes(b"")  # `: > focal_desk.sqlite3`

    _one_line_refusal(_add(cli), "trống", "5/2026", "restore")
    _one_line_refusal(cli.run("request", "list"), "trống")
    check = cli.run("check")
    assert check.returncode == 1 and "[error] register" in check.stdout
    assert (cli.data_dir / DB).stat().st_size == 0  # no new register was started in it

    restored = cli.run("restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert "4/2026 … 5/2026" in restored.stdout and "vào sổ lại" in restored.stdout
    assert _add(cli).returncode == 0
    assert _numbers(cli) == ["1/2026", "2/2026", "3/2026", "6/2026"]  # 4 and 5 are never given again
    assert "4/2026 … 5/2026" in cli.run("check").stdout


def test_a_deleted_register_is_refused_not_recreated(cli) -> None:
    _register_with(cli, 1)
    (cli.data_dir / DB).unlink()
    _one_line_refusal(_add(cli), "Không tìm thấy tệp sổ theo dõi")
    assert not (cli.data_dir / DB).exists()


def test_a_stale_copy_put_back_reads_but_refuses_to_write(cli) -> None:
    _register_with(cli, 3)
    stale = cli.data_dir.parent / "stale.sqlite3"
    shutil.copyfile(cli.data_dir / DB, stale)  # the process closed: the file alone is whole
    _register_with(cli, 2)
    shutil.copyfile(stale, cli.data_dir / DB)

    assert _numbers(cli) == ["1/2026", "2/2026", "3/2026"]  # reading still works
    _one_line_refusal(_add(cli), "3/2026", "5/2026", "bản cũ")
    assert _numbers(cli) == ["1/2026", "2/2026", "3/2026"]  # and 4/2026 was not issued again

    # Accepting the old copy is a restore like any other: the file in place is kept, the gap is listed.
    restored = cli.run("restore", str(stale))
    assert restored.returncode == 0 and "4/2026 … 5/2026" in restored.stdout
    assert len(list((cli.data_dir / "backups" / "before-restore").glob("*.sqlite3"))) == 1
    assert json.loads(_add(cli).stdout)["register_number"] == "6/2026"


def test_a_stale_wal_put_back_never_leads_to_a_number_issued_twice(cli) -> None:
    _register_with(cli, 1)
    db, wal = cli.data_dir / DB, cli.data_dir / (DB + "-wal")
    # A reader that stays open keeps the WAL from being checkpointed away, as a running app does.
    with closing(sqlite3.connect(db)) as reader:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM requests").fetchone()
        _register_with(cli, 2)
        assert wal.stat().st_size > 0
        stale_wal = wal.read_bytes()  # copying the folder while the app runs
        reader.execute("COMMIT")
    _register_with(cli, 2)  # 4/2026, 5/2026; the WAL is checkpointed and reset
    wal.write_bytes(stale_wal)  # ... and copying the -wal back later

    p = _add(cli)
    assert p.returncode != 0 and "Traceback" not in p.stderr
    listed = cli.run("request", "list", "--json")
    assert "Traceback" not in listed.stderr
    if listed.returncode == 0:  # whatever the file still shows, a 6th request never got an old number
        assert sorted(r["register_number"] for r in json.loads(listed.stdout)).count("4/2026") <= 1


def test_a_register_replaced_by_another_offices_file_is_refused(cli, tmp_path) -> None:
    _register_with(cli, 2)
    other = type(cli)(tmp_path / "other")
    _register_with(other, 3)
    shutil.copyfile(other.data_dir / DB, cli.data_dir / DB)
    _one_line_refusal(_add(cli), "không phải sổ của máy này")
    # Restoring another register's backup needs saying so.
    refused = cli.run("restore", str(other.data_dir / DB))
    assert refused.returncode == 2 and "--other-register" in refused.stderr


def test_a_damaged_file_gives_one_sentence_and_takes_no_write(cli) -> None:
    assert cli.run("demo", "--requests", "150").returncode == 0
    db = cli.data_dir / DB
    size = db.stat().st_size
    with open(db, "r+b") as f:  # 16 KiB of random bytes in the middle of the file
        f.seek(size // 2 - (size // 2) % 4096)
        f.write(os.urandom(16384))

    manifest = (cli.data_dir / "focal_desk.manifest.json").read_text(encoding="utf-8")

    listed = cli.run("request", "list")
    assert "Traceback" not in listed.stderr and "Traceback" not in listed.stdout
    _one_line_refusal(_add(cli), "bị hỏng", "restore")
    check = cli.run("check")
    assert check.returncode == 1 and "restore" in check.stdout
    after = (cli.data_dir / "focal_desk.manifest.json").read_text(encoding="utf-8")
    assert json.loads(after)["highest"] == json.loads(manifest)["highest"]  # no number was issued into it


def test_a_record_that_does_not_decode_is_shown_not_crashed_on(cli) -> None:
    r = _add(cli)
    rid = json.loads(r.stdout)["id"]
    with closing(sqlite3.connect(cli.data_dir / DB)) as con:
        # "Nguyễ" then bytes that are not UTF-8, as a damaged page or a foreign tool may leave behind
        con.execute("UPDATE requests SET requester_name = CAST(x'4e677579e1bb85fffe' AS TEXT), "
                    "info_requested = CAST(x'c3' AS TEXT) WHERE id = ?", (rid,))
        con.commit()
    shown = cli.run("request", "show", str(rid))
    assert shown.returncode == 0, shown.stderr
    assert "\ufffd" in shown.stdout
    assert cli.run("request", "show", str(rid), "--json").returncode == 0
    assert cli.run("request", "list").returncode == 0


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_read_only_folder_reads_and_refuses_writes_in_one_line(cli, tmp_path) -> None:
    _register_with(cli, 2)
    outside = Path(tempfile.mkdtemp(prefix="focal-desk-ro-"))  # pytest's tmp folders are private to root
    outside.chmod(0o755)
    folder = outside / "usb"
    shutil.copytree(cli.data_dir, folder)
    for p in [folder, *folder.rglob("*")]:
        p.chmod(0o555 if p.is_dir() else 0o444)
    tmp_path.chmod(0o755)
    base = [sys.executable, "-m", "focal_desk", "--data-dir", str(folder)]
    if os.geteuid() == 0:  # root ignores permissions: run as an ordinary user, as an officer would
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("needs setpriv (util-linux) to drop root")
        base = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", *base]
        for parent in [*folder.parents, *Path(__file__).resolve().parents]:
            if parent.stat().st_mode & 0o005 != 0o005:
                pytest.skip(f"{parent} is not readable by an ordinary user")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "HOME": str(tmp_path)}
    env.pop("FOCAL_DESK_DATA_DIR", None)

    def run(*args):
        return subprocess.run([*base, *args], capture_output=True, text=True, encoding="utf-8", env=env,
                              cwd=Path(__file__).resolve().parents[2], timeout=300)

    try:
        listed = run("request", "list", "--json")
        assert listed.returncode == 0, listed.stderr
        assert len(json.loads(listed.stdout)) == 2
        assert "Traceback" not in listed.stderr
        added = run(*ADD)
        _one_line_refusal(added, "chỉ cho phép đọc")
    finally:
        for p in [folder, *folder.rglob("*")]:
            p.chmod(0o755 if p.is_dir() else 0o644)
        shutil.rmtree(outside)
