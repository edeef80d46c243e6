"""Property-based run of schemathesis against the OpenAPI spec: no generated request may cause a server error.

Bounded (a few dozen examples per operation, no shrinking deadline) so that it stays quick in CI.
Writes run with the token and a pipeline without stages, so uploads are stored without extraction.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is in the dev extras: pip install -e '.[dev]'")
from hypothesis import HealthCheck, settings  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from eventcoder.pipeline import Pipeline  # noqa: E402
from eventcoder.web import Settings, create_app  # noqa: E402

from .conftest import TOKEN  # noqa: E402


@pytest.fixture
def api_schema(store: Path, tmp_path: Path) -> Any:
    copy = tmp_path / "store.sqlite"
    shutil.copy(store, copy)
    app = create_app(Settings(db=str(copy), token=TOKEN, max_upload_bytes=20_000, pipeline=Pipeline([])))
    return schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_no_server_error(api_schema: Any, mode: str) -> None:
    """Valid requests (positive) and invalid ones (negative) of every operation: never a 5xx."""
    from hypothesis import given
    from schemathesis import GenerationMode

    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 8
    for operation in operations:

        @given(case=operation.as_strategy(generation_mode=GenerationMode(mode)))
        @settings(max_examples=25, deadline=None, derandomize=True, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
        def check(case: Any) -> None:
            case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"}, checks=[not_a_server_error])

        try:
            check()
        except Unsatisfiable:
            # An operation without parameters or body (/healthz) has no invalid form to generate.
            assert mode == "negative", operation.label
