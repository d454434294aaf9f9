from __future__ import annotations

import pytest
from e2e_cli import Cli
from province_server import province, province_db  # noqa: F401 (fixtures: the real province server)


@pytest.fixture
def cli(tmp_path) -> Cli:
    return Cli(tmp_path / "data")
