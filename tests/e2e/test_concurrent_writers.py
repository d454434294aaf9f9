"""Issue 6.1: several processes writing one register wait for each other instead of failing, and the
register numbers stay one unbroken sequence."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

WRITER = Path(__file__).with_name("concurrent_writer.py")
REPO = Path(__file__).resolve().parents[2]


def _run_writers(data_dir: Path, processes: int, adds: int) -> list[dict]:
    start_at = time.time() + 4  # every interpreter is up and waiting by then
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [
        subprocess.Popen([sys.executable, str(WRITER), str(data_dir), str(adds), f"p{k}", str(start_at)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env)
        for k in range(processes)
    ]
    results = []
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
        results.append(json.loads(out))
    return results


def _check_sequence(results: list[dict], expected: int) -> None:
    errors = [e for r in results for e in r["errors"]]
    assert errors == []
    seqs = sorted(int(n.split("/")[0]) for r in results for n in r["numbers"])
    assert seqs == list(range(1, expected + 1))  # none repeated, none skipped


@pytest.mark.slow
def test_three_processes_adding_200_each_never_fail_and_never_repeat_a_number(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _run_writers(data, 1, 0)  # an existing register, as in an office
    _check_sequence(_run_writers(data, 3, 200), 600)


@pytest.mark.slow
def test_the_very_first_start_in_a_new_folder_does_not_race(tmp_path: Path) -> None:
    _check_sequence(_run_writers(tmp_path / "data", 8, 3), 24)


@pytest.mark.slow
def test_kill_9_while_writing_loses_nothing_committed_and_never_refuses_the_register(tmp_path: Path) -> None:
    """The manifest is written after the commit: a kill between the two leaves the database ahead, which
    the next start accepts (and brings the manifest up to date); never a refusal, never a number twice."""
    data = tmp_path / "data"
    _run_writers(data, 1, 0)
    manifest = data / "focal_desk.manifest.json"
    for _round in range(3):
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        p = subprocess.Popen([sys.executable, str(WRITER), str(data), "100000", "k", "0"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        before = json.loads(manifest.read_text(encoding="utf-8"))["highest"].get("2026", 0)
        deadline = time.time() + 120
        while time.time() < deadline:  # until it has written a few
            if json.loads(manifest.read_text(encoding="utf-8"))["highest"].get("2026", 0) >= before + 5:
                break
            time.sleep(0.01)
        p.send_signal(signal.SIGKILL)
        p.wait(timeout=60)
    results = _run_writers(data, 1, 3)
    assert results[0]["errors"] == []
    with closing(sqlite3.connect(data / "focal_desk.sqlite3")) as con:
        seqs = [r[0] for r in con.execute("SELECT register_seq FROM requests WHERE register_year = 2026 ORDER BY 1")]
    assert seqs == list(range(1, len(seqs) + 1)) and len(seqs) >= 18
