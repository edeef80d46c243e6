"""Golden files: each case folder of tests/golden/ingest read and compared with its expected.json."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from eventcoder.ingest import read
from eventcoder.model import Document
from eventcoder.timeparse import annotate_dates

from .synthetic import check_layers

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "ingest"
CASES = sorted(p for p in GOLDEN.iterdir() if p.is_dir()) if GOLDEN.is_dir() else []


def _output(case: Path) -> list[dict[str, Any]]:
    (source,) = sorted(case.glob("input.*"))
    options_file = case / "options.json"
    options = json.loads(options_file.read_text(encoding="utf-8")) if options_file.exists() else {}
    out = []
    for item in read(source, **options):
        if isinstance(item, Document):
            check_layers(annotate_dates(item))
        data = item.to_dict()
        for key in ("input_ref", "input"):
            if isinstance(data.get(key), str):
                data[key] = data[key].replace(f"{case}{os.sep}", "")
        if isinstance(data.get("message"), str):
            data["message"] = data["message"].replace(f"{case}{os.sep}", "")
        out.append(data)
    return out


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_ingest_golden_case(case: Path) -> None:
    actual = json.loads(json.dumps(_output(case), ensure_ascii=False))
    expected_file = case / "expected.json"
    if os.environ.get("EVENTCODER_UPDATE_GOLDEN") == "1" or not expected_file.exists():
        expected_file.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    assert actual == expected
