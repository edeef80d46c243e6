"""Where the repository and the shared development data are (``../shared`` beside the checkout)."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["find_shared", "repo_root"]


def repo_root() -> Path:
    """The repository root: where pyproject.toml is, from the package or else the working directory."""
    here = Path(__file__).resolve().parents[2]
    return here if (here / "pyproject.toml").is_file() else Path.cwd()


def find_shared() -> Path | None:
    """The shared folder beside the checkout (``EVENTCODER_SHARED`` overrides), or None when absent."""
    env = os.environ.get("EVENTCODER_SHARED")
    for candidate in ([Path(env)] if env else []) + [repo_root().parent / "shared", Path.cwd().parent / "shared"]:
        if candidate.is_dir():
            return candidate
    return None
