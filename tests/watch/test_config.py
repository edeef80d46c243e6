"""The watch configuration: the documented example loads; unknown keys and bad values are named errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventcoder.errors import ConfigError
from eventcoder.watch import resolve_config
from eventcoder.watch.config import config_from_dict, load_config

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "feeds.toml"


def test_config_example_file_loads() -> None:
    cfg = load_config(EXAMPLE)
    assert [f.url for f in cfg.feed][0] == "https://news.example.org/world/rss.xml"
    assert cfg.feed_interval(cfg.feed[0]) == 120 and cfg.feed_interval(cfg.feed[1]) == 300
    assert cfg.alert[0].country == ("Mali", "Burkina Faso", "Niger") and cfg.alert[1].country == ("Nigeria",)
    assert cfg.alert[1].updates is False and cfg.alerts.outbox == "var/alerts.jsonl"


@pytest.mark.parametrize(("data", "words"), [
    ({"feeds": []}, ["the top level", "'feeds'"]),
    ({"watch": {"intervall": 5}}, ["[watch]", "'intervall'"]),
    ({"feed": [{"url": "http://a.example/x", "every": 5}]}, ["[[feed]] #1", "'every'"]),
    ({"alerts": {"webhok": "http://h.example/"}}, ["[alerts]", "'webhok'"]),
    ({"alert": [{"name": "r", "outbox": "o", "min_deaths": 3}]}, ["[[alert]] #1", "'min_deaths'"]),
    ({"watch": {"interval": "fast"}}, ["[watch] interval", "a number"]),
    ({"watch": {"robots": "yes"}}, ["[watch] robots", "true or false"]),
    ({"watch": {"workers": 2.5}}, ["[watch] workers", "an integer"]),
    ({"watch": {"interval": 0}}, ["[watch]", "interval", "positive"]),
    ({"watch": {"jitter": 1.5}}, ["jitter"]),
    ({"feed": [{"name": "x"}]}, ["[[feed]] #1", "missing key 'url'"]),
    ({"feed": [{"url": "ftp://a.example/x"}]}, ["ftp://a.example/x", "http"]),
    ({"feed": [{"url": "http://a.example/x"}, {"url": "http://a.example/x"}]}, ["listed twice"]),
    ({"feed": {"url": "http://a.example/x"}}, ["[[feed]]"]),
    ({"alert": [{"name": "r"}]}, ["no webhook or outbox"]),
    ({"alert": [{"name": "r", "outbox": "o"}, {"name": "r", "outbox": "o"}]}, ["used twice"]),
    ({"alert": [{"name": "r", "outbox": "o", "country": ["Mali", 3]}]}, ["country", "list of strings"]),
    ({"alert": [{"name": "r", "outbox": "o", "min_fatalities": -1}]}, ["min_fatalities"]),
    # a misspelt type matched no event: the rule never fired, silently
    ({"alert": [{"name": "r", "outbox": "o", "event_type": ["Battle"]}]}, ["[[alert]] r event_type", "'Battles'"]),
])
def test_config_errors_name_the_section_and_key(data: dict[str, Any], words: list[str]) -> None:
    with pytest.raises(ConfigError) as info:
        config_from_dict(data)
    for word in words:
        assert word in str(info.value)


def test_config_file_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "feeds.toml"
    bad.write_text("[watch\ninterval = 5\n")
    with pytest.raises(ConfigError, match="feeds.toml: not valid TOML"):
        load_config(bad)
    bad.write_text("[watch]\nintervall = 5\n")
    with pytest.raises(ConfigError, match=r"feeds.toml: \[watch\]: unknown key 'intervall'"):
        load_config(bad)
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "missing.toml")


def test_config_command_line_feeds_join_the_file() -> None:
    cfg = resolve_config(["https://news.example.org/world/rss.xml", "https://other.example.org/rss"], EXAMPLE,
                         interval=45)
    urls = [f.url for f in cfg.feed]
    assert urls.count("https://news.example.org/world/rss.xml") == 1 and urls[-1] == "https://other.example.org/rss"
    assert cfg.feed_interval(cfg.feed[-1]) == 45 and cfg.feed_interval(cfg.feed[0]) == 120
    with pytest.raises(ConfigError, match="FEED_URL"):
        resolve_config(["not a url"])


def test_config_alert_types_take_acled_spelling() -> None:
    cfg = config_from_dict({"alert": [{"name": "r", "outbox": "o", "event_type": ["battles", "armed_clash"]}]})
    assert cfg.alert[0].event_type == ("Battles", "Armed clash")
