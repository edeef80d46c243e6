"""The one exception tree of eventcoder.

    EventcoderError
     +-- InputError       an input cannot be read (names the file and line/record)
     +-- ConfigError      a configuration value is wrong (names the key and stage)
     +-- ModelError       the spaCy model is missing or broken
     +-- GazetteerError   the gazetteer cannot be built, opened or imported
     +-- StoreError       the event store cannot be opened, read or written
     |    +-- StoreUnavailableError  the store itself is unusable (read-only, not a database, corrupt,
     |                               unreachable): a run stops at the first one
     +-- EvalError        a gold or prediction file is not in the documented format

Every message says what went wrong, for which input, and what to do about it.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "EvalError",
    "EventcoderError",
    "GazetteerError",
    "InputError",
    "ModelError",
    "StoreError",
    "StoreUnavailableError",
]


class EventcoderError(Exception):
    """Base of every error eventcoder raises on purpose."""


class InputError(EventcoderError):
    """An input (file, line, record) cannot be read or parsed."""

    def __init__(self, message: str, *, input: str | None = None) -> None:
        self.input = input
        super().__init__(f"{input}: {message}" if input else message)


class ConfigError(EventcoderError):
    """A configuration value is missing or wrong."""


class ModelError(EventcoderError):
    """The NLP model cannot be loaded."""


class GazetteerError(EventcoderError):
    """The gazetteer cannot be built, opened or imported."""


class StoreError(EventcoderError):
    """The event store cannot be opened, migrated or written."""


class StoreUnavailableError(StoreError):
    """The store itself cannot be used (read-only, not a database, corrupt, server unreachable): every later
    document would fail the same way, so a run stops at the first one."""


class EvalError(EventcoderError):
    """A gold or prediction file does not follow the documented format."""
