"""The province's ingest through its real API against raw inserts of the same rows into the same tables.

    .venv/bin/python benchmarks/province_ingest_bench.py [--packages 3321] [--clients 1] [--backend both]

N offices (one per commune and ward: 3,321 in Vietnam since July 2025) are registered and enrolled first, and
N signed month packages built, outside the timing. Then, on each backend (SQLite file; PostgreSQL at
FOCAL_DESK_BENCH_PG_URL or 127.0.0.1:5432 when reachable, in a fresh database dropped after):
- baseline: the same N package rows (office id, month, revision, sha256, indicators, body, via, received_at)
  inserted raw with the DB-API's executemany in one transaction — then deleted again;
- a second, informative baseline: the same raw inserts with one commit per row (the API commits each package
  on its own, as it must answer "accepted" only once the package is stored);
- focal_desk: `focal-desk province --db URL serve` (uvicorn, a separate process on a loopback port) receiving
  the N packages from httpx clients (sequential, or --clients threads): as batches of --batch packages
  (POST /api/v1/packages/batch, each package checked and answered on its own, one transaction per batch), and
  one by one (POST /api/v1/packages, one transaction each) — the table emptied between the two.
Prints each time and the ratio API / baseline.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import secrets
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import create_engine, insert, select, text
from sqlalchemy.engine import make_url

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from focal_desk.province.db import Database  # noqa: E402
from focal_desk.province.models import Office  # noqa: E402
from focal_desk.sync import package  # noqa: E402

PG_URL = os.environ.get("FOCAL_DESK_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
MONTH = "2026-11"
COLUMNS = "office_id, month, revision, sha256, indicators, body, via, received_at"


def signed_packages(n: int) -> list[tuple[str, str, str, bytes]]:
    """(office code, name, public key text, package file bytes) for n offices with a key each."""
    out = []
    for i in range(n):
        key = Ed25519PrivateKey.generate()
        code, name = f"XA-{i:05d}", f"UBND xã số {i}"
        figures = {"received": 10 + i % 50, "answered": 8, "refused": 1, "transferred": 1, "overdue": i % 3,
                   "complaints.filed": i % 2, "lawsuits.filed": 0, "fees.collected": 0}
        built = package.build(office_code=code, office_name=name, month=MONTH, revision=1,
                              generated_at=datetime(2026, 12, 1, 8, 0, tzinfo=UTC), app_version="0.1.0",
                              rule_sets=["vn-2016"], indicators=package.indicators_from(figures))
        out.append((code, name, package.public_key_text(key.public_key()), package.dumps(package.sign(built, key))))
    return out


def enroll_all(db: Database, packages: list[tuple[str, str, str, bytes]]) -> dict[str, int]:
    """Registered and enrolled (their keys stored) in one go; returns office code → id."""
    now = datetime.now(UTC)
    rows = [{"code": c, "name": n, "enrollment_code_hash": secrets.token_hex(32), "enrollment_used": True,
             "public_key": k, "enrolled_at": now, "created_at": now} for c, n, k, _ in packages]
    with db.transaction() as session:
        session.execute(insert(Office), rows)
        return {code: id_ for code, id_ in session.execute(select(Office.code, Office.id))}


def raw_rows(packages: list[tuple[str, str, str, bytes]], ids: dict[str, int], sqlite: bool) -> list[tuple]:
    now = datetime.now(UTC)
    stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite else now  # as SQLAlchemy stores it on SQLite
    rows = []
    for code, _name, _key, body in packages:
        summary = package.loads(body)
        digest = hashlib.sha256(package.canonical(summary.raw)).hexdigest()  # as ingest.py computes it
        rows.append((ids[code], MONTH, 1, digest, json.dumps(dict(summary.indicators)), body.decode("utf-8"),
                     "api", stamp))
    return rows


class Raw:
    """A plain DB-API connection to the same database (sqlite3 or psycopg)."""

    def __init__(self, url: str):
        parsed = make_url(url)
        self.sqlite = parsed.get_backend_name() == "sqlite"
        if self.sqlite:
            self.conn = sqlite3.connect(str(parsed.database))
            self.sql = f"INSERT INTO packages ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        else:
            import psycopg

            self.conn = psycopg.connect(parsed.set(drivername="postgresql").render_as_string(hide_password=False))
            self.sql = f"INSERT INTO packages ({COLUMNS}) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)"

    def executemany(self, rows: list[tuple]) -> float:
        t = time.perf_counter()
        cur = self.conn.cursor()
        cur.executemany(self.sql, rows)
        self.conn.commit()
        return time.perf_counter() - t

    def one_commit_each(self, rows: list[tuple]) -> float:
        t = time.perf_counter()
        cur = self.conn.cursor()
        for row in rows:
            cur.execute(self.sql, row)
            self.conn.commit()
        return time.perf_counter() - t

    def empty(self) -> None:
        cur = self.conn.cursor()
        cur.execute("DELETE FROM packages")
        self.conn.commit()

    def count(self) -> int:
        cur = self.conn.cursor()
        cur.execute("SELECT count(*) FROM packages")
        return int(cur.fetchone()[0])

    def close(self) -> None:
        self.conn.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(url: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "focal_desk", "province", "--db", url, "serve",
                             "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        if proc.poll() is not None:
            raise RuntimeError("the province server did not start")
        try:
            if httpx.get(f"{base}/api/v1/status", timeout=1).status_code == 200:
                return proc, base
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError("the province server did not answer")


def post_all(base: str, bodies: list[bytes], clients: int) -> float:
    def send(chunk: list[bytes]) -> list[str]:
        with httpx.Client(base_url=base, timeout=60) as client:
            client.get("/api/v1/status")  # connection open before the clock matters
            return [client.post("/api/v1/packages", content=b,
                                headers={"Content-Type": "application/json"}).json().get("status", "?")
                    for b in chunk]

    chunks = [bodies[k::clients] for k in range(clients)]
    t = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        statuses = [s for part in pool.map(send, chunks) for s in part]
    elapsed = time.perf_counter() - t
    if statuses.count("accepted") != len(bodies):
        raise RuntimeError(f"not all accepted: { {s: statuses.count(s) for s in set(statuses)} }")
    return elapsed


def post_batches(base: str, bodies: list[bytes], clients: int, size: int) -> float:
    """The batch endpoint: the package files' texts, as an office's outbox holds them."""
    texts = [b.decode("utf-8") for b in bodies]
    batches = [json.dumps({"packages": texts[k:k + size]}, ensure_ascii=False).encode("utf-8")
               for k in range(0, len(texts), size)]

    def send(chunk: list[bytes]) -> list[str]:
        with httpx.Client(base_url=base, timeout=300) as client:
            client.get("/api/v1/status")
            return [r["status"] for b in chunk
                    for r in client.post("/api/v1/packages/batch", content=b,
                                         headers={"Content-Type": "application/json"}).json()["results"]]

    chunks = [batches[k::clients] for k in range(clients)]
    t = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        statuses = [s for part in pool.map(send, chunks) for s in part]
    elapsed = time.perf_counter() - t
    if statuses.count("accepted") != len(bodies):
        raise RuntimeError(f"not all accepted: { {s: statuses.count(s) for s in set(statuses)} }")
    return elapsed


def run(label: str, url: str, packages: list[tuple[str, str, str, bytes]], clients: int, size: int) -> None:
    db = Database(url)  # migrated
    ids = enroll_all(db, packages)
    db.close()
    raw = Raw(url)
    rows = raw_rows(packages, ids, raw.sqlite)
    try:
        bulk = raw.executemany(rows)
        raw.empty()
        each = raw.one_commit_each(rows)
        raw.empty()
        proc, base = serve(url)
        try:
            batched = post_batches(base, [p[3] for p in packages], clients, size)
            assert raw.count() == len(packages)
            raw.empty()
            api = post_all(base, [p[3] for p in packages], clients)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        assert raw.count() == len(packages)
    finally:
        raw.close()
    n = len(packages)
    print(f"{label}: {n} packages, {clients} client(s)")
    print(f"  raw executemany, 1 txn            {bulk:8.3f} s")
    print(f"  raw insert, 1 commit per row      {each:8.3f} s")
    print(f"  API, batches of {size:<4d}             {batched:8.3f} s  {n / batched:8.0f} packages/s  "
          f"ratio {batched / bulk:6.1f}x executemany")
    print(f"  API, one package per request      {api:8.3f} s  {n / api:8.0f} packages/s  "
          f"ratio {api / bulk:6.1f}x executemany, {api / each:5.2f}x one commit per row")


def with_pg(body: Callable[[str], None]) -> None:
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"focal_bench_{secrets.token_hex(6)}"
    try:
        with admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        print(f"postgresql: skipped ({type(exc).__name__}: {str(exc).splitlines()[0]})")
        admin.dispose()
        return
    try:
        body(make_url(PG_URL).set(database=name).render_as_string(hide_password=False))
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packages", type=int, default=3321)
    parser.add_argument("--clients", type=int, default=1)
    parser.add_argument("--batch", type=int, default=500, help="packages per batch request (at most 500)")
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    args = parser.parse_args()
    t = time.perf_counter()
    packages = signed_packages(args.packages)
    print(f"built and signed {args.packages} packages in {time.perf_counter() - t:.1f} s (not timed)")
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as tmp:
            run("sqlite", f"sqlite:///{Path(tmp) / 'province.sqlite3'}", packages, args.clients, args.batch)
    if args.backend in ("postgresql", "both"):
        with_pg(lambda url: run("postgresql", url, packages, args.clients, args.batch))


if __name__ == "__main__":
    main()
