"""Test-wide settings: hypothesis never times single examples (CI machines and busy laptops vary in speed;
speed is measured in benchmarks, never in tests)."""

from hypothesis import settings

settings.register_profile("eventcoder", deadline=None)
settings.load_profile("eventcoder")
