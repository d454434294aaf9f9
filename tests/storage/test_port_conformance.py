"""storage implements services.ports structurally (it may not import them): same methods, same parameters."""

from __future__ import annotations

import inspect

import pytest

from focal_desk.services import ports
from focal_desk.storage import repositories as repos
from focal_desk.storage.unit_of_work import SqlUnitOfWork

PAIRS = [
    (ports.RequestRepository, repos.SqlRequestRepository),
    (ports.AuditRepository, repos.SqlAuditRepository),
    (ports.AgencyRepository, repos.SqlAgencyRepository),
    (ports.CalendarRepository, repos.SqlCalendarRepository),
    (ports.RuleSetRepository, repos.SqlRuleSetRepository),
    (ports.SettingsRepository, repos.SqlSettingsRepository),
    (ports.IssuedDocumentRepository, repos.SqlIssuedDocumentRepository),
    (ports.LogBookRepository, repos.SqlLogBookRepository),
    (ports.OutboxRepository, repos.SqlOutboxRepository),
    (ports.CatalogueRepository, repos.SqlCatalogueRepository),
    (ports.RedactionRepository, repos.SqlRedactionRepository),
    (ports.ProvisionRepository, repos.SqlProvisionRepository),
    (ports.UnitOfWork, SqlUnitOfWork),
]


def public_methods(cls: type) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for name, member in vars(cls).items()
        if callable(member) and (not name.startswith("_") or name in ("__enter__", "__exit__"))
    }


@pytest.mark.parametrize(("port", "concrete"), PAIRS, ids=[p.__name__ for p, _ in PAIRS])
def test_every_port_method_exists_with_the_same_parameters(port: type, concrete: type) -> None:
    for name, wanted in public_methods(port).items():
        assert hasattr(concrete, name), f"{concrete.__name__} lacks {name}"
        got = inspect.signature(getattr(concrete, name))
        assert [(p.name, p.kind, p.default) for p in got.parameters.values()] == [
            (p.name, p.kind, p.default) for p in wanted.parameters.values()
        ], f"{concrete.__name__}.{name}"


def test_the_unit_of_work_has_every_repository_attribute() -> None:
    assert set(ports.UnitOfWork.__annotations__) <= set(SqlUnitOfWork.__annotations__)
