"""Statistics of a year of N requests (every figure of domain/statistics.py, through StatisticsService and a
read-only unit of work) against one raw `SELECT channel, count(*) … GROUP BY` pass over the same year in
plain sqlite3, times 3 — measured in the same run, on the same file. Goal: ratio under 1.

The register is made fast: a migrated file, then every row written with executemany in one transaction
(requests with realistic outcomes, deadlines and extensions; some corrections, complaints and payments).

    .venv/bin/python benchmarks/stats_bench.py --requests 100000
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from focal_desk.domain.clock import VN_TZ, FixedClock
from focal_desk.domain.statistics import Period
from focal_desk.services.statistics import StatisticsService
from focal_desk.storage.engine import make_engine, make_session_factory
from focal_desk.storage.migrate import upgrade_database
from focal_desk.storage.unit_of_work import make_uow_factory

YEAR = 2025
RAW = "SELECT channel, count(*) FROM requests WHERE received_on BETWEEN ? AND ? GROUP BY channel"
# The same pass forced to scan the table: SQLite plans RAW through the received_on index, which for a whole
# year fetches every row by id and is slower than reading the table straight through.
RAW_SCAN = RAW.replace("FROM requests", "FROM requests NOT INDEXED")
CHANNELS = ("in_person", "electronic", "postal", "fax")
KINDS = ("citizen", "citizen", "citizen", "authorised", "organisation", "foreign_resident")
CLOSED = ("provided", "provided", "provided", "partially_provided", "refused", "transferred", "withdrawn")
GROUNDS = ("a", "b", "c", "d", "dd", "e")


def _defaults(db: sqlite3.Connection, table: str) -> dict[str, object]:
    """A value for every NOT NULL column without a default (text "", numbers 0)."""
    out: dict[str, object] = {}
    for _, name, kind, notnull, default, pk in db.execute(f"PRAGMA table_info({table})"):
        if notnull and default is None and not pk:
            out[name] = 0 if kind.upper() in ("INTEGER", "BOOLEAN", "FLOAT") else ""
    return out


def _request(i: int, rng: random.Random) -> dict[str, object]:
    received = date(YEAR, 1, 1) + timedelta(days=rng.randrange(365))
    status, valid_on, complexity, provide_due = "received", None, None, None
    extended_due = extended_on = closed_on = ground = None
    supplement = "Thiếu giấy tờ" if rng.random() < 0.1 else ""
    if rng.random() < 0.9:
        valid_on = received + timedelta(days=rng.randint(0, 5) if supplement else 0)
        complexity = "complex" if rng.random() < 0.3 else "simple"
        provide_due = valid_on + timedelta(days=21 if complexity == "complex" else 5)
        status = "valid"
        if complexity == "complex" and rng.random() < 0.3:
            extended_on = provide_due - timedelta(days=2)
            extended_due = provide_due + timedelta(days=15)
            status = "extended"
        if rng.random() < 0.85:
            status = rng.choice(CLOSED)
            due = extended_due or provide_due
            closed_on = valid_on + timedelta(days=rng.randint(0, (due - valid_on).days + 10))
            ground = rng.choice(GROUNDS) if status == "refused" else None
    elif rng.random() < 0.5:
        status, closed_on = rng.choice(("transferred", "withdrawn")), received + timedelta(days=1)
    elif supplement:
        status = "awaiting_supplement"
    return {
        "id": i, "agency_id": 1, "register_year": YEAR, "register_seq": i, "register_number": f"{i}/{YEAR}",
        "requester_id": 1, "requester_kind": rng.choice(KINDS), "requester_name": f"Người {i}",
        "id_type": "cccd", "id_number": f"{i:012d}", "channel": rng.choice(CHANNELS),
        "received_at": f"{received.isoformat()} 08:00:00.000000", "received_on": received.isoformat(),
        "info_requested": "Thông tin", "info_key": "thong tin", "purpose": "Tìm hiểu", "provision_form": "copy",
        "copies": 1, "officer_assisted": 0, "consent_attached": 0, "status": status,
        "valid_on": valid_on and valid_on.isoformat(), "complexity": complexity,
        "provide_due": provide_due and provide_due.isoformat(),
        "extended_due": extended_due and extended_due.isoformat(),
        "extended_on": extended_on and extended_on.isoformat(),
        "effective_due": (extended_due or provide_due) and (extended_due or provide_due).isoformat(),  # type: ignore[union-attr]
        "explain": "[]", "supplement_note": supplement, "closed_on": closed_on and closed_on.isoformat(),
        "refusal_ground": ground, "repeat_count": 0, "version": 1,
    }


def build(db_path: Path, n: int, seed: int) -> None:
    upgrade_database(db_path, db_path.parent / "backups", datetime(YEAR + 1, 1, 5, tzinfo=VN_TZ))
    rng = random.Random(seed)
    db = sqlite3.connect(db_path)
    try:
        with db:
            db.execute(
                "INSERT INTO agencies (id, code, name, parent_body, place_name, symbol, signer_name, signer_title,"
                " authority, area_factor, province_code) VALUES (1, 'default', 'UBND XÃ A', 'UBND TỈNH B', 'A',"
                " 'UBND', 'Nguyễn Văn An', 'CHỦ TỊCH', 'TM.', 1.0, '')")
            db.execute(
                "INSERT INTO requesters (id, id_type, id_number, kind, full_name, address, phone, email, fax,"
                " nationality, on_behalf_of_name, on_behalf_of_id) VALUES (1, 'cccd', '001', 'citizen', 'A',"
                " '', '', '', '', '', '', '')")
            base = _defaults(db, "requests")
            rows = [{**base, **_request(i, rng)} for i in range(1, n + 1)]
            columns = list(rows[0])
            db.executemany(
                f"INSERT INTO requests ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [tuple(r[c] for c in columns) for r in rows],
            )
            closed = [r for r in rows if r["closed_on"] and r["status"] in ("provided", "partially_provided")]
            db.executemany(
                "INSERT INTO corrections (request_id, kind, opened_on, due, reason, prior_status, closed_on,"
                " result, explain) VALUES (?, 'agency_found', ?, ?, 'x', ?, ?, 'y', '[]')",
                [(r["id"], r["closed_on"], r["closed_on"], r["status"], r["closed_on"])
                 for r in rng.sample(closed, len(closed) // 50)],
            )
            db.executemany(
                "INSERT INTO complaints (request_id, kind, filed_on, summary, result, result_on, recorded_by)"
                " VALUES (?, ?, ?, 'x', '', ?, 'bench')",
                [(r["id"], rng.choice(("complaint", "lawsuit")), r["received_on"],
                  r["closed_on"] if rng.random() < 0.5 else None) for r in rng.sample(rows, n // 100)],
            )
            db.executemany(
                "INSERT INTO payments (request_id, paid_on, receipt_number, amount, recorded_by)"
                " VALUES (?, ?, ?, ?, 'bench')",
                [(r["id"], r["received_on"], f"BL{r['id']}", rng.randint(1, 50) * 1000)
                 for r in rng.sample(rows, n // 30)],
            )
        db.execute("ANALYZE")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7, help="measurements of each kind (median)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "focal_desk.sqlite3"
        started = time.perf_counter()
        build(db_path, args.requests, args.seed)
        print(f"built {args.requests:,} requests of {YEAR} in {time.perf_counter() - started:.1f} s")

        engine = make_engine(db_path)
        service = StatisticsService(make_uow_factory(make_session_factory(engine), make_session_factory(
            engine, write=False)), FixedClock(datetime(YEAR + 1, 1, 5, tzinfo=VN_TZ)))
        raw_db = sqlite3.connect(db_path)
        period = Period.year(YEAR)
        bounds = (period.start.isoformat(), period.end.isoformat())
        service.compute(period)  # warm: imports, statement compilation, page cache
        raw_db.execute(RAW, bounds).fetchall()

        ours, raw, scan = [], [], []
        for _ in range(args.repeat):  # interleaved, so all see the same machine load
            t = time.perf_counter()
            stats = service.compute(period)
            ours.append(time.perf_counter() - t)
            t = time.perf_counter()
            raw_db.execute(RAW, bounds).fetchall()
            raw.append(time.perf_counter() - t)
            t = time.perf_counter()
            raw_db.execute(RAW_SCAN, bounds).fetchall()
            scan.append(time.perf_counter() - t)
        t = time.perf_counter()
        months = service.by_month(period)
        by_month_ms = (time.perf_counter() - t) * 1000
        raw_db.close()
        engine.dispose()

    ours_ms, raw_ms, scan_ms = (statistics.median(x) * 1000 for x in (ours, raw, scan))
    print(f"figures computed: {len(stats.values)}; received {stats['received']:,}, answered "
          f"{stats['answered']:,}, open at the end {stats['open_at_end']:,}")
    print("| measure | focal_desk | baseline | ratio |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| statistics of a year, ms (vs raw GROUP BY pass × 3) | {ours_ms:.1f} | {raw_ms * 3:.1f} | "
          f"{ours_ms / (raw_ms * 3):.2f} |")
    print(f"| the same, vs raw GROUP BY forced to scan × 3 | {ours_ms:.1f} | {scan_ms * 3:.1f} | "
          f"{ours_ms / (scan_ms * 3):.2f} |")
    print(f"(one raw GROUP BY pass: {raw_ms:.1f} ms as SQLite plans it, {scan_ms:.1f} ms scanning; goal: under 1)")
    print(f"the year's {len(months)} months (charts, the report): by_month {by_month_ms:.0f} ms (one run)")


if __name__ == "__main__":
    main()
