"""``eventcoder geoparse`` and ``eventcoder gazetteer`` over a small index made from a GeoNames-format dump."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from geo_testdata import ADMIN1, write_dump

from eventcoder.cli import cli
from eventcoder.geo import Geocoder
from eventcoder.geo.index import import_geonames


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("EVENTCODER_HOME", str(tmp_path))
    (tmp_path / "admin1.txt").write_text(ADMIN1, encoding="utf-8")
    import_geonames(tmp_path / "gazetteer.sqlite", write_dump(tmp_path, zipped=True), tmp_path / "admin1.txt")
    monkeypatch.setattr(Geocoder, "_default", None)
    yield tmp_path
    Geocoder._default = None


def test_cli_geo_geoparse_text_gives_one_object(home: Path) -> None:
    src = home / "report.txt"
    src.write_text("Shells hit Turmanin and Maarbalit on Monday.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["geoparse", str(src)])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert [p["surface"] for p in out["places"]] == ["Turmanin", "Maarbalit"]
    assert all(p["resolved"] for p in out["places"])


def test_cli_geo_geoparse_jsonl_gives_one_line_per_input(home: Path) -> None:
    src = home / "batch.jsonl"
    src.write_text('{"id": "a", "text": "Shells hit Turmanin."}\nnot json\n{"id": "c", "text": "Calm."}\n',
                   encoding="utf-8")
    result = CliRunner().invoke(cli, ["geoparse", str(src)])
    assert result.exit_code == 1  # one bad line; the rest were processed
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [x["id"] for x in lines] == ["a", None, "c"]
    assert lines[0]["places"][0]["name"] == "Turmanin"
    assert "line 2" in lines[1]["error"]


def test_cli_geo_gazetteer_info_and_add(home: Path) -> None:
    tsv = home / "mine.tsv"
    tsv.write_text("Camp Example\t36.0\t36.5\tSY\tIdlib\n", encoding="utf-8")
    added = CliRunner().invoke(cli, ["gazetteer", "add", str(tsv)])
    assert added.exit_code == 0, added.output
    info = CliRunner().invoke(cli, ["gazetteer", "info"])
    assert info.exit_code == 0
    assert json.loads(info.output)["features"] == {"city": 2, "user": 1}


def test_cli_geo_gazetteer_import_missing_file_is_an_error(home: Path) -> None:
    result = CliRunner().invoke(cli, ["gazetteer", "import", str(home / "nope.zip")])
    assert result.exit_code == 1 and "no such file" in result.output
