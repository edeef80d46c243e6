"""``eventcoder extract`` output formats over a folder with good and bad inputs (synthetic texts)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from eventcoder.cli import cli

_REPORT = "Gunmen killed three villagers in Borno state, Nigeria, on Friday, police said.\n"


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "attack.txt").write_text(_REPORT, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "batch.jsonl").write_text(json.dumps({"id": "r1", "text": _REPORT, "published": "2024-03-02"}) + "\n",
                                          encoding="utf-8")
    return tmp_path


def test_cli_extract_csv_header_names_each_column_once(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["extract", str(_folder(tmp_path)), "--format", "csv"])
    assert res.exit_code == 1  # the empty file failed, the rest were processed
    rows = list(csv.reader(io.StringIO(res.stdout)))
    header = rows[0]
    assert len(header) == len(set(header)), [c for c in header if header.count(c) > 1]
    assert header[0] == "id"
    by_id = {r[0]: dict(zip(header, r, strict=True)) for r in rows[1:]}
    assert "r1" in by_id and by_id["r1"]["document_id"].startswith("doc_")
    # The same cells as `eventcoder export --format acled-csv`: 0/1 flags, coordinates with 4 decimals.
    assert by_id["r1"]["hedged"] in ("0", "1") and by_id["r1"]["fatalities_split"] in ("0", "1")
    assert by_id["r1"]["latitude"].count(".") == 1 and len(by_id["r1"]["latitude"].split(".")[1]) == 4


def test_cli_extract_table_names_the_input(tmp_path: Path) -> None:
    (tmp_path / "weather.txt").write_text("Sunny skies are expected across the region all week, forecasters said.\n",
                                          encoding="utf-8")
    res = CliRunner().invoke(cli, ["extract", str(tmp_path / "weather.txt"), "--format", "table"])
    assert res.exit_code == 0, res.output
    assert "weather.txt: no events" in res.output
