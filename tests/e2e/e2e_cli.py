"""The command line as a subprocess on a temporary data dir (the `cli` fixture of conftest.py)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from focal_desk.domain.clock import SystemClock, today

REPO = Path(__file__).resolve().parents[2]


class Cli:
    def __init__(self, data_dir: Path):
        self.data_dir = data_dir

    def command(self, *args: str, with_data_dir: bool = True) -> list[str]:
        cmd = [sys.executable, "-m", "focal_desk"]
        if with_data_dir:
            cmd += ["--data-dir", str(self.data_dir)]
        return [*cmd, *args]

    def env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        inherited = {k: v for k, v in os.environ.items() if k != "FOCAL_DESK_DATA_DIR"}
        return {**inherited, "PYTHONIOENCODING": "utf-8", **(extra or {})}

    def run(self, *args: str, env: dict[str, str] | None = None, with_data_dir: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(self.command(*args, with_data_dir=with_data_dir), capture_output=True, text=True,
                              encoding="utf-8", env=self.env(env), cwd=REPO, timeout=600)

    def json(self, *args: str):
        p = self.run(*args)
        assert p.returncode == 0, p.stderr
        return json.loads(p.stdout)

    def fails(self, *args: str, code: int = 2) -> str:
        """Run a command that must be refused: the exit code, nothing on stdout, one line on stderr (returned)."""
        p = self.run(*args)
        assert p.returncode == code, (p.returncode, p.stdout, p.stderr)
        assert p.stdout == "", p.stdout
        lines = p.stderr.strip().splitlines()
        assert len(lines) == 1, p.stderr
        assert "Traceback" not in p.stderr
        return lines[0]

    def base_years(self) -> list[int]:
        """The years the stored base calendar layer covers."""
        with sqlite3.connect(self.data_dir / "focal_desk.sqlite3") as db:
            (raw,) = db.execute("select value from settings where key = 'calendar.base'").fetchone()
        return json.loads(raw)["years"]


TODAY = today(SystemClock())
