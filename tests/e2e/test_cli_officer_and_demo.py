"""Items 14 and 15 from the command line: --officer / FOCAL_DESK_OFFICER sign the audit trail; `demo`
refuses a register that has requests (exit 2, one line) and leaves no first-run wizard behind it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

HOA = "Nguyễn Thị Hoa"
ADD = (
    "request", "add", "--name", "Lê Thị Mai", "--id-number", "001203004568",
    "--address", "Thôn Tây, xã Đạo Trù, tỉnh Phú Thọ", "--channel", "postal", "--received-on", "2026-08-20",
    "--info", "Quyết định giao đất", "--purpose", "Tìm hiểu quyền lợi",
)


def actors(cli) -> list[str]:
    with sqlite3.connect(cli.data_dir / "focal_desk.sqlite3") as con:
        return [a for (a,) in con.execute("SELECT actor FROM audit_events WHERE entity = 'request' ORDER BY id")]


def test_the_officer_flag_signs_what_the_command_does(cli):
    r = cli.json("--officer", HOA, *ADD, "--json")
    assert r["register_number"] == "1/2026"
    assert actors(cli) == [actors(cli)[0]] and actors(cli)[0].startswith(f"{HOA} (máy: ")


def test_the_environment_names_the_officer_and_the_flag_wins(cli):
    p = cli.run(*ADD, env={"FOCAL_DESK_OFFICER": "Trần Văn Bình"})
    assert p.returncode == 0, p.stderr
    p = cli.run("--officer", HOA, *ADD, env={"FOCAL_DESK_OFFICER": "Trần Văn Bình"})
    assert p.returncode == 0, p.stderr
    assert [a.split(" (máy: ")[0] for a in actors(cli)] == ["Trần Văn Bình", HOA]


def test_without_a_flag_the_name_set_in_the_app_is_used(cli):
    cli.json(*ADD, "--json")  # creates the register
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from focal_desk.app.paths import Paths\n"
        "from focal_desk.app.wiring import open_app\n"
        "core = open_app(Paths(Path(sys.argv[1])))\n"
        "core.desk().officer.switch(sys.argv[2])\n"
        "core.close()\n"
    )
    subprocess.run([sys.executable, "-c", code, str(cli.data_dir), HOA], check=True, timeout=300,
                   env={k: v for k, v in os.environ.items() if k != "FOCAL_DESK_OFFICER"})
    p = cli.run(*ADD)
    assert p.returncode == 0, p.stderr
    assert " (máy: " not in actors(cli)[0]  # before any name was set: the login, as it was
    assert actors(cli)[-1].startswith(f"{HOA} (máy: ")


def test_a_bad_officer_name_is_one_line_and_exit_2(cli):
    for bad in ("", "\x1b[2J"):
        p = cli.run("--officer", bad, *ADD)
        assert p.returncode == 2 and p.stdout == ""
        assert len(p.stderr.strip().splitlines()) == 1 and "--officer" in p.stderr, p.stderr
    assert not (cli.data_dir / "focal_desk.sqlite3").exists()


def test_demo_refuses_a_register_that_already_has_requests(cli):
    p = cli.run("demo", "--requests", "20", "--seed", "7")
    assert p.returncode == 0, p.stderr
    p = cli.run("demo", "--requests", "20", "--seed", "8")
    assert p.returncode == 2 and p.stdout == ""
    assert len(p.stderr.strip().splitlines()) == 1 and "đã có 20 yêu cầu" in p.stderr, p.stderr
    assert len(cli.json("request", "list", "--json")) == 20


def test_demo_refuses_a_register_with_real_requests(cli):
    cli.json(*ADD, "--json")
    p = cli.run("demo", "--requests", "5")
    assert p.returncode == 2 and len(p.stderr.strip().splitlines()) == 1 and "đã có 1 yêu cầu" in p.stderr
    assert len(cli.json("request", "list", "--json")) == 1


def test_after_demo_the_gui_opens_on_the_register_not_the_first_run_wizard(cli):
    assert cli.run("demo", "--requests", "10").returncode == 0
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from focal_desk.app.paths import Paths\n"
        "from focal_desk.app.wiring import open_app\n"
        "core = open_app(Paths(Path(sys.argv[1])))\n"
        "print(core.desk().quick.needs_setup())\n"
        "core.close()\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(cli.data_dir)], capture_output=True, text=True,
                         check=True, timeout=300).stdout
    assert out.strip() == "False"
