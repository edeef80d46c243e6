"""Fixtures of the ingest tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from .synthetic import SAMPLES


@pytest.fixture()
def samples() -> Path:
    """The reference report of ../shared (skips when the shared folder is absent)."""
    if not SAMPLES.is_dir():
        pytest.skip("../shared/samples/idlib-2023-10 is not available")
    return SAMPLES
