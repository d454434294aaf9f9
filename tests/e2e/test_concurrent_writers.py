"""Issue 6.1: several processes writing one register wait for each other instead of failing, and the
register numbers stay one unbroken sequence."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
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
