from __future__ import annotations

import pytest
from e2e_cli import Cli


@pytest.fixture
def cli(tmp_path) -> Cli:
    return Cli(tmp_path / "data")
