"""The province server as an officer of the province runs it: `focal-desk province --db URL serve` in its own
process (real uvicorn on a loopback port), stopped and started as often as a test likes. Its database is a
SQLite file, or a fresh PostgreSQL database when the run has one (tests/province/conftest.py's rules)."""

from __future__ import annotations

import importlib.util
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from e2e_cli import Cli


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ProvinceServer:
    """`focal-desk province --db URL serve` as its own process; start() and stop() as often as the test likes."""

    def __init__(self, cli: Cli, db_url: str):
        self.cli, self.db_url, self.port = cli, db_url, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def run(self, *args: str) -> subprocess.CompletedProcess:
        return self.cli.run("province", "--db", self.db_url, *args)

    def start(self) -> None:
        log = self.cli.data_dir.parent / "province-serve.log"
        with log.open("ab") as sink:  # the child keeps its own copy of the handle
            self.process = subprocess.Popen(
                self.cli.command(
                    "province", "--db", self.db_url, "serve", "--host", "127.0.0.1", "--port", str(self.port)
                ),
                env=self.cli.env(),
                stdout=sink,
                stderr=sink,
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.process.poll() is None, log.read_text(encoding="utf-8", errors="replace")
            try:
                if httpx.get(self.url + "/api/v1/status", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        raise AssertionError("the province server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None


def _province_conftest():
    """tests/province/conftest.py under a name of its own (its PostgreSQL rules: one place for them)."""
    folder = Path(__file__).resolve().parents[1] / "province"
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    if "province_conftest" not in sys.modules:
        spec = importlib.util.spec_from_file_location("province_conftest", folder / "conftest.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["province_conftest"] = module
        spec.loader.exec_module(module)
    return sys.modules["province_conftest"]


def province_db_urls(tmp_path: Path, backend: str) -> Iterator[str]:
    """A fresh province database on ``backend``; PostgreSQL skips when unreachable, unless required."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'province.sqlite3'}"
        return
    url, drop = _province_conftest().fresh_pg_database()
    try:
        yield url
    finally:
        drop()


@pytest.fixture(params=["sqlite", "postgresql"])
def province_db(request, tmp_path) -> Iterator[str]:
    yield from province_db_urls(tmp_path, request.param)


@pytest.fixture
def province(tmp_path, province_db) -> Iterator[ProvinceServer]:
    """The province server on each of its databases (stopped at the end if the test left it running)."""
    server = ProvinceServer(Cli(tmp_path / "province-side"), province_db)
    yield server
    server.stop()
