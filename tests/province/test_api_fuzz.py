"""Schema-driven fuzz of the province API: every request schemathesis generates from the app's own OpenAPI
schema, sent to the real uvicorn server over loopback, is answered without a 5xx (on SQLite and PostgreSQL).

The schema does not depend on the database, so it is read once from an app on an in-memory SQLite (the lazy
fixture loader of schemathesis 4 does not run under pytest 9). One office is enrolled and one registered in
the served database, so that generated enrolments and packages meet real rows. Positive and negative
cases (schemathesis 4 default), about 200 requests per backend, ~9 s for both: not marked slow."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from focal_desk.province.api import create_app


def _openapi() -> dict:
    app = create_app("sqlite://")
    try:
        return app.openapi()
    finally:
        app.state.db.close()


schema = schemathesis.openapi.from_dict(_openapi())


@pytest.fixture
def seeded(province):
    province.enrolled()
    province.register("XA-MOI", "UBND xã Mới")
    return province


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_error(case, seeded):
    case.call_and_validate(base_url=seeded.url, checks=[not_a_server_error])
