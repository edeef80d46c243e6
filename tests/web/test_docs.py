"""Every option of `eventcoder serve` is documented in docs/web.md, and the command in the README."""

from __future__ import annotations

from pathlib import Path

from eventcoder.cli.serve import serve_command
from eventcoder.cli.store import events_command

ROOT = Path(__file__).resolve().parents[2]


def test_every_serve_option_is_documented() -> None:
    web = (ROOT / "docs" / "web.md").read_text(encoding="utf-8")
    options = [o for p in serve_command.params for o in getattr(p, "opts", []) if o.startswith("--")]
    assert len(options) >= 7
    missing = [o for o in options if f"`{o}" not in web]
    assert not missing, f"options of `eventcoder serve` missing from docs/web.md: {missing}"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "eventcoder serve" in readme and "docs/web.md" in readme


def test_min_fatalities_filter_is_documented() -> None:
    assert any("--min-fatalities" in p.opts for p in events_command.params)
    assert "--min-fatalities" in (ROOT / "docs" / "store.md").read_text(encoding="utf-8")
    assert "min_fatalities" in (ROOT / "docs" / "web.md").read_text(encoding="utf-8")
