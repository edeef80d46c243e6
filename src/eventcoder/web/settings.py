"""Server settings: the store, the write token, the upload limit and CORS, from options or the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from eventcoder.errors import ConfigError

if TYPE_CHECKING:
    from eventcoder.pipeline import Pipeline

__all__ = ["DEFAULT_MAX_UPLOAD", "Settings", "max_upload_from_env", "read_token"]

DEFAULT_MAX_UPLOAD = 10_000_000  # bytes of one POST /api/documents body
MAX_TOKEN_BYTES = 4096


def read_token(path: str | Path | None) -> str | None:
    """The bearer token in ``path`` (surrounding white space removed); None when no file is given."""
    if path is None or str(path) == "":
        return None
    p = Path(path).expanduser()
    try:
        data = p.read_bytes()[: MAX_TOKEN_BYTES + 1]
    except OSError as exc:
        raise ConfigError(f"token file {p}: cannot be read ({exc.strerror}); give a readable file holding "
                          "the bearer token, or leave --token-file out to keep writes off") from None
    token = data.decode("utf-8", errors="replace").strip()
    if len(token) < 16 or len(data) > MAX_TOKEN_BYTES or any(c.isspace() for c in token):
        raise ConfigError(f"token file {p}: the token must be one word of 16 to {MAX_TOKEN_BYTES} characters; "
                          "make one with `python -c 'import secrets; print(secrets.token_urlsafe(32))' > FILE`")
    return token


def max_upload_from_env() -> int:
    """``EVENTCODER_MAX_UPLOAD_BYTES`` or the default (10 MB)."""
    value = os.environ.get("EVENTCODER_MAX_UPLOAD_BYTES")
    if not value:
        return DEFAULT_MAX_UPLOAD
    try:
        limit = int(value)
    except ValueError:
        limit = 0
    if limit <= 0:
        raise ConfigError(f"EVENTCODER_MAX_UPLOAD_BYTES={value!r} is not a positive number of bytes; unset it or "
                          "give e.g. 20000000")
    return limit


@dataclass
class Settings:
    """What one server serves and allows.

    ``token`` None turns the write endpoints off. ``pipeline`` replaces ``Pipeline.default()``
    for POST /api/documents (tests); it is loaded on the first upload otherwise.
    """

    db: str | None = None
    token: str | None = None
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD
    cors_origins: tuple[str, ...] = ()
    max_points: int = 2000
    prewarm: bool = True  # count the statistics and zoomed-out map grids at start (SQLite stores)
    pipeline: Pipeline | None = field(default=None, repr=False)

    @classmethod
    def from_options(cls, *, db: str | None = None, token_file: str | None = None,
                     max_upload_bytes: int | None = None, cors_origins: tuple[str, ...] = ()) -> Settings:
        """Settings from command-line values, falling back to ``EVENTCODER_TOKEN_FILE`` and
        ``EVENTCODER_MAX_UPLOAD_BYTES``."""
        token = read_token(token_file or os.environ.get("EVENTCODER_TOKEN_FILE"))
        limit = max_upload_bytes if max_upload_bytes is not None else max_upload_from_env()
        return cls(db=db, token=token, max_upload_bytes=limit, cors_origins=tuple(cors_origins))
