from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


class Cli:
    def __init__(self, data_dir: Path):
        self.data_dir = data_dir

    def run(self, *args: str, env: dict[str, str] | None = None, with_data_dir: bool = True) -> subprocess.CompletedProcess:
        cmd = [sys.executable, "-m", "focal_desk"]
        if with_data_dir:
            cmd += ["--data-dir", str(self.data_dir)]
        inherited = {k: v for k, v in os.environ.items() if k != "FOCAL_DESK_DATA_DIR"}
        full_env = {**inherited, "PYTHONIOENCODING": "utf-8", **(env or {})}
        return subprocess.run([*cmd, *args], capture_output=True, text=True, encoding="utf-8", env=full_env,
                              cwd=REPO, timeout=600)

    def json(self, *args: str):
        p = self.run(*args)
        assert p.returncode == 0, p.stderr
        return json.loads(p.stdout)


@pytest.fixture
def cli(tmp_path) -> Cli:
    return Cli(tmp_path / "data")
