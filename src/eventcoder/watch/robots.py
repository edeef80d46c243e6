"""robots.txt per host, read as RFC 9309 says.

- 2xx: the rules apply (``urllib.robotparser``), and a ``Crawl-delay`` raises the host's delay;
- 4xx ("unavailable", 401 and 403 included): everything may be fetched;
- 5xx, timeouts and network errors ("unreachable"): nothing may be fetched until robots.txt is
  read again, since the server may be saying that it is overloaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from eventcoder.watch.fetch import FetchError, Response

__all__ = ["MAX_ROBOTS_BYTES", "RobotsRules", "robots_url", "rules_from"]

# Google reads at most 500 KiB of a robots.txt; a larger one is taken as unavailable.
MAX_ROBOTS_BYTES = 512_000
# An unreachable robots.txt is asked again sooner than a readable one.
UNREACHABLE_TTL = 600.0


def robots_url(url: str) -> str:
    """The robots.txt URL of ``url``'s host."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"


@dataclass
class RobotsRules:
    """What one host's robots.txt allows, and until when it is trusted."""

    expires: float
    parser: RobotFileParser | None = None  # None: no rules (allow all), unless ``unreachable``
    unreachable: bool = False
    note: str = ""

    def allowed(self, url: str, agent: str) -> bool:
        """True when ``agent`` may fetch ``url``."""
        if self.unreachable:
            return False
        return True if self.parser is None else self.parser.can_fetch(agent, url)

    def crawl_delay(self, agent: str) -> float | None:
        """The Crawl-delay (seconds) the rules ask of ``agent``, if any."""
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(agent)
        return float(delay) if delay is not None else None


def rules_from(result: Response | FetchError, now: float, ttl: float) -> RobotsRules:
    """The rules a robots.txt fetch gives: its body, or what its failure means by RFC 9309."""
    if isinstance(result, FetchError):
        if result.kind == "too-large" or (result.status is not None and 400 <= result.status < 500):
            return RobotsRules(now + ttl, note=f"robots.txt unavailable ({result.status or result.kind}): all allowed")
        return RobotsRules(now + min(ttl, UNREACHABLE_TTL), unreachable=True,
                           note=f"robots.txt unreachable ({result.status or result.kind}): nothing fetched until "
                                "it can be read")
    parser = RobotFileParser()
    text = result.body.decode(result.charset or "utf-8", errors="replace")
    parser.parse(text.splitlines())
    return RobotsRules(now + ttl, parser=parser)
