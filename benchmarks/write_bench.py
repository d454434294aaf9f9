"""Writing the register: the cost of the safety net and of sharing the register between processes.

    .venv/bin/python benchmarks/write_bench.py [--adds 300] [--processes 3]

Prints ratios, each against a baseline measured in the same run:
- one add through the service (a unit of work with BEGIN IMMEDIATE, the manifest written after the commit)
  against the same add with the manifest switched off — what the manifest costs;
- the same adds made by N processes at once against one process making them all — what waiting for the
  write lock costs in throughput (and that none fails);
- `focal-desk request list` (quick_check and the day's backup on, as every command starts) against the same
  process with the file check off.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WRITER = REPO / "tests" / "e2e" / "concurrent_writer.py"


def writers(data: Path, processes: int, adds: int) -> tuple[float, int, int]:
    start_at = time.time() + 3
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [subprocess.Popen([sys.executable, str(WRITER), str(data), str(adds), f"b{k}", str(start_at)],
                              stdout=subprocess.PIPE, text=True, env=env) for k in range(processes)]
    results = [json.loads(p.communicate()[0]) for p in procs]
    elapsed = time.time() - start_at
    done = sum(len(r["numbers"]) for r in results)
    failed = sum(len(r["errors"]) for r in results)
    return elapsed, done, failed


def per_add(data: Path, adds: int, manifest: bool) -> float:
    """Seconds per add in one process; ``manifest`` off replaces the manifest write with nothing."""
    code = (
        "import importlib.util, sys, time\n"
        "import focal_desk.storage.unit_of_work as u\n"
        f"spec = importlib.util.spec_from_file_location('writer', {str(WRITER)!r})\n"
        "w = importlib.util.module_from_spec(spec); spec.loader.exec_module(w)\n"
        f"if not {manifest}:\n"
        "    u.record_issued = lambda *a, **k: None\n"
        f"sys.argv = ['w', {str(data)!r}, '0', 'warm', '0']; w.main()  # create and migrate first\n"
        f"sys.argv = ['w', {str(data)!r}, '{adds}', 'timed', '0']\n"
        "t = time.perf_counter(); w.main(); print(time.perf_counter() - t, file=sys.stderr)\n"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       env={**os.environ, "PYTHONPATH": str(REPO)}, check=True)
    return float(p.stderr.strip().splitlines()[-1]) / adds


def cli_list(data: Path, check: bool) -> float:
    code = ("import sys, time\nfrom focal_desk.app.paths import Paths\nfrom focal_desk.app.wiring import open_app\n"
            "from focal_desk.domain.listing import RequestQuery\n"
            f"t = time.perf_counter(); a = open_app(Paths(__import__('pathlib').Path({str(data)!r})), check_file={check})\n"
            "a.requests.summaries(RequestQuery(limit=50)); a.close(); print(time.perf_counter() - t)\n")
    times = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                  env={**os.environ, "PYTHONPATH": str(REPO)}).stdout) for _ in range(5)]
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--adds", type=int, default=300)
    ap.add_argument("--processes", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        with_manifest = per_add(root / "m1", args.adds, True)
        without = per_add(root / "m0", args.adds, False)
        print(f"add through the service, manifest on / off: {with_manifest * 1000:.2f} ms / "
              f"{without * 1000:.2f} ms = {with_manifest / without:.2f}x")
        one, done1, failed1 = writers(root / "one", 1, args.adds * args.processes)
        many, done, failed = writers(root / "many", args.processes, args.adds)
        print(f"{args.processes} processes x {args.adds} adds: {done}/{done + failed} added, {failed} failed; "
              f"throughput {done / many:.0f}/s vs one process {done1 / one:.0f}/s = {(done / many) / (done1 / one):.2f}x")
        checked, unchecked = cli_list(root / "many", True), cli_list(root / "many", False)
        print(f"start + list, quick_check on / off ({done} requests): {checked * 1000:.0f} ms / "
              f"{unchecked * 1000:.0f} ms = {checked / unchecked:.2f}x")


if __name__ == "__main__":
    main()
