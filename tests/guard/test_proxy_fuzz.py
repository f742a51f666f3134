"""Fuzz the proxy's HTTP API with schemathesis, from its own OpenAPI document, in-process.

The upstream is the real loopback fake; no generated request may crash the proxy (5xx other than
the documented upstream answers) or break the documented response shapes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from bench.guard_proxy import fake_upstream, serve_in_thread
from hypothesis import HealthCheck, given, settings
from schemathesis.generation.case import Case

from redline.guard import Guard
from redline.guard.proxy import create_app, openapi_document


@pytest.fixture(scope="module")
def upstream_url() -> Iterator[str]:
    with serve_in_thread(fake_upstream()) as url:
        yield url


def test_openapi_document_is_served(upstream_url: str) -> None:
    from starlette.testclient import TestClient

    with TestClient(create_app(Guard(), upstream_url)) as client:
        assert client.get("/openapi.json").json() == openapi_document()


def test_api_never_crashes(upstream_url: str) -> None:
    app = create_app(Guard(), upstream_url, max_body_bytes=64 * 1024, timeout=5.0)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]  # type: ignore[union-attr]
    assert {op.path for op in operations} >= {"/v1/chat/completions", "/v1/completions"}
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=30,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
        )
        def check(case: Case[Any]) -> None:
            response = case.call()
            assert response.status_code < 500 or response.status_code in (502, 504), (
                f"{case.method} {case.path}: {response.status_code} {response.text[:300]}"
            )
            case.validate_response(response)

        check()
