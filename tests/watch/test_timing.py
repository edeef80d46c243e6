"""Backoff with jitter, interval jitter, the per-host gate, the manual clock."""

from __future__ import annotations

import random

from eventcoder.watch.timing import HostGate, ManualClock, backoff_delay, jittered


def test_backoff_doubles_with_equal_jitter_and_is_capped() -> None:
    rng = random.Random(3)
    for failures, full in [(1, 10.0), (2, 20.0), (3, 40.0), (8, 300.0), (50, 300.0)]:
        delays = [backoff_delay(failures, 10.0, 300.0, rng) for _ in range(200)]
        assert all(full / 2 <= d <= full for d in delays)
        assert max(delays) - min(delays) > full / 4  # really random: retries of many feeds spread out


def test_jittered_interval_stays_within_the_fraction() -> None:
    rng = random.Random(5)
    values = [jittered(100.0, 0.1, rng) for _ in range(200)]
    assert all(90.0 <= v <= 110.0 for v in values) and len(set(values)) > 100
    assert jittered(100.0, 0.0, rng) == 100.0


def test_host_gate_one_request_at_a_time_with_a_delay() -> None:
    gate = HostGate(2.0)
    assert gate.free("a", 0.0)
    gate.acquire("a")
    assert not gate.free("a", 100.0) and gate.busy("a") and gate.free("b", 0.0)
    gate.release("a", 10.0)
    assert not gate.free("a", 11.0) and gate.free("a", 12.0) and gate.next_free("a") == 12.0
    gate.set_delay("a", 30.0)
    gate.acquire("a")
    gate.release("a", 20.0)
    assert gate.next_free("a") == 50.0
    gate.set_delay("b", 0.5)  # a crawl-delay never shortens the default
    gate.acquire("b")
    gate.release("b", 0.0)
    assert gate.next_free("b") == 2.0


def test_manual_clock_never_waits() -> None:
    clock = ManualClock(100.0)
    clock.sleep(3600)
    clock.advance(5)
    assert clock.time() == 3705.0 and clock.slept == [3600]
