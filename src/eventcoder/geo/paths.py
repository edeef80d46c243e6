"""Where the gazetteer index and the user's data files live."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["default_index_path", "home"]


def home() -> Path:
    """``$EVENTCODER_HOME``, else ``~/.cache/eventcoder``."""
    env = os.environ.get("EVENTCODER_HOME")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "eventcoder"


def default_index_path() -> Path:
    """The embedded index: ``$EVENTCODER_HOME/gazetteer.sqlite``."""
    return home() / "gazetteer.sqlite"
