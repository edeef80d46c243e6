"""Folder walks read reports, not the folder's own documentation; a pretty-printed JSON object is one input."""

from __future__ import annotations

import json
from pathlib import Path

from eventcoder.ingest import read
from eventcoder.model import Document, Failure


def test_ingest_walk_skips_readme_and_markdown(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# About this folder\n\nThese are synthetic reports.\n")
    (tmp_path / "notes.md").write_text("Reviewer notes, not a report.\n")
    (tmp_path / "report.txt").write_text("Gunmen killed three farmers in a synthetic village on Monday.\n")
    items = list(read(tmp_path))
    assert [type(i) for i in items] == [Document]
    assert items[0].input_ref and items[0].input_ref.endswith("report.txt")


def test_ingest_named_markdown_file_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text("Police dispersed a synthetic protest on Friday.\n")
    assert [type(i) for i in read(path)] == [Document]


def test_ingest_pretty_printed_json_object_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "coding.json"
    path.write_text(json.dumps({"about": "not a record", "documents": [1, 2, 3]}, indent=2))
    items = list(read(path))
    assert len(items) == 1 and isinstance(items[0], Failure)
    assert "coding.json" in items[0].input


def test_ingest_walk_follows_a_linked_folder_once(tmp_path: Path) -> None:
    # A folder linked into the input was passed over without a word: its reports were silently lost.
    real = tmp_path / "elsewhere"
    real.mkdir()
    (real / "linked-report.txt").write_text("Soldiers clashed with rebels near a synthetic river port on Sunday.\n")
    top = tmp_path / "reports"
    top.mkdir()
    (top / "own-report.txt").write_text("Gunmen killed three farmers in a synthetic village on Monday.\n")
    (top / "feeds").symlink_to(real, target_is_directory=True)
    (top / "again").symlink_to(real, target_is_directory=True)  # the same folder twice: read once
    (top / "loop").symlink_to(top, target_is_directory=True)  # a loop back to the top: not read again
    items = list(read(top))
    assert all(isinstance(i, Document) for i in items), items
    refs = sorted(Path(i.input_ref or "").name for i in items)  # type: ignore[union-attr]  # Documents only
    assert refs == ["linked-report.txt", "own-report.txt"]
