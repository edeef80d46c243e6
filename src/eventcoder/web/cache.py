"""A small cache of the aggregate answers (statistics, map cells) that stays valid until the store changes.

On SQLite the store's version is the size and modification time of the database file and its
write-ahead log: any write changes one of them, so a cached answer is never stale. On other
databases nothing is cached (there is no cheap version to check).
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine

__all__ = ["ResultCache"]

T = TypeVar("T")


class ResultCache:
    """Least-recently-used answers keyed by request, dropped whenever the SQLite store changes."""

    def __init__(self, engine: Engine, size: int = 256) -> None:
        path = engine.url.database if engine.dialect.name == "sqlite" else None
        self.path = Path(path) if path and path != ":memory:" else None
        self.size = size
        self.items: OrderedDict[Hashable, Any] = OrderedDict()
        self.version: tuple[Any, ...] | None = None
        self.lock = threading.Lock()

    def _store_version(self) -> tuple[Any, ...] | None:
        if self.path is None:
            return None
        out: list[Any] = []
        for p in (self.path, Path(f"{self.path}-wal")):
            try:
                st = os.stat(p)
            except OSError:
                out += [None, 0]
                continue
            # An empty log is no change: readers create one, and a checkpoint empties it (touching the database).
            out += [st.st_mtime_ns if st.st_size else None, st.st_size]
        return tuple(out)

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The cached answer for ``key``, computing (and keeping) it when missing or stale."""
        version = self._store_version()
        if version is None:
            return compute()
        with self.lock:
            if version != self.version:
                self.items.clear()
                self.version = version
            if key in self.items:
                self.items.move_to_end(key)
                value: T = self.items[key]
                return value
        value = compute()
        with self.lock:
            if self.version == version:
                self.items[key] = value
                while len(self.items) > self.size:
                    self.items.popitem(last=False)
        return value
