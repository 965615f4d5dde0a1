"""Generated requests against /openapi.json: no input makes the API fail with a server error."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from axiswatch.store import Store
from axiswatch.web.app import create_app
from tests.web.seed import seed


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    db = tmp_path_factory.mktemp("schema") / "store.db"
    with Store(f"sqlite:///{db}") as store:
        seed(store)
        yield schemathesis.openapi.from_asgi("/openapi.json", create_app(store, token="t"))


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.include(method="GET").parametrize()
@settings(max_examples=12, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_get_endpoints_answer_without_server_errors(case: Any) -> None:
    response = case.call()
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert response.json()["error"]["code"].startswith("AW6")


@schema.include(method="POST").parametrize()
@settings(max_examples=8, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_writes_without_token_are_refused_cleanly(case: Any) -> None:
    response = case.call()
    # 405: a generated id holding "/" makes the path another route's
    assert response.status_code in (400, 401, 404, 405, 422), response.text
    assert response.json()["error"]["code"] in ("AW600", "AW601", "AW603", "AW604")
