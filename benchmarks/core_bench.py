"""Core benchmarks: seeding, search latency, deadline computations — each as a ratio to a same-run baseline.

    .venv/bin/python benchmarks/core_bench.py --requests 100000 [--data-dir DIR] [--keep]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from focal_desk.app.paths import Paths
from focal_desk.app.wiring import open_app
from focal_desk.demo.seed import seed_demo
from focal_desk.domain.deadlines import compute_deadlines
from focal_desk.domain.enums import Channel, Complexity
from focal_desk.domain.listing import RequestQuery
from focal_desk.domain.rules import choose_rule_set
from focal_desk.storage.search import fts_query

QUERIES = (
    "nguyen van", "tran thi hang", "le duc", "pham", "hoang minh", "quy hoach su dung dat", "ho ngheo",
    "ngan sach", "dang ky dat", "vu thi", "do van", "giay phep xay dung", "bui", "dang thi", "ngo van",
)


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def bench_seed(app, n: int) -> float:
    t = time.perf_counter()
    seed_demo(app.uow_factory, app.calendar, app.rulebook, app.clock, n, seed=2026,
              progress=lambda done, total: print(f"\r  seeding {done}/{total}", end="", flush=True))
    print()
    return time.perf_counter() - t


def bench_raw_insert(folder: Path, n: int) -> float:
    """Baseline: the same number of rows of similar width, raw sqlite3, same PRAGMAs and batch size."""
    con = sqlite3.connect(folder / "raw.sqlite3")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE r (id INTEGER PRIMARY KEY, name TEXT, id_number TEXT, info TEXT, status TEXT, due TEXT)")
    rng = random.Random(1)
    t = time.perf_counter()
    for start in range(0, n, 500):
        with con:
            con.executemany(
                "INSERT INTO r (name, id_number, info, status, due) VALUES (?, ?, ?, ?, ?)",
                [(f"Nguyễn Văn {i}", f"{rng.randint(0, 10**12):012d}", "Quyết định phê duyệt quy hoạch" * 2,
                  "provided", "2026-01-01") for i in range(start, min(n, start + 500))],
            )
    elapsed = time.perf_counter() - t
    con.close()
    return elapsed


def bench_search(app, db: Path, rounds: int) -> tuple[list[float], list[float], int]:
    service, raw = [], []
    con = sqlite3.connect(db)
    hits = 0
    for _ in range(rounds):
        for q in QUERIES:
            t = time.perf_counter()
            rows = app.requests.summaries(RequestQuery(search=q, limit=200))
            service.append(time.perf_counter() - t)
            hits += len(rows)
            match = fts_query(q)
            t = time.perf_counter()
            con.execute(
                "SELECT r.id, r.register_number, r.requester_name, r.received_at, r.status, r.effective_due "
                "FROM requests r WHERE r.id IN (SELECT rowid FROM request_fts WHERE request_fts MATCH ?) "
                "ORDER BY r.received_at DESC, r.id DESC LIMIT 200",
                (match,),
            ).fetchall()
            raw.append(time.perf_counter() - t)
    con.close()
    return service, raw, hits


def rate(fn, items, seconds: float) -> float:
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        for x in items:
            fn(x)
            n += 1
    return n / (time.perf_counter() - t0)


def bench_counting(app, seconds: float = 2.0) -> tuple[float, float]:
    """Like for like: the 15th working day after a date, ours vs python-holidays' helper."""
    import holidays

    cal = app.calendar.calendar()
    vn = holidays.country_holidays("VN", years=range(2025, 2028))
    days = [date(2025, 1, 2) + timedelta(days=i) for i in range(500)]
    return rate(lambda d: cal.add_working_days(d, 15), days, seconds), rate(
        lambda d: vn.get_nth_working_day(d, 15), days, seconds
    )


def bench_deadlines(app, seconds: float = 2.0) -> tuple[float, float]:
    cal = app.calendar.calendar()
    rules = app.rulebook.rule_sets()
    days = [date(2025, 1, 2) + timedelta(days=i) for i in range(500)]
    combos = [(c, k) for c in Channel for k in Complexity]
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        for d in days:
            c, k = combos[n % len(combos)]
            compute_deadlines(choose_rule_set(rules, d), cal, c, k, d)
            n += 1
    ours = n / (time.perf_counter() - t0)
    import holidays

    vn = holidays.country_holidays("VN", years=range(2025, 2028))
    m, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        for d in days:
            vn.get_nth_working_day(d, 15)
            m += 1
    theirs = m / (time.perf_counter() - t0)
    return ours, theirs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--data-dir")
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    folder = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="focal-bench-"))
    app = open_app(Paths(folder))
    try:
        have = app.requests.count(RequestQuery())
        seed_s = None
        if have == 0:  # demo data goes only into an empty register: an existing one is measured as it is
            seed_s = bench_seed(app, args.requests)
            raw_s = bench_raw_insert(folder, args.requests)
        elif have < args.requests:
            print(f"note: {folder} already holds {have} requests; measuring those (no demo data is added "
                  "to a register that has requests)")
        service, raw, hits = bench_search(app, app.paths.database, args.rounds)
        ours, theirs = bench_deadlines(app)
        count_ours, count_theirs = bench_counting(app)
        total = app.requests.count(RequestQuery())
    finally:
        app.close()
    print()
    print(f"focal_desk core benchmarks — {total} requests in the register")
    print(f"{'measure':<44}{'focal_desk':>14}{'baseline':>14}{'ratio':>9}")
    if seed_s is not None:
        n = args.requests
        print(f"{'seeding, requests/s (demo vs raw inserts)':<44}{n / seed_s:>14.0f}{n / raw_s:>14.0f}"
              f"{(n / seed_s) / (n / raw_s):>9.3f}")
        print(f"{'seeding, minutes for these requests':<44}{seed_s / 60:>14.2f}")
    for p in (50, 95):
        a, b = pct(service, p) * 1000, pct(raw, p) * 1000
        print(f"{f'search p{p} ms (service vs raw FTS)':<44}{a:>14.2f}{b:>14.2f}{a / b:>9.2f}")
    print(f"{'15th working day/s (ours vs holidays)':<44}{count_ours:>14.0f}{count_theirs:>14.0f}"
          f"{count_ours / count_theirs:>9.2f}")
    print(f"{'full deadlines+explain/s vs holidays 15th WD':<44}{ours:>14.0f}{theirs:>14.0f}{ours / theirs:>9.2f}")
    print(f"(search: {len(service)} queries, {hits} rows returned; data in {folder})")
    if not args.keep and not args.data_dir:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
