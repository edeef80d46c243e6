"""Input splits: the unit of work of a batch run, processed and committed whole.

A split is one whole file (WARC, WARC.gz, a gzip-compressed JSONL or CSV, a CSV, any other
input the readers know) or a range of ``lines_per_split`` lines of a plain JSONL file, so that
one big JSONL keeps every worker busy. Its id is a hash of the path, the file's size and the
byte range: a re-run over the same files plans the same splits and skips the committed ones.

Inputs are files, folders (every file under them, sorted, as ``ingest.read`` walks them) or glob
patterns (``crawl/*.warc.gz``, ``**`` for any depth). An input that matches nothing becomes a
Failure of the ``plan`` stage; the others are planned.
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from eventcoder.errors import InputError
from eventcoder.model import Failure

__all__ = ["LINES_PER_SPLIT", "Split", "is_uri", "plan_splits", "split_id"]

# 1,000 reports take a worker about 20-60 s: long enough to amortise a commit, short enough to
# balance the load and to lose little when a run is killed.
LINES_PER_SPLIT = 1000
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Split:
    """One unit of work: a whole file, or the lines ``first_line..`` in bytes ``[byte_start, byte_end)`` of a JSONL."""

    split_id: str
    path: str
    format: str
    size: int
    first_line: int = 1
    byte_start: int = 0
    byte_end: int | None = None  # None: to the end of the file

    @property
    def whole_file(self) -> bool:
        """Whether the split is a whole file (read by the ordinary readers)."""
        return self.byte_start == 0 and self.byte_end is None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (manifests, Spark tasks)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Split:
        """The inverse of :meth:`to_dict`."""
        return cls(**{k: data[k] for k in ("split_id", "path", "format", "size", "first_line", "byte_start",
                                           "byte_end")})


def split_id(path: str, size: int, start: int = 0, end: int | None = None) -> str:
    """The id of a split: a hash of the file's path, its size and the byte range."""
    return hashlib.sha1(f"{path}\0{size}\0{start}\0{end}".encode()).hexdigest()[:16]


_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def is_uri(value: str | Path) -> bool:
    """Whether an input is a URL a Hadoop file system reads (``s3a://``, ``hdfs://``, ``file:``), not a local path."""
    return isinstance(value, str) and bool(_URI.match(value)) and not re.match(r"^[A-Za-z]:[\\/]", value)


def _expand(pattern: str) -> tuple[list[Path], list[Failure]]:
    """The files an input names: itself, every file under a folder (the walk of ``eventcoder ingest``: linked
    folders followed, hidden files and the folder's README skipped, what cannot be read named), or every match
    of a glob."""
    if _GLOB_CHARS & set(pattern):
        matches = [Path(p) for p in sorted(glob.glob(pattern, recursive=True)) if Path(p).is_file()]
        if not matches:
            return [], [Failure(pattern, "plan", "no file matches this pattern; check the path (quote it so the "
                                                 "shell does not expand it)")]
        return matches, []
    path = Path(pattern)
    if path.is_dir():
        from eventcoder.ingest import folder_files

        entries = folder_files(path)
        files = [e for e in entries if isinstance(e, Path)]
        failures = [e for e in entries if isinstance(e, Failure)]
        if not entries:
            return [], [Failure(pattern, "plan", "the folder holds no files to read (hidden files and README or "
                                                 "Markdown notes are skipped)")]
        return files, failures
    if not path.is_file():
        return [], [Failure(pattern, "plan", "no such file or folder; check the path")]
    return [path], []


def _is_gzip(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(2) == b"\x1f\x8b"


def _line_ranges(path: Path, lines_per_split: int) -> Iterator[tuple[int, int, int | None]]:
    """(first line, byte start, byte end) of consecutive ranges of ``lines_per_split`` lines."""
    first, start, pos, count = 1, 0, 0, 0
    with path.open("rb") as fh:
        for raw in fh:
            pos += len(raw)
            count += 1
            if count == lines_per_split:
                yield first, start, pos
                first, start, count = first + count, pos, 0
    if count:
        yield first, start, None


def _file_splits(path: Path, lines_per_split: int) -> list[Split]:
    from eventcoder.ingest import detect_format

    name = str(path.resolve())
    size = path.stat().st_size
    fmt = detect_format(path)
    if fmt != "jsonl" or _is_gzip(path) or _read_whole(path):
        return [Split(split_id(name, size, 0, None), name, fmt, size)]
    ranges = list(_line_ranges(path, lines_per_split))
    if len(ranges) <= 1:
        return [Split(split_id(name, size, 0, None), name, fmt, size)]
    # The last range reaches the end of the file even when it ends with a newline.
    ranges[-1] = (ranges[-1][0], ranges[-1][1], None)
    return [Split(split_id(name, size, start, end), name, fmt, size, first, start, end)
            for first, start, end in ranges]


def _read_whole(path: Path) -> bool:
    """A JSON file that is one array or one pretty-printed object is read whole, never cut into lines; so is
    UTF-16 JSON lines, whose line breaks are two bytes (the reader re-encodes it as it streams)."""
    import json

    from eventcoder.ingest.normalize import utf16_encoding

    with path.open("rb") as fh:
        if utf16_encoding(fh.read(4096)):
            return True
        fh.seek(0)
        first = fh.readline(1 << 20).lstrip(b"\xef\xbb\xbf \t\r\n")
    if first.startswith(b"["):
        return True
    try:
        json.loads(first)
    except ValueError:
        return first.startswith(b"{")
    return False


def plan_splits(inputs: Sequence[str | Path], *, lines_per_split: int = LINES_PER_SPLIT
                ) -> tuple[list[Split], list[Failure]]:
    """The splits of every input file (each file once, in input order) and a Failure per input that names nothing."""
    if lines_per_split < 1:
        raise InputError(f"lines per split must be at least 1, not {lines_per_split}", input="--lines-per-split")
    splits: list[Split] = []
    failures: list[Failure] = []
    seen: set[Path] = set()
    for item in inputs:
        if is_uri(item):
            failures.append(Failure(str(item), "plan", "a URL is read through Spark's file systems: use --engine "
                                                       "spark, or give a local (mounted) path"))
            continue
        files, problems = _expand(str(item))
        failures.extend(problems)
        for path in files:
            key = path.resolve()
            if key in seen:
                continue
            seen.add(key)
            try:
                splits.extend(_file_splits(path, lines_per_split))
            except (OSError, gzip.BadGzipFile) as exc:
                failures.append(Failure(str(path), "plan", f"cannot read the file ({exc}); check that it is "
                                                           "readable"))
    return splits, failures
