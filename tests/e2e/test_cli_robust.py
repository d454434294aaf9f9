"""Bad numbers, out-of-range dates, a closed pipe and unexpected errors: one line, never a traceback (issue 6.7)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta

import pytest
from e2e_cli import REPO, TODAY
from test_cli import ADD

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


def test_numbers_and_dates_out_of_range_are_refused_in_one_line_naming_the_flag(cli):
    r = cli.json(*ADD, "--json")
    before = cli.json("request", "show", str(r["id"]), "--json")
    rid = str(r["id"])
    assert "ID" in cli.fails("request", "show", "99999999999999999999")
    assert "--month" in cli.fails("request", "list", "--month", "0000-01")
    assert "--month" in cli.fails("request", "list", "--month", "9999-12")
    assert "--limit" in cli.fails("request", "list", "--limit", "99999999999999999999")
    assert "--valid-on" in cli.fails("deadline", "--channel", "postal", "--complexity", "complex",
                                     "--valid-on", "9999-12-20")
    assert "--valid-on" in cli.fails("deadline", "--channel", "postal", "--complexity", "simple",
                                     "--valid-on", "2018-06-30")  # before the law took effect
    early = list(ADD)
    early[early.index("2026-08-20")] = "2018-06-30"
    assert "--received-on" in cli.fails(*early)
    assert "--valid-on" in cli.fails("request", "validate", rid, "--valid-on", "1900-01-01", "--complexity", "simple")
    later = (TODAY + timedelta(days=3)).isoformat()
    assert "--on" in cli.fails("request", "withdraw", rid, "--reason", "Không cần nữa", "--on", later)
    assert "--date" in cli.fails("calendar", "add-day", "--date", "9999-01-01", "--kind", "off",
                                 "--reason", "Nghỉ", "--source", "Thông báo 1")
    assert "--year" in cli.fails("calendar", "list", "--year", "10000")
    # a request id that does not exist: one line, exit 2, for reading and for acting alike
    assert "424242" in cli.fails("request", "show", "424242")
    assert "424242" in cli.fails("request", "notice", "424242")
    # nothing was written, and no calendar for the years up to 10000 was stored
    assert cli.json("request", "show", rid, "--json") == before
    assert max(cli.base_years()) <= TODAY.year + 2


def test_a_deadline_preview_reaches_the_end_of_next_year_and_no_further(cli):
    last = date(TODAY.year + 1, 12, 31)
    out = cli.json("deadline", "--channel", "in_person", "--complexity", "simple", "--valid-on", last.isoformat(),
                   "--json")
    assert out["provide_due"] >= last.isoformat()
    assert "--valid-on" in cli.fails("deadline", "--channel", "in_person", "--complexity", "simple",
                                     "--valid-on", (last + timedelta(days=1)).isoformat())


def _closed_pipe_run(cli, *args: str) -> subprocess.CompletedProcess:
    """Run with stdout a pipe nobody reads any more: every write gets EPIPE."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(cli.command(*args), stdout=write_end, stderr=subprocess.PIPE, text=True,
                              encoding="utf-8", env=cli.env(), cwd=REPO, timeout=600)
    finally:
        os.close(write_end)


@pytest.mark.skipif(not hasattr(fcntl, "F_SETPIPE_SZ"), reason="needs Linux to shrink a pipe")
def test_request_list_piped_into_head_stops_quietly(cli):
    p = cli.run("demo", "--requests", "200", "--seed", "3")  # some 30 KB of list
    assert p.returncode == 0, p.stderr
    read_end, write_end = os.pipe()
    # A one-page pipe: when we close it after one line, the list is surely still being written.
    fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 4096)
    proc = subprocess.Popen(cli.command("request", "list"), stdout=write_end, stderr=subprocess.PIPE,
                            text=True, encoding="utf-8", env=cli.env(), cwd=REPO)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as out:  # what `head -1` does: read one line, then close
        first = out.readline()
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    assert b"/20" in first  # a register number
    assert err == ""  # no traceback, no "Exception ignored", and the count line was never reached


@pytest.mark.parametrize("args", [
    ("deadline", "--channel", "postal", "--complexity", "complex", "--valid-on", "2026-07-28"),
    ("calendar", "list", "--year", "2026", "--json"),
    ("request", "show", "1"),
    ("--help",),
])
def test_any_command_into_a_closed_pipe_exits_quietly(cli, args):
    if args[0] in ("request", "calendar"):  # reading commands need a register (they never create one)
        cli.json(*ADD, "--json")
    p = _closed_pipe_run(cli, *args)
    assert p.returncode == 0 and p.stderr == "", p.stderr


def test_an_unexpected_error_is_one_line_pointing_to_the_log_with_the_traceback_in_the_log(cli):
    cli.json(*ADD, "--json")
    crash = (
        "import sys\n"
        "from focal_desk.services.requests import RequestService\n"
        "def broken(self, request_id):\n"
        "    raise ZeroDivisionError('simulated bug')\n"
        "RequestService.get = broken\n"
        "from focal_desk.app.cli import main\n"
        "raise SystemExit(main(sys.argv[1:]))\n"
    )
    p = subprocess.run([sys.executable, "-c", crash, "--data-dir", str(cli.data_dir), "request", "show", "1"],
                       capture_output=True, text=True, encoding="utf-8", env=cli.env(), cwd=REPO, timeout=600)
    assert p.returncode == 1 and p.stdout == ""
    lines = p.stderr.strip().splitlines()
    log = cli.data_dir / "logs" / "focal_desk.log"
    assert len(lines) == 1 and str(log) in lines[0], p.stderr
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "ZeroDivisionError: simulated bug" in text


def test_when_the_log_cannot_be_written_the_traceback_goes_to_the_temp_folder(cli, tmp_path):
    read_only_log = (
        "import sys\n"
        "import focal_desk.app.logs as logs\n"
        "def refuse(log_dir, level=0):\n"
        "    raise PermissionError(13, 'Permission denied', str(log_dir / 'focal_desk.log'))\n"
        "logs.setup_logging = refuse\n"
        "from focal_desk.services.requests import RequestService\n"
        "def broken(self, query):\n"
        "    raise ZeroDivisionError('simulated bug')\n"
        "RequestService.summaries = broken  # in case a read goes ahead without a log file\n"
        "from focal_desk.app.cli import main\n"
        "raise SystemExit(main(sys.argv[1:]))\n"
    )
    cli.json(*ADD, "--json")  # a register to read (reading never creates one)
    temp = tmp_path / "temp"
    temp.mkdir()
    p = subprocess.run([sys.executable, "-c", read_only_log, "--data-dir", str(cli.data_dir), "request", "list"],
                       capture_output=True, text=True, encoding="utf-8", env=cli.env({"TMPDIR": str(temp)}),
                       cwd=REPO, timeout=600)
    fallback = temp / "focal_desk-error.log"
    assert p.returncode == 1 and str(fallback) in p.stderr.strip().splitlines()[-1], p.stderr
    assert "Traceback" not in p.stderr
    assert "Traceback" in fallback.read_text(encoding="utf-8")

