"""Regenerate sentences.jsonl, reports.jsonl and news_types.jsonl from the *_src.py files: ``python tests/extract/cases/build.py``.

``--stats`` prints the coverage tables of docs/testset.md instead.
"""

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
    import news_types_src

    _write(HERE / "news_types.jsonl", news_types_src.CASES)




def stats() -> str:
    """Markdown tables of what the set covers (for docs/testset.md)."""
    import collections

    import reports_src
    import sentences_src

    lines: list[str] = []
    parts = {"sentences": sentences_src.CASES, "reports": reports_src.CASES}
    lines.append("| file | documents | with events | distractors | events |")
    lines.append("|---|---|---|---|---|")
    for name, cases in parts.items():
        n_ev = sum(len(c["gold"]["events"]) for c in cases)
        with_ev = sum(1 for c in cases if c["gold"]["events"])
        lines.append(f"| {name}.jsonl | {len(cases)} | {with_ev} | {len(cases) - with_ev} | {n_ev} |")
    events = [e for cases in parts.values() for c in cases for e in c["gold"]["events"]]
    for title, key in (("event type", "event_type"), ("sub-event type", "sub_event_type"), ("country", "country")):
        counts = collections.Counter(e[key] for e in events)
        lines += ["", f"| {title} | events |", "|---|---|"]
        lines += [f"| {k} | {v} |" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    traps = collections.Counter(t for cases in parts.values() for c in cases for t in (c.get("trap") or "").split(";") if t)
    lines += ["", "| trap | documents |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in sorted(traps.items(), key=lambda kv: (-kv[1], kv[0]))]
    return "\n".join(lines)


if __name__ == "__main__":
    if sys.argv[1:] == ["--stats"]:
        sys.stdout.write(stats() + "\n")
    else:
        main()
