"""Issue 10's "done when" at an office's real size, on the province's both databases: an office with 2,000
requests (the demo seeder) pushes its last month to a province server (`focal-desk province serve`, real
uvicorn) it could not reach at first; once the server is up the month arrives exactly once and the province's
report shows the office's own numbers (two queued months: one batch request); an earlier month goes on a stick (`summary --out`, `province import`)
with the same result. PostgreSQL: a fresh database, skipped when unreachable unless
FOCAL_DESK_REQUIRE_POSTGRES=1 (tests/province/conftest.py's rules)."""

from __future__ import annotations

import json
import shutil

import pytest
from e2e_cli import TODAY, Cli
from province_server import ProvinceServer

REQUESTS = 2000


def _month_before(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


_LAST = _month_before(TODAY.year, TODAY.month)
LAST, BEFORE, STICK = (
    f"{y:04d}-{m:02d}" for y, m in (_LAST, _month_before(*_LAST), _month_before(*_month_before(*_LAST)))
)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """The office's data folder with 2,000 requests over two years, made once for the module."""
    cli = Cli(tmp_path_factory.mktemp("seeded") / "data")
    done = cli.run("demo", "--requests", str(REQUESTS))
    assert done.returncode == 0, done.stderr
    return cli.data_dir


def _received(cli: Cli, month: str) -> int:
    return cli.json("stats", "--month", month, "--json")["values"]["received"]


def _report(server: ProvinceServer, month: str) -> dict:
    done = server.run("report", "--month", month, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_an_office_of_2000_requests_reaches_a_province_that_was_down_exactly_once(
    seeded, province_db, tmp_path
):
    cli = Cli(tmp_path / "office")
    shutil.copytree(seeded, cli.data_dir)
    server = ProvinceServer(Cli(tmp_path / "province-side"), province_db)
    try:
        added = json.loads(
            server.run("add-office", "--code", "XA-DAOTRU", "--name", "UBND xã Đạo Trù", "--json").stdout
        )
        server.start()
        cli.json(
            "sync",
            "enroll",
            "--server",
            server.url,
            "--office-code",
            "XA-DAOTRU",
            "--code",
            added["enrollment_code"],
            "--json",
        )
        server.stop()  # the link goes down

        last, before, stick_month = (_received(cli, m) for m in (LAST, BEFORE, STICK))
        assert last > 0 and before > 0 and stick_month > 0  # two years of requests: every month has some
        for m in (BEFORE, LAST):
            assert cli.run("summary", "--month", m).returncode == 0
        down = cli.run("sync", "push")
        assert down.returncode != 0 and len(down.stderr.strip().splitlines()) == 1
        assert "2 chờ gửi" in cli.run("sync", "status").stdout

        server.start()  # an hour later
        assert cli.run("sync", "push", "--now").returncode == 0
        assert cli.run("sync", "push", "--now").returncode == 0  # nothing left: nothing sent twice
        assert "0 chờ gửi" in cli.run("sync", "status").stdout
        month = _report(server, LAST)
        assert (month["offices"], month["received"]) == (1, last)
        assert month["by_office"][0]["office_code"] == "XA-DAOTRU"
        assert _report(server, BEFORE)["received"] == before

        # An earlier month on a stick: imported twice, counted once, the same numbers as the office's.
        stick = tmp_path / "stick" / f"bao-cao-{STICK}.json"
        stick.parent.mkdir()
        assert cli.run("summary", "--month", STICK, "--out", str(stick)).returncode == 0
        for _ in range(2):
            done = server.run("import", str(stick))
            assert done.returncode == 0, done.stderr
        assert [_report(server, m)["received"] for m in (STICK, BEFORE, LAST)] == [stick_month, before, last]
    finally:
        server.stop()
