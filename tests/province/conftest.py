"""The province server on SQLite and on PostgreSQL, served by a real uvicorn on a loopback port.

PostgreSQL: one fresh database per test session (dropped after), emptied before each test. When it cannot be
reached the PostgreSQL cases skip — unless FOCAL_DESK_REQUIRE_POSTGRES=1 (CI), where they fail."""

from __future__ import annotations

import os
import secrets
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
import uvicorn
from province_helpers import Office
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from focal_desk.province.api import create_app
from focal_desk.province.db import Database
from focal_desk.province.offices import add_office

PG_URL = os.environ.get("FOCAL_DESK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
TABLES = "packages, announcements, users, province_key, offices"


def postgres_required() -> bool:
    return os.environ.get("FOCAL_DESK_REQUIRE_POSTGRES") == "1"


def fresh_pg_database() -> tuple[str, object]:
    """CREATE DATABASE focal_prov_<random>; returns its URL and a function that drops it."""
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as c:
            name = f"focal_prov_{secrets.token_hex(6)}"
            c.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        admin.dispose()
        message = f"PostgreSQL unreachable at {PG_URL}: {type(exc).__name__}: {str(exc).splitlines()[0]}"
        if postgres_required():
            pytest.fail(f"FOCAL_DESK_REQUIRE_POSTGRES=1 but {message}", pytrace=False)
        pytest.skip(message)

    def drop() -> None:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False), drop


@pytest.fixture(scope="session")
def pg_session_url() -> Iterator[str]:
    url, drop = fresh_pg_database()
    yield url
    drop()  # type: ignore[operator]


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'province.sqlite3'}"
    url = request.getfixturevalue("pg_session_url")
    engine = create_engine(url)
    try:
        with engine.begin() as c:
            exists = c.execute(text("select to_regclass('public.offices')")).scalar()
            if exists:
                c.execute(text(f"TRUNCATE {TABLES} RESTART IDENTITY CASCADE"))
    finally:
        engine.dispose()
    return url


@dataclass
class Province:
    url: str  # http://127.0.0.1:PORT
    db_url: str
    db: Database
    client: httpx.Client

    def office(self, code: str, name: str) -> Office:
        """An office with a key of its own, not registered here."""
        return Office(code, name)

    def register(self, code: str = "XA-DAOTRU", name: str = "UBND xã Đạo Trù") -> tuple[Office, str]:
        done = add_office(self.db, code, name)
        return Office(code, name), done.enrollment_code

    def enrolled(self, code: str = "XA-DAOTRU", name: str = "UBND xã Đạo Trù") -> Office:
        office, one_time = self.register(code, name)
        r = self.client.post("/api/v1/enroll", json={"office_code": code, "enrollment_code": one_time,
                                                     "public_key": office.public})
        assert r.status_code == 200, r.text
        return office

    def submit(self, body: bytes) -> httpx.Response:
        return self.client.post("/api/v1/packages", content=body, headers={"Content-Type": "application/json"})


class ServerThread:
    """uvicorn.Server on a socket bound here (port 0: the system picks a free one)."""

    def __init__(self, app):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        config = uvicorn.Config(app, log_level="warning", ws="none", lifespan="off", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> ServerThread:
        self.thread.start()
        started = threading.Event()
        while not started.wait(0.01):  # uvicorn sets .started once it listens; a dead thread ends the wait
            if self.server.started:
                started.set()
            elif not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join()
        self.sock.close()


@pytest.fixture
def province(db_url) -> Iterator[Province]:
    app = create_app(db_url)
    db = Database(db_url, migrate=False)
    with ServerThread(app) as server:
        base = f"http://127.0.0.1:{server.port}"
        with httpx.Client(base_url=base, timeout=30) as client:
            yield Province(base, db_url, db, client)
    db.close()
    app.state.db.close()


@dataclass
class DashboardSite:
    url: str
    db: Database
    settings: object  # the app's DashboardSettings: tests move its clock
    client: httpx.Client  # redirects are not followed: tests look at them


@pytest.fixture
def dashboard(db_url) -> Iterator[DashboardSite]:
    """The province app (API and dashboard) on a real uvicorn, its dashboard clock at 03/12/2026 10:00 in
    Vietnam (tests replace or move it)."""
    from datetime import UTC, datetime

    from dashboard_helpers import Clock

    app = create_app(db_url)
    app.state.dashboard.settings.clock = Clock(datetime(2026, 12, 3, 3, 0, tzinfo=UTC))
    db = Database(db_url, migrate=False)
    with ServerThread(app) as server:
        base = f"http://127.0.0.1:{server.port}"
        with httpx.Client(base_url=base, timeout=60, follow_redirects=False) as client:
            yield DashboardSite(base, db, app.state.dashboard.settings, client)
    db.close()
    app.state.db.close()
