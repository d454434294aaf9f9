"""focal_desk.sync implements the services' ports structurally (it may not import services)."""

from __future__ import annotations

import inspect

import pytest

from focal_desk.services import ports
from focal_desk.sync.client import HttpProvince
from focal_desk.sync.keys import FileOfficeKey

PAIRS = [(ports.ProvinceTransport, HttpProvince), (ports.OfficeKey, FileOfficeKey)]


@pytest.mark.parametrize(("port", "concrete"), PAIRS, ids=[p.__name__ for p, _ in PAIRS])
def test_every_port_method_exists_with_the_same_parameters(port: type, concrete: type) -> None:
    for name, member in vars(port).items():
        if not callable(member) or name.startswith("_"):
            continue
        got = inspect.signature(getattr(concrete, name))
        assert [p.name for p in got.parameters.values()] == [
            p.name for p in inspect.signature(member).parameters.values()], f"{concrete.__name__}.{name}"
