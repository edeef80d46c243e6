"""Size limits of one input: a text, an HTML page, and what is read whole (environment overrides)."""

from __future__ import annotations

import os

from eventcoder.errors import ConfigError

__all__ = ["MAX_HTML_BYTES", "MAX_TEXT_BYTES", "max_html_bytes", "max_text_bytes", "size_limit", "whole_read_limit"]

# One report's text: the same limit as an HTML page, so that a runaway file fails with a message
# instead of taking minutes and gigabytes.
MAX_TEXT_BYTES = 10_000_000
MAX_HTML_BYTES = 10_000_000


def size_limit(variable: str, default: int) -> int:
    """A size limit from the environment variable ``variable``, else ``default``; ConfigError when not a number."""
    value = os.environ.get(variable)
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        raise ConfigError(f"{variable}={value!r} is not a number of bytes; unset it or give an integer") from None


def max_text_bytes() -> int:
    """The size limit of one text (characters), from ``EVENTCODER_MAX_TEXT_BYTES`` or the default."""
    return size_limit("EVENTCODER_MAX_TEXT_BYTES", MAX_TEXT_BYTES)


def max_html_bytes() -> int:
    """The size limit for one HTML page (bytes), from ``EVENTCODER_MAX_HTML_BYTES`` or the default."""
    return size_limit("EVENTCODER_MAX_HTML_BYTES", MAX_HTML_BYTES)


def whole_read_limit() -> int:
    """The most bytes a text, page, feed or batch line is read whole (4 bytes a character of the text limit, 10
    times the HTML limit, which is measured after scripts and styles are removed): an input over it could only
    fail those limits, after filling the memory."""
    return max(4 * max_text_bytes(), 10 * max_html_bytes())
