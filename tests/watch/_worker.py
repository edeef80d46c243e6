"""A child process for the restart test: watches FEED_URL into DB with the fake pipeline until killed.

Usage: python -m tests.watch._worker DB FEED_URL  (run from the repository root)
"""

from __future__ import annotations

import sys

from eventcoder.store.db import open_engine
from eventcoder.watch.config import config_from_dict
from eventcoder.watch.watcher import Watcher

from ._fake import FAKE_PIPELINE


def main(argv: list[str]) -> int:
    db, feed = argv[0], argv[1]
    config = config_from_dict({"watch": {"robots": False, "host_delay": 0.0, "timeout": 30.0, "total_timeout": 60.0,
                                         "interval": 3600.0}, "feed": [{"url": feed}]})
    engine = open_engine(db)
    Watcher(config, engine=engine, pipeline=FAKE_PIPELINE).run(once=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
