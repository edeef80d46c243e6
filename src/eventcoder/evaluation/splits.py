"""Fixed evaluation splits of the development sets, shared by every trained component and by `eventcoder eval`.

A quarter of each development set, chosen by a hash of the record id (stable across files, machines and
Python versions), is held out: no model or tuned threshold may learn from it, and figures for a trained
component are reported on it. ``news_pages_dev`` is for measuring only and is never trained on.
"""

from __future__ import annotations

import hashlib

__all__ = ["HELDOUT_SHARE", "NEVER_TRAIN", "is_heldout", "split_of"]

# One record in four is held out.
HELDOUT_SHARE = 4
# Development sets that are for measuring only: nothing learns from any of their records.
NEVER_TRAIN = frozenset({"news_pages_dev", "dedup_clusters_dev"})


def is_heldout(record_id: str) -> bool:
    """True when the record with this id belongs to the held-out quarter (never trained or tuned on)."""
    digest = hashlib.sha256(record_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % HELDOUT_SHARE == 0


def split_of(record_id: str, dataset: str | None = None) -> str:
    """``"heldout"`` or ``"train"`` for a record; every record of a measuring-only set is ``"heldout"``."""
    if dataset in NEVER_TRAIN or is_heldout(record_id):
        return "heldout"
    return "train"
