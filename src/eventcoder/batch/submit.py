"""The file to give ``spark-submit``: ``eventcoder batch --engine spark`` with spark-submit's master and settings.

    spark-submit --master spark://HOST:7077 "$(python -c 'import eventcoder.batch.submit as m; print(m.__file__)')" \\
        'crawl/*.warc.gz' --out /shared/run1

Every argument after the file is an ``eventcoder batch`` argument (docs/batch.md).
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    """Run ``eventcoder batch --engine spark ARGS...`` (the master comes from spark-submit)."""
    from eventcoder.cli import main as cli_main

    cli_main(["batch", "--engine", "spark", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
