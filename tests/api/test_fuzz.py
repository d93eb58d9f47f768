"""A fuzz of the API from its own OpenAPI schema (schemathesis, in process against the WSGI app):
whatever the generated call, valid or not, no answer is a server error."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance, status_code_conformance


@pytest.fixture
def wsgi_app(db):
    """The WSGI app; as Django's test client does, the test's database connection is kept open
    across requests (else the end of a request closes it under the test's transaction)."""
    from django.core.signals import request_finished, request_started
    from django.core.wsgi import get_wsgi_application
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield get_wsgi_application()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def api_schema(wsgi_app):
    loaded = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", wsgi_app)
    loaded.config.generation.update(modes=list(schemathesis.GenerationMode))  # valid calls and invalid ones
    return loaded


schema = schemathesis.pytest.from_fixture("api_schema")
STATUSES: set = set()


@pytest.fixture
def bearer(db):
    from sejour.web.cases.models import ApiToken, Organisation

    return ApiToken.issue(Organisation.objects.create(name="Fuzz"), "fuzz")[1]


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_error(case, bearer):
    response = case.call(headers={"Authorization": f"Bearer {bearer}"})
    STATUSES.add((case.operation.label, response.status_code))
    assert response.status_code < 500, (case.method, case.path, case.body, response.text[:500])
    # Every answer is one the schema describes, in the shape it describes.
    case.validate_response(response, checks=[status_code_conformance, content_type_conformance, response_schema_conformance])


def test_the_fuzz_reached_both_answers_and_refusals():
    """Run after the fuzz (same module): it made both successful calls and refused ones."""
    codes = {code for _, code in STATUSES}
    assert any(200 <= code < 300 for code in codes) and any(400 <= code < 500 for code in codes), STATUSES
