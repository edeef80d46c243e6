"""Regenerate sentences.jsonl and reports.jsonl from the *_src.py files: ``python tests/extract/cases/build.py``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _write(path: Path, cases: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for case in cases:
            fh.write(json.dumps(case, ensure_ascii=False, sort_keys=False) + "\n")


def main() -> None:
    """Write both JSONL files next to this script."""
    import sentences_src

    _write(HERE / "sentences.jsonl", sentences_src.CASES)
    try:
        import reports_src
    except ModuleNotFoundError:
        return
    _write(HERE / "reports.jsonl", reports_src.CASES)


if __name__ == "__main__":
    main()
