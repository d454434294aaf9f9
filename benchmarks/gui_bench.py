"""GUI benchmarks, each as a ratio to a baseline measured in the same run on the same machine.

1. Start-up: wall time of ``focal-desk --data-dir D gui --exit-when-ready`` (the window open, the register's
   first page on screen) vs. a fresh process that opens a bare PySide6 QMainWindow with an empty QTableView.
2. Search as you type: from the end of the typing pause (the debounce firing) to the register model holding
   the new rows and its first page, vs. the same FTS query run raw in sqlite3 (as in core_bench.py).
3. Memory: peak RSS of the start-up process with N requests vs. the same app on an empty database.

    .venv/bin/python benchmarks/gui_bench.py --data-dir /tmp/gui100k      # a data dir seeded with 100,000
    .venv/bin/python benchmarks/gui_bench.py --requests 5000               # seeds a temporary one first

Nothing is asserted; read the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
QUERIES = ["nguyen", "duc", "quy hoach", "tran thi", "ngan sach 2025", "khieu nai", "le", "ho so", "001", "xa"]

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.setCentralWidget(QTableView())
w.resize(1280, 800)
w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def run_measured(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MiB (wait4's ru_maxrss) and stdout of one fresh process."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = proc.stdout.read() if proc.stdout else ""
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{cmd} exited {proc.returncode}")
    return wall, usage.ru_maxrss / 1024, out


def bench_startup(data_dir: Path, empty_dir: Path, rounds: int, env: dict[str, str]) -> dict[str, list]:
    app = [sys.executable, "-m", "focal_desk", "--data-dir", str(data_dir), "gui", "--exit-when-ready"]
    empty = [sys.executable, "-m", "focal_desk", "--data-dir", str(empty_dir), "gui", "--exit-when-ready"]
    bare = [sys.executable, "-c", BARE_WINDOW]
    run_measured(empty, env)  # first run of the empty dir creates and migrates its database: not timed
    results: dict[str, list] = {"app": [], "bare": [], "empty": [], "ready_ms": [], "rss_app": [], "rss_empty": []}
    for _ in range(rounds):  # interleaved, so that a busy moment of the machine hits all three alike
        wall, rss, out = run_measured(app, env)
        results["app"].append(wall)
        results["rss_app"].append(rss)
        results["ready_ms"].append(json.loads(out.strip().splitlines()[-1])["ready_ms"])
        wall, _rss, _ = run_measured(bare, env)
        results["bare"].append(wall)
        wall, rss, _ = run_measured(empty, env)
        results["empty"].append(wall)
        results["rss_empty"].append(rss)
    return results


def bench_search(data_dir: Path, rounds: int) -> tuple[list[float], list[float], int]:
    from PySide6.QtCore import QEventLoop, QTimer

    from focal_desk.app.paths import Paths
    from focal_desk.app.wiring import open_app
    from focal_desk.storage.search import fts_query
    from focal_desk.ui.app import make_application
    from focal_desk.ui.errors import ErrorRouter
    from focal_desk.ui.jobs import JobRunner
    from focal_desk.ui.register.view import RegisterView

    app = make_application("vi")
    core = open_app(Paths(data_dir))
    desk = core.desk()
    jobs, errors = JobRunner(), ErrorRouter(desk.log_path)
    view = RegisterView(desk, jobs, errors)
    view.resize(1280, 760)
    view.show()
    loop = QEventLoop()

    def wait_for(signal) -> None:
        signal.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    wait_for(view.loaded)
    gui, raw, rows = [], [], 0
    con = sqlite3.connect(data_dir / "focal_desk.sqlite3")
    for _ in range(rounds):
        for q in QUERIES:
            view.filter_bar.search.setText(q)  # starts the typing pause …
            t = time.perf_counter()
            view.filter_bar.flush()  # … which ends now: the query job starts
            wait_for(view.countChanged)
            gui.append(time.perf_counter() - t)
            assert view.model.rowCount() == 0 or view.model.is_loaded(0)
            rows += view.model.rowCount()
            t = time.perf_counter()
            con.execute(
                "SELECT r.id, r.register_number, r.requester_name, r.received_at, r.status, r.effective_due "
                "FROM requests r WHERE r.id IN (SELECT rowid FROM request_fts WHERE request_fts MATCH ?) "
                "ORDER BY r.received_at DESC, r.id DESC LIMIT 200",
                (fts_query(q),),
            ).fetchall()
            raw.append(time.perf_counter() - t)
    con.close()
    jobs.wait_all()
    view.close()
    core.close()
    app.processEvents()
    return gui, raw, rows


def pct(values: list[float], p: int) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, help="a data dir already seeded (default: seed a temporary one)")
    parser.add_argument("--requests", type=int, default=100_000, help="requests to seed when no --data-dir")
    parser.add_argument("--rounds", type=int, default=5, help="start-ups of each kind (medians are shown)")
    parser.add_argument("--search-rounds", type=int, default=5)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    os.environ.setdefault("QT_QPA_PLATFORM", env["QT_QPA_PLATFORM"])
    with tempfile.TemporaryDirectory(prefix="focal-gui-bench-") as tmp:
        data_dir = args.data_dir
        if data_dir is None:
            data_dir = Path(tmp) / "seeded"
            print(f"seeding {args.requests} requests into {data_dir} …", flush=True)
            subprocess.run([sys.executable, "-m", "focal_desk", "--data-dir", str(data_dir), "demo",
                            "--requests", str(args.requests)], check=True, env=env, stdout=subprocess.DEVNULL)
        empty_dir = Path(tmp) / "empty"
        s = bench_startup(data_dir, empty_dir, args.rounds, env)
        gui, raw, rows = bench_search(data_dir, args.search_rounds)

    med = statistics.median
    print(f"\n{'measure':<52}{'focal_desk':>12}{'baseline':>12}{'ratio':>8}")
    print("-" * 84)
    print(f"{'start-up to first page, wall s (vs bare QMainWindow)':<52}{med(s['app']):>12.2f}"
          f"{med(s['bare']):>12.2f}{med(s['app']) / med(s['bare']):>8.2f}")
    print(f"{'start-up, wall s (vs same app, empty database)':<52}{med(s['app']):>12.2f}"
          f"{med(s['empty']):>12.2f}{med(s['app']) / med(s['empty']):>8.2f}")
    for p in (50, 95):
        a, b = pct(gui, p) * 1000, pct(raw, p) * 1000
        print(f"{f'search p{p} ms (to model updated vs raw FTS)':<52}{a:>12.1f}{b:>12.1f}{a / b:>8.2f}")
    print(f"{'peak RSS MiB (vs same app, empty database)':<52}{med(s['rss_app']):>12.0f}"
          f"{med(s['rss_empty']):>12.0f}{med(s['rss_app']) / med(s['rss_empty']):>8.2f}")
    print(f"\n(start-up: median of {args.rounds} fresh processes each, interleaved; the app's own ready_ms "
          f"median {med(s['ready_ms']):.0f}; search: {len(gui)} queries, {rows} rows matched; data in {data_dir})")


if __name__ == "__main__":
    main()
