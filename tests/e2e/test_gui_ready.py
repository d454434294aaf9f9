"""`focal-desk gui --exit-when-ready` as a subprocess: the real window starts, loads the register, exits 0."""

from __future__ import annotations

import json

from test_cli import ADD


def test_gui_exit_when_ready_reports_rows(cli):
    cli.json(*ADD, "--json")
    cli.json(*ADD, "--json")
    p = cli.run("gui", "--exit-when-ready", env={"QT_QPA_PLATFORM": "offscreen"})
    assert p.returncode == 0, p.stderr
    lines = [line for line in p.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    ready = json.loads(lines[0])
    assert ready["rows"] == 2 and ready["ready_ms"] > 0


def test_gui_exit_when_ready_on_an_empty_database_in_english(cli):
    p = cli.run("gui", "--lang", "en", "--exit-when-ready", env={"QT_QPA_PLATFORM": "offscreen"})
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["rows"] == 0
