"""Time for the watcher: an injectable clock, retry backoff with jitter, and the per-host politeness gate.

Every delay the watcher waits goes through a :class:`Clock`, so tests run a day of polling
in milliseconds with :class:`ManualClock` instead of sleeping.
"""

from __future__ import annotations

import random
import threading
import time
from typing import Protocol

__all__ = ["Clock", "HostGate", "ManualClock", "SystemClock", "backoff_delay", "jittered"]


class Clock(Protocol):
    """Wall-clock seconds (persisted in the store, so epoch-based) and a way to wait."""

    # The longest single sleep: how often a waiting loop looks for a stop request.
    max_sleep: float

    def time(self) -> float:
        """Seconds since the epoch."""
        ...

    def sleep(self, seconds: float) -> None:
        """Wait ``seconds`` (or until woken by :meth:`wake`)."""
        ...

    def wake(self) -> None:
        """End a :meth:`sleep` early (a stop request)."""
        ...


class SystemClock:
    """The real clock; :meth:`sleep` returns early when :meth:`wake` is called from another thread."""

    max_sleep = 1.0

    def __init__(self) -> None:
        self._event = threading.Event()

    def time(self) -> float:
        """Seconds since the epoch."""
        return time.time()

    def sleep(self, seconds: float) -> None:
        """Wait up to ``seconds``."""
        if seconds > 0 and self._event.wait(seconds):
            self._event.clear()

    def wake(self) -> None:
        """End the current or next sleep."""
        self._event.set()


class ManualClock:
    """A clock for tests and simulations: :meth:`sleep` advances time at once, nothing really waits."""

    max_sleep = float("inf")

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start
        self.slept: list[float] = []

    def time(self) -> float:
        """The simulated time."""
        return self.now

    def sleep(self, seconds: float) -> None:
        """Advance the simulated time."""
        self.slept.append(seconds)
        self.now += max(0.0, seconds)

    def wake(self) -> None:
        """Nothing to wake: sleeping never blocks."""

    def advance(self, seconds: float) -> None:
        """Move time forward (a test waiting for the next poll)."""
        self.now += seconds


def jittered(seconds: float, fraction: float, rng: random.Random) -> float:
    """``seconds`` stretched or shrunk by up to ``fraction`` (so feeds polled together drift apart)."""
    return seconds * (1 + fraction * (2 * rng.random() - 1)) if fraction else seconds


def backoff_delay(failures: int, base: float, cap: float, rng: random.Random) -> float:
    """Exponential backoff with 'equal jitter': half the doubled delay fixed, half random, never above ``cap``.

    The fixed half guarantees a failing server some rest; the random half keeps many clients
    (or many feeds of one host) from retrying in lock step.
    """
    delay = min(cap, base * 2.0 ** max(0, failures - 1))
    return delay / 2 + rng.random() * delay / 2


class HostGate:
    """Politeness: at most one request in flight per host, and ``delay`` seconds between two of them."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self._busy: set[str] = set()
        self._next: dict[str, float] = {}
        self._delays: dict[str, float] = {}

    def set_delay(self, host: str, delay: float) -> None:
        """A host's own delay (its robots.txt crawl-delay), when longer than the default."""
        self._delays[host] = max(self.delay, delay)

    def free(self, host: str, now: float) -> bool:
        """True when a request to ``host`` may start now."""
        return host not in self._busy and self._next.get(host, 0.0) <= now

    def busy(self, host: str) -> bool:
        """True while a request to ``host`` is in flight."""
        return host in self._busy

    def next_free(self, host: str) -> float:
        """When ``host`` may next be asked (if it is not busy)."""
        return self._next.get(host, 0.0)

    def acquire(self, host: str) -> None:
        """A request to ``host`` starts."""
        self._busy.add(host)

    def release(self, host: str, now: float) -> None:
        """The request to ``host`` ended: the next may start after the host's delay."""
        self._busy.discard(host)
        self._next[host] = now + self._delays.get(host, self.delay)
