"""JSON lines: one canonical event per line, with its ``sources``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from eventcoder.export._common import open_text

__all__ = ["write"]


def write(events: Iterable[dict[str, Any]], out: Path | None) -> int:
    """Write ``events`` as JSON lines; returns the number of events."""
    n = 0
    with open_text(out) as fh:
        for ev in events:
            fh.write(json.dumps(ev, ensure_ascii=False, default=str) + "\n")
            n += 1
    return n
