"""Planning splits: JSONL line ranges cover every line once, ids are stable, bad inputs are failures."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.batch.process import read_split
from eventcoder.batch.splits import plan_splits
from eventcoder.errors import InputError
from eventcoder.model import Document, Failure


def _jsonl(path: Path, n: int) -> Path:
    path.write_text("".join(f'{{"id": "{i}", "text": "Synthetic line {i}."}}\n' for i in range(1, n + 1)))
    return path


def test_jsonl_line_ranges_cover_every_line_once(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "a.jsonl", 10)
    splits, failures = plan_splits([path], lines_per_split=4)
    assert not failures
    assert [(s.first_line, s.byte_end is None) for s in splits] == [(1, False), (5, False), (9, True)]
    refs = [d.input_ref for s in splits for d in read_split(s) if isinstance(d, Document)]
    assert refs == [f"{path.resolve()}:line {i}" for i in range(1, 11)]


def test_split_ids_are_stable_and_change_with_the_file(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "a.jsonl", 6)
    first = [s.split_id for s in plan_splits([path], lines_per_split=2)[0]]
    assert first == [s.split_id for s in plan_splits([str(path)], lines_per_split=2)[0]]
    _jsonl(path, 7)
    assert not set(first) & {s.split_id for s in plan_splits([path], lines_per_split=2)[0]}


def test_whole_files_folders_globs_and_missing_inputs(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    _jsonl(tmp_path / "d" / "x.jsonl", 2)
    (tmp_path / "d" / "y.csv").write_text("id,text\n1,Synthetic row.\n")
    (tmp_path / "d" / ".hidden.jsonl").write_text("{}\n")
    splits, failures = plan_splits([tmp_path / "d", str(tmp_path / "d" / "*.jsonl"), tmp_path / "nope.warc"])
    assert sorted(Path(s.path).name for s in splits) == ["x.jsonl", "y.csv"]  # x.jsonl once, .hidden skipped
    assert [(f.input, f.stage) for f in failures] == [(str(tmp_path / "nope.warc"), "plan")]
    assert plan_splits([str(tmp_path / "*.warc")])[1][0].message.startswith("no file matches")
    with pytest.raises(InputError):
        plan_splits([tmp_path], lines_per_split=0)


def test_a_broken_line_in_a_range_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    path.write_text('{"id": 1, "text": "One."}\n{"id": 2, "text": "Two."}\n{"id": 3, "text\n{"id": 4, "text": "Four."}\n')
    splits, _ = plan_splits([path], lines_per_split=2)
    items = [i for s in splits for i in read_split(s)]
    assert [type(i).__name__ for i in items] == ["Document", "Document", "Failure", "Document"]
    assert isinstance(items[2], Failure) and items[2].input == f"{path.resolve()}:line 3"


def test_urls_are_for_the_spark_engine(tmp_path: Path) -> None:
    splits, failures = plan_splits(["s3a://bucket/crawl/*.warc.gz", "hdfs:///news.jsonl"])
    assert not splits and [f.stage for f in failures] == ["plan", "plan"]
    assert "--engine spark" in failures[0].message


def test_splits_folder_walk_is_the_ingest_walk(tmp_path: Path) -> None:
    # batch read a linked folder's reports never (rglob does not follow links) and coded the folder's README;
    # extract and ingest did the opposite. One walk for all (synthetic files).
    real = tmp_path / "elsewhere"
    real.mkdir()
    (real / "linked.jsonl").write_text('{"id": "l1", "text": "Rebels shelled a synthetic town on Monday."}\n')
    top = tmp_path / "corpus"
    top.mkdir()
    (top / "own.jsonl").write_text('{"id": "o1", "text": "Police dispersed a synthetic protest on Friday."}\n')
    (top / "README.md").write_text("# What this corpus is\n")
    (top / "linked").symlink_to(real, target_is_directory=True)
    (top / "dangling.jsonl").symlink_to(tmp_path / "gone.jsonl")
    splits, failures = plan_splits([top])
    assert sorted(Path(s.path).name for s in splits) == ["linked.jsonl", "own.jsonl"]
    assert [Path(f.input).name for f in failures] == ["dangling.jsonl"] and "broken link" in failures[0].message


def test_splits_utf16_jsonl_is_one_split_read_whole(tmp_path: Path) -> None:
    # Cut at b"\n", UTF-16 lines came apart (every record failed as "not valid JSON" or "binary").
    from eventcoder.batch.process import read_split
    from eventcoder.model import Document

    path = tmp_path / "wide.jsonl"
    lines = [f'{{"id": "w{i}", "text": "Police dispersed synthetic protest number {i} on Friday."}}' for i in range(6)]
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-16"))
    splits, failures = plan_splits([path], lines_per_split=2)
    assert len(splits) == 1 and not failures
    docs = [d for d in read_split(splits[0]) if isinstance(d, Document)]
    assert [d.meta["input_id"] for d in docs] == [f"w{i}" for i in range(6)]


@pytest.mark.parametrize("kind", ["file", "under-a-file"])
def test_batch_out_that_cannot_be_a_folder_is_named(tmp_path: Path, kind: str) -> None:
    # It ended in a FileExistsError / FileNotFoundError traceback from mkdir.
    from click.testing import CliRunner

    from eventcoder.cli import cli

    report = tmp_path / "report.jsonl"
    report.write_text('{"id": "a", "text": "Police dispersed a synthetic protest on Friday."}\n')
    out = report if kind == "file" else report / "out"
    res = CliRunner().invoke(cli, ["batch", str(report), "--out", str(out)])
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert f"--out {out}: cannot create the output folder" in res.output
